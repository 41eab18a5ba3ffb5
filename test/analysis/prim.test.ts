/** PRIM scenario discovery on synthetic data with a known box. */
import { describe, expect, it } from 'vitest';
import { boxStats, prim, primQuantile, pruneBox, quasiPValues, type PrimLimit } from '../../src/analysis/prim.js';
import { binomialUpperTail } from '../../src/analysis/stats.js';
import { makeRng } from '../../src/engine/rng.js';

const NAMES = ['x1', 'x2', 'x3', 'x4', 'x5'];

function data(seed: number, n: number, flip = 0) {
  const rng = makeRng(seed);
  const X = Array.from({ length: n }, () => NAMES.map(() => rng.next()));
  const y = X.map((r) => {
    const inBox = r[0] > 0.7 && r[1] < 0.3;
    return rng.chance(flip) ? !inBox : inBox;
  });
  return { X, y };
}

function lim(limits: PrimLimit[], name: string) {
  const l = limits.find((x) => x.name === name);
  if (!l || l.kind !== 'numeric') throw new Error(`${name} not restricted`);
  return l;
}

describe('PRIM', () => {
  it('EMA quantile sits halfway between distinct data values', () => {
    expect(primQuantile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 0.05)).toBe(1.5);
    expect(primQuantile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 0.95)).toBe(10.5);
    expect(primQuantile([1, 1, 1, 2, 3], 0.05)).toBe(1.5);
  });

  it('recovers the box x1 > 0.7 & x2 < 0.3 (three noise inputs) within ±0.05, coverage and density > 0.8', () => {
    const { X, y } = data(1, 2000);
    const res = prim(X, NAMES, y);
    const box = res.box;
    expect(box.limits.map((l) => l.name).sort()).toEqual(['x1', 'x2']);
    expect(box.restrictedDims).toBe(2);
    expect(Math.abs(lim(box.limits, 'x1').min - 0.7)).toBeLessThanOrEqual(0.05);
    expect(Math.abs(lim(box.limits, 'x2').max - 0.3)).toBeLessThanOrEqual(0.05);
    expect(box.coverage).toBeGreaterThan(0.8);
    expect(box.density).toBeGreaterThan(0.8);
    expect(box.meetsThreshold).toBe(true);
    expect(box.rows.length).toBe(box.n);
    expect(box.rows.every((i) => X[i][0] >= lim(box.limits, 'x1').min && X[i][1] <= lim(box.limits, 'x2').max)).toBe(true);
  });

  it('trajectory: starts with all data, mass falls by about alpha per peel down to massMin, stats consistent', () => {
    const { X, y } = data(2, 1500);
    const res = prim(X, NAMES, y, { massMin: 0.05 });
    const tr = res.trajectory;
    expect(tr[0]).toMatchObject({ phase: 'start', coverage: 1, mass: 1, restrictedDims: 0 });
    expect(tr[0].density).toBeCloseTo(res.totalCases / res.totalRows, 12);
    for (let k = 1; k < tr.length; k++) {
      expect(tr[k].mass).toBeLessThan(tr[k - 1].mass);
      expect(tr[k].mass).toBeGreaterThan(tr[k - 1].mass * 0.9);
      expect(tr[k].mass).toBeGreaterThanOrEqual(0.05);
      expect(tr[k].coverage).toBeCloseTo(tr[k].cases / res.totalCases, 12);
      expect(tr[k].density).toBeCloseTo(tr[k].cases / tr[k].n, 12);
      expect(tr[k].limits).toHaveLength(tr[k].restrictedDims);
    }
    expect(tr[tr.length - 1].mass).toBeLessThan(0.06);
    expect(prim(X, NAMES, y, { massMin: 0.05 })).toEqual(res);
  });

  it('still finds the box with 1 % of labels flipped', () => {
    // (With 5 % flipped, 35 % of the cases of interest would lie outside the true box,
    // so no box could reach coverage 0.8 at a useful density.)
    const { X, y } = data(3, 3000, 0.01);
    const box = prim(X, NAMES, y).box;
    expect(box.limits.map((l) => l.name).sort()).toEqual(['x1', 'x2']);
    expect(Math.abs(lim(box.limits, 'x1').min - 0.7)).toBeLessThanOrEqual(0.05);
    expect(Math.abs(lim(box.limits, 'x2').max - 0.3)).toBeLessThanOrEqual(0.05);
    expect(box.coverage).toBeGreaterThan(0.8);
    expect(box.density).toBeGreaterThan(0.8);
  });

  it('handles a categorical input', () => {
    const rng = makeRng(4);
    const cats = ['a', 'b', 'c', 'd'];
    const X = Array.from({ length: 2000 }, () => [rng.next(), cats[rng.int(4)], rng.next()] as (number | string)[]);
    const y = X.map((r) => (r[1] === 'b' || r[1] === 'c') && (r[0] as number) > 0.5);
    const box = prim(X, ['x', 'kind', 'z'], y, { categorical: ['kind'] }).box;
    const kind = box.limits.find((l) => l.name === 'kind');
    expect(kind).toEqual({ name: 'kind', kind: 'categorical', values: ['b', 'c'] });
    expect(Math.abs(lim(box.limits, 'x').min - 0.5)).toBeLessThanOrEqual(0.05);
    expect(box.limits.some((l) => l.name === 'z')).toBe(false);
    expect(box.density).toBeGreaterThan(0.8);
  });

  it('falls back to the densest step when no box reaches the threshold; select picks a step', () => {
    const { X, y } = data(5, 1000, 0.3);
    const res = prim(X, NAMES, y, { threshold: 0.99, paste: false });
    expect(res.box.meetsThreshold).toBe(false);
    expect(res.box.density).toBe(Math.max(...res.trajectory.map((s) => s.density)));
    expect(prim(X, NAMES, y, { select: 3, paste: false }).box).toMatchObject({ step: 3, n: res.trajectory[3].n });
    expect(() => prim(X, NAMES, y.slice(1))).toThrow(/one value per row/);
  });
});

describe('PRIM box inspection', () => {
  it('binomial upper tail: exact small cases and a symmetric one', () => {
    expect(binomialUpperTail(5, 5, 0.5)).toBeCloseTo(1 / 32, 14);
    expect(binomialUpperTail(3, 5, 0.5)).toBeCloseTo(0.5, 14);
    expect(binomialUpperTail(0, 7, 0.3)).toBe(1);
    expect(binomialUpperTail(8, 7, 0.3)).toBe(0);
    // P(X >= 2 | 4, 0.25) = 1 - 0.75^4 - 4 (0.25)(0.75)^3
    expect(binomialUpperTail(2, 4, 0.25)).toBeCloseTo(1 - 0.75 ** 4 - 4 * 0.25 * 0.75 ** 3, 14);
  });

  it('quasi-p: the two planted restrictions are significant, a restriction on a noise input is not and is dropped', () => {
    const { X, y } = data(3, 1500);
    const planted: PrimLimit[] = [
      { name: 'x1', kind: 'numeric', min: 0.7, max: 1 },
      { name: 'x2', kind: 'numeric', min: 0, max: 0.3 },
      // Cuts 10 % of the box on an input unrelated to y: trivial.
      { name: 'x4', kind: 'numeric', min: 0, max: 0.9 },
    ];
    const box = boxStats(X, NAMES, y, planted);
    expect(box.density).toBe(1);
    const p = quasiPValues(X, NAMES, y, planted);
    expect(p[0]).toBeLessThan(1e-6);
    expect(p[1]).toBeLessThan(1e-6);
    // Dropping x4 adds rows that are just as dense: the box's count is no surprise (p = 1 when the density stays 1).
    expect(p[2]).toBeGreaterThan(0.05);
    const pruned = pruneBox(X, NAMES, y, planted, 0.05);
    expect(pruned.kept.map((k) => k.limit.name)).toEqual(['x1', 'x2']);
    expect(pruned.dropped.map((k) => k.limit.name)).toEqual(['x4']);
    expect(pruned.n).toBeGreaterThan(box.n);
    expect(pruned.coverage).toBeGreaterThan(box.coverage);
    // maxP = 1 keeps everything.
    expect(pruneBox(X, NAMES, y, planted, 1).kept).toHaveLength(3);
  });
});
