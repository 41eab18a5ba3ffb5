/** Model runs for tests, and the project's own statistics over them (src/analysis/stats.ts). */
import { mean, quantile, variance, yearMean } from '../../src/analysis/stats.js';
import { deriveSeed } from '../../src/engine/rng.js';
import { runModel, type RunResult } from '../../src/model.js';
import type { OutcomeName } from '../../src/outcomes.js';
import type { Params } from '../../src/params/index.js';
import { findPreset, resolveScenario } from '../../src/scenarios/index.js';

export { mean };

export function scenarioParams(name: string, extra: Record<string, unknown> = {}): Params {
  return resolveScenario(findPreset(name)!, extra);
}

export function replicates(p: Params, n: number, tag = 'test'): RunResult[] {
  return Array.from({ length: n }, (_, r) => runModel(p, deriveSeed(4242, tag, r)));
}

/** The yearly value of an outcome in one run (the mean of the calendar year's 12 months). */
export function yearly(run: RunResult, metric: OutcomeName, year: number): number {
  return yearMean(run.series.column(metric), run.params.startYear, year);
}

export function sumOver(run: RunResult, metric: OutcomeName, from = 0, to = run.series.months): number {
  let s = 0;
  for (let m = from; m < to; m++) s += run.series.get(metric, m);
  return s;
}

export function median(xs: number[]): number {
  return quantile(xs, 0.5);
}

export function sd(xs: number[]): number {
  return Math.sqrt(variance(xs));
}
