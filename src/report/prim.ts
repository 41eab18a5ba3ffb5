/**
 * The PRIM section: per condition, the peeling trajectory (coverage against
 * density, every step numbered so another box can be chosen with `discover --box
 * N`), the chosen box's limits on each parameter's range with their quasi-p-values,
 * and a table of the box with the restrictions dropped as trivial.
 */
import type { Data } from 'plotly.js-dist';
import { PARAMS, type ParamDecl } from '../params/index.js';
import { baseLayout, GRID, type Figure } from './figures.js';
import { bi, biKey, chartHtml, figureOf, type FigureEntry } from './html.js';
import { fmt, paramLabel, t, textIn, valueText, type Lang } from './i18n.js';
import type { Section } from './page.js';
import type { PrimLimit, PrimResult } from './types.js';

/** Peeling trajectory: density against coverage of each step, coloured by restricted parameters; the chosen boxes starred. */
export function primTrajectoryFigure(p: PrimResult, lang: Lang): Figure {
  const data: Data[] = [];
  const traj = p.trajectory ?? [];
  if (traj.length)
    data.push({
      type: 'scatter',
      mode: 'lines+markers',
      x: traj.map((b) => b.coverage),
      y: traj.map((b) => b.density),
      customdata: traj.map((b, k) => [k, b.dims ?? 0]),
      name: t('peeling', lang),
      line: { color: '#9aa5b1' },
      marker: {
        color: traj.map((b) => b.dims ?? 0),
        colorscale: 'Viridis',
        size: 8,
        showscale: traj.some((b) => b.dims !== undefined),
        colorbar: { title: { text: t('restrictedDims', lang), side: 'right' }, dtick: 1, thickness: 12 },
      },
      hovertemplate: `${t('step', lang)} %{customdata[0]}: ${t('coverage', lang)} %{x:.2f}, ${t('density', lang)} %{y:.2f}, ${t('restrictedDims', lang)} %{customdata[1]}<extra></extra>`,
    });
  data.push({
    type: 'scatter',
    mode: 'text+markers',
    x: p.boxes.map((b) => b.coverage),
    y: p.boxes.map((b) => b.density),
    text: p.boxes.map((b, k) => `${t('box', lang)} ${k + 1}${b.step === undefined ? '' : ` (${t('step', lang)} ${b.step})`}`),
    textposition: 'top right',
    name: t('chosenBox', lang),
    marker: { color: '#D55E00', size: 13, symbol: 'star' },
  });
  // The condition is the section's heading: long, so not repeated in the chart titles.
  const layout = baseLayout(lang, t('primTrajectoryTitle', lang), 420);
  layout.margin = { l: 64, r: 16, t: 44, b: 90 };
  layout.legend = { orientation: 'h', x: 0, y: -0.25, yanchor: 'top' };
  layout.xaxis = { title: { text: t('coverage', lang) }, range: [0, 1.05], ...GRID };
  layout.yaxis = { title: { text: t('density', lang) }, range: [0, 1.12], ...GRID };
  return { data, layout };
}

/**
 * The chosen box's limits: one bar per restricted parameter over the share of its
 * range that the box keeps (0 = the smallest value in the data, 1 = the largest),
 * labelled with the quasi-p-value; restrictions dropped as trivial in grey.
 */
export function primLimitsFigure(p: PrimResult, lang: Lang): Figure {
  const box = p.boxes[0];
  const ranges = new Map((p.ranges ?? []).map((r) => [r.param, r]));
  const rows = [...box.limits.map((lim) => ({ lim, kept: true })), ...(box.dropped ?? []).map((lim) => ({ lim, kept: false }))].filter(
    (r) => !('values' in r.lim) && ranges.has(r.lim.param),
  );
  const label = (lim: PrimLimit) => `${paramLabel(lim.param, lang)} (${lim.param})`;
  const span = (lim: PrimLimit) => {
    const r = ranges.get(lim.param)!;
    const w = r.max - r.min || 1;
    const n = lim as { min?: number; max?: number };
    return [((n.min ?? r.min) - r.min) / w, ((n.max ?? r.max) - r.min) / w];
  };
  const trace = (kept: boolean): Data => {
    const rs = rows.filter((r) => r.kept === kept);
    return {
      type: 'bar',
      orientation: 'h',
      y: rs.map((r) => label(r.lim)),
      base: rs.map((r) => span(r.lim)[0]),
      x: rs.map((r) => span(r.lim)[1] - span(r.lim)[0]),
      text: rs.map((r) => `${limitRange(r.lim, lang)}${r.lim.quasiP === undefined ? '' : ` · ${t('quasiP', lang)} ${pText(r.lim.quasiP, lang)}`}`),
      textposition: 'auto',
      name: t(kept ? 'kept' : 'droppedTrivial', lang),
      marker: { color: kept ? '#0072B2' : '#cbd2d9' },
      hovertemplate: `%{y}<br>%{text}<extra></extra>`,
    };
  };
  const layout = baseLayout(lang, t('primLimitsTitle', lang), Math.max(260, 120 + 48 * rows.length));
  layout.margin = { l: 240, r: 16, t: 44, b: 64 };
  layout.barmode = 'overlay';
  layout.xaxis = { ...GRID, range: [0, 1], title: { text: t('rangeShare', lang) }, tickformat: '.0%' };
  layout.yaxis = { autorange: 'reversed', automargin: true };
  return { data: [trace(true), ...(rows.some((r) => !r.kept) ? [trace(false)] : [])], layout };
}

/** A quasi-p-value: 3 decimals, or "< 0.001". */
function pText(p: number, lang: Lang): string {
  return p < 0.001 ? `< ${fmt(0.001, 3, lang)}` : fmt(p, 3, lang);
}

/** A value of a parameter in its declared units, else with 3 decimals. */
function valueOf(param: string, v: number, l: Lang): string {
  const decl = (PARAMS as readonly ParamDecl[]).find((d) => d.name === param);
  return decl ? valueText(decl, v, l) : fmt(v, 3, l);
}

function limitRange(lim: PrimLimit, l: Lang): string {
  if ('values' in lim) return `{${lim.values.join(', ')}}`;
  const num = (v: number) => valueOf(lim.param, v, l);
  return `${lim.min === undefined ? '…' : num(lim.min)} – ${lim.max === undefined ? '…' : num(lim.max)}`;
}

function limitText(lim: PrimLimit, l: Lang): string {
  const name = `${paramLabel(lim.param, l)} (${lim.param})`;
  if ('values' in lim) return `${name} ∈ {${lim.values.join(', ')}}`;
  const num = (v: number) => valueOf(lim.param, v, l);
  const lo = lim.min === undefined ? '' : `${num(lim.min)} ≤ `;
  const hi = lim.max === undefined ? '' : ` ≤ ${num(lim.max)}`;
  return `${lo}${name}${hi}`;
}

export function primFigures(results: readonly PrimResult[]): FigureEntry[][] {
  return results.map((p, k) => [
    figureOf(`chart-prim-${k + 1}`, (l) => t('primTrajectoryTitle', l), (l) => primTrajectoryFigure(p, l)),
    ...(p.ranges?.length ? [figureOf(`chart-prim-limits-${k + 1}`, (l) => t('primLimitsTitle', l), (l) => primLimitsFigure(p, l))] : []),
  ]);
}

export function primSection(figures: readonly FigureEntry[][], results: readonly PrimResult[]): Section {
  return {
    id: 'prim',
    key: 'secPrim',
    html: figures
      .map((fs, k) => {
        const p = results[k];
        const tested = p.boxes.some((b) => b.limits.some((x) => x.quasiP !== undefined));
        const row = (lim: PrimLimit, kept: boolean, first: string) =>
          `<tr>${first}<td>${bi((l) => limitText(lim, l))}</td><td class="num">${lim.quasiP === undefined ? '' : bi((l) => pText(lim.quasiP!, l))}</td><td>${biKey(kept ? 'kept' : 'droppedTrivial')}</td></tr>`;
        const rows = p.boxes
          .map((b, j) => {
            const all = [...b.limits.map((x) => [x, true] as const), ...(b.dropped ?? []).map((x) => [x, false] as const)];
            const head =
              `<th scope="row" rowspan="${Math.max(1, all.length)}">${biKey('box')} ${j + 1}${b.step === undefined ? '' : bi((l) => ` (${t('step', l)} ${b.step})`)}<br>` +
              `${bi((l) => `${t('coverage', l)} ${fmt(b.coverage, 2, l)}, ${t('density', l)} ${fmt(b.density, 2, l)}${b.mass === undefined ? '' : `, ${t('mass', l)} ${fmt(b.mass, 2, l)}`}`)}</th>`;
            if (!all.length) return `<tr>${head}<td colspan="3">${biKey('noRestriction')}</td></tr>`;
            return all.map(([lim, kept], i) => row(lim, kept, i === 0 ? head : '')).join('');
          })
          .join('');
        return (
          `<h3>${bi((l) => textIn(p.outcome, l))}</h3><p class="note">${bi((l) => t('primNote', l, { outcome: textIn(p.outcome, l) }))}` +
          (tested ? ` ${bi((l) => t('primQuasiNote', l, { maxP: fmt(p.maxP ?? 0.05, 2, l) }))}` : '') +
          ` ${biKey('primChooseNote')}</p>` +
          fs.map((f) => chartHtml(f)).join('') +
          `<table><thead><tr><th scope="col">${biKey('box')}</th><th scope="col">${biKey('limits')}</th><th scope="col">${biKey('quasiP')}</th><th scope="col">${biKey('restriction')}</th></tr></thead><tbody>${rows}</tbody></table>`
        );
      })
      .join(''),
  };
}
