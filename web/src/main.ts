/**
 * The scenario explorer. Controls are generated from the parameter declarations;
 * every change re-runs the model in Web Workers (the same src/model.ts as the command
 * line) and the charts fill in as replicate runs complete. The whole view lives in
 * the URL's query string.
 */
import './style.css';
import type { Config, PlotlyHTMLElement } from 'plotly.js-dist';
import serengan from '../../data/serengan.json';
import { fullYears, pairedInterval, yearMean, type PairedInterval } from '../../src/analysis/stats.js';
import { deriveSeed } from '../../src/engine/rng.js';
import type { OutcomeName } from '../../src/outcomes.js';
import type { ParamGroup } from '../../src/params/declarations.js';
import { InputError, PARAMS, type ParamDecl, type ParamValue, type Params } from '../../src/params/index.js';
import { OBSERVED_METRICS, PLOTTED_METRICS, SERIES_METRICS, summariseColumns, yearStat, type ScenarioSummary } from '../../src/report/bands.js';
import { colorOf, deseveGridFigure, fmtMetric, profileFigure, seriesFigure, type BandInput, type Figure } from '../../src/report/figures.js';
import { fmt, GROUP_LABELS, LANGS, outcomeDescription, outcomeLabel, paramLabel, runsText, scenarioDescription, t, valueText, type Lang, type UiKey } from '../../src/report/i18n.js';
import type { ObservedData } from '../../src/report/types.js';
import { PRESETS } from '../../src/scenarios/index.js';
import { changedCount, h, isOptionalMonth, paramControl, sliderRange } from './controls.js';
import { bandsCsv, viewJson, type ShownSet } from './export.js';
import type { FromWorker, RunSet, RunSpec, ToWorker } from './protocol.js';
import { cliCommand, decodeState, effectiveParams, encodeState, MAX_REPLICATES, normalise, presetParams, withoutMou, type ExplorerState } from './state.js';

type PlotlyApi = typeof import('plotly.js-dist').default;

const OBSERVED = serengan as unknown as ObservedData;
const PLOT_CONFIG: Partial<Config> = { responsive: true, displaylogo: false, modeBarButtonsToRemove: ['select2d', 'lasso2d'] };

// ------------------------------------------------------------------ state

const decoded = decodeState(location.search);
let state: ExplorerState = decoded.state;
const urlProblems = decoded.problems;

function syncUrl(): void {
  const q = encodeState(state);
  if (location.search.slice(1) !== q) history.replaceState(null, '', `${location.pathname}?${q}${location.hash}`);
}

// Plotly is big: load it while the controls appear and the first runs start.
let Plotly: PlotlyApi | undefined;
const plotlyReady: Promise<PlotlyApi> = import('plotly.js-dist').then((m) => {
  const mod = m as unknown as { default?: PlotlyApi } & PlotlyApi;
  Plotly = mod.default ?? mod;
  return Plotly;
});

// ------------------------------------------------------------------ page skeleton

const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;

function tx(key: UiKey, tag: keyof HTMLElementTagNameMap = 'span', attrs: Record<string, string> = {}): HTMLElement {
  return h(tag, { ...attrs, 'data-t': key });
}

const CHARTS: readonly { id: string; metric?: OutcomeName; wide?: boolean }[] = [
  { id: 'composite', metric: 'composite', wide: true },
  ...SERIES_METRICS.map((m) => ({ id: m, metric: m })),
  { id: 'profile', wide: true },
  { id: 'deseve', wide: true },
];

function buildPage(): void {
  const app = $('app');
  app.replaceChildren(
    h('a', { class: 'skip', href: '#results', 'data-t': 'skipToResults' }),
    h(
      'header',
      { class: 'top' },
      h('div', {}, tx('explorerTitle', 'h1'), tx('explorerSubtitle', 'p')),
      h(
        'div',
        { class: 'lang-switch', role: 'group', 'aria-label': 'Language / Bahasa' },
        ...LANGS.map((l) => {
          const b = h('button', { type: 'button', 'data-lang': l, lang: l, 'aria-pressed': String(l === state.lang), text: l.toUpperCase(), title: l === 'en' ? 'English' : 'Bahasa Indonesia' });
          b.addEventListener('click', () => setLang(l));
          return b;
        }),
      ),
    ),
    h(
      'div',
      { class: 'layout' },
      h('aside', { id: 'settings', 'aria-labelledby': 'settings-h' }),
      h(
        'main',
        { id: 'results', tabindex: '-1', 'aria-labelledby': 'results-h' },
        h(
          'div',
          { class: 'toolbar' },
          tx('results', 'h2', { id: 'results-h' }),
          h('progress', { id: 'progress', max: '1', value: '0', 'aria-labelledby': 'progress-label' }),
          tx('progressLabel', 'span', { id: 'progress-label', class: 'sr-only' }),
          h('p', { id: 'status', role: 'status', 'aria-live': 'polite' }),
          h(
            'div',
            { class: 'actions' },
            actionButton('copy-link', 'copyLink', copyLink),
            actionButton('download-csv', 'downloadCsv', downloadCsv),
            actionButton('download-json', 'downloadJson', downloadJson),
          ),
        ),
        h('p', { id: 'problems', class: 'problems', role: 'alert', hidden: true }),
        h('p', { id: 'scenario-note', class: 'note' }),
        h('section', { id: 'keynums', class: 'card keynums', 'aria-labelledby': 'keynums-h' }, h('h3', { id: 'keynums-h' }), h('div', { id: 'keynums-body' }), tx('keyNumbersNote', 'p', { class: 'note' })),
        h(
          'div',
          { class: 'charts' },
          ...CHARTS.map((c) =>
            h(
              'figure',
              { class: `card fig${c.wide ? ' wide' : ''}`, id: `fig-${c.id}` },
              c.id === 'profile'
                ? h('div', { class: 'year-select' }, h('label', { for: 'year', 'data-t': 'profileYear' }), h('select', { id: 'year' }))
                : undefined,
              h('div', { class: 'chart', id: `chart-${c.id}`, role: 'img' }),
              h('figcaption', {}, h('span', { class: 'caption', id: `cap-${c.id}` }), h('button', { type: 'button', class: 'png', 'data-chart': c.id, text: 'PNG' })),
            ),
          ),
        ),
        h('section', { class: 'card cli', 'aria-labelledby': 'cli-h' }, tx('cliEquivalent', 'h3', { id: 'cli-h' }), h('code', { id: 'cli' }), tx('about', 'p', { class: 'note' })),
      ),
    ),
  );
  for (const b of document.querySelectorAll<HTMLButtonElement>('button.png')) b.addEventListener('click', () => downloadPng(b.dataset.chart!));
  $('year').addEventListener('change', () => {
    const y = Number(($('year') as HTMLSelectElement).value);
    const years = fullYears(currentStartYear(), currentMonths());
    state = { ...state, year: y === years.at(-1) ? null : y };
    syncUrl();
    scheduleDraw(true);
  });
}

function actionButton(id: string, key: UiKey, onClick: () => void): HTMLButtonElement {
  const b = h('button', { type: 'button', id, 'data-t': key });
  b.addEventListener('click', onClick);
  return b;
}

/** Fills every [data-t] element with its text in the current language. */
function applyTexts(): void {
  const lang = state.lang;
  document.documentElement.lang = lang;
  document.title = t('explorerTitle', lang);
  for (const e of document.querySelectorAll<HTMLElement>('[data-t]')) e.textContent = t(e.dataset.t as UiKey, lang);
  for (const b of document.querySelectorAll<HTMLButtonElement>('[data-lang]')) b.setAttribute('aria-pressed', String(b.dataset.lang === lang));
  for (const b of document.querySelectorAll<HTMLButtonElement>('button.png')) {
    const title = chartTitle(b.dataset.chart!, lang);
    b.textContent = t('downloadPng', lang);
    b.setAttribute('aria-label', t('downloadPngOf', lang, { title }));
  }
  for (const c of CHARTS) {
    $(`chart-${c.id}`).setAttribute('aria-label', t('chartLabel', lang, { title: chartTitle(c.id, lang) }));
    $(`cap-${c.id}`).textContent = c.metric ? outcomeDescription(c.metric, lang) : c.id === 'profile' ? t('profileNote', lang) : t('deseveNote', lang);
  }
  const problems = $('problems');
  problems.hidden = urlProblems.length === 0;
  problems.textContent = urlProblems.map((p) => t('badUrlValue', lang, { msg: p })).join(' ');
}

function chartTitle(id: string, lang: Lang): string {
  if (id === 'composite') return t('compositeTitle', lang);
  if (id === 'profile') return t('profileTitle', lang, { years: profileYears().join(', ') });
  if (id === 'deseve') return t('deseveTitle', lang);
  return outcomeLabel(id, lang);
}

// ------------------------------------------------------------------ settings

const openGroups = new Set<string>(['mou']);

function currentParams(): Params | undefined {
  try {
    return effectiveParams(state);
  } catch {
    return undefined;
  }
}

function currentMonths(): number {
  return currentParams()?.months ?? presetParams(state.scenario).months;
}

function currentStartYear(): number {
  return currentParams()?.startYear ?? presetParams(state.scenario).startYear;
}

function profileYear(): number {
  const years = fullYears(currentStartYear(), currentMonths());
  if (!years.length) return currentStartYear();
  return state.year !== null && years.includes(state.year) ? state.year : years[years.length - 1];
}

/** The profile chart's years: the last observed year (2014) for reference, and the chosen year. */
function profileYears(): number[] {
  const years = fullYears(currentStartYear(), currentMonths());
  const y = profileYear();
  return years.includes(2014) && y !== 2014 ? [2014, y] : [y];
}

function renderSettings(): void {
  const lang = state.lang;
  const aside = $('settings');
  const focused = document.activeElement?.id;
  const preset = presetParams(state.scenario) as unknown as Record<string, ParamValue>;
  const months = currentMonths();
  const valueOf = (name: string) => (state.overrides as Record<string, ParamValue | undefined>)[name] ?? preset[name];

  const presetSelect = h('select', { id: 'preset', 'aria-describedby': 'preset-help' }, ...PRESETS.map((p) => h('option', { value: p.name, selected: p.name === state.scenario, text: p.name })));
  presetSelect.addEventListener('change', () => {
    state = normalise({ ...state, scenario: presetSelect.value, overrides: {} });
    renderSettings();
    syncUrl();
    scheduleRun(0);
  });
  const reset = h('button', { type: 'button', id: 'reset', text: t('resetPreset', lang), disabled: Object.keys(state.overrides).length === 0 });
  reset.addEventListener('click', () => {
    state = { ...state, overrides: {} };
    renderSettings();
    syncUrl();
    scheduleRun(0);
    $('preset').focus();
  });

  const reps = h('input', { type: 'number', id: 'replicates', min: 1, max: MAX_REPLICATES, step: 1, value: state.replicates, 'aria-describedby': 'replicates-help' });
  const repsRange = h('input', { type: 'range', id: 'replicates-range', min: 1, max: 200, step: 1, value: Math.min(200, state.replicates), 'aria-labelledby': 'replicates-label', 'aria-describedby': 'replicates-help' });
  const setReps = (v: number, from: HTMLInputElement) => {
    if (!Number.isInteger(v) || v < 1 || v > MAX_REPLICATES) return void from.setAttribute('aria-invalid', 'true');
    from.removeAttribute('aria-invalid');
    if (from === reps) repsRange.value = String(Math.min(200, v));
    else reps.value = String(v);
    state = { ...state, replicates: v };
    syncUrl();
    scheduleRun();
  };
  reps.addEventListener('input', () => setReps(Number(reps.value), reps));
  repsRange.addEventListener('input', () => setReps(Number(repsRange.value), repsRange));

  const seed = h('input', { type: 'number', id: 'seed', min: 0, step: 1, value: state.seed, 'aria-describedby': 'seed-help' });
  seed.addEventListener('input', () => {
    const v = Number(seed.value);
    if (seed.value.trim() === '' || !Number.isSafeInteger(v) || v < 0) return void seed.setAttribute('aria-invalid', 'true');
    seed.removeAttribute('aria-invalid');
    state = { ...state, seed: v };
    syncUrl();
    scheduleRun();
  });

  const baseline = h('input', { type: 'checkbox', id: 'baseline', checked: state.baseline, 'aria-describedby': 'baseline-help' });
  baseline.addEventListener('change', () => {
    state = { ...state, baseline: baseline.checked };
    syncUrl();
    scheduleRun(0);
  });

  const ctx = {
    lang,
    months,
    value: valueOf,
    presetValue: (name: string) => preset[name],
    onChange: onParamChange,
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
      h('p', { class: 'help', id: 'baseline-help', text: t('baselineHelp', lang) }),
    ),
    h('h3', { text: t('allParameters', lang) }),
    ...groupEls,
  );
  if (focused) document.getElementById(focused)?.focus();
  updateYearSelect();
}

function onParamChange(name: string, value: ParamValue): void {
  const preset = presetParams(state.scenario) as unknown as Record<string, ParamValue>;
  const overrides = { ...state.overrides } as Record<string, ParamValue>;
  if (value === preset[name]) delete overrides[name];
  else overrides[name] = value;
  state = { ...state, overrides };
  markChanged();
  if (name === 'months') updateMonthSliders();
  syncUrl();
  scheduleRun();
}

/** Marks changed controls and counts them per group, without rebuilding (focus and drag stay). */
function markChanged(): void {
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
    if (range) range.max = String(sliderRange(d, months).max);
  }
  updateYearSelect();
}

function updateYearSelect(): void {
  const sel = $('year') as HTMLSelectElement;
  const years = fullYears(currentStartYear(), currentMonths());
  const y = profileYear();
  sel.replaceChildren(...years.map((v) => h('option', { value: v, selected: v === y, text: String(v) })));
}

function setLang(lang: Lang): void {
  if (lang === state.lang) return;
  state = { ...state, lang };
  applyTexts();
  renderSettings();
  syncUrl();
  // Refused settings: say why again, in the new language.
  if (document.body.dataset.state === 'invalid') startRun();
  else scheduleDraw(true);
}

// ------------------------------------------------------------------ runs

interface Job {
  readonly id: number;
  readonly state: ExplorerState;
  readonly params: Params;
  readonly base?: Params;
  readonly seeds: readonly number[];
  readonly total: number;
  readonly started: number;
  done: number;
  workersDone: number;
  finished: boolean;
  ms: number;
  /** What was last drawn (runs, finished, language, year), to skip identical redraws. */
  drawn?: string;
  readonly columns: Record<RunSet, Map<number, Record<string, Float64Array>>>;
}

const WORKERS = Math.max(1, Math.min(4, (navigator.hardwareConcurrency || 2) - 1));
const workers: Worker[] = [];
let job: Job | undefined;
let jobCounter = 0;
let runTimer: ReturnType<typeof setTimeout> | undefined;

function startWorkers(): void {
  for (let k = 0; k < WORKERS; k++) {
    const w = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
    w.onmessage = onWorkerMessage;
    w.onerror = (e) => fail(e.message || 'worker error');
    workers.push(w);
  }
}

function scheduleRun(delay = 250): void {
  if (runTimer !== undefined) clearTimeout(runTimer);
  runTimer = setTimeout(startRun, delay);
}

function setStatus(kind: 'running' | 'done' | 'invalid' | 'error', text: string): void {
  document.body.dataset.state = kind;
  $('status').textContent = text;
  $('status').className = kind;
}

function startRun(): void {
  runTimer = undefined;
  let params: Params;
  try {
    params = effectiveParams(state);
  } catch (e) {
    for (const w of workers) w.postMessage({ type: 'cancel' } satisfies ToWorker);
    job = undefined;
    const field = e instanceof InputError ? e.field : '';
    document.querySelector(`[data-param="${field}"]`)?.classList.add('invalid');
    setStatus('invalid', t('statusInvalid', state.lang, { msg: explainInvalid(e as Error, state.lang) }));
    return;
  }
  for (const el of document.querySelectorAll('.param.invalid')) el.classList.remove('invalid');
  const base = state.baseline ? withoutMou(params) : undefined;
  const seeds = Array.from({ length: state.replicates }, (_, r) => deriveSeed(state.seed, state.scenario, r + 1));
  const specs: RunSpec[] = [];
  seeds.forEach((seed, r) => {
    specs.push({ set: 'main', replicate: r + 1, seed, params });
    if (base) specs.push({ set: 'base', replicate: r + 1, seed, params: base });
  });
  job = {
    id: ++jobCounter,
    state,
    params,
    base,
    seeds,
    total: specs.length,
    started: performance.now(),
    done: 0,
    workersDone: 0,
    finished: false,
    ms: 0,
    columns: { main: new Map(), base: new Map() },
  };
  const id = job.id;
  workers.forEach((w, k) => w.postMessage({ type: 'run', job: id, metrics: PLOTTED_METRICS, runs: specs.filter((_, i) => i % workers.length === k) } satisfies ToWorker));
  ($('progress') as HTMLProgressElement).value = 0;
  setStatus('running', t('statusRunning', state.lang, { done: 0, total: specs.length }));
  $('cli').textContent = cliCommand(state);
  $('scenario-note').textContent = base || !state.baseline ? '' : t('noBaseline', state.lang);
}

/** A reader's explanation of settings the model refuses (the cross-parameter rules of src/params). */
function explainInvalid(e: Error, lang: Lang): string {
  if (!(e instanceof InputError)) return e.message;
  const p = { ...(presetParams(state.scenario) as unknown as Record<string, ParamValue>), ...(state.overrides as Record<string, ParamValue>) };
  const d = (name: string) => PARAMS.find((x) => x.name === name) as ParamDecl;
  const v = (name: string) => valueText(d(name), p[name], lang);
  switch (e.field) {
    case 'initialProducers':
      return t('mustBeAtMost', lang, { a: paramLabel('initialProducers', lang), b: paramLabel('producerPool', lang), v: v('producerPool') });
    case 'layoffUtilisation':
      return t('mustBeBelow', lang, { a: paramLabel('layoffUtilisation', lang), b: paramLabel('hireUtilisation', lang), v: v('hireUtilisation') });
    case 'mouSignMonth':
    case 'dressRuleEndMonth':
      return t('notMonthZero', lang, { a: paramLabel(e.field, lang) });
    default:
      return e.message;
  }
}

function onWorkerMessage(ev: MessageEvent<FromWorker>): void {
  const m = ev.data;
  const j = job;
  if (!j || m.job !== j.id) return;
  if (m.type === 'result') {
    j.columns[m.set].set(m.replicate, m.columns);
    j.done++;
    ($('progress') as HTMLProgressElement).value = j.done / j.total;
    scheduleDraw();
  } else if (m.type === 'done') {
    j.workersDone++;
    if (j.workersDone === workers.length) {
      j.finished = true;
      j.ms = performance.now() - j.started;
      scheduleDraw(true);
    }
  } else fail(m.message);
}

function fail(message: string): void {
  job = undefined;
  setStatus('error', t('statusError', state.lang, { msg: message }));
}

// ------------------------------------------------------------------ drawing

let drawTimer: ReturnType<typeof setTimeout> | undefined;
let drawing = false;
let drawAgain = false;
let lastDraw = 0;

function scheduleDraw(now = false): void {
  if (drawTimer !== undefined) {
    if (!now) return;
    clearTimeout(drawTimer);
  }
  // While runs complete, redraw a few times a second at most.
  const wait = now ? 0 : Math.max(0, 400 - (performance.now() - lastDraw));
  drawTimer = setTimeout(() => {
    drawTimer = undefined;
    void draw();
  }, wait);
}

function setLabel(j: Job, set: RunSet, lang: Lang): string {
  if (set === 'base') return t('baselineName', lang);
  return Object.keys(j.state.overrides).length ? `${j.state.scenario} (${t('modified', lang)})` : j.state.scenario;
}

function shownSets(j: Job, lang: Lang): (ShownSet & { color: string })[] {
  const out: (ShownSet & { color: string })[] = [];
  for (const set of ['base', 'main'] as const) {
    const params = set === 'main' ? j.params : j.base;
    const runs = [...j.columns[set].entries()].sort((a, b) => a[0] - b[0]);
    if (!params || runs.length === 0) continue;
    const columns: Partial<Record<OutcomeName, Float64Array[]>> = {};
    for (const m of PLOTTED_METRICS) columns[m] = runs.map(([, c]) => c[m]);
    const label = setLabel(j, set, lang);
    out.push({
      set,
      label,
      color: colorOf(set === 'main' ? 1 : 0),
      summary: summariseColumns({ name: label, description: '', params }, columns),
      seeds: runs.map(([r]) => j.seeds[r - 1]),
    });
  }
  return out;
}

function bandsFor(sets: readonly (ShownSet & { color: string })[], metric: OutcomeName): BandInput[] {
  return sets.flatMap((s) => {
    const band = s.summary.bands[metric];
    return band ? [{ label: s.label, color: s.color, startYear: s.summary.startYear, months: s.summary.months, band }] : [];
  });
}

function figureFor(id: string, sets: readonly (ShownSet & { color: string })[], lang: Lang): Figure {
  if (id === 'composite') return seriesFigure('composite', bandsFor(sets, 'composite'), lang, undefined, { title: t('compositeTitle', lang), height: 380 });
  if (id === 'profile') return profileFigure(sets.map((s) => ({ summary: s.summary, label: s.label, color: s.color })), profileYears(), lang);
  if (id === 'deseve') return deseveGridFigure((item) => bandsFor(sets, item), lang);
  const metric = id as OutcomeName;
  return seriesFigure(metric, bandsFor(sets, metric), lang, (OBSERVED_METRICS as readonly string[]).includes(metric) ? OBSERVED : undefined, { height: 320 });
}

/** Paired difference main − base of one outcome's yearly value over the replicates both sets have. */
function pairedDifference(j: Job, metric: OutcomeName, year: number): PairedInterval | undefined {
  const startYear = j.params.startYear;
  const main: number[] = [];
  const base: number[] = [];
  for (const [r, m] of j.columns.main) {
    const b = j.columns.base.get(r);
    if (!b) continue;
    main.push(yearMean(m[metric], startYear, year));
    base.push(yearMean(b[metric], startYear, year));
  }
  return main.length ? pairedInterval(base, main) : undefined;
}

function renderKeyNumbers(j: Job, sets: readonly (ShownSet & { color: string })[], lang: Lang): void {
  const year = profileYear();
  $('keynums-h').textContent = t('keyNumbers', lang, { y: year });
  const metrics: OutcomeName[] = ['composite', 'producers', 'workers', 'productionPerDay', 'loansOutstanding'];
  const main = sets.find((s) => s.set === 'main');
  const base = sets.find((s) => s.set === 'base');
  const cell = (s: ShownSet | undefined, m: OutcomeName) => {
    const st = s && yearStat(s.summary, m, year);
    return st ? `${fmtMetric(m, st.median, lang)} [${fmtMetric(m, st.q05, lang)}, ${fmtMetric(m, st.q95, lang)}]` : '–';
  };
  const head = h(
    'tr',
    {},
    h('th', { scope: 'col', text: t('metric', lang) }),
    ...[main, base].filter((s): s is ShownSet & { color: string } => s !== undefined).map((s) => h('th', { scope: 'col' }, h('i', { class: 'dot', style: `background:${s.color}` }), s.label)),
    base ? h('th', { scope: 'col', text: t('difference', lang) }) : undefined,
  );
  const rows = metrics.map((m) => {
    const d = base ? pairedDifference(j, m, year) : undefined;
    const clear = d && (d.lo > 0 || d.hi < 0);
    return h(
      'tr',
      {},
      h('th', { scope: 'row', text: outcomeLabel(m, lang) }),
      h('td', { class: 'num', text: cell(main, m) }),
      base ? h('td', { class: 'num', text: cell(base, m) }) : undefined,
      base ? h('td', { class: `num${clear ? ' clear' : ''}`, text: d ? `${fmtMetric(m, d.diff, lang, true)} [${fmtMetric(m, d.lo, lang, true)}, ${fmtMetric(m, d.hi, lang, true)}]` : '–' }) : undefined,
    );
  });
  $('keynums-body').replaceChildren(h('table', {}, h('thead', {}, head), h('tbody', {}, ...rows)), base ? h('p', { class: 'note', text: t('pairedNote', lang) }) : '');
}

async function draw(): Promise<void> {
  if (drawing) {
    drawAgain = true;
    return;
  }
  const j = job;
  if (!j) return;
  drawing = true;
  try {
    if (!Plotly) {
      // The numbers need no charting library: show them while plotly.js loads.
      renderKeyNumbers(j, shownSets(j, state.lang), state.lang);
      $('status').textContent = `${t('statusRunning', state.lang, { done: j.done, total: j.total })} · ${t('loadingCharts', state.lang)}`;
      await plotlyReady;
    }
    if (j !== job) return;
    const lang = state.lang;
    // What this draw shows: the runs completed now (later ones come with the next draw).
    const complete = j.finished;
    const key = `${j.done}/${complete}/${lang}/${profileYear()}`;
    if (key === j.drawn) return;
    const sets = shownSets(j, lang);
    renderKeyNumbers(j, sets, lang);
    if (!complete) $('status').textContent = t('statusRunning', lang, { done: j.done, total: j.total });
    for (const c of CHARTS) {
      const fig = figureFor(c.id, sets, lang);
      $(`chart-${c.id}`).setAttribute('aria-label', t('chartLabel', lang, { title: chartTitle(c.id, lang) }));
      await Plotly!.react($(`chart-${c.id}`) as unknown as PlotlyHTMLElement, fig.data, fig.layout, PLOT_CONFIG);
    }
    j.drawn = key;
    if (complete && j === job) {
      setStatus('done', t('statusDone', lang, { runs: runsText(j.total, lang), ms: fmt(j.ms, 0, lang) }));
      document.body.dataset.drawnJob = String(j.id);
      if (!document.body.dataset.firstDoneAt) document.body.dataset.firstDoneAt = String(Math.round(performance.now()));
    }
  } catch (e) {
    console.error(e);
    setStatus('error', t('statusError', state.lang, { msg: (e as Error).message }));
  } finally {
    drawing = false;
    lastDraw = performance.now();
    if (drawAgain) {
      drawAgain = false;
      scheduleDraw(true);
    }
  }
}

// ------------------------------------------------------------------ downloads

function save(filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = h('a', { href: url, download: filename });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function currentSets(): ShownSet[] {
  return job ? shownSets(job, state.lang) : [];
}

function downloadCsv(): void {
  save(`collabsim-${state.scenario}.csv`, bandsCsv(currentSets()), 'text/csv;charset=utf-8');
}

function downloadJson(): void {
  if (!job) return;
  save(`collabsim-${state.scenario}.json`, viewJson(job.state, job.params, currentSets(), location.href), 'application/json');
}

async function downloadPng(id: string): Promise<void> {
  const P = Plotly ?? (await plotlyReady);
  const el = $(`chart-${id}`);
  await P.downloadImage(el as unknown as PlotlyHTMLElement, { format: 'png', width: Math.max(900, el.clientWidth), height: el.clientHeight || 400, filename: `collabsim-${state.scenario}-${id}` });
}

async function copyLink(): Promise<void> {
  const url = location.href;
  try {
    await navigator.clipboard.writeText(url);
  } catch {
    // No clipboard permission: select the link in a prompt-free way.
    const input = h('input', { value: url, 'aria-hidden': 'true', class: 'sr-only' });
    document.body.append(input);
    input.select();
    document.execCommand('copy');
    input.remove();
  }
  $('status').textContent = t('linkCopied', state.lang);
}

// ------------------------------------------------------------------ start

buildPage();
applyTexts();
renderSettings();
syncUrl();
startWorkers();
startRun();
