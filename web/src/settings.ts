/**
 * The settings aside: preset, replicates, seed, the without-MoU baseline, and one
 * control per declared parameter in collapsible groups. Every change goes into the
 * view (and the URL) and starts the runs again.
 */
import type { ParamGroup } from '../../src/params/declarations.js';
import { PARAMS, type ParamDecl, type ParamValue } from '../../src/params/index.js';
import { GROUP_LABELS, scenarioDescription, t } from '../../src/report/i18n.js';
import { PRESETS } from '../../src/scenarios/index.js';
import { changedCount, h, isOptionalMonth, paramControl, sliderRange } from './controls.js';
import { $ } from './page.js';
import { saveScenario } from './downloads.js';
import { MAX_ALSO, MAX_REPLICATES, normalise, presetParams, stateFromScenarioFile } from './state.js';
import { currentMonths, currentYears, profileYear, setView, view } from './view.js';

/** Groups the reader opened (kept across rebuilds; the MoU's is open at first). */
const openGroups = new Set<string>(['mou']);

/** (Re)builds the settings aside; `run` starts the runs again, after `delay` ms. */
export function renderSettings(run: (delay?: number) => void): void {
  const state = view();
  const lang = state.lang;
  const aside = $('settings');
  const focused = document.activeElement?.id;
  const preset = presetParams(state.scenario) as unknown as Record<string, ParamValue>;
  const months = currentMonths();
  const valueOf = (name: string) => (view().overrides as Record<string, ParamValue | undefined>)[name] ?? preset[name];

  const presetSelect = h('select', { id: 'preset', 'aria-describedby': 'preset-help' }, ...PRESETS.map((p) => h('option', { value: p.name, selected: p.name === state.scenario, text: p.name })));
  presetSelect.addEventListener('change', () => {
    setView(normalise({ ...view(), scenario: presetSelect.value, overrides: {} }));
    renderSettings(run);
    run(0);
  });
  const reset = h('button', { type: 'button', id: 'reset', text: t('resetPreset', lang), disabled: Object.keys(state.overrides).length === 0 });
  reset.addEventListener('click', () => {
    setView({ ...view(), overrides: {} });
    renderSettings(run);
    run(0);
    $('preset').focus();
  });

  const reps = h('input', { type: 'number', id: 'replicates', min: 1, max: MAX_REPLICATES, step: 1, value: state.replicates, 'aria-describedby': 'replicates-help' });
  const repsRange = h('input', { type: 'range', id: 'replicates-range', min: 1, max: 200, step: 1, value: Math.min(200, state.replicates), 'aria-labelledby': 'replicates-label', 'aria-describedby': 'replicates-help' });
  const setReps = (v: number, from: HTMLInputElement) => {
    if (!Number.isInteger(v) || v < 1 || v > MAX_REPLICATES) return void from.setAttribute('aria-invalid', 'true');
    from.removeAttribute('aria-invalid');
    if (from === reps) repsRange.value = String(Math.min(200, v));
    else reps.value = String(v);
    setView({ ...view(), replicates: v });
    run();
  };
  reps.addEventListener('input', () => setReps(Number(reps.value), reps));
  repsRange.addEventListener('input', () => setReps(Number(repsRange.value), repsRange));

  const seed = h('input', { type: 'number', id: 'seed', min: 0, step: 1, value: state.seed, 'aria-describedby': 'seed-help' });
  seed.addEventListener('input', () => {
    const v = Number(seed.value);
    if (seed.value.trim() === '' || !Number.isSafeInteger(v) || v < 0) return void seed.setAttribute('aria-invalid', 'true');
    seed.removeAttribute('aria-invalid');
    setView({ ...view(), seed: v });
    run();
  });

  const baseline = h('input', { type: 'checkbox', id: 'baseline', checked: state.baseline, 'aria-describedby': 'baseline-help' });
  baseline.addEventListener('change', () => {
    setView({ ...view(), baseline: baseline.checked });
    renderSettings(run);
    run(0);
  });
  // The baseline: the settings without an MoU, or a preset (with the same changes).
  const vs = h(
    'select',
    { id: 'vs', disabled: !state.baseline, 'aria-describedby': 'baseline-help' },
    h('option', { value: '', selected: state.vs === null, text: t('vsNoMou', lang) }),
    ...PRESETS.map((p) => h('option', { value: p.name, selected: p.name === state.vs, text: p.name })),
  );
  vs.addEventListener('change', () => {
    setView({ ...view(), vs: vs.value === '' ? null : vs.value });
    run(0);
  });
  const alsoSelects = Array.from({ length: MAX_ALSO }, (_, k) => {
    const sel = h(
      'select',
      { id: `also-${k + 1}`, 'aria-label': t('alsoNth', lang, { n: k + 1 }) },
      h('option', { value: '', selected: state.also[k] === undefined, text: `(${t('none', lang)})` }),
      ...PRESETS.map((p) => h('option', { value: p.name, selected: p.name === state.also[k], text: p.name })),
    );
    sel.addEventListener('change', () => {
      const names = alsoSelects.map((e) => e.value).filter((n, i, all) => n !== '' && all.indexOf(n) === i);
      setView({ ...view(), also: names });
      run(0);
    });
    return sel;
  });

  const save = h('button', { type: 'button', id: 'save-scenario', text: t('saveScenario', lang), 'aria-describedby': 'file-help' });
  save.addEventListener('click', saveScenario);
  const load = h('input', { type: 'file', id: 'load-scenario', accept: '.json,application/json', class: 'sr-only', 'aria-describedby': 'file-help' });
  load.addEventListener('change', () => {
    const file = load.files?.[0];
    if (file) void loadScenario(file, run);
  });

  const ctx = {
    lang,
    months,
    value: valueOf,
    presetValue: (name: string) => preset[name],
    onChange: (name: string, value: ParamValue) => onParamChange(name, value, run),
  };
  const groups: ParamGroup[] = ['mou', ...new Set(PARAMS.map((d) => d.group as ParamGroup).filter((g) => g !== 'mou'))];
  const groupEls = groups.map((g) => {
    const decls = (PARAMS as readonly ParamDecl[]).filter((d) => d.group === g);
    const n = decls.filter((d) => valueOf(d.name) !== preset[d.name]).length;
    const det = h(
      'details',
      { 'data-group': g, open: openGroups.has(g) },
      h('summary', {}, h('span', { text: GROUP_LABELS[g][lang] }), ' ', h('span', { class: 'count', id: `count-${g}`, text: n ? changedCount(n, lang) : '' })),
      g === 'mou' ? h('p', { class: 'note', text: t('mouOffNote', lang) }) : undefined,
      ...decls.map((d) => paramControl(d, ctx)),
    );
    det.addEventListener('toggle', () => (det.open ? openGroups.add(g) : openGroups.delete(g)));
    return det;
  });

  aside.replaceChildren(
    h('h2', { id: 'settings-h', text: t('settings', lang) }),
    h(
      'div',
      { class: 'field' },
      h('label', { for: 'preset', text: t('preset', lang) }),
      h('div', { class: 'row' }, presetSelect, reset),
      h('p', { class: 'help', id: 'preset-help', text: scenarioDescription(state.scenario, PRESETS.find((p) => p.name === state.scenario)!.description, lang) }),
      h('div', { class: 'row files' }, save, load, h('label', { for: 'load-scenario', class: 'button', text: t('loadScenario', lang) })),
      h('p', { class: 'help', id: 'file-help', text: t('scenarioFileHelp', lang) }),
      h('p', { class: 'file-status', id: 'file-status', role: 'status' }),
    ),
    h(
      'div',
      { class: 'field' },
      h('label', { for: 'replicates', id: 'replicates-label', text: t('replicates', lang) }),
      h('div', { class: 'inputs' }, repsRange, reps),
      h('p', { class: 'help', id: 'replicates-help', text: t('replicatesHelp', lang) }),
    ),
    h('div', { class: 'field' }, h('label', { for: 'seed', text: t('seed', lang) }), seed, h('p', { class: 'help', id: 'seed-help', text: t('seedHelp', lang) })),
    h(
      'div',
      { class: 'field' },
      h('div', { class: 'check' }, baseline, h('label', { for: 'baseline', text: t('baselineToggle', lang) })),
      h('div', { class: 'sub' }, h('label', { for: 'vs', text: t('vsLabel', lang) }), vs),
      h('p', { class: 'help', id: 'baseline-help', text: t('baselineHelp', lang) }),
      h('fieldset', { class: 'also' }, h('legend', { text: t('alsoLabel', lang) }), ...alsoSelects),
    ),
    h('h3', { text: t('allParameters', lang) }),
    ...groupEls,
  );
  if (focused) document.getElementById(focused)?.focus();
  updateYearSelect();
}

/** Reads a scenario file into the view (its base preset and its changes); says what happened under the buttons. */
async function loadScenario(file: File, run: (delay?: number) => void): Promise<void> {
  const lang = view().lang;
  let message: string;
  try {
    const loaded = stateFromScenarioFile(await file.text(), file.name, view());
    setView(loaded.state);
    renderSettings(run);
    run(0);
    message = t('scenarioLoaded', lang, { name: loaded.name, file: file.name });
  } catch (e) {
    message = t('scenarioNotLoaded', lang, { msg: (e as Error).message });
  }
  $('file-status').textContent = message;
}

function onParamChange(name: string, value: ParamValue, run: () => void): void {
  const state = view();
  const preset = presetParams(state.scenario) as unknown as Record<string, ParamValue>;
  const overrides = { ...state.overrides } as Record<string, ParamValue>;
  if (value === preset[name]) delete overrides[name];
  else overrides[name] = value;
  setView({ ...state, overrides });
  markChanged();
  if (name === 'months') updateMonthSliders();
  run();
}

/** Marks changed controls and counts them per group, without rebuilding (focus and drag stay). */
function markChanged(): void {
  const state = view();
  const preset = presetParams(state.scenario) as unknown as Record<string, ParamValue>;
  const counts = new Map<string, number>();
  for (const d of PARAMS) {
    const v = (state.overrides as Record<string, ParamValue | undefined>)[d.name];
    const changed = v !== undefined && v !== preset[d.name];
    document.querySelector(`[data-param="${d.name}"]`)?.classList.toggle('changed', changed);
    if (changed) counts.set(d.group, (counts.get(d.group) ?? 0) + 1);
  }
  for (const e of document.querySelectorAll<HTMLElement>('[id^="count-"]')) {
    const n = counts.get(e.id.slice(6)) ?? 0;
    e.textContent = n ? changedCount(n, state.lang) : '';
  }
  ($('reset') as HTMLButtonElement).disabled = Object.keys(state.overrides).length === 0;
}

function updateMonthSliders(): void {
  const months = currentMonths();
  for (const d of PARAMS as readonly ParamDecl[]) {
    if (d.kind !== 'int' && d.kind !== 'real') continue;
    if (!(isOptionalMonth(d) || ((d.unit === 'month' || d.unit === 'months') && d.name !== 'months'))) continue;
    const range = document.getElementById(`p-${d.name}-range`) as HTMLInputElement | null;
    const box = document.getElementById(`p-${d.name}`) as HTMLInputElement | null;
    if (range) range.max = String(sliderRange(d, months, Number(box?.value ?? range.value)).max);
  }
  updateYearSelect();
}

/** The profile year's choices follow the horizon. */
export function updateYearSelect(): void {
  const sel = $('year') as HTMLSelectElement;
  const years = currentYears();
  const y = profileYear();
  sel.replaceChildren(...years.map((v) => h('option', { value: v, selected: v === y, text: String(v) })));
}
