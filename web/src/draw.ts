/**
 * Drawing the view: plotly.js (loaded in the background), the charts and the key
 * numbers from the runs completed so far, redrawn a few times a second while runs
 * arrive and once more when the job is done.
 */
import type { Config, PlotlyHTMLElement } from 'plotly.js-dist';
import serengan from '../../data/serengan.json';
import { pairedInterval, summarise, yearMean, type PairedInterval } from '../../src/analysis/stats.js';
import type { OutcomeName } from '../../src/outcomes.js';
import { OBSERVED_METRICS, PLOTTED_METRICS, summariseColumns } from '../../src/report/bands.js';
import { colorOf, deseveGridFigure, fmtMetric, profileFigure, seriesFigure, type BandInput, type Figure } from '../../src/report/figures.js';
import { fmt, outcomeLabel, runsText, t, type Lang } from '../../src/report/i18n.js';
import type { ObservedData } from '../../src/report/types.js';
import { h } from './controls.js';
import type { ShownSet } from './export.js';
import { $, CHARTS, chartTitle, setStatus } from './page.js';
import type { RunSet } from './protocol.js';
import type { Job, SetSpec } from './runs.js';
import { profileYear, profileYears, view } from './view.js';

export type PlotlyApi = typeof import('plotly.js-dist').default;

const OBSERVED = serengan as unknown as ObservedData;
const PLOT_CONFIG: Partial<Config> = { responsive: true, displaylogo: false, modeBarButtonsToRemove: ['select2d', 'lasso2d'] };

export interface Drawing {
  /** Draws soon (at most a few times a second), or `now`. */
  schedule(now?: boolean): void;
  /** plotly.js, once loaded. */
  plotly(): Promise<PlotlyApi>;
}

/** Starts loading plotly.js (it is big: it loads while the controls appear and the first runs start). */
export function createDrawing(job: () => Job | undefined): Drawing {
  let Plotly: PlotlyApi | undefined;
  const plotlyReady: Promise<PlotlyApi> = import('plotly.js-dist').then((m) => {
    const mod = m as unknown as { default?: PlotlyApi } & PlotlyApi;
    Plotly = mod.default ?? mod;
    return Plotly;
  });
  let drawTimer: ReturnType<typeof setTimeout> | undefined;
  let drawing = false;
  let drawAgain = false;
  let lastDraw = 0;

  function schedule(now = false): void {
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

  async function draw(): Promise<void> {
    if (drawing) {
      drawAgain = true;
      return;
    }
    const j = job();
    if (!j) return;
    const state = view();
    drawing = true;
    try {
      if (!Plotly) {
        // The numbers need no charting library: show them while plotly.js loads.
        renderKeyNumbers(j, shownSets(j, state.lang), state.lang);
        $('status').textContent = `${t('statusRunning', state.lang, { done: j.done, total: j.total })} · ${t('loadingCharts', state.lang)}`;
        await plotlyReady;
      }
      if (j !== job()) return;
      const lang = view().lang;
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
      if (complete && j === job()) {
        setStatus('done', t('statusDone', lang, { runs: runsText(j.total, lang), ms: fmt(j.ms, 0, lang) }));
        document.body.dataset.drawnJob = String(j.id);
        if (!document.body.dataset.firstDoneAt) document.body.dataset.firstDoneAt = String(Math.round(performance.now()));
      }
    } catch (e) {
      console.error(e);
      setStatus('error', t('statusError', view().lang, { msg: (e as Error).message }));
    } finally {
      drawing = false;
      lastDraw = performance.now();
      if (drawAgain) {
        drawAgain = false;
        schedule(true);
      }
    }
  }

  return { schedule, plotly: () => plotlyReady };
}

function setLabel(j: Job, set: SetSpec, lang: Lang): string {
  if (set.preset === undefined) return t('baselineName', lang);
  return Object.keys(j.state.overrides).length ? `${set.preset} (${t('modified', lang)})` : set.preset;
}

/** Colours: the baseline keeps the first (as in the report), the settings shown the second. */
function colourOf(j: Job, k: number): string {
  return colorOf(j.sets[0].id === 'base' ? k : k + 1);
}

/** The sets of runs as shown: each one's label, colour, bands and seeds. */
export function shownSets(j: Job, lang: Lang): (ShownSet & { color: string })[] {
  const out: (ShownSet & { color: string })[] = [];
  j.sets.forEach((set, k) => {
    const runs = [...j.columns[set.id].entries()].sort((a, b) => a[0] - b[0]);
    if (runs.length === 0) return;
    const columns: Partial<Record<OutcomeName, Float64Array[]>> = {};
    for (const m of PLOTTED_METRICS) columns[m] = runs.map(([, c]) => c[m]);
    const label = setLabel(j, set, lang);
    out.push({
      set: set.id,
      label,
      color: colourOf(j, k),
      summary: summariseColumns({ name: label, description: '', params: set.params }, columns),
      seeds: runs.map(([r]) => j.seeds[r - 1]),
    });
  });
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

/** The outcomes of the key numbers table, in order. */
export const TABLE_METRICS: readonly OutcomeName[] = ['composite', 'producers', 'workers', 'productionPerDay', 'loansOutstanding'];

/** One set's yearly values of an outcome, by replicate (the values `collabsim compare` summarises). */
function yearly(j: Job, set: RunSet, metric: OutcomeName, year: number): Map<number, number> {
  const startYear = j.sets.find((s) => s.id === set)!.params.startYear;
  return new Map([...j.columns[set].entries()].sort((a, b) => a[0] - b[0]).map(([r, c]) => [r, yearMean(c[metric], startYear, year)]));
}

/** Paired difference alternative − baseline over the replicates both have (the mean of run-by-run differences, paired t interval). */
function pairedDifference(a: Map<number, number>, b: Map<number, number>): PairedInterval | undefined {
  const both = [...b.keys()].filter((r) => a.has(r));
  return both.length ? pairedInterval(both.map((r) => a.get(r)!), both.map((r) => b.get(r)!)) : undefined;
}

/**
 * The key numbers table, one row per scenario and one difference row per
 * alternative: the convention of `collabsim compare` and the report (mean over runs
 * [range holding 95 % of runs]; alternative − baseline as the mean of the paired
 * run-by-run differences [paired 95 % t interval]), from the same functions.
 */
function renderKeyNumbers(j: Job, sets: readonly (ShownSet & { color: string })[], lang: Lang): void {
  const year = profileYear();
  $('keynums-h').textContent = t('keyNumbers', lang, { y: year });
  const values = new Map(sets.map((s) => [s.set, new Map(TABLE_METRICS.map((m) => [m, yearly(j, s.set, m, year)]))]));
  const base = sets.find((s) => s.set === 'base');
  const alts = sets.filter((s) => s.set !== 'base');
  const range = (m: OutcomeName, x: { lo: number; hi: number }, sign: boolean) => `[${fmtMetric(m, x.lo, lang, sign)}, ${fmtMetric(m, x.hi, lang, sign)}]`;
  const head = h('tr', {}, h('th', { scope: 'col', text: t('scenario', lang) }), ...TABLE_METRICS.map((m) => h('th', { scope: 'col', class: 'num', text: outcomeLabel(m, lang) })));
  const setRow = (s: ShownSet & { color: string }) =>
    h(
      'tr',
      { 'data-set': s.set },
      h('th', { scope: 'row' }, h('i', { class: 'dot', style: `background:${s.color}` }), s.label),
      ...TABLE_METRICS.map((m) => {
        const st = summarise([...values.get(s.set)!.get(m)!.values()]);
        return h('td', { class: 'num', 'data-metric': m, 'data-values': `${st.mean} ${st.lo} ${st.hi}`, text: st.n ? `${fmtMetric(m, st.mean, lang)} ${range(m, st, false)}` : '–' });
      }),
    );
  const diffRow = (s: ShownSet & { color: string }, k: number) =>
    h(
      'tr',
      { 'data-diff': s.set, class: k === 0 ? 'diff first' : 'diff' },
      h('th', { scope: 'row', text: `${s.label} − ${base!.label}` }),
      ...TABLE_METRICS.map((m) => {
        const d = pairedDifference(values.get('base')!.get(m)!, values.get(s.set)!.get(m)!);
        const clear = d && (d.lo > 0 || d.hi < 0);
        return h('td', { class: `num${clear ? ' clear' : ''}`, 'data-metric': m, 'data-values': d ? `${d.diff} ${d.lo} ${d.hi}` : undefined, text: d ? `${fmtMetric(m, d.diff, lang, true)} ${range(m, d, true)}` : '–' });
      }),
    );
  const rows = [...(base ? [setRow(base)] : []), ...alts.map(setRow), ...(base ? alts.map(diffRow) : [])];
  $('keynums-body').replaceChildren(h('div', { class: 'table-wrap' }, h('table', {}, h('thead', {}, head), h('tbody', {}, ...rows))));
}
