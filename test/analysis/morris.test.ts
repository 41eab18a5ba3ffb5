/** Morris design (trajectories, Campolongo selection) and elementary-effects analysis. */
import { describe, expect, it } from 'vitest';
import { analyzeMorris } from '../../src/analysis/morris.js';
import type { Problem } from '../../src/design/problem.js';
import { morris, morrisDelta, morrisTrajectory, morrisUnit, selectTrajectories, trajectoryDistance } from '../../src/design/morris.js';
import { makeRng } from '../../src/engine/rng.js';

const PI = Math.PI;
const ishigami = (x: number[]) => Math.sin(x[0]) + 7 * Math.sin(x[1]) ** 2 + 0.1 * x[2] ** 4 * Math.sin(x[0]);
const ishProblem: Problem = { names: ['x1', 'x2', 'x3'], bounds: [[-PI, PI], [-PI, PI], [-PI, PI]] };

describe('Morris design', () => {
  it('Δ = p / (2 (p - 1)); each trajectory moves every input once by ±Δ on the p-level grid', () => {
    expect(morrisDelta(4)).toBeCloseTo(2 / 3, 15);
    expect(morrisDelta(6)).toBeCloseTo(0.6, 15);
    const rng = makeRng(5);
    for (const levels of [4, 6, 8]) {
      const delta = morrisDelta(levels);
      for (let t = 0; t < 20; t++) {
        const tr = morrisTrajectory(5, levels, rng);
        expect(tr).toHaveLength(6);
        const moved = new Set<number>();
        for (let s = 0; s < 5; s++) {
          const diff = tr[s + 1].map((v, j) => v - tr[s][j]);
          const nz = diff.map((v, j) => [v, j] as const).filter(([v]) => Math.abs(v) > 1e-12);
          expect(nz).toHaveLength(1);
          expect(Math.abs(nz[0][0])).toBeCloseTo(delta, 12);
          moved.add(nz[0][1]);
        }
        expect(moved.size).toBe(5);
        for (const row of tr)
          for (const v of row) {
            expect(v).toBeGreaterThanOrEqual(-1e-12);
            expect(v).toBeLessThanOrEqual(1 + 1e-12);
            expect(Math.abs(v * (levels - 1) - Math.round(v * (levels - 1)))).toBeLessThan(1e-9);
          }
      }
    }
  });

  it('optimised selection: greedy/swap matches brute force on a small pool and beats random picks', () => {
    const rng = makeRng(9);
    const pool = Array.from({ length: 14 }, () => morrisTrajectory(4, 4, rng));
    const spread = (set: number[]) => {
      let s = 0;
      for (let a = 0; a < set.length; a++) for (let b = a + 1; b < set.length; b++) s += trajectoryDistance(pool[set[a]], pool[set[b]]) ** 2;
      return Math.sqrt(s);
    };
    const brute = selectTrajectories(pool, 4); // C(14, 4) = 1001 combinations
    const local = selectTrajectories(pool, 4, 0); // forced greedy + swaps
    expect(spread(local)).toBeGreaterThanOrEqual(0.98 * spread(brute));
    expect(spread(brute)).toBeGreaterThan(spread([0, 1, 2, 3]));
    expect(spread(brute)).toBeGreaterThanOrEqual(spread(local));
  });

  it('row count r (D + 1), deterministic given the seed, scaled to the bounds', () => {
    const x = morris(ishProblem, 50, { optimalTrajectories: 10, seed: 3 });
    expect(x).toHaveLength(10 * 4);
    expect(morris(ishProblem, 50, { optimalTrajectories: 10, seed: 3 })).toEqual(x);
    expect(morris(ishProblem, 50, { optimalTrajectories: 10, seed: 4 })).not.toEqual(x);
    for (const row of x) for (const v of row) expect(Math.abs(v)).toBeLessThanOrEqual(PI + 1e-12);
    expect(morrisUnit(3, 7)).toHaveLength(7 * 4);
    expect(() => morrisUnit(3, 7, { levels: 5 })).toThrow(/even/);
  });
});

describe('Morris analysis', () => {
  it('linear function: μ equals the coefficient exactly, μ* = |c|, σ = 0', () => {
    const c = [3, -2, 0.5, 0];
    const p: Problem = { names: ['a', 'b', 'c', 'd'], bounds: [[0, 1], [0, 1], [0, 1], [0, 1]] };
    const X = morris(p, 30, { seed: 1, levels: 6 });
    const r = analyzeMorris(p, X, X.map((x) => x.reduce((s, v, j) => s + c[j] * v, 0)), { levels: 6 });
    for (let j = 0; j < 4; j++) {
      expect(r.mu[j]).toBeCloseTo(c[j], 12);
      expect(r.muStar[j]).toBeCloseTo(Math.abs(c[j]), 12);
      expect(r.sigma[j]).toBeLessThan(1e-12);
    }
    // Effects are per normalised input: on [0, 10] the same function has μ = 10 c.
    const p10: Problem = { names: ['a'], bounds: [[0, 10]] };
    const X10 = morris(p10, 5, { seed: 2 });
    expect(analyzeMorris(p10, X10, X10.map((x) => 3 * x[0])).mu[0]).toBeCloseTo(30, 12);
  });

  it('Ishigami, 500 random trajectories: μ* x1 ≈ x2 > x3 > 0 near their expected values, x3 acts through interaction', () => {
    // Expected μ* on the 4-level grid {-π, -π/3, π/3, π} (Δ = 2/3):
    //   x2: |7 (sin² change 0.75)| / Δ = 7.875 for every effect (exact);
    //   x1: 1.5 · sin(π/3) · E[1 + 0.1 x3^4] = 7.704;  x3: 1.5 · 0.1 (π^4 - (π/3)^4) · E|sin x1| = 6.249.
    const X = morris(ishProblem, 500, { seed: 21 });
    const r = analyzeMorris(ishProblem, X, X.map(ishigami), { seed: 1 });
    expect(r.r).toBe(500);
    expect(r.muStar[1]).toBeCloseTo(7.875, 10);
    expect(Math.abs(r.muStar[0] / 7.704 - 1)).toBeLessThan(0.1);
    expect(Math.abs(r.muStar[2] / 6.249 - 1)).toBeLessThan(0.1);
    expect(Math.abs(r.muStar[0] / r.muStar[1] - 1)).toBeLessThan(0.15);
    expect(Math.min(r.muStar[0], r.muStar[1])).toBeGreaterThan(r.muStar[2]);
    expect(r.muStar[2]).toBeGreaterThan(1);
    // x3 only matters through its interaction with x1: large σ, μ near 0.
    expect(r.sigma[2]).toBeGreaterThan(3);
    expect(Math.abs(r.mu[2])).toBeLessThan(r.sigma[2] / 3);
    // Bootstrap half-widths: positive and plausible (σ / sqrt(r) scale).
    for (let j = 0; j < 3; j++) expect(r.muStarConf[j]).toBeLessThan(1);
    expect(r.muStarConf[0]).toBeGreaterThan(0.1);
    expect(r.muStarConf[1]).toBeLessThan(1e-9);
  });

  it('Sobol G-function (a = 0, 1, 4.5, 9, 99, 99), 20 optimised of 100 trajectories: μ* follows 1/(1 + a)', () => {
    const a = [0, 1, 4.5, 9, 99, 99];
    const g = (x: number[]) => x.reduce((p, v, i) => (p * (Math.abs(4 * v - 2) + a[i])) / (1 + a[i]), 1);
    const p: Problem = { names: a.map((_, i) => `x${i + 1}`), bounds: a.map(() => [0, 1] as [number, number]) };
    const X = morris(p, 100, { optimalTrajectories: 20, seed: 3 });
    const r = analyzeMorris(p, X, X.map(g));
    for (let j = 0; j < 3; j++) expect(r.muStar[j]).toBeGreaterThan(r.muStar[j + 1]);
    expect(r.muStar[3]).toBeGreaterThan(Math.max(r.muStar[4], r.muStar[5]));
    expect(Math.max(r.muStar[4], r.muStar[5])).toBeLessThan(0.1);
  });

  it('rejects rows that are not trajectories', () => {
    const X = morris(ishProblem, 2, { seed: 1 });
    const bad = X.map((r) => r.slice());
    bad[1] = bad[0].map((v) => v + 0.1);
    expect(() => analyzeMorris(ishProblem, bad, bad.map(ishigami))).toThrow(/one input/);
    expect(() => analyzeMorris(ishProblem, X.slice(1), X.slice(1).map(ishigami))).toThrow(/multiple of 4/);
  });
});
