/** The design reports' smoother (LOWESS) on data with a known answer. */
import { describe, expect, it } from 'vitest';
import { smoothCurve } from '../../src/analysis/smooth.js';
import { makeRng } from '../../src/engine/rng.js';

describe('smoothCurve (LOWESS)', () => {
  it('reproduces a straight line exactly', () => {
    const x = Array.from({ length: 40 }, (_, i) => i / 39);
    const c = smoothCurve(x, x.map((v) => 3 - 2 * v));
    expect(c.x).toEqual(x);
    c.y.forEach((v, i) => expect(v).toBeCloseTo(3 - 2 * x[i], 10));
  });

  it('follows a curve through noise and resists an outlier; does not depend on the order of the points', () => {
    const rng = makeRng(7);
    const n = 400;
    const x = Array.from({ length: n }, () => rng.next());
    const y = x.map((v) => v * v + 0.05 * (rng.next() - 0.5));
    y[10] = 50;
    const c = smoothCurve(x, y, { span: 0.3 });
    c.x.forEach((v, i) => expect(Math.abs(c.y[i] - v * v)).toBeLessThan(0.03));
    const order = x.map((_, i) => i).reverse();
    expect(smoothCurve(order.map((i) => x[i]), order.map((i) => y[i]), { span: 0.3 })).toEqual(c);
  });

  it('one point per distinct x, thinned to maxPoints, non-finite points left out', () => {
    const x = [0, 0, 1, 1, 2, 2, 3, 3, Number.NaN];
    const y = [1, 1, 2, 2, 3, 3, 4, 4, 9];
    const c = smoothCurve(x, y);
    expect(c.x).toEqual([0, 1, 2, 3]);
    c.y.forEach((v, i) => expect(v).toBeCloseTo(i + 1, 10));
    const xs = Array.from({ length: 101 }, (_, i) => i);
    const thin = smoothCurve(xs, xs, { maxPoints: 11 });
    expect(thin.x).toEqual([0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100]);
    expect(smoothCurve([1, 2], [5, 7])).toEqual({ x: [1, 2], y: [6, 6] });
  });
});

describe('smoothCurve on large designs', () => {
  const rng = makeRng(11);
  const n = 9000;
  const x = Array.from({ length: n }, () => rng.next());
  const y = x.map((v) => Math.sin(3 * v) + 0.2 * (rng.next() - 0.5));

  it('fits an evenly spaced subsample above maxFit (every k-th point in (x, y) order)', () => {
    const order = x.map((_, i) => i).sort((a, b) => x[a] - x[b] || y[a] - y[b]);
    const k = Math.ceil(n / 1000);
    const sub = order.filter((_, j) => j % k === 0);
    expect(smoothCurve(x, y, { maxFit: 1000 })).toEqual(smoothCurve(sub.map((i) => x[i]), sub.map((i) => y[i]), { maxFit: n }));
  });

  it('follows the same curve as the fit of every point', () => {
    const all = smoothCurve(x, y, { maxFit: n, maxPoints: 50 });
    const sub = smoothCurve(x, y, { maxPoints: 50 });
    // Compare at the full fit's points, interpolating the subsample's curve.
    const at = (c: { x: number[]; y: number[] }, v: number) => {
      let j = c.x.findIndex((u) => u >= v);
      if (j <= 0) return c.y[Math.max(0, j)];
      return c.y[j - 1] + ((c.y[j] - c.y[j - 1]) * (v - c.x[j - 1])) / (c.x[j] - c.x[j - 1]);
    };
    all.x.forEach((v, i) => {
      if (v < sub.x[0] || v > sub.x[sub.x.length - 1]) return;
      expect(Math.abs(at(sub, v) - all.y[i])).toBeLessThan(0.02);
    });
  });
});
