/**
 * Sobol' variance-based sensitivity indices from a Saltelli design (the matching
 * pair of src/design/saltelli.ts, as SALib's `analyze.sobol`):
 *
 *   first order  S1_j = mean(f(B) (f(AB_j) - f(A))) / V         (Saltelli et al. 2010)
 *   total order  ST_j = mean((f(A) - f(AB_j))^2) / (2 V)        (Jansen 1999)
 *   second order S2_jk = mean(f(BA_j) f(AB_k) - f(A) f(B)) / V - S1_j - S1_k
 *                                                               (Saltelli 2002)
 *
 * with V the variance of the 2N outputs of A and B. Outputs are standardised first
 * (as SALib; the indices are scale-free). Confidence: `resamples` bootstrap draws
 * of the N base points (with replacement, seeded); `..conf` is the half-width
 * z * sd(bootstrap), so the interval is value ± conf at `confLevel` (SALib's
 * convention).
 *
 * Y must be in the row order of `saltelli()` with the same secondOrder flag. For a
 * stochastic model, average the replicates of each design row first and report
 * the noise share alongside (workflows/sensitivity.ts, stats.ts's `noiseShare`).
 */
import type { Problem } from '../design/problem.js';
import { saltelliRowsPerPoint } from '../design/saltelli.js';
import { makeRng } from '../engine/rng.js';
import { InputError } from '../errors.js';
import { normalQuantile } from './stats.js';

export interface SobolOptions {
  /** The design was made with secondOrder (default false, as `saltelli`). */
  secondOrder?: boolean;
  /** Bootstrap resamples for the confidence intervals (default 100; 0 = none). */
  resamples?: number;
  /** Confidence level of the intervals (default 0.95). */
  confLevel?: number;
  /** Seed of the bootstrap (default 0). */
  seed?: number;
}

export interface SobolIndices {
  names: string[];
  /** Base points of the design. */
  N: number;
  S1: number[];
  S1conf: number[];
  ST: number[];
  STconf: number[];
  /** D x D, entries [j][k] with j < k filled, the rest NaN; null without secondOrder. */
  S2: number[][] | null;
  S2conf: number[][] | null;
  /** True if the output did not vary at all (all indices are then 0). */
  constantOutput: boolean;
}

interface Parts {
  a: Float64Array;
  b: Float64Array;
  ab: Float64Array[];
  ba: Float64Array[];
}

function separate(y: ArrayLike<number>, d: number, n: number, secondOrder: boolean): Parts {
  const step = saltelliRowsPerPoint(d, secondOrder);
  const a = new Float64Array(n);
  const b = new Float64Array(n);
  const ab = Array.from({ length: d }, () => new Float64Array(n));
  const ba = secondOrder ? Array.from({ length: d }, () => new Float64Array(n)) : [];
  for (let i = 0; i < n; i++) {
    const o = i * step;
    a[i] = y[o];
    for (let j = 0; j < d; j++) ab[j][i] = y[o + 1 + j];
    if (secondOrder) for (let j = 0; j < d; j++) ba[j][i] = y[o + 1 + d + j];
    b[i] = y[o + step - 1];
  }
  return { a, b, ab, ba };
}

/** Variance (population) of the A and B outputs at the given base points. */
function varAB(p: Parts, idx: Int32Array): number {
  let s = 0;
  let s2 = 0;
  for (let t = 0; t < idx.length; t++) {
    const x = p.a[idx[t]];
    const z = p.b[idx[t]];
    s += x + z;
    s2 += x * x + z * z;
  }
  const m = s / (2 * idx.length);
  return s2 / (2 * idx.length) - m * m;
}

function first(p: Parts, j: number, idx: Int32Array, v: number): number {
  let s = 0;
  for (let t = 0; t < idx.length; t++) {
    const i = idx[t];
    s += p.b[i] * (p.ab[j][i] - p.a[i]);
  }
  return v > 0 ? s / idx.length / v : 0;
}

function total(p: Parts, j: number, idx: Int32Array, v: number): number {
  let s = 0;
  for (let t = 0; t < idx.length; t++) {
    const i = idx[t];
    const dlt = p.a[i] - p.ab[j][i];
    s += dlt * dlt;
  }
  return v > 0 ? (0.5 * s) / idx.length / v : 0;
}

function second(p: Parts, j: number, k: number, idx: Int32Array, v: number): number {
  if (!(v > 0)) return 0;
  let s = 0;
  for (let t = 0; t < idx.length; t++) {
    const i = idx[t];
    s += p.ba[j][i] * p.ab[k][i] - p.a[i] * p.b[i];
  }
  return s / idx.length / v - first(p, j, idx, v) - first(p, k, idx, v);
}

function sdOf(xs: Float64Array): number {
  if (xs.length < 2) return 0;
  let m = 0;
  for (const x of xs) m += x;
  m /= xs.length;
  let s = 0;
  for (const x of xs) s += (x - m) ** 2;
  return Math.sqrt(s / (xs.length - 1));
}

export function analyzeSobol(problem: Problem, Y: ArrayLike<number>, options: SobolOptions = {}): SobolIndices {
  const secondOrder = options.secondOrder ?? false;
  const resamples = options.resamples ?? 100;
  const confLevel = options.confLevel ?? 0.95;
  const d = problem.names.length;
  const step = saltelliRowsPerPoint(d, secondOrder);
  if (Y.length === 0 || Y.length % step !== 0)
    throw new InputError('Y', `a multiple of ${step} outputs (Saltelli design, D = ${d}${secondOrder ? ', secondOrder' : ''})`, Y.length);
  if (!(confLevel > 0 && confLevel < 1)) throw new InputError('confLevel', 'a number in (0, 1)', confLevel);
  if (!Number.isInteger(resamples) || resamples < 0) throw new InputError('resamples', 'a non-negative integer', resamples);
  for (let i = 0; i < Y.length; i++) if (!Number.isFinite(Y[i])) throw new InputError(`Y[${i}]`, 'a finite number', Y[i]);
  const n = Y.length / step;

  // Standardise (as SALib): improves the numerics of the products, indices unchanged.
  let mean = 0;
  for (let i = 0; i < Y.length; i++) mean += Y[i];
  mean /= Y.length;
  let ss = 0;
  for (let i = 0; i < Y.length; i++) ss += (Y[i] - mean) ** 2;
  const sd = Math.sqrt(ss / Y.length);
  const constantOutput = !(sd > 0);
  const ys = new Float64Array(Y.length);
  for (let i = 0; i < Y.length; i++) ys[i] = constantOutput ? 0 : (Y[i] - mean) / sd;

  const p = separate(ys, d, n, secondOrder);
  const all = Int32Array.from({ length: n }, (_, i) => i);
  const v = varAB(p, all);

  const S1 = Array.from({ length: d }, (_, j) => first(p, j, all, v));
  const ST = Array.from({ length: d }, (_, j) => total(p, j, all, v));
  const S2 = secondOrder
    ? Array.from({ length: d }, (_, j) => Array.from({ length: d }, (_, k) => (k > j ? second(p, j, k, all, v) : Number.NaN)))
    : null;

  // Bootstrap: the same resampled base points for every index in one draw.
  const z = normalQuantile(0.5 + confLevel / 2);
  const b1 = Array.from({ length: d }, () => new Float64Array(resamples));
  const bT = Array.from({ length: d }, () => new Float64Array(resamples));
  const b2 = secondOrder ? Array.from({ length: d * d }, () => new Float64Array(resamples)) : [];
  const rng = makeRng(options.seed ?? 0);
  const idx = new Int32Array(n);
  for (let r = 0; r < resamples; r++) {
    for (let t = 0; t < n; t++) idx[t] = rng.int(n);
    const vr = varAB(p, idx);
    for (let j = 0; j < d; j++) {
      b1[j][r] = first(p, j, idx, vr);
      bT[j][r] = total(p, j, idx, vr);
      if (secondOrder) for (let k = j + 1; k < d; k++) b2[j * d + k][r] = second(p, j, k, idx, vr);
    }
  }
  const conf = (xs: Float64Array) => (resamples > 1 ? z * sdOf(xs) : Number.NaN);
  return {
    names: [...problem.names],
    N: n,
    S1,
    S1conf: b1.map(conf),
    ST,
    STconf: bT.map(conf),
    S2,
    S2conf: secondOrder
      ? Array.from({ length: d }, (_, j) => Array.from({ length: d }, (_, k) => (k > j ? conf(b2[j * d + k]) : Number.NaN)))
      : null,
    constantOutput,
  };
}
