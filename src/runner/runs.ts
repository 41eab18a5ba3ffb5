import { deriveSeed } from '../engine/rng.js';
import { runModel } from '../model.js';
import type { Params } from '../params/index.js';
import type { CompletedRun, RunSpec } from '../run.js';

export type { CompletedRun, RunSpec } from '../run.js';

/**
 * The runs of `replicates` replicates of each scenario. Seeds hash (experiment seed,
 * scenario, replicate), so adding a scenario or more replicates leaves the seeds of
 * existing runs, and therefore their outputs, unchanged.
 */
export function planRuns(
  scenarios: readonly { name: string; params: Params }[],
  replicates: number,
  experimentSeed: number,
): RunSpec[] {
  const runs: RunSpec[] = [];
  for (const s of scenarios)
    for (let r = 1; r <= replicates; r++)
      runs.push({ runId: `${s.name}#${r}`, scenario: s.name, replicate: r, seed: deriveSeed(experimentSeed, s.name, r), params: s.params });
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
