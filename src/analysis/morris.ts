/**
 * Morris elementary effects (the matching pair of src/design/morris.ts, as SALib's
 * `analyze.morris`). For each step of a trajectory, the one input j that moved gives
 *
 *   EE_j = (f(x after) - f(x before)) / Δ * sign(move)
 *
 * with Δ the jump in the unit cube, p / (2 (p - 1)). As in SALib, EEs are per unit
 * of the *normalised* input, i.e. the output change for a move of Δ (hi - lo) in the
 * input's own units, divided by Δ: inputs with different units are comparable, and
 * for f = Σ c_j x_j on [0, 1]^D every EE_j equals c_j exactly.
 *
 * Per input: μ = mean EE, μ* = mean |EE| (Campolongo et al. 2007), σ = sd of EE
 * (n - 1), and a bootstrap confidence half-width for μ* (resampling the r effects).
 *
 * X must be the unrounded design rows (integer inputs may be rounded for the model,
 * not here); a stochastic model's replicates should be averaged first
 * (workflows/sensitivity.ts does, with the runner's per-point means).
 */
import type { Problem } from '../design/problem.js';
import { morrisDelta } from '../design/morris.js';
import { makeRng } from '../engine/rng.js';
import { InputError } from '../errors.js';
import { normalQuantile } from './stats.js';

export interface MorrisAnalysisOptions {
  /** Grid levels used for the design (default 4). */
  levels?: number;
  /** Bootstrap resamples for μ* (default 1000; 0 = none). */
  resamples?: number;
  /** Confidence level (default 0.95). */
  confLevel?: number;
  /** Seed of the bootstrap (default 0). */
  seed?: number;
}

export interface MorrisIndices {
  names: string[];
  /** Trajectories used. */
  r: number;
  mu: number[];
  muStar: number[];
  sigma: number[];
  /** Half-width of the bootstrap interval for μ*: μ* ± muStarConf. */
  muStarConf: number[];
  /** The elementary effects, [input][trajectory]. */
  effects: number[][];
}

/** Elementary effects [input][trajectory] from a Morris design and its outputs. */
export function elementaryEffects(problem: Problem, X: readonly ArrayLike<number>[], Y: ArrayLike<number>, levels = 4): number[][] {
  const d = problem.names.length;
  const step = d + 1;
  if (X.length !== Y.length) throw new InputError('Y', `one output per design row (${X.length})`, Y.length);
  if (X.length === 0 || X.length % step !== 0)
    throw new InputError('X', `a multiple of ${step} rows (Morris trajectories, D = ${d})`, X.length);
  const delta = morrisDelta(levels);
  const r = X.length / step;
  const ee = Array.from({ length: d }, () => new Array<number>(r).fill(Number.NaN));
  for (let t = 0; t < r; t++) {
    for (let s = 0; s < d; s++) {
      const p = X[t * step + s];
      const q = X[t * step + s + 1];
      let moved = -1;
      for (let j = 0; j < d; j++) {
        const [lo, hi] = problem.bounds[j];
        const dx = (q[j] - p[j]) / (hi - lo);
        if (Math.abs(dx) > 1e-9) {
          if (moved >= 0) throw new InputError(`X[${t * step + s + 1}]`, 'a row that differs from the previous one in one input (a Morris trajectory)');
          moved = j;
        }
      }
      if (moved < 0 || !Number.isNaN(ee[moved][t]))
        throw new InputError(`X[${t * step + s + 1}]`, 'a Morris trajectory moving every input exactly once');
      const sign = Math.sign(q[moved] - p[moved]);
      const y0 = Y[t * step + s];
      const y1 = Y[t * step + s + 1];
      if (!Number.isFinite(y0) || !Number.isFinite(y1)) throw new InputError(`Y[${t * step + s}]`, 'finite outputs', [y0, y1]);
      ee[moved][t] = ((y1 - y0) / delta) * sign;
    }
  }
  return ee;
}

export function analyzeMorris(
  problem: Problem,
  X: readonly ArrayLike<number>[],
  Y: ArrayLike<number>,
  options: MorrisAnalysisOptions = {},
): MorrisIndices {
  const levels = options.levels ?? 4;
  const resamples = options.resamples ?? 1000;
  const confLevel = options.confLevel ?? 0.95;
  if (!(confLevel > 0 && confLevel < 1)) throw new InputError('confLevel', 'a number in (0, 1)', confLevel);
  const ee = elementaryEffects(problem, X, Y, levels);
  const r = ee[0].length;
  const z = normalQuantile(0.5 + confLevel / 2);
  const rng = makeRng(options.seed ?? 0);
  const mean = (xs: ArrayLike<number>) => {
    let s = 0;
    for (let i = 0; i < xs.length; i++) s += xs[i];
    return s / xs.length;
  };
  const sd = (xs: ArrayLike<number>) => {
    if (xs.length < 2) return Number.NaN;
    const m = mean(xs);
    let s = 0;
    for (let i = 0; i < xs.length; i++) s += (xs[i] - m) ** 2;
    return Math.sqrt(s / (xs.length - 1));
  };
  const muStarConf = ee.map((e) => {
    if (resamples < 2) return Number.NaN;
    const boot = new Float64Array(resamples);
    for (let b = 0; b < resamples; b++) {
      let s = 0;
      for (let i = 0; i < r; i++) s += Math.abs(e[rng.int(r)]);
      boot[b] = s / r;
    }
    return z * sd(boot);
  });
  return {
    names: [...problem.names],
    r,
    mu: ee.map(mean),
    muStar: ee.map((e) => mean(e.map(Math.abs))),
    sigma: ee.map(sd),
    muStarConf,
    effects: ee,
  };
}
