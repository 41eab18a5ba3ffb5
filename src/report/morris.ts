/**
 * The Morris section: per outcome, the μ* and σ bars and the μ*–σ plane (where a
 * parameter sits tells whether it matters, and whether linearly or through
 * non-linearity and interactions), with the noise share and the number of runs.
 */
import type { Data } from 'plotly.js-dist';
import { baseLayout, GRID, morrisFigure, outcomeTitle, type Figure } from './figures.js';
import { bi, chartHtml, figureOf, type FigureEntry } from './html.js';
import { fmt, paramLabel, t, type Lang } from './i18n.js';
import type { Section } from './page.js';
import type { MorrisResult } from './types.js';

/**
 * μ* against σ, one marker per parameter (μ* with its bootstrap interval). The
 * dashed line σ = μ*: parameters well above it act mostly through non-linearity or
 * interactions, those below it about linearly (Morris 1991; Campolongo et al. 2007).
 */
export function morrisPlaneFigure(m: MorrisResult, lang: Lang): Figure {
  const top = Math.max(1e-12, ...m.rows.map((r) => Math.max(r.muStar + (r.muStarConf ?? 0), r.sigma))) * 1.08;
  const data: Data[] = [
    {
      type: 'scatter',
      mode: 'lines',
      x: [0, top],
      y: [0, top],
      name: t('morrisLine', lang),
      line: { color: '#9aa5b1', dash: 'dash', width: 1.5 },
      hoverinfo: 'skip',
    },
    {
      type: 'scatter',
      mode: 'text+markers',
      x: m.rows.map((r) => r.muStar),
      y: m.rows.map((r) => r.sigma),
      text: m.rows.map((r) => r.param),
      textposition: 'top center',
      customdata: m.rows.map((r) => paramLabel(r.param, lang)),
      name: t('parameter', lang),
      marker: { color: '#0072B2', size: 10 },
      error_x: m.rows.some((r) => r.muStarConf !== undefined) ? { type: 'data', array: m.rows.map((r) => r.muStarConf ?? 0), color: '#52606d', thickness: 1 } : undefined,
      hovertemplate: `%{customdata} (%{text})<br>μ* = %{x:.4~g}<br>σ = %{y:.4~g}<extra></extra>`,
    },
  ];
  const layout = baseLayout(lang, `${t('morrisPlaneTitle', lang)}: ${outcomeTitle(m.outcome, m.year, lang)}`, 420);
  layout.margin = { l: 64, r: 16, t: 44, b: 100 };
  layout.legend = { orientation: 'h', x: 0, y: -0.24, yanchor: 'top' };
  layout.xaxis = { ...GRID, title: { text: t('muStarAxis', lang) }, range: [0, top], zeroline: true };
  layout.yaxis = { ...GRID, title: { text: t('sigmaAxis', lang) }, range: [0, top], zeroline: true };
  return { data, layout };
}

/** The figures of one Morris result: bars, then the μ*–σ plane. */
export function morrisFigures(results: readonly MorrisResult[]): FigureEntry[][] {
  return results.map((m, k) => [
    figureOf(`chart-morris-${k + 1}`, (l) => t('secMorris', l), (l) => morrisFigure(m, l)),
    figureOf(`chart-morris-plane-${k + 1}`, (l) => t('morrisPlaneTitle', l), (l) => morrisPlaneFigure(m, l)),
  ]);
}

/** Noise share and runs in words, e.g. "Noise share 3.2 % … 280 runs." */
function morrisFacts(m: MorrisResult, runs: number | undefined, l: Lang): string {
  const parts = [t('morrisNote', l, { outcome: outcomeTitle(m.outcome, m.year, l) })];
  if (m.noiseShare !== undefined) parts.push(t('noiseShareNote', l, { share: fmt(100 * m.noiseShare, 1, l) }));
  if (m.trajectories !== undefined) parts.push(t('morrisDesignNote', l, { r: m.trajectories, levels: m.levels ?? '–' }));
  if (runs !== undefined) parts.push(t('runsBehind', l, { n: fmt(runs, 0, l) }));
  return parts.join(' ');
}

export function morrisSection(figures: readonly FigureEntry[][], results: readonly MorrisResult[], runs?: number): Section {
  return {
    id: 'morris',
    key: 'secMorris',
    html: figures
      .map((fs, k) => `<p class="note">${bi((l) => morrisFacts(results[k], runs, l))}</p><div class="charts">${fs.map((f) => chartHtml(f)).join('')}</div>`)
      .join(''),
  };
}
