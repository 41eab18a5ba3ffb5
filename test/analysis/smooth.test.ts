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
