/** The one statistics module: quantile definition, yearly means, intervals, noise share. */
import { describe, expect, it } from 'vitest';
import { fullYears, mean, noiseShare, pairedInterval, quantile, quantileSorted, summarise, tQuantile, variance, welchInterval, yearMean, yearStatOf } from '../../src/analysis/stats.js';
import { makeRng } from '../../src/engine/rng.js';

describe('stats', () => {
  it('quantiles interpolate between order statistics (definition 7, as R and numpy)', () => {
    const s = [1, 2, 3, 4];
    expect(quantileSorted(s, 0)).toBe(1);
    expect(quantileSorted(s, 1)).toBe(4);
    expect(quantileSorted(s, 0.5)).toBe(2.5);
    expect(quantileSorted(s, 0.25)).toBeCloseTo(1.75, 12);
    expect(quantileSorted([7], 0.9)).toBe(7);
    expect(Number.isNaN(quantileSorted([], 0.5))).toBe(true);
    // numpy.quantile([3, 1, 4, 1, 5, 9, 2, 6], 0.3) = 2.1; the input is left unsorted
    const xs = [3, 1, 4, 1, 5, 9, 2, 6];
    expect(quantile(xs, 0.3)).toBeCloseTo(2.1, 12);
    expect(xs[0]).toBe(3);
  });

  it('means, variances and summaries', () => {
    expect(mean([1, 2, 3, 6])).toBe(3);
    expect(variance([1, 2, 3, 6])).toBeCloseTo(14 / 3, 12);
    expect(variance([5])).toBe(0);
    expect(Number.isNaN(mean([]))).toBe(true);
    const s = summarise([4, 1, 3, 2]);
    expect(s).toMatchObject({ n: 4, mean: 2.5, median: 2.5 });
    expect(s.sd).toBeCloseTo(Math.sqrt(5 / 3), 12);
    const y = yearStatOf([4, 1, 3, 2], 2013);
    expect(y).toMatchObject({ year: 2013, n: 4, mean: 2.5, median: 2.5, q25: 1.75, q75: 3.25 });
  });

  it('yearly values are the mean of the calendar year\'s 12 months', () => {
    const column = Array.from({ length: 36 }, (_, m) => m);
    expect(yearMean(column, 2012, 2012)).toBe(5.5);
    expect(yearMean(column, 2012, 2014)).toBe(29.5);
    expect(fullYears(2012, 30)).toEqual([2012, 2013]);
  });

  it('paired interval: mean of per-replicate differences with a t interval and percent of baseline', () => {
    const a = [10, 12, 11, 13, 9];
    const b = [11, 13, 13, 14, 10];
    const p = pairedInterval(a, b);
    const d = [1, 1, 2, 1, 1];
    const half = tQuantile(0.975, 4) * Math.sqrt(variance(d) / 5);
    expect(p.n).toBe(5);
    expect(p.diff).toBeCloseTo(1.2, 12);
    expect(p.halfWidth).toBeCloseTo(half, 12);
    expect(p.lo).toBeCloseTo(1.2 - half, 12);
    expect(p.hi).toBeCloseTo(1.2 + half, 12);
    expect(p.percent).toBeCloseTo((100 * 1.2) / 11, 12);
    expect(pairedInterval([1], [3])).toMatchObject({ diff: 2, lo: 2, hi: 2, halfWidth: 0, n: 1 });
    expect(() => pairedInterval([1, 2], [3])).toThrow(RangeError);
  });

  it('with shared noise the paired interval is narrower than Welch\'s', () => {
    const rng = makeRng(5);
    const noise = Array.from({ length: 50 }, () => rng.normal());
    const a = noise.map((e) => 10 + e);
    const b = noise.map((e) => 11 + e + 0.1 * rng.normal());
    const paired = pairedInterval(a, b);
    const welch = welchInterval(summarise(a), summarise(b));
    expect(welch.diff).toBeCloseTo(paired.diff, 12);
    expect(paired.halfWidth).toBeLessThan((welch.hi - welch.lo) / 2 / 5);
    expect(paired.lo).toBeGreaterThan(0.8);
  });

  it('noise share: ~0 without noise, ~1 for pure noise, σ²_noise / (σ²_noise + σ²_signal) in between', () => {
    const rng = makeRng(3);
    const points = 400;
    const R = 10;
    const signal = Array.from({ length: points }, () => 2 * rng.normal()); // variance 4
    // Point means of R replicates with noise variance v have mean variance v / R.
    const share = (v: number) => {
      const means = signal.map((s) => s + Math.sqrt(v / R) * rng.normal());
      return noiseShare(means, means.map(() => v / R));
    };
    expect(share(0)).toBe(0);
    expect(Math.abs(share(40) - 0.5)).toBeLessThan(0.08); // noise 4 of a total 8
    expect(Math.abs(share(10) - 0.2)).toBeLessThan(0.05); // noise 1 of a total 5
    const pure = Array.from({ length: points }, () => rng.normal());
    expect(noiseShare(pure, pure.map(() => 1))).toBeGreaterThan(0.8);
    expect(noiseShare([1, 1], [0, 0])).toBe(0);
  });
});
