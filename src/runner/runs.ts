import { NO_DESIGN_POINT, runSeed } from '../experiments/seeds.js';
import { runModel } from '../model.js';
import type { Params } from '../params/index.js';
import type { CompletedRun, RunSpec } from '../run.js';

export type { CompletedRun, RunSpec } from '../run.js';

/**
 * The runs of `replicates` replicates of each scenario, with common random numbers:
 * replicate r of every scenario has the seed an experiment without a design gives it
 * (runSeed), so adding a scenario or more replicates leaves the seeds of existing
 * runs, and therefore their outputs, unchanged, and scenarios compare pairwise.
 */
export function planRuns(
  scenarios: readonly { name: string; params: Params }[],
  replicates: number,
  experimentSeed: number,
): RunSpec[] {
  const runs: RunSpec[] = [];
  for (const s of scenarios)
    for (let r = 1; r <= replicates; r++)
      runs.push({ runId: `${s.name}#${r}`, scenario: s.name, replicate: r, seed: runSeed(experimentSeed, NO_DESIGN_POINT, s.name, r, 'common'), params: s.params });
  return runs;
}

/** Runs them in this process, in order (the experiments runner adds workers later). */
export function executeRuns(runs: readonly RunSpec[], onProgress?: (done: number, total: number) => void, check = false): CompletedRun[] {
  const out: CompletedRun[] = [];
  for (const spec of runs) {
    out.push({ ...spec, result: runModel(spec.params, spec.seed, { check }) });
    onProgress?.(out.length, runs.length);
  }
  return out;
}
