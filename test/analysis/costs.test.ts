import { describe, expect, it } from 'vitest';
import { costComparison, costReading } from '../../src/analysis/costs.js';
import type { YearlyValues } from '../../src/analysis/compare.js';
import { fiellerRatio } from '../../src/analysis/stats.js';
import { makeRng } from '../../src/engine/rng.js';

describe('fiellerRatio', () => {
  it('brackets the ratio of means and tends to it as noise vanishes', () => {
    const rng = makeRng(11);
    const den = Array.from({ length: 40 }, () => 10 + 2 * rng.normal());
    const num = den.map((d) => 3 * d + rng.normal());
    const r = fiellerRatio(num, den);
    expect(r.bounded).toBe(true);
    expect(r.lo).toBeLessThan(r.ratio);
    expect(r.hi).toBeGreaterThan(r.ratio);
    expect(r.lo).toBeLessThan(3.05);
    expect(r.hi).toBeGreaterThan(2.95);
    const exact = fiellerRatio([6, 9, 12], [2, 3, 4]);
    expect(exact.ratio).toBeCloseTo(3, 12);
    expect(exact.hi - exact.lo).toBeLessThan(1e-9);
  });

  it('is unbounded (not estimable) when the denominator is not clearly away from zero', () => {
    const r = fiellerRatio([5, 6, 4, 5], [1, -1, 0.5, -0.5]);
    expect(r.bounded).toBe(false);
    expect(r.lo).toBe(-Infinity);
    expect(r.hi).toBe(Infinity);
  });
});

describe('costComparison', () => {
  it('pairs replicates, drops failed runs from both sides, and divides extra spending by extra jobs', () => {
    // Baseline: spends 10 through the year, 50 workers; alternative: 10 + 6 + r and 52 + r (r = replicate).
    const data: Record<string, Record<string, number[]>> = {
      base: { publicSpending: [10, 10, 10, 10, 10], workers: [50, 50, 50, 50, 50], producers: [20, 20, 20, 20, 20] },
      alt: { publicSpending: [16, 17, 18, NaN, 20], workers: [52, 53, 54, 55, 56], producers: [21, 22, 21, 22, 21] },
    };
    const yearly: YearlyValues = (s, metric) => ({ seeds: [1, 2, 3, 4, 5], values: data[s][metric] });
    const [c] = costComparison(yearly, 'base', 'alt', [2021]);
    expect(c.spending.n).toBe(4);
    expect(c.spending.diff).toBeCloseTo((6 + 7 + 8 + 10) / 4, 12);
    expect(c.jobs.diff).toBeCloseTo((2 + 3 + 4 + 6) / 4, 12);
    expect(c.perJob.ratio).toBeCloseTo(31 / 15, 12);
    expect(c.perJob.bounded).toBe(true);
  });
});

describe('costReading', () => {
  it('names the four sign cases', () => {
    expect([costReading(5, 2), costReading(-5, 2), costReading(5, -2), costReading(-5, -2)]).toEqual(['cost', 'dominates', 'dominated', 'saving']);
  });
});
