/**
 * The design section of an experiment's report: each key outcome against each
 * design parameter (one point per design point, the mean over its replicates) with
 * the LOWESS smoother of src/analysis/smooth.ts, and with two or more scenarios the
 * difference per point with its interval. Pure: data in, figures and HTML out.
 */
import type { Data, Layout } from 'plotly.js-dist';
import { smoothCurve, type Curve } from '../analysis/smooth.js';
import { baseLayout, colorOf, escapeTemplate, GRID, rgba, type Figure } from './figures.js';
import { biKey, chartHtml, figureOf, type FigureEntry } from './html.js';
import { outcomeLabel, paramLabel, t, type Lang } from './i18n.js';
import type { Section } from './page.js';
import type { DesignScatter } from './types.js';

/** Curve points per panel: enough for a smooth line, few enough to keep the page small. */
const CURVE_POINTS = 60;
const COLUMNS = 4;

type Panel = { readonly name: string; readonly values: readonly number[] };

/** The smoother of a panel: points in, curve out. */
type Smooth = (x: readonly number[], y: readonly number[]) => Curve;
const smooth: Smooth = (x, y) => smoothCurve(x, y, { maxPoints: CURVE_POINTS });

/**
 * The smoother with each curve kept for the figures of one report: every chart is drawn
 * once per language, and a curve depends only on its points.
 */
function smoothOnce(): Smooth {
  const curves = new Map<readonly number[], Map<readonly number[], Curve>>();
  return (x, y) => {
    const byY = curves.get(x) ?? new Map<readonly number[], Curve>();
    curves.set(x, byY);
    const c = byY.get(y) ?? smooth(x, y);
    byY.set(y, c);
    return c;
  };
}

/** Panels in a grid, one per design parameter; returns the layout with its axes. */
function gridLayout(lang: Lang, title: string, panels: readonly Panel[], yTitle: string): Partial<Layout> {
  const cols = Math.min(COLUMNS, panels.length);
  const rows = Math.ceil(panels.length / cols);
  const layout = baseLayout(lang, title, 90 + 230 * rows);
  layout.grid = { rows, columns: cols, pattern: 'independent', xgap: 0.08, ygap: 0.42 };
  layout.margin = { l: 64, r: 16, t: 44, b: 70 };
  layout.legend = { orientation: 'h', x: 0, y: -0.5 / rows, yanchor: 'top' };
  panels.forEach((p, k) => {
    const suffix = k === 0 ? '' : String(k + 1);
    layout[`xaxis${suffix}` as 'xaxis'] = { ...GRID, title: { text: `${paramLabel(p.name, lang)} (${p.name})`, font: { size: 11 } } };
    layout[`yaxis${suffix}` as 'yaxis'] = { ...GRID, title: k % cols === 0 ? { text: yTitle, font: { size: 11 } } : undefined };
  });
  return layout;
}

function axesOf(k: number): { xaxis: string; yaxis: string } {
  const suffix = k === 0 ? '' : String(k + 1);
  return { xaxis: `x${suffix}`, yaxis: `y${suffix}` };
}

/** One outcome against every parameter: each scenario's point means and their smoother. */
export function designScatterFigure(d: DesignScatter, outcome: number, lang: Lang, curve: Smooth = smooth): Figure {
  const o = d.outcomes[outcome];
  const name = outcomeLabel(o.outcome, lang);
  const data: Data[] = [];
  d.parameters.forEach((p, k) => {
    o.scenarios.forEach((s, si) => {
      const color = colorOf(si);
      const group = s.name;
      data.push({
        type: 'scatter',
        mode: 'markers',
        x: [...p.values],
        y: [...s.means],
        name: `${s.name}: ${t('designPoint', lang)}`,
        legendgroup: group,
        showlegend: k === 0,
        marker: { color: rgba(color, 0.45), size: 5 },
        hovertemplate: `${escapeTemplate(s.name)}<br>${escapeTemplate(p.name)} %{x:.4~g}<br>${escapeTemplate(name)} %{y:.4~g}<extra></extra>`,
        ...axesOf(k),
      });
      const c = curve(p.values, s.means);
      data.push({ type: 'scatter', mode: 'lines', x: c.x, y: c.y, name: `${s.name}: ${t('smoother', lang)}`, legendgroup: group, showlegend: k === 0, line: { color, width: 2.5 }, hoverinfo: 'skip', ...axesOf(k) });
    });
  });
  const title = t('designChart', lang, { outcome: name, date: d.date });
  return { data, layout: gridLayout(lang, title, d.parameters, name) };
}

/** The difference b − a per design point against every parameter, with intervals when known and its smoother. */
export function designDifferenceFigure(d: DesignScatter, outcome: number, pair: number, lang: Lang, curve: Smooth = smooth): Figure {
  const o = d.outcomes[outcome];
  const diff = o.differences[pair];
  const name = outcomeLabel(o.outcome, lang);
  const data: Data[] = [];
  const color = colorOf(pair + 1);
  d.parameters.forEach((p, k) => {
    data.push({
      type: 'scatter',
      mode: 'markers',
      x: [...p.values],
      y: [...diff.diff],
      name: `${diff.b} − ${diff.a}: ${t('designPoint', lang)}`,
      legendgroup: 'points',
      showlegend: k === 0,
      marker: { color: rgba(color, 0.55), size: 5 },
      error_y:
        diff.lo && diff.hi
          ? { type: 'data', symmetric: false, array: diff.hi.map((h, i) => h - diff.diff[i]), arrayminus: diff.lo.map((l, i) => diff.diff[i] - l), color: rgba(color, 0.3), thickness: 1, width: 0 }
          : undefined,
      hovertemplate: `${escapeTemplate(p.name)} %{x:.4~g}<br>${escapeTemplate(diff.b)} − ${escapeTemplate(diff.a)} %{y:+.4~g}<extra></extra>`,
      ...axesOf(k),
    });
    const c = curve(p.values, diff.diff);
    data.push({ type: 'scatter', mode: 'lines', x: c.x, y: c.y, name: t('smoother', lang), legendgroup: 'smoother', showlegend: k === 0, line: { color: '#1f2933', width: 2.5 }, hoverinfo: 'skip', ...axesOf(k) });
  });
  const title = t('designDiffChart', lang, { a: diff.a, b: diff.b, outcome: name, date: d.date });
  const layout = gridLayout(lang, title, d.parameters, `${diff.b} − ${diff.a}`);
  // The zero line of each panel: where the two scenarios agree.
  d.parameters.forEach((_, k) => {
    const suffix = k === 0 ? '' : String(k + 1);
    const y = layout[`yaxis${suffix}` as 'yaxis']!;
    layout[`yaxis${suffix}` as 'yaxis'] = { ...y, zeroline: true, zerolinecolor: '#52606d', zerolinewidth: 1.5 };
  });
  return { data, layout };
}

/** Every chart of the design section: per outcome, the scatter and then each difference. */
export function designFigures(d: DesignScatter): FigureEntry[] {
  const curve = smoothOnce();
  return d.outcomes.flatMap((o, k) => [
    figureOf(`chart-design-${o.outcome}`, (l) => t('chartLabel', l, { title: t('designChart', l, { outcome: outcomeLabel(o.outcome, l), date: d.date }) }), (l) => designScatterFigure(d, k, l, curve)),
    ...o.differences.map((x, j) =>
      figureOf(
        `chart-design-${o.outcome}-diff-${j + 1}`,
        (l) => t('chartLabel', l, { title: t('designDiffChart', l, { a: x.a, b: x.b, outcome: outcomeLabel(o.outcome, l), date: d.date }) }),
        (l) => designDifferenceFigure(d, k, j, l, curve),
      ),
    ),
  ]);
}

export function designSection(d: DesignScatter, figures: readonly FigureEntry[]): Section {
  const points = d.parameters[0]?.values.length ?? 0;
  const kinds = new Set(d.outcomes.flatMap((o) => o.differences.map((x) => x.interval)));
  const diffNote = [...kinds].map((k) => biKey(k === 'paired' ? 'designDiffPaired' : k === 'welch' ? 'designDiffWelch' : 'designDiffNone')).join(' ');
  return {
    id: 'design',
    key: 'secDesign',
    html:
      `<p class="note">${biKey('designNote', { points, replicates: d.replicates, month: d.month, date: d.date })}</p>` +
      (kinds.size ? `<p class="note">${diffNote}</p>` : '') +
      figures.map((f) => chartHtml(f)).join(''),
  };
}
