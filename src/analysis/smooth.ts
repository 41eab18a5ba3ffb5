/**
 * The scatter-plot smoother of the design reports: LOWESS (Cleveland 1979), the
 * robust locally weighted linear regression of R's `lowess`, from
 * @stdlib/stats-lowess (a port of Cleveland's clowess). One definition, so every
 * outcome-against-parameter chart smooths the same way.
 *
 * Points with a non-finite x or y are left out; the input is sorted by (x, y) first,
 * so the curve does not depend on the order of the design points. The curve has one
 * point per distinct x (ties share their fitted value), thinned to at most
 * `maxPoints` evenly spaced ones for the charts.
 *
 * LOWESS costs about n x span x n weight evaluations per robustness pass, so a
 * 22,000-point Saltelli design took seconds per curve (half a minute per report).
 * Above `maxFit` points (default 2,000) the curve is the LOWESS of an evenly spaced
 * subsample in (x, y) order, every k-th point with k = ceil(n / maxFit): the same
 * estimator on a systematic sample of the scatter, as a chart needs.
 */
import lowess from '@stdlib/stats-lowess';

export interface SmoothOptions {
  /** Share of the points in each local fit (R's f; default 2/3). */
  readonly span?: number;
  /** Robustness iterations that down-weight outliers (R's iter; default 3). */
  readonly iterations?: number;
  /** At most this many curve points (default: all distinct x). */
  readonly maxPoints?: number;
  /** At most this many points are fitted (default 2,000); more are subsampled evenly. */
  readonly maxFit?: number;
}

export const MAX_FIT_POINTS = 2000;

export interface Curve {
  readonly x: number[];
  readonly y: number[];
}

export function smoothCurve(x: ArrayLike<number>, y: ArrayLike<number>, options: SmoothOptions = {}): Curve {
  if (x.length !== y.length) throw new RangeError(`smoothCurve: ${x.length} x values but ${y.length} y values`);
  let pts: [number, number][] = [];
  for (let i = 0; i < x.length; i++) if (Number.isFinite(x[i]) && Number.isFinite(y[i])) pts.push([x[i], y[i]]);
  pts.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const step = Math.ceil(pts.length / Math.max(3, options.maxFit ?? MAX_FIT_POINTS));
  if (step > 1) pts = pts.filter((_, i) => i % step === 0);
  // Fewer than three points, or one x only: no local slope to fit; the mean is the curve.
  const distinct = new Set(pts.map((p) => p[0])).size;
  if (pts.length < 3 || distinct < 2) {
    if (!pts.length) return { x: [], y: [] };
    const m = pts.reduce((s, p) => s + p[1], 0) / pts.length;
    return { x: [...new Set(pts.map((p) => p[0]))], y: Array.from({ length: distinct }, () => m) };
  }
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  const f = options.span ?? 2 / 3;
  let fit = lowess(xs, ys, { f, nsteps: 0, sorted: true });
  // R's clowess stops the robustness iterations when the residuals are effectively
  // zero (their median scale below 1e-7 of the mean |y|); @stdlib 0.2.2 does not, and
  // then gives exact points zero weight. Same rule here.
  const res = ys.map((v, i) => Math.abs(v - fit.y[i])).sort((a, b) => a - b);
  const mad = (res[Math.floor(res.length / 2)] + res[res.length - Math.floor(res.length / 2) - 1]) / 2;
  const scale = ys.reduce((s, v) => s + Math.abs(v), 0) / ys.length;
  if ((options.iterations ?? 3) > 0 && 6 * mad >= 1e-7 * scale) fit = lowess(xs, ys, { f, nsteps: options.iterations ?? 3, sorted: true });
  const cx: number[] = [];
  const cy: number[] = [];
  fit.x.forEach((v, i) => {
    if (cx.length && cx[cx.length - 1] === v) return;
    cx.push(v);
    cy.push(fit.y[i]);
  });
  const max = options.maxPoints ?? cx.length;
  if (cx.length <= max || max < 2) return { x: cx, y: cy };
  const keep = Array.from({ length: max }, (_, k) => Math.round((k * (cx.length - 1)) / (max - 1)));
  return { x: keep.map((i) => cx[i]), y: keep.map((i) => cy[i]) };
}
