import type { YearlyValues } from '../analysis/compare.js';
import { totalThrough, yearMean } from '../analysis/stats.js';
import { makePlan, runIdentity, runParams, type Plan } from '../experiments/plan.js';
import { checkExperiment } from '../experiments/spec.js';
import { runModel } from '../model.js';
import type { Params } from '../params/index.js';
import type { CompletedRun, RunSpec } from '../run.js';

export type { CompletedRun, RunSpec } from '../run.js';

/**
 * Runs held in memory, for the library and tests: the plan of an experiment without
 * a design (the same as `run`, `compare` and an experiment file give, so the same
 * run ids and seeds), executed in this thread with whole results kept.
 */
export function scenarioPlan(scenarios: readonly { name: string; description?: string; params: Params }[], replicates: number, seed: number): Plan {
  // Normalised by the experiment checker (its defaults), then given the scenarios as resolved.
  const e = checkExperiment({ name: 'in-memory', seed, replicates, scenarios: ['status-quo'] }, 'in-memory', {
    readText: () => {
      throw new Error('no files');
    },
  });
  return makePlan({ ...e, scenarios: scenarios.map((s) => ({ name: s.name, description: s.description ?? '', params: s.params })) });
}

export function planRuns(scenarios: readonly { name: string; description?: string; params: Params }[], replicates: number, seed: number): RunSpec[] {
  const plan = scenarioPlan(scenarios, replicates, seed);
  return Array.from({ length: plan.runCount }, (_, i) => {
    const id = runIdentity(plan, i);
    return { runId: id.runId, scenario: plan.experiment.scenarios[id.scenario].name, replicate: id.replicate, seed: id.seed, params: runParams(plan, id) };
  });
}

/** Runs them in this process, in order. */
export function executeRuns(runs: readonly RunSpec[], onProgress?: (done: number, total: number) => void, check = false): CompletedRun[] {
  const out: CompletedRun[] = [];
  for (const spec of runs) {
    out.push({ ...spec, result: runModel(spec.params, spec.seed, { check }) });
    onProgress?.(out.length, runs.length);
  }
  return out;
}

/** Yearly values per replicate of runs held in memory: the source `compareScenarios` reads. */
export function yearlyOfRuns(runs: readonly CompletedRun[]): YearlyValues {
  return (scenario, metric, year, total = false) => {
    const mine = runs.filter((r) => r.scenario === scenario).sort((x, y) => x.replicate - y.replicate);
    const reduce = total ? totalThrough : yearMean;
    return { seeds: mine.map((r) => r.seed), values: mine.map((r) => reduce(r.result.series.column(metric), r.params.startYear, year)) };
  };
}
