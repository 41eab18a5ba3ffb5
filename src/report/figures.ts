/**
 * Plotly figure specifications (data + layout as plain JSON) of the report and the
 * explorer: replicate bands over time, the DeSeve grid, the collaboration profile,
 * scenario differences, and the optional sensitivity, calibration and discovery
 * charts. Pure: the same builders serve the Node report and the browser explorer,
 * in either language.
 */
import type { Data, Layout } from 'plotly.js-dist';
import type { ComparisonRow } from '../analysis/compare.js';
import { dateOf } from '../engine/calendar.js';
import { DESEVE_ITEMS } from '../governance/deseve.js';
import { OUTCOMES, type OutcomeName } from '../outcomes.js';
import type { Band, ScenarioSummary } from './bands.js';
import { yearStat } from './bands.js';
import { fmt, outcomeAxis, outcomeLabel, paramLabel, plotlySeparators, t, type Lang } from './i18n.js';
import type { CalibrationResult, MorrisResult, ObservedData, SobolResult } from './types.js';

export interface Figure {
  data: Data[];
  layout: Partial<Layout>;
}

/**
 * Okabe–Ito colours (distinguishable with the common colour-vision deficiencies),
 * without their black, which is the observed data's, and their yellow, unreadable on
 * white; Tol's wine and olive take the last two places.
 */
export const PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#882255', '#999933'];

/** Above this many scenarios only the first (the baseline) gets its bands; the rest draw medians. */
export const MAX_BANDED_SCENARIOS = 3;

export function colorOf(index: number): string {
  return PALETTE[index % PALETTE.length];
}

export function rgba(hex: string, alpha: number): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgba(${(n >> 16) & 255},${(n >> 8) & 255},${n & 255},${alpha})`;
}

const FONT = { family: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif', size: 12, color: '#1f2933' };

export function baseLayout(lang: Lang, title: string, height: number): Partial<Layout> {
  return {
    title: { text: title, x: 0, xanchor: 'left', font: { size: 14 } },
    height,
    autosize: true,
    font: FONT,
    separators: plotlySeparators(lang),
    margin: { l: 64, r: 16, t: 44, b: 48 },
    paper_bgcolor: '#ffffff',
    plot_bgcolor: '#ffffff',
    legend: { orientation: 'h', x: 0, y: -0.14, yanchor: 'top' },
  };
}

export const GRID = { gridcolor: '#e4e7eb', zerolinecolor: '#cbd2d9', linecolor: '#9aa5b1' };

/** ISO year-month of every month of a horizon. */
export function monthDates(startYear: number, months: number): string[] {
  return Array.from({ length: months }, (_, m) => dateOf(startYear, m));
}

/** One scenario's band of one outcome, as the time-series builders take it. */
export interface BandInput {
  readonly label: string;
  readonly color: string;
  readonly startYear: number;
  readonly months: number;
  readonly band: Band;
  /** Median line only (many scenarios: overlapping ribbons would hide each other). */
  readonly medianOnly?: boolean;
}

/** Traces of one band: 90 % and 50 % ribbons and the median line. */
function bandTraces(b: BandInput, lang: Lang, axes: { xaxis?: string; yaxis?: string } = {}, opts: { legend?: boolean; ninety?: boolean } = {}): Data[] {
  const x = monthDates(b.startYear, b.months);
  const group = b.label;
  const legend = opts.legend ?? true;
  const edge = { width: 0, color: b.color };
  const common = { type: 'scatter' as const, mode: 'lines' as const, x, legendgroup: group, showlegend: false, hoverinfo: 'skip' as const, ...axes };
  const out: Data[] = [];
  if ((opts.ninety ?? true) && !b.medianOnly) {
    out.push({ ...common, y: b.band.q05, line: edge, name: `${b.label} 5 %` });
    out.push({ ...common, y: b.band.q95, line: edge, fill: 'tonexty', fillcolor: rgba(b.color, 0.13), name: `${b.label} 90 %` });
  }
  if (!b.medianOnly) {
    out.push({ ...common, y: b.band.q25, line: edge, name: `${b.label} 25 %` });
    out.push({ ...common, y: b.band.q75, line: edge, fill: 'tonexty', fillcolor: rgba(b.color, 0.3), name: `${b.label} 50 %` });
  }
  out.push({
    type: 'scatter',
    mode: 'lines',
    x,
    y: b.band.q50,
    name: b.label,
    legendgroup: group,
    showlegend: legend,
    line: { color: b.color, width: 2 },
    hovertemplate: `${escapeTemplate(b.label)} · ${t('median', lang)}: %{y:.3~f}<extra></extra>`,
    ...axes,
  });
  return out;
}

/** Breaks a label into lines of about `width` characters (Plotly line breaks are <br>). */
export function wrap(text: string, width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join('<br>');
}

/** Plotly reads %{...} in hover templates; a scenario name must not be taken for one. */
export function escapeTemplate(s: string): string {
  return s.replace(/%/g, '%%').replace(/[<>]/g, '');
}

/** Observed yearly points (plotted mid-year) for an outcome, within [fromYear, toYear]. */
export function observedTrace(observed: ObservedData, metric: OutcomeName, lang: Lang, range?: [number, number], axes: { xaxis?: string; yaxis?: string } = {}, legend = true): Data | undefined {
  const pts = observed.observations.filter((o) => (range ? o.year >= range[0] && o.year <= range[1] : true) && typeof (o as unknown as Record<string, unknown>)[metric] === 'number');
  if (pts.length === 0) return undefined;
  return {
    type: 'scatter',
    mode: 'markers',
    x: pts.map((o) => `${o.year}-07-01`),
    y: pts.map((o) => (o as unknown as Record<string, number>)[metric]),
    name: t('observed', lang),
    legendgroup: 'observed',
    showlegend: legend,
    marker: { symbol: 'diamond', size: 10, color: '#111827', line: { color: '#ffffff', width: 1 } },
    hovertemplate: `${t('observed', lang)}: %{y}<extra></extra>`,
    ...axes,
  };
}

/** Time series of one outcome with replicate bands for each scenario (and observed points when given). */
export function seriesFigure(metric: OutcomeName, bands: readonly BandInput[], lang: Lang, observed?: ObservedData, opts: { title?: string; height?: number } = {}): Figure {
  const data: Data[] = [];
  for (const b of bands) data.push(...bandTraces(b, lang));
  if (observed && bands.length) {
    const y0 = Math.min(...bands.map((b) => b.startYear));
    const y1 = Math.max(...bands.map((b) => b.startYear + Math.ceil(b.months / 12) - 1));
    const tr = observedTrace(observed, metric, lang, [y0, y1]);
    if (tr) data.push(tr);
  }
  const layout = baseLayout(lang, opts.title ?? outcomeLabel(metric, lang), opts.height ?? 340);
  layout.xaxis = { type: 'date', ...GRID, hoverformat: '%Y-%m' };
  layout.yaxis = { title: { text: outcomeAxis(metric, lang) }, ...GRID, rangemode: 'tozero' };
  layout.hovermode = 'x unified';
  layout.uirevision = metric;
  return { data, layout };
}

/** The bold title above one panel of a grid of subplots (axes `x${suffix}`, `y${suffix}`). */
function panelTitle(text: string, suffix: string): NonNullable<Layout['annotations']>[number] {
  return { text: `<b>${text}</b>`, xref: `x${suffix} domain` as 'x', yref: `y${suffix} domain` as 'y', x: 0, y: 1.02, xanchor: 'left', yanchor: 'bottom', showarrow: false };
}

/** The eight DeSeve scores over time, one small panel each (median and 50 % band per scenario). */
export function deseveGridFigure(perItem: (item: OutcomeName) => readonly BandInput[], lang: Lang): Figure {
  const data: Data[] = [];
  const layout = baseLayout(lang, t('deseveTitle', lang), 980);
  layout.grid = { rows: 4, columns: 2, pattern: 'independent', roworder: 'top to bottom', xgap: 0.08, ygap: 0.3 };
  layout.annotations = [];
  layout.margin = { l: 48, r: 16, t: 64, b: 40 };
  layout.hovermode = 'x';
  layout.uirevision = 'deseve';
  DESEVE_ITEMS.forEach((item, k) => {
    const suffix = k === 0 ? '' : String(k + 1);
    const axes = { xaxis: `x${suffix}`, yaxis: `y${suffix}` };
    for (const b of perItem(item)) data.push(...bandTraces(b, lang, axes, { legend: k === 0, ninety: false }));
    layout[`xaxis${suffix}` as 'xaxis'] = { type: 'date', ...GRID, tickfont: { size: 10 }, hoverformat: '%Y-%m' };
    layout[`yaxis${suffix}` as 'yaxis'] = { range: [0, 1], ...GRID, tickfont: { size: 10 }, dtick: 0.25 };
    layout.annotations!.push({ ...panelTitle(outcomeLabel(item, lang), suffix), font: { size: 12 } });
  });
  layout.legend = { orientation: 'h', x: 1, xanchor: 'right', y: 0.995, yanchor: 'top', yref: 'container' };
  return { data, layout };
}

/** Radar of the eight scores (median yearly value) per scenario, one polar panel per year. */
export function profileFigure(scenarios: readonly { summary: ScenarioSummary; label: string; color: string }[], years: readonly number[], lang: Lang): Figure {
  const data: Data[] = [];
  const theta = DESEVE_ITEMS.map((d) => wrap(outcomeLabel(d, lang), 16));
  const layout = baseLayout(lang, t('profileTitle', lang, { years: years.join(', ') }), 460);
  layout.margin = { l: 90, r: 90, t: 60, b: 40 };
  layout.annotations = [];
  const n = Math.max(1, years.length);
  const gap = 0.25;
  const w = (1 - gap * (n - 1)) / n;
  years.forEach((year, k) => {
    const key = k === 0 ? 'polar' : `polar${k + 1}`;
    scenarios.forEach((s, j) => {
      const r = DESEVE_ITEMS.map((d) => yearStat(s.summary, d, year)?.median ?? Number.NaN);
      if (r.every((v) => Number.isNaN(v))) return;
      data.push({
        type: 'scatterpolar',
        r: [...r, r[0]],
        theta: [...theta, theta[0]],
        fill: 'toself',
        fillcolor: rgba(s.color, 0.12),
        line: { color: s.color, width: 2 },
        marker: { size: 5 },
        name: s.label,
        legendgroup: s.label,
        showlegend: k === 0 && j >= 0,
        subplot: key,
        hovertemplate: `${escapeTemplate(s.label)}, ${year}<br>%{theta}: %{r:.2f}<extra></extra>`,
      });
    });
    layout[key as 'polar'] = {
      domain: { x: [k * (w + gap), k * (w + gap) + w], y: [0, 0.9] },
      radialaxis: { range: [0, 1], dtick: 0.25, tickfont: { size: 9 }, angle: 90, gridcolor: '#e4e7eb' },
      angularaxis: { tickfont: { size: 10 }, direction: 'clockwise', gridcolor: '#e4e7eb' },
    };
    layout.annotations!.push({ text: `<b>${year}</b>`, xref: 'paper', yref: 'paper', x: k * (w + gap) + w / 2, y: 1.0, xanchor: 'center', yanchor: 'bottom', showarrow: false });
  });
  return { data, layout };
}

/**
 * Forest plot of the comparison rows: b − a with its 95 % CI, one panel per unit
 * (workshops, persons, pieces/day, scores, Rp M …) so no axis mixes units, each with
 * zero drawn and inside its range (an interval's side of zero is the reading), one
 * marker colour per year.
 */
export function differenceFigure(rows: readonly ComparisonRow[], a: string, b: string, lang: Lang): Figure {
  const years = [...new Set(rows.map((r) => r.year))];
  const unitOf = (m: string) => OUTCOMES.find((o) => o.name === m)?.unit ?? '';
  const units = [...new Set(rows.map((r) => unitOf(r.metric)))];
  const metricsOf = (u: string) => [...new Set(rows.filter((r) => unitOf(r.metric) === u).map((r) => r.metric))];
  const symbols = ['circle', 'diamond', 'square', 'triangle-up', 'x', 'star'] as const;
  const colors = ['#1f2933', '#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00'];
  const data: Data[] = [];
  years.forEach((year, k) => {
    const color = colors[k % colors.length];
    units.forEach((u, p) => {
      const mine = rows.filter((r) => r.year === year && unitOf(r.metric) === u);
      if (!mine.length) return;
      const axis = p === 0 ? '' : String(p + 1);
      data.push({
        type: 'scatter',
        mode: 'markers',
        orientation: 'h',
        x: mine.map((r) => r.diff.diff),
        y: mine.map((r) => outcomeLabel(r.metric, lang)),
        error_x: { type: 'data', symmetric: false, array: mine.map((r) => r.diff.hi - r.diff.diff), arrayminus: mine.map((r) => r.diff.diff - r.diff.lo), color, thickness: 1.5, width: 4 },
        marker: { color, size: 9, symbol: symbols[k % symbols.length] },
        name: String(year),
        legendgroup: String(year),
        showlegend: p === 0,
        xaxis: `x${axis}`,
        yaxis: `y${axis}`,
        customdata: mine.map((r) => [r.diff.lo, r.diff.hi]),
        hovertemplate: `${year} · %{y}: %{x:+.3~f} [%{customdata[0]:+.3~f}, %{customdata[1]:+.3~f}] ${u}<extra></extra>`,
      });
    });
  });
  // Panels stacked top to bottom, each as tall as its rows (plus room for its axis title).
  const rowPx = 26 * Math.max(1, Math.min(2, years.length));
  const panelPx = units.map((u) => rowPx * metricsOf(u).length + 56);
  const total = panelPx.reduce((x, y) => x + y, 0);
  const layout = baseLayout(lang, t('differenceChartTitle', lang, { a, b }), Math.max(320, total + 110));
  layout.margin = { l: 210, r: 16, t: 60, b: 64 };
  let top = 1;
  units.forEach((u, p) => {
    const h = panelPx[p] / total;
    const axis = p === 0 ? '' : String(p + 1);
    const bottom = Math.max(0, top - h);
    const xTitle = `${u === '[0,1]' ? t('scoresPanel', lang) : ''}${u === '[0,1]' ? ' ' : ''}(${u})`;
    (layout as Record<string, unknown>)[`xaxis${axis}`] = { anchor: `y${axis}`, ...GRID, zeroline: true, zerolinewidth: 2, zerolinecolor: '#1f2933', rangemode: 'tozero', title: { text: xTitle, standoff: 4 } };
    (layout as Record<string, unknown>)[`yaxis${axis}`] = {
      domain: [bottom + (p < units.length - 1 ? 56 / total / 2 : 0), top],
      anchor: `x${axis}`,
      automargin: true,
      autorange: 'reversed',
      categoryorder: 'array',
      categoryarray: metricsOf(u).map((m) => outcomeLabel(m, lang)),
    };
    top = bottom;
  });
  layout.hovermode = 'closest';
  layout.legend = { orientation: 'h', x: 0, y: -0.08, yanchor: 'top', title: { text: t('year', lang) } };
  return { data, layout };
}

function sortedBy<T>(xs: readonly T[], key: (x: T) => number): T[] {
  return [...xs].sort((p, q) => key(q) - key(p));
}

export function outcomeTitle(outcome: string, year: number | undefined, lang: Lang): string {
  return year === undefined ? outcomeLabel(outcome, lang) : `${outcomeLabel(outcome, lang)}, ${year}`;
}

/** Morris screening: μ* (with its confidence interval when given) and σ per parameter, largest μ* first. */
export function morrisFigure(m: MorrisResult, lang: Lang): Figure {
  const rows = sortedBy(m.rows, (r) => r.muStar);
  const y = rows.map((r) => `${paramLabel(r.param, lang)} (${r.param})`);
  const data: Data[] = [
    {
      type: 'bar',
      orientation: 'h',
      y,
      x: rows.map((r) => r.muStar),
      name: t('muStar', lang),
      marker: { color: '#0072B2' },
      error_x: rows.some((r) => r.muStarConf !== undefined) ? { type: 'data', array: rows.map((r) => r.muStarConf ?? 0), color: '#1f2933', thickness: 1 } : undefined,
      hovertemplate: `%{y}<br>μ* = %{x:.4~g}<extra></extra>`,
    },
    {
      type: 'bar',
      orientation: 'h',
      y,
      x: rows.map((r) => r.sigma),
      name: t('sigma', lang),
      marker: { color: '#E69F00' },
      hovertemplate: `%{y}<br>σ = %{x:.4~g}<extra></extra>`,
    },
  ];
  return { data, layout: indexBarsLayout(`${t('secMorris', lang)}: ${outcomeTitle(m.outcome, m.year, lang)}`, rows.length, lang) };
}

/** Sobol indices: S1 and ST per parameter with their intervals, largest ST first. */
export function sobolFigure(s: SobolResult, lang: Lang): Figure {
  const rows = sortedBy(s.rows, (r) => r.st.value);
  const y = rows.map((r) => `${paramLabel(r.param, lang)} (${r.param})`);
  const bar = (key: 's1' | 'st', name: string, color: string): Data => ({
    type: 'bar',
    orientation: 'h',
    y,
    x: rows.map((r) => r[key].value),
    name,
    marker: { color },
    error_x: { type: 'data', symmetric: false, array: rows.map((r) => r[key].hi - r[key].value), arrayminus: rows.map((r) => r[key].value - r[key].lo), color: '#1f2933', thickness: 1 },
    customdata: rows.map((r) => [r[key].lo, r[key].hi]),
    hovertemplate: `%{y}<br>${name}: %{x:.3f} [%{customdata[0]:.3f}, %{customdata[1]:.3f}]<extra></extra>`,
  });
  const data = [bar('s1', t('s1', lang), '#56B4E9'), bar('st', t('st', lang), '#0072B2')];
  return { data, layout: indexBarsLayout(`${t('secSobol', lang)}: ${outcomeTitle(s.outcome, s.year, lang)}`, rows.length, lang) };
}

/** Layout of sensitivity indices: grouped horizontal bars, one row per parameter, first on top. */
function indexBarsLayout(title: string, parameters: number, lang: Lang): Partial<Layout> {
  const layout = baseLayout(lang, title, Math.max(300, 90 + 34 * parameters));
  layout.barmode = 'group';
  layout.margin = { l: 300, r: 16, t: 44, b: 56 };
  layout.yaxis = { autorange: 'reversed', automargin: true };
  layout.xaxis = { ...GRID, rangemode: 'tozero' };
  return layout;
}

/** Posterior histograms, one panel per calibrated parameter, on its prior range. */
export function posteriorFigure(c: CalibrationResult, lang: Lang): Figure {
  const n = c.posterior.length;
  const cols = Math.min(3, Math.max(1, n));
  const rows = Math.ceil(n / cols);
  const layout = baseLayout(lang, t('posterior', lang), 60 + 220 * rows);
  layout.grid = { rows, columns: cols, pattern: 'independent', xgap: 0.12, ygap: 0.35 };
  layout.annotations = [];
  layout.showlegend = false;
  layout.bargap = 0.05;
  const data: Data[] = [];
  c.posterior.forEach((p, k) => {
    const suffix = k === 0 ? '' : String(k + 1);
    data.push({
      type: 'histogram',
      x: [...p.samples],
      ...(p.weights ? { y: [...p.weights], histfunc: 'sum' as const } : {}),
      histnorm: 'probability',
      xaxis: `x${suffix}`,
      yaxis: `y${suffix}`,
      marker: { color: '#0072B2' },
      xbins: { start: p.min, end: p.max, size: (p.max - p.min) / 20 || 1 },
      name: p.param,
      hovertemplate: `${escapeTemplate(p.param)} %{x}: %{y:.3f}<extra></extra>`,
    });
    layout[`xaxis${suffix}` as 'xaxis'] = { range: [p.min, p.max], ...GRID, title: { text: `${paramLabel(p.param, lang)} (${p.param})`, font: { size: 11 } } };
    layout[`yaxis${suffix}` as 'yaxis'] = { ...GRID, title: { text: t('share', lang), font: { size: 11 } } };
  });
  return { data, layout };
}

/** Posterior predictive bands of the calibrated outcomes by year, with the observations. */
export function predictiveFigure(c: CalibrationResult, observed: ObservedData | undefined, lang: Lang): Figure {
  const n = c.predictive.length;
  const layout = baseLayout(lang, t('predictive', lang), 380);
  layout.grid = { rows: 1, columns: Math.max(1, n), pattern: 'independent', xgap: 0.1 };
  layout.margin = { l: 56, r: 16, t: 76, b: 48 };
  layout.annotations = [];
  const data: Data[] = [];
  c.predictive.forEach((p, k) => {
    const suffix = k === 0 ? '' : String(k + 1);
    const axes = { xaxis: `x${suffix}`, yaxis: `y${suffix}` };
    const x = [...p.years];
    const color = '#0072B2';
    const common = { type: 'scatter' as const, mode: 'lines' as const, x, showlegend: false, hoverinfo: 'skip' as const, legendgroup: 'pp', ...axes };
    data.push({ ...common, y: [...p.q05], line: { width: 0, color } });
    data.push({ ...common, y: [...p.q95], line: { width: 0, color }, fill: 'tonexty', fillcolor: rgba(color, 0.13) });
    data.push({ ...common, y: [...p.q25], line: { width: 0, color } });
    data.push({ ...common, y: [...p.q75], line: { width: 0, color }, fill: 'tonexty', fillcolor: rgba(color, 0.3) });
    data.push({ type: 'scatter', mode: 'lines+markers', x, y: [...p.median], line: { color, width: 2 }, name: t('predictive', lang), legendgroup: 'pp', showlegend: k === 0, ...axes });
    const obs = (observed?.observations ?? []).filter((o) => p.years.includes(o.year) && typeof (o as unknown as Record<string, unknown>)[p.metric] === 'number');
    if (obs.length)
      data.push({
        type: 'scatter',
        mode: 'markers',
        x: obs.map((o) => o.year),
        y: obs.map((o) => (o as unknown as Record<string, number>)[p.metric]),
        name: t('observed', lang),
        legendgroup: 'observed',
        showlegend: k === 0,
        marker: { symbol: 'diamond', size: 10, color: '#111827', line: { color: '#ffffff', width: 1 } },
        hovertemplate: `${t('observed', lang)}: %{y}<extra></extra>`,
        ...axes,
      });
    layout[`xaxis${suffix}` as 'xaxis'] = { ...GRID, dtick: 1, tickformat: 'd', range: [Math.min(...p.years) - 0.3, Math.max(...p.years) + 0.3] };
    layout[`yaxis${suffix}` as 'yaxis'] = { ...GRID, rangemode: 'tozero' };
    layout.annotations!.push(panelTitle(outcomeAxis(p.metric, lang), suffix));
  });
  return { data, layout };
}

const COUNT_METRICS: readonly string[] = ['producers', 'workers', 'productionPerDay'];

/** A number with a sensible number of digits for the metric (counts 1, scores 2). */
export function metricDigits(metric: string): number {
  return COUNT_METRICS.includes(metric) ? 1 : metric === 'totalCapital' || metric === 'loansOutstanding' || metric === 'unmetPerDay' ? 1 : 2;
}

export function fmtMetric(metric: string, x: number, lang: Lang, sign = false): string {
  return fmt(x, metricDigits(metric), lang, sign);
}
