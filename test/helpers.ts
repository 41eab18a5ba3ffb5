import { deriveSeed } from '../src/engine/rng.js';
import { runModel, type RunResult } from '../src/model.js';
import type { OutcomeName } from '../src/outcomes.js';
import type { Params } from '../src/params/index.js';
import { findPreset, resolveScenario } from '../src/scenarios/index.js';

export function scenarioParams(name: string, extra: Record<string, unknown> = {}): Params {
  return resolveScenario(findPreset(name)!, extra);
}

export function replicates(p: Params, n: number, tag = 'test'): RunResult[] {
  return Array.from({ length: n }, (_, r) => runModel(p, deriveSeed(4242, tag, r)));
}

/** Mean of the 12 months of a calendar year. */
export function yearly(run: RunResult, metric: OutcomeName, year: number): number {
  const first = (year - run.params.startYear) * 12;
  let s = 0;
  for (let m = first; m < first + 12; m++) s += run.series.get(metric, m);
  return s / 12;
}

export function sumOver(run: RunResult, metric: OutcomeName, from = 0, to = run.series.months): number {
  let s = 0;
  for (let m = from; m < to; m++) s += run.series.get(metric, m);
  return s;
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const k = s.length >> 1;
  return s.length % 2 ? s[k] : (s[k - 1] + s[k]) / 2;
}

export function mean(xs: number[]): number {
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}

export function sd(xs: number[]): number {
  const m = mean(xs);
  return Math.sqrt(xs.reduce((a, b) => a + (b - m) ** 2, 0) / (xs.length - 1));
}
