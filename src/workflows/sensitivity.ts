/**
 * Which parameters matter: Morris elementary effects or Sobol indices of one or
 * more metrics over an experiment's design, per target (a scenario or a difference
 * `B-minus-A`). Like SALib's analyse functions, it takes the design and the outputs
 * and returns the indices; running the experiment, files and printing are the
 * CLI's. Each design point's replicates are averaged first.
 */
import { analyzeMorris, type MorrisIndices } from '../analysis/morris.js';
import { analyzeSobol, type SobolIndices } from '../analysis/sobol.js';
import { noiseShare } from '../analysis/stats.js';
import { deriveSeed } from '../engine/rng.js';
import { InputError } from '../errors.js';
import { designProblem, designRows } from '../experiments/plan.js';
import type { Experiment } from '../experiments/spec.js';

/** Per design point: the mean over replicates of one metric, their variance and number. */
export interface PointValues {
  readonly mean: ArrayLike<number>;
  readonly variance: ArrayLike<number>;
  readonly n: ArrayLike<number>;
}

export interface SensitivityInput {
  /** An experiment with a saltelli or morris design. */
  readonly experiment: Experiment;
  /** Metrics as OUTCOME@MONTH or OUTCOME@FROM-TO, passed to `values`. */
  readonly metrics: readonly string[];
  /** Scenario names, or `B-minus-A` for the difference of two. */
  readonly targets: readonly string[];
  /** Bootstrap resamples for the intervals. */
  readonly resamples: number;
  /** The experiment's per-point values of a metric in a scenario. */
  readonly values: (metric: string, scenario: string) => PointValues;
  /** Design point of each design row (repeated rows share a point); default: one point per row. */
  readonly rowPoint?: ArrayLike<number>;
}

export type SensitivityEntry = { readonly metric: string; readonly target: string; readonly noiseShare: number } & (
  | { readonly method: 'sobol'; readonly indices: SobolIndices }
  | { readonly method: 'morris'; readonly indices: MorrisIndices }
);

/** Throws unless the experiment's design supports a sensitivity analysis. */
export function checkSensitivityDesign(e: Experiment, where: string): void {
  if (e.design.type !== 'saltelli' && e.design.type !== 'morris')
    throw new InputError(`${where}: design.type`, 'saltelli (Sobol indices) or morris (elementary effects)', e.design.type);
}

/** Per-point outputs of a target, with the variance of each point's mean (for the noise share). */
function targetValues(input: SensitivityInput, metric: string, target: string): { y: Float64Array; meanVariances: Float64Array } {
  const meanVariance = (v: PointValues, i: number) => v.variance[i] / Math.max(1, v.n[i]);
  const diff = /^(.+)-minus-(.+)$/.exec(target);
  if (diff) {
    const b = input.values(metric, diff[1]);
    const a = input.values(metric, diff[2]);
    return {
      y: Float64Array.from({ length: b.mean.length }, (_, i) => b.mean[i] - a.mean[i]),
      meanVariances: Float64Array.from({ length: b.mean.length }, (_, i) => meanVariance(b, i) + meanVariance(a, i)),
    };
  }
  const s = input.values(metric, target);
  return { y: Float64Array.from(s.mean), meanVariances: Float64Array.from({ length: s.mean.length }, (_, i) => meanVariance(s, i)) };
}

/** Sobol or Morris indices for every metric x target, in that order. */
export function sensitivity(input: SensitivityInput): SensitivityEntry[] {
  const e = input.experiment;
  checkSensitivityDesign(e, e.name);
  const problem = designProblem(e);
  const X = e.design.type === 'morris' ? designRows(e) : [];
  const out: SensitivityEntry[] = [];
  for (const metric of input.metrics)
    for (const target of input.targets) {
      const { y, meanVariances } = targetValues(input, metric, target);
      const noise = noiseShare(y, meanVariances);
      // The estimators need one value per design row; repeated rows share their point's.
      const rows = input.rowPoint ? Float64Array.from(input.rowPoint, (k) => y[k]) : y;
      if (e.design.type === 'saltelli')
        out.push({ metric, target, noiseShare: noise, method: 'sobol', indices: analyzeSobol(problem, rows, { secondOrder: e.design.secondOrder, resamples: input.resamples, seed: deriveSeed(e.seed, 'sobol-bootstrap') }) });
      else if (e.design.type === 'morris')
        out.push({ metric, target, noiseShare: noise, method: 'morris', indices: analyzeMorris(problem, X, rows, { levels: e.design.levels, resamples: input.resamples, seed: deriveSeed(e.seed, 'morris-bootstrap') }) });
    }
  return out;
}

/** The rows of sensitivity.csv: one per entry and parameter (Morris by descending μ*). */
export function sensitivityTable(entries: readonly SensitivityEntry[], method: 'sobol' | 'morris'): { header: string[]; rows: (string | number)[][] } {
  const header =
    method === 'sobol'
      ? ['metric', 'target', 'method', 'parameter', 'S1', 'S1_conf95', 'ST', 'ST_conf95', 'noiseShare']
      : ['metric', 'target', 'method', 'parameter', 'mu', 'muStar', 'muStar_conf95', 'sigma', 'noiseShare'];
  const rows: (string | number)[][] = [];
  for (const x of entries) {
    const id = [x.metric, x.target, x.method];
    if (x.method === 'sobol') x.indices.names.forEach((n, k) => rows.push([...id, n, x.indices.S1[k], x.indices.S1conf[k], x.indices.ST[k], x.indices.STconf[k], x.noiseShare]));
    else for (const k of morrisOrder(x.indices)) rows.push([...id, x.indices.names[k], x.indices.mu[k], x.indices.muStar[k], x.indices.muStarConf[k], x.indices.sigma[k], x.noiseShare]);
  }
  return { header, rows };
}

/** Parameter indices by descending μ* (the ranking). */
export function morrisOrder(m: MorrisIndices): number[] {
  return m.names.map((_, k) => k).sort((a, b) => m.muStar[b] - m.muStar[a]);
}

/** sensitivity.json: the entries without Morris's raw elementary effects. */
export function sensitivityJson(entries: readonly SensitivityEntry[]): unknown[] {
  return entries.map((x) => {
    if (x.method === 'sobol') return { metric: x.metric, target: x.target, method: x.method, noiseShare: x.noiseShare, ...x.indices };
    const { effects: _effects, ...rest } = x.indices;
    return { metric: x.metric, target: x.target, method: x.method, noiseShare: x.noiseShare, ...rest };
  });
}
