/**
 * Stochastic models in sensitivity designs.
 *
 * collabsim is stochastic: the same parameters give different outputs for
 * different seeds. The convention here is to run every design point (row of a
 * Saltelli, Morris, LHS ... design) `replicates` times with different seeds and
 * to store the outputs point-major, the replicates of one point consecutive:
 *
 *   Y = [y(point 0, rep 0), y(point 0, rep 1), ..., y(point 0, rep R-1),
 *        y(point 1, rep 0), ...]
 *
 * (`expandReplicates` makes the matching design rows and `replicateSeeds` the
 * seeds). `averageReplicates` then gives one value per point, the plain
 * (unweighted) mean of its R replicates, and that mean is what the analyses
 * (Sobol', Morris, PRIM ...) receive: the indices then describe the *expected*
 * output as a function of the parameters. The noise left in each mean has
 * variance σ²_within / R, so it still inflates the apparent variance a little;
 * `noiseShare` tells how much of the raw variance is seed noise, so a report can
 * show whether the indices are about parameters or about luck (a share near 1
 * means the parameters hardly matter for that output; more replicates shrink the
 * noise in the means by 1/R).
 */
import { deriveSeed } from '../engine/rng.js';
import { InputError } from '../params/index.js';

function check(Y: ArrayLike<number>, replicates: number): number {
  if (!Number.isInteger(replicates) || replicates < 1) throw new InputError('replicates', 'a positive integer', replicates);
  if (Y.length % replicates !== 0)
    throw new InputError('Y', `a multiple of replicates (${replicates}) outputs, replicates of a point consecutive`, Y.length);
  return Y.length / replicates;
}

/** Per-point means of point-major outputs (replicates consecutive). */
export function averageReplicates(Y: ArrayLike<number>, replicates: number): number[] {
  const points = check(Y, replicates);
  const out = new Array<number>(points);
  for (let p = 0; p < points; p++) {
    let s = 0;
    for (let r = 0; r < replicates; r++) s += Y[p * replicates + r];
    out[p] = s / replicates;
  }
  return out;
}

/**
 * Share of the output's variance that is seed noise: the mean over points of the
 * within-point sample variance (n - 1) divided by the sample variance of all
 * outputs (n - 1). About 0 when the seed hardly matters, about 1 when the
 * parameters hardly matter. NaN with one replicate; 0 if Y is constant.
 */
export function noiseShare(Y: ArrayLike<number>, replicates: number): number {
  const points = check(Y, replicates);
  if (replicates < 2) return Number.NaN;
  let within = 0;
  for (let p = 0; p < points; p++) {
    let m = 0;
    for (let r = 0; r < replicates; r++) m += Y[p * replicates + r];
    m /= replicates;
    let s = 0;
    for (let r = 0; r < replicates; r++) s += (Y[p * replicates + r] - m) ** 2;
    within += s / (replicates - 1);
  }
  within /= points;
  let m = 0;
  for (let i = 0; i < Y.length; i++) m += Y[i];
  m /= Y.length;
  let total = 0;
  for (let i = 0; i < Y.length; i++) total += (Y[i] - m) ** 2;
  total /= Y.length - 1;
  return total > 0 ? within / total : 0;
}

/** Design rows repeated for replicates, point-major (the order `averageReplicates` expects). */
export function expandReplicates<T>(rows: readonly T[], replicates: number): T[] {
  if (!Number.isInteger(replicates) || replicates < 1) throw new InputError('replicates', 'a positive integer', replicates);
  const out: T[] = [];
  for (const row of rows) for (let r = 0; r < replicates; r++) out.push(row);
  return out;
}

/**
 * Seeds for `points` x `replicates` runs, point-major, each derived by hashing
 * (experimentSeed, tag, point, replicate): adding points or replicates never
 * changes existing seeds. Common random numbers across points: pass
 * `common = true` to give replicate r the same seed at every point (lower
 * variance for differences between points, e.g. elementary effects).
 */
export function replicateSeeds(experimentSeed: number | string, points: number, replicates: number, tag = 'design', common = false): number[] {
  const out: number[] = [];
  for (let p = 0; p < points; p++)
    for (let r = 0; r < replicates; r++) out.push(common ? deriveSeed(experimentSeed, tag, r) : deriveSeed(experimentSeed, tag, p, r));
  return out;
}
