/** Replicates of a stochastic model: per-point means and the noise share. */
import { describe, expect, it } from 'vitest';
import { averageReplicates, expandReplicates, noiseShare, replicateSeeds } from '../../src/analysis/replicates.js';
import { makeRng } from '../../src/engine/rng.js';

describe('replicates', () => {
  it('averages consecutive replicates, point-major', () => {
    expect(averageReplicates([1, 3, 10, 20, 5, 5], 2)).toEqual([2, 15, 5]);
    expect(averageReplicates([1, 2, 3], 1)).toEqual([1, 2, 3]);
    expect(() => averageReplicates([1, 2, 3], 2)).toThrow(/multiple of replicates/);
    expect(expandReplicates(['a', 'b'], 3)).toEqual(['a', 'a', 'a', 'b', 'b', 'b']);
  });

  it('noise share: ~0 without noise, ~1 for pure noise, about σ²_noise / (σ²_noise + σ²_signal) in between', () => {
    const rng = makeRng(3);
    const pts = 400;
    const R = 10;
    const signal = Array.from({ length: pts }, () => 2 * rng.normal()); // variance 4
    const clean = signal.flatMap((s) => Array.from({ length: R }, () => s));
    expect(noiseShare(clean, R)).toBeLessThan(1e-12);
    const pure = Array.from({ length: pts * R }, () => rng.normal());
    expect(Math.abs(noiseShare(pure, R) - 1)).toBeLessThan(0.05);
    const mixed = signal.flatMap((s) => Array.from({ length: R }, () => s + rng.normal())); // noise variance 1
    expect(Math.abs(noiseShare(mixed, R) - 0.2)).toBeLessThan(0.04);
    expect(Number.isNaN(noiseShare([1, 2, 3], 1))).toBe(true);
  });

  it('seeds are hashed per (point, replicate) and stable when the design grows', () => {
    const a = replicateSeeds(7, 3, 2);
    const b = replicateSeeds(7, 5, 2);
    expect(b.slice(0, 6)).toEqual(a);
    expect(new Set(b).size).toBe(10);
    const common = replicateSeeds(7, 3, 2, 'design', true);
    expect(common[0]).toBe(common[2]);
    expect(common[1]).toBe(common[5]);
  });
});
