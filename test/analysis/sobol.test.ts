/**
 * Sobol' indices on the Ishigami function (a = 7, b = 0.1, inputs uniform on
 * [-π, π]), whose indices are known analytically (Ishigami & Homma 1990; Sobol' &
 * Levitan 1999): S1 = 0.314, 0.442, 0; ST = 0.558, 0.442, 0.244; S13 = 0.244.
 */
import { describe, expect, it } from 'vitest';
import { analyzeSobol } from '../../src/analysis/sobol.js';
import type { Problem } from '../../src/design/problem.js';
import { saltelli } from '../../src/design/saltelli.js';

const A = 7;
const B = 0.1;
const PI = Math.PI;
const ishigami = (x: number[]) => Math.sin(x[0]) + A * Math.sin(x[1]) ** 2 + B * x[2] ** 4 * Math.sin(x[0]);

const V1 = 0.5 * (1 + (B * PI ** 4) / 5) ** 2;
const V2 = A ** 2 / 8;
const V13 = B ** 2 * PI ** 8 * (1 / 18 - 1 / 50);
const V = V1 + V2 + V13;
const S1 = [V1 / V, V2 / V, 0];
const ST = [(V1 + V13) / V, V2 / V, V13 / V];
const S13 = V13 / V;

const problem: Problem = { names: ['x1', 'x2', 'x3'], bounds: [[-PI, PI], [-PI, PI], [-PI, PI]] };
const N = 1024;
const X = saltelli(problem, N, { secondOrder: true });
const Y = X.map(ishigami);
const res = analyzeSobol(problem, Y, { secondOrder: true, resamples: 500, seed: 11 });

describe('Sobol indices: Ishigami, N = 1024 with second order (8192 evaluations)', () => {
  it('analytic values are what the test claims', () => {
    expect(S1[0]).toBeCloseTo(0.3139, 3);
    expect(S1[1]).toBeCloseTo(0.4424, 3);
    expect(ST[0]).toBeCloseTo(0.5576, 3);
    expect(ST[2]).toBeCloseTo(0.2437, 3);
  });

  it('first-order S1 within 0.05 of the analytic values', () => {
    for (let j = 0; j < 3; j++) expect(Math.abs(res.S1[j] - S1[j])).toBeLessThanOrEqual(0.05);
  });

  it('total-order ST within 0.05 of the analytic values', () => {
    for (let j = 0; j < 3; j++) expect(Math.abs(res.ST[j] - ST[j])).toBeLessThanOrEqual(0.05);
  });

  it('second order: S13 within 0.07 of 0.244, S12 and S23 within 0.07 of 0', () => {
    const s2 = res.S2!;
    expect(Math.abs(s2[0][2] - S13)).toBeLessThanOrEqual(0.07);
    expect(Math.abs(s2[0][1])).toBeLessThanOrEqual(0.07);
    expect(Math.abs(s2[1][2])).toBeLessThanOrEqual(0.07);
    expect(Number.isNaN(s2[2][0])).toBe(true);
  });

  it('bootstrap intervals (95 %) contain the analytic S1 and ST and are narrow (half-width < 0.15)', () => {
    for (let j = 0; j < 3; j++) {
      expect(Math.abs(res.S1[j] - S1[j])).toBeLessThanOrEqual(res.S1conf[j]);
      expect(Math.abs(res.ST[j] - ST[j])).toBeLessThanOrEqual(res.STconf[j]);
      expect(res.S1conf[j]).toBeGreaterThan(0);
      expect(res.S1conf[j]).toBeLessThan(0.15);
      expect(res.STconf[j]).toBeLessThan(0.15);
    }
    expect(res.S2conf![0][2]).toBeLessThan(0.15);
  });

  it('is deterministic given the bootstrap seed, and the seed only moves the intervals', () => {
    const again = analyzeSobol(problem, Y, { secondOrder: true, resamples: 500, seed: 11 });
    expect(again).toEqual(res);
    const other = analyzeSobol(problem, Y, { secondOrder: true, resamples: 500, seed: 12 });
    expect(other.S1).toEqual(res.S1);
    expect(other.S1conf).not.toEqual(res.S1conf);
  });
});

describe('Sobol indices: other checks', () => {
  it('first-order design gives the same S1/ST; a mismatched secondOrder flag is rejected', () => {
    const X1 = saltelli(problem, N);
    const r1 = analyzeSobol(problem, X1.map(ishigami), { resamples: 0 });
    for (let j = 0; j < 3; j++) {
      expect(Math.abs(r1.S1[j] - S1[j])).toBeLessThanOrEqual(0.05);
      expect(Math.abs(r1.ST[j] - ST[j])).toBeLessThanOrEqual(0.05);
    }
    expect(r1.S2).toBeNull();
    expect(() => analyzeSobol(problem, Y)).toThrow(/multiple of 5/);
  });

  it('additive linear model: S1 = ST = c_j^2 / sum c^2', () => {
    const p: Problem = { names: ['a', 'b', 'c'], bounds: [[0, 1], [0, 1], [0, 1]] };
    const r = analyzeSobol(p, saltelli(p, 512).map((x) => x[0] + 2 * x[1]), { resamples: 0 });
    expect(r.S1[0]).toBeCloseTo(0.2, 1);
    expect(r.S1[1]).toBeCloseTo(0.8, 1);
    expect(Math.abs(r.S1[2])).toBeLessThan(1e-12);
    expect(Math.abs(r.ST[2])).toBeLessThan(1e-12);
  });

  it('a constant output gives zeros and says so', () => {
    const r = analyzeSobol(problem, new Array(5 * 8).fill(3), { resamples: 10 });
    expect(r.constantOutput).toBe(true);
    expect(r.S1).toEqual([0, 0, 0]);
  });
});
