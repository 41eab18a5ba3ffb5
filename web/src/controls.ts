/**
 * Parameter controls generated from the declarations (src/params/declarations.ts):
 * a slider with a number box for numbers (unit and range shown), a select for
 * options, a checkbox for switches, and "never / from month" for month parameters
 * that accept -1. Every control has a <label for>, its help text (description and
 * source) is linked with aria-describedby, and everything works from the keyboard.
 */
import type { ParamDecl, ParamValue } from '../../src/params/index.js';
import { logistic } from '../../src/governance/commitments.js';
import { PRESETS, resolveScenario } from '../../src/scenarios/index.js';
import {
  fmt,
  optionLabel,
  paramDescription,
  paramLabel,
  sourceText,
  t,
  unitText,
  valueText,
  type Lang,
} from '../../src/report/i18n.js';

export interface ControlContext {
  readonly lang: Lang;
  /** Current value of a parameter in the view. */
  value(name: string): ParamValue;
  /** The preset's value (a control that differs from it is marked as changed). */
  presetValue(name: string): ParamValue;
  /** Simulated months (upper end of month sliders). */
  readonly months: number;
  onChange(name: string, value: ParamValue): void;
}

type NumDecl = Extract<ParamDecl, { kind: 'real' | 'int' }>;

/** Creates an element with attributes and children. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number | boolean | undefined> = {},
  ...children: (Node | string | undefined | false)[]
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === false) continue;
    if (k === 'text') e.textContent = String(v);
    else e.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children) if (c !== undefined && c !== false) e.append(c);
  return e;
}

function niceCeil(x: number): number {
  const p = 10 ** Math.floor(Math.log10(x));
  for (const m of [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) if (m * p >= x) return m * p;
  return 10 * p;
}

/** Decimal places needed to write x exactly (at most 12). */
export function decimals(x: number): number {
  for (let k = 0; k < 12; k++) {
    const y = x * 10 ** k;
    if (Math.abs(y - Math.round(y)) <= 1e-9 * Math.max(1, Math.abs(y))) return k;
  }
  return 12;
}

const stepCache = new Map<string, number>();

/**
 * The step of a parameter's slider and number box, derived once from its
 * declaration: a power of ten giving about 100 to 1,000 positions, made finer until
 * the minimum, the default and every preset's value lie on it. A range input snaps
 * its value to min + k × step, so a value off that grid would show differently on
 * the slider and in the box (0.016 vs 0.015).
 */
export function paramStep(d: NumDecl): number {
  const known = stepCache.get(d.name);
  if (known !== undefined) return known;
  let k = d.kind === 'int' ? 0 : Math.max(0, -Math.floor(Math.log10((d.max - d.min) / 100)));
  const values = [d.min, d.default, ...PRESETS.map((p) => Number((resolveScenario(p) as unknown as Record<string, number>)[d.name]))];
  for (const v of values) k = Math.max(k, decimals(v));
  const step = Number((10 ** -k).toFixed(k));
  stepCache.set(d.name, step);
  return step;
}

/** The step for showing `value`: the parameter's step, finer if the value needs it (a loaded file, a link). */
export function stepFor(d: NumDecl, value: number): number {
  const k = Math.max(decimals(paramStep(d)), decimals(value));
  return Number((10 ** -k).toFixed(k));
}

/** Whether a parameter is a month that accepts -1 for "never". */
export function isOptionalMonth(d: ParamDecl): boolean {
  return (d.kind === 'int' || d.kind === 'real') && d.min === -1 && (d.unit === 'month' || d.unit === 'months');
}

/**
 * The slider's range: the declared range, unless it is far wider than the values
 * that make sense (e.g. producerPool up to 2,000,000); the number box still takes
 * the whole declared range. Month lengths end at the simulated horizon.
 */
export function sliderRange(d: NumDecl, months: number, value: number): { min: number; max: number; step: number } {
  let min = d.min;
  let max = d.max;
  if (isOptionalMonth(d)) min = 1;
  if (d.name !== 'months' && (d.unit === 'month' || d.unit === 'months') && d.max >= 600) max = Math.max(min + 1, Math.min(d.max, months));
  else if (d.max > 10 && max - min > 20 * Math.max(Math.abs(d.default), 1e-9)) max = Math.min(d.max, niceCeil(d.default === 0 ? 500 : 10 * Math.abs(d.default)));
  // The slider always reaches the value shown in the box (e.g. city-scale's 1,512 producers).
  if (Number.isFinite(value)) {
    if (value > max) max = Math.min(d.max, niceCeil(value));
    if (value < min) min = value;
  }
  return { min, max, step: stepFor(d, value) };
}

/** Puts a value on a slider and its box alike (range, step and value). */
export function showValue(d: NumDecl, range: HTMLInputElement, box: HTMLInputElement | undefined, value: number, months: number): void {
  const r = sliderRange(d, months, value);
  range.min = String(r.min);
  range.max = String(r.max);
  range.step = String(r.step);
  range.value = String(value);
  if (box) {
    box.step = String(r.step);
    box.value = String(value);
  }
}

/** The value a month switched on starts at: the first preset that sets one, else month 1. */
function firstPresetMonth(name: string): number {
  for (const p of PRESETS) {
    const v = (resolveScenario(p) as unknown as Record<string, number>)[name];
    if (v !== -1) return v;
  }
  return 1;
}

const lastMonth = new Map<string, number>();

function helpText(d: ParamDecl, lang: Lang): HTMLElement {
  const range =
    d.kind === 'real' || d.kind === 'int'
      ? `${t('range', lang)}: ${valueText(d, d.min, lang)} – ${valueText(d, d.max, lang)}${d.unit !== '-' ? ` ${unitText(d.unit, lang)}` : ''}`
      : d.kind === 'enum'
        ? `${t('range', lang)}: ${d.options.map((o) => optionLabel(d.name, o, lang)).join(', ')}`
        : '';
  const meta = [`${t('source', lang)}: ${sourceText(d.source, lang)}`, range, `${t('defaultValue', lang)}: ${valueText(d, d.default, lang)}`].filter(Boolean).join(' · ');
  const scale = d.unit === POINTS ? ` ${t('pointsScale', lang)}` : '';
  return h('p', { class: 'help', id: `help-${d.name}` }, h('span', { text: paramDescription(d, lang) + scale }), h('span', { class: 'meta', text: meta }));
}

/** The unit of the promise-keeping decision's terms (src/governance/commitments.ts). */
const POINTS = 'promise-keeping points';

/**
 * What a value on the promise-keeping scale means as a probability: the scale adds
 * up to z and a promise is kept with probability logistic(z), so a term of x points
 * turns a promise kept half the time into one kept logistic(x) of the time.
 */
export function pointsEffect(d: ParamDecl, value: number, lang: Lang): string {
  const pct = (z: number) => `${fmt(100 * logistic(z), 0, lang)} %`;
  if (d.name === 'commitBase') return t('pointsBase', lang, { p: pct(value) });
  if (d.name === 'promiseCost') return t('pointsCost', lang, { p: pct(-value) });
  return t('pointsGain', lang, { p: pct(value) });
}

function labelFor(d: ParamDecl, lang: Lang, forId: string): HTMLLabelElement {
  return h('label', { for: forId, id: `lab-${d.name}` }, h('span', { class: 'name', text: paramLabel(d.name, lang) }), ' ', h('code', { text: d.name }));
}

function numberPair(d: NumDecl, ctx: ControlContext, value: number, disabled: boolean, onValue: (v: number) => void): HTMLElement {
  const r = sliderRange(d, ctx.months, value);
  const id = `p-${d.name}`;
  const range = h('input', {
    type: 'range',
    id: `${id}-range`,
    min: r.min,
    max: r.max,
    step: r.step,
    value,
    disabled,
    'aria-labelledby': `lab-${d.name}`,
    'aria-describedby': `help-${d.name}`,
    'aria-valuetext': valueText(d, value, ctx.lang),
  });
  const box = h('input', {
    type: 'number',
    id,
    min: isOptionalMonth(d) ? 1 : d.min,
    max: d.max,
    step: r.step,
    value,
    disabled,
    inputmode: d.kind === 'int' ? 'numeric' : 'decimal',
    'aria-describedby': `help-${d.name} err-${d.name}`,
  });
  const err = h('span', { class: 'err', id: `err-${d.name}`, role: 'alert' });
  const effect = d.unit === POINTS ? h('span', { class: 'effect', id: `effect-${d.name}`, 'aria-live': 'polite', text: pointsEffect(d, value, ctx.lang) }) : undefined;
  const said = (v: number) => {
    if (effect) effect.textContent = pointsEffect(d, v, ctx.lang);
    onValue(v);
  };
  range.addEventListener('input', () => {
    const v = Number(range.value);
    box.value = String(v);
    box.removeAttribute('aria-invalid');
    err.textContent = '';
    range.setAttribute('aria-valuetext', valueText(d, v, ctx.lang));
    said(v);
  });
  box.addEventListener('input', () => {
    const v = box.value.trim() === '' ? Number.NaN : Number(box.value);
    const lo = isOptionalMonth(d) ? 1 : d.min;
    const ok = Number.isFinite(v) && v >= lo && v <= d.max && (d.kind === 'real' || Number.isInteger(v));
    if (!ok) {
      box.setAttribute('aria-invalid', 'true');
      const range = `${valueText(d, lo, ctx.lang)} – ${valueText(d, d.max, ctx.lang)}${d.kind === 'int' ? ` (${t('wholeNumber', ctx.lang)})` : ''}`;
      err.textContent = t('invalidValue', ctx.lang, { range });
      return;
    }
    box.removeAttribute('aria-invalid');
    err.textContent = '';
    showValue(d, range, undefined, v, ctx.months);
    // The box keeps what is typed (no reformatting under the caret); only its step follows.
    box.step = range.step;
    range.setAttribute('aria-valuetext', valueText(d, v, ctx.lang));
    said(v);
  });
  return h('div', { class: 'inputs' }, range, box, d.unit !== '-' ? h('span', { class: 'unit', text: unitText(d.unit, ctx.lang) }) : undefined, effect, err);
}

/** The control of one parameter. */
export function paramControl(d: ParamDecl, ctx: ControlContext): HTMLElement {
  const value = ctx.value(d.name);
  const changed = value !== ctx.presetValue(d.name);
  const wrap = h('div', { class: `param${changed ? ' changed' : ''}`, 'data-param': d.name });
  const id = `p-${d.name}`;
  if (d.kind === 'bool') {
    const box = h('input', { type: 'checkbox', id, checked: value === true, 'aria-describedby': `help-${d.name}` });
    box.addEventListener('change', () => ctx.onChange(d.name, box.checked));
    wrap.append(h('div', { class: 'check' }, box, labelFor(d, ctx.lang, id)), helpText(d, ctx.lang));
  } else if (d.kind === 'enum') {
    const sel = h('select', { id, 'aria-describedby': `help-${d.name}` }, ...d.options.map((o) => h('option', { value: o, selected: o === value, text: optionLabel(d.name, o, ctx.lang) })));
    sel.addEventListener('change', () => ctx.onChange(d.name, sel.value));
    wrap.append(labelFor(d, ctx.lang, id), sel, helpText(d, ctx.lang));
  } else if (isOptionalMonth(d)) {
    const num = d as NumDecl;
    const on = value !== -1;
    const month = on ? Number(value) : (lastMonth.get(d.name) ?? firstPresetMonth(d.name));
    const toggleId = `${id}-on`;
    const toggleText = d.name === 'mouSignMonth' ? t('mouSigned', ctx.lang) : d.name === 'dressRuleEndMonth' ? t('dressRuleDropped', ctx.lang) : `${paramLabel(d.name, ctx.lang)}: ${t('on', ctx.lang)}`;
    const toggle = h('input', { type: 'checkbox', id: toggleId, checked: on, 'aria-describedby': `help-${d.name}` });
    const pair = numberPair(num, ctx, month, !on, (v) => {
      lastMonth.set(d.name, v);
      ctx.onChange(d.name, v);
    });
    toggle.addEventListener('change', () => {
      const box = pair.querySelector<HTMLInputElement>(`#${id}`)!;
      const range = pair.querySelector<HTMLInputElement>(`#${id}-range`)!;
      box.disabled = range.disabled = !toggle.checked;
      ctx.onChange(d.name, toggle.checked ? Number(box.value) || month : -1);
    });
    wrap.classList.add('optional');
    wrap.append(
      h('div', { class: 'check' }, toggle, h('label', { for: toggleId, text: toggleText })),
      h('div', { class: 'sub' }, labelFor(d, ctx.lang, id), pair),
      helpText(d, ctx.lang),
    );
  } else {
    wrap.append(
      labelFor(d, ctx.lang, id),
      numberPair(d, ctx, Number(value), false, (v) => ctx.onChange(d.name, v)),
      helpText(d, ctx.lang),
    );
  }
  return wrap;
}

/** "12 changed" for a group summary. */
export function changedCount(n: number, lang: Lang): string {
  return t('nChanged', lang, { n: fmt(n, 0, lang) });
}
