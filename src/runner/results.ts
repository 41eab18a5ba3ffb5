import type { YearlyValues } from '../analysis/compare.js';
import { SUMMARY_STATS } from '../analysis/groupSummary.js';
import { totalThrough, yearMean } from '../analysis/stats.js';
import { makePlan, runIdentity, type Plan } from '../experiments/plan.js';
import { OUTCOME_NAMES, type OutcomeName } from '../outcomes.js';
import { InputError } from '../errors.js';
import { ChunkReader, indexChunks } from './chunks.js';
import { readState } from './execute.js';

/**
 * Reading a finished experiment back for analysis: per design point and scenario,
 * the replicate mean (and sd) of an outcome at chosen months, from the checkpoints
 * the runner left in the output folder.
 */
export interface ExperimentResults {
  plan: Plan;
  reader: ChunkReader;
}

export function openResults(dir: string): ExperimentResults {
  const state = readState(dir);
  if (!state) throw new InputError(dir, 'an experiment output folder (no .collabsim/state.json: run `collabsim experiment` first)');
  const plan = makePlan(state.experiment);
  const index = indexChunks(dir, plan.hash);
  if (index.size < plan.groupCount)
    throw new InputError(dir, `a complete experiment (${plan.groupCount - index.size} of ${plan.groupCount} groups missing: resume it or merge its shards)`);
  return { plan, reader: new ChunkReader(index) };
}

/** A metric: an outcome at one month, or its mean over a window of months (1-based, inclusive). */
export interface Metric {
  outcome: OutcomeName;
  from: number;
  to: number;
}

/** Parses "producers", "producers@120" or "producers@60-120" (default: the last kept month). */
export function parseMetric(text: string, plan: Plan, field = '--metric'): Metric {
  const m = /^([A-Za-z]+)(?:@(\d+)(?:-(\d+))?)?$/.exec(text.trim());
  if (!m) throw new InputError(field, 'OUTCOME, OUTCOME@MONTH or OUTCOME@FROM-TO, e.g. producers@120', text);
  const outcome = m[1] as OutcomeName;
  if (!OUTCOME_NAMES.includes(outcome)) throw new InputError(field, `an outcome (${OUTCOME_NAMES.join(', ')})`, m[1]);
  const last = plan.months[plan.months.length - 1] + 1;
  const from = m[2] ? Number(m[2]) : last;
  const to = m[3] ? Number(m[3]) : from;
  const kept = new Set(Array.from(plan.months, (x) => x + 1));
  for (let k = from; k <= to; k++)
    if (!kept.has(k)) throw new InputError(field, `months the experiment kept (outputs.months: ${[...kept].slice(0, 8).join(', ')}${kept.size > 8 ? ', …' : ''})`, k);
  if (to < from) throw new InputError(field, 'FROM <= TO', text);
  return { outcome, from, to };
}

/**
 * Per design point, for one scenario: mean over replicates of the metric, and the
 * mean within-point variance (for the noise share). Failed runs are left out.
 */
export function pointValues(res: ExperimentResults, metric: Metric, scenario: number): { mean: Float64Array; variance: Float64Array; n: Int32Array } {
  const { plan, reader } = res;
  const S = plan.experiment.scenarios.length;
  const P = plan.points.length;
  const nOut = OUTCOME_NAMES.length;
  const o = OUTCOME_NAMES.indexOf(metric.outcome);
  const cols: number[] = [];
  plan.months.forEach((m, j) => {
    if (m + 1 >= metric.from && m + 1 <= metric.to) cols.push(j);
  });
  const mean = new Float64Array(P);
  const variance = new Float64Array(P);
  const n = new Int32Array(P);
  const K = SUMMARY_STATS.length;
  for (let p = 0; p < P; p++) {
    const rec = reader.group(p * S + scenario);
    n[p] = rec.n;
    if (!rec.summary) throw new InputError('experiment outputs', 'summaries (outputs.summary: true)');
    let s = 0;
    let v = 0;
    for (const j of cols) {
      const at = (j * nOut + o) * K;
      s += rec.summary[at];
      v += rec.summary[at + 1] ** 2;
    }
    mean[p] = s / cols.length;
    // Window mean of per-month variances: an upper bound of the variance of the window mean.
    variance[p] = v / cols.length;
  }
  return { mean, variance, n };
}

export function scenarioIndex(plan: Plan, name: string, field = '--scenario'): number {
  const k = plan.experiment.scenarios.findIndex((s) => s.name === name);
  if (k < 0) throw new InputError(field, `a scenario of the experiment (${plan.experiment.scenarios.map((s) => s.name).join(', ')})`, name);
  return k;
}

/**
 * Yearly values per replicate of every scenario at one design point (the only one
 * of an experiment without a design), read from the kept monthly series: the source
 * of `compare`'s paired comparisons. Needs series of every month.
 */
export function yearlyValues(res: ExperimentResults, point = 0): YearlyValues {
  const { plan, reader } = res;
  const e = plan.experiment;
  const R = e.replicates;
  const M = plan.months.length;
  const nOut = OUTCOME_NAMES.length;
  if (e.outputs.months !== 'all' || !e.outputs.series) throw new InputError('experiment outputs', 'series of every month (outputs.series: true, months: all)');
  const column = new Float64Array(M);
  return (scenario, metric, year, total = false) => {
    const k = scenarioIndex(plan, scenario);
    const g = point * e.scenarios.length + k;
    const rec = reader.group(g);
    const o = OUTCOME_NAMES.indexOf(metric);
    const startYear = e.scenarios[k].params.startYear;
    const seeds: number[] = [];
    const values: number[] = [];
    for (let r = 0; r < R; r++) {
      seeds.push(runIdentity(plan, g * R + r).seed);
      if (!rec.runs[r].ok) {
        values.push(Number.NaN);
        continue;
      }
      for (let j = 0; j < M; j++) column[j] = rec.series![(r * M + j) * nOut + o];
      values.push(total ? totalThrough(column, startYear, year) : yearMean(column, startYear, year));
    }
    return { seeds, values };
  };
}

/** Yearly values of every design point one after another: replicate pairs stay aligned across scenarios. */
export function pooledYearlyValues(res: ExperimentResults): YearlyValues {
  const points = Array.from({ length: res.plan.points.length }, (_, k) => yearlyValues(res, k));
  return (scenario, metric, year, total) => {
    const parts = points.map((y) => y(scenario, metric, year, total));
    return { seeds: parts.flatMap((p) => p.seeds), values: parts.flatMap((p) => p.values) };
  };
}
