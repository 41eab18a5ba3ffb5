/**
 * Drawing the view: plotly.js (loaded in the background), the charts and the key
 * numbers from the runs completed so far, redrawn a few times a second while runs
 * arrive and once more when the job is done.
 */
import type { Config, PlotlyHTMLElement } from 'plotly.js-dist';
import serengan from '../../data/serengan.json';
import { pairedInterval, yearMean, type PairedInterval } from '../../src/analysis/stats.js';
import type { OutcomeName } from '../../src/outcomes.js';
import { OBSERVED_METRICS, PLOTTED_METRICS, summariseColumns, yearStat } from '../../src/report/bands.js';
import { colorOf, deseveGridFigure, fmtMetric, profileFigure, seriesFigure, type BandInput, type Figure } from '../../src/report/figures.js';
import { fmt, outcomeLabel, runsText, t, type Lang } from '../../src/report/i18n.js';
import type { ObservedData } from '../../src/report/types.js';
import { h } from './controls.js';
import type { ShownSet } from './export.js';
import { $, CHARTS, chartTitle, setStatus } from './page.js';
import type { RunSet } from './protocol.js';
import type { Job } from './runs.js';
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

function setLabel(j: Job, set: RunSet, lang: Lang): string {
  if (set === 'base') return t('baselineName', lang);
  return Object.keys(j.state.overrides).length ? `${j.state.scenario} (${t('modified', lang)})` : j.state.scenario;
}

/** The sets of runs as shown: each one's label, colour, bands and seeds. */
export function shownSets(j: Job, lang: Lang): (ShownSet & { color: string })[] {
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

/** The key numbers table: each set's median [90 % range] in the profile year, and the paired difference. */
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
