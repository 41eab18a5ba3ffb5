import { runIdentity, runParams, type Plan } from '../experiments/plan.js';
import { runModel } from '../model.js';
import { OUTCOME_NAMES } from '../outcomes.js';

/** Results of a batch of runs: statuses, errors, durations, and kept series values back to back. */
export interface BatchResult {
  indices: number[];
  ok: Uint8Array;
  errors: (string | null)[];
  durationsMs: Float64Array;
  /** indices.length blocks of (kept months x outcomes), month-major. */
  series: Float64Array;
}

export function cellsPerRun(plan: Plan): number {
  return plan.months.length * OUTCOME_NAMES.length;
}

/** Runs a batch in this thread. A run that throws is recorded with its message; the others go on. */
export function runBatch(plan: Plan, indices: number[], check = false): BatchResult {
  const cells = cellsPerRun(plan);
  const out: BatchResult = {
    indices,
    ok: new Uint8Array(indices.length),
    errors: indices.map(() => null),
    durationsMs: new Float64Array(indices.length),
    series: new Float64Array(indices.length * cells).fill(Number.NaN),
  };
  const nOut = OUTCOME_NAMES.length;
  indices.forEach((index, k) => {
    const t0 = performance.now();
    try {
      const id = runIdentity(plan, index);
      const { series } = runModel(runParams(plan, id), id.seed, { check });
      const base = k * cells;
      for (let o = 0; o < nOut; o++) {
        const col = series.column(OUTCOME_NAMES[o]);
        for (let j = 0; j < plan.months.length; j++) out.series[base + j * nOut + o] = col[plan.months[j]];
      }
      out.ok[k] = 1;
    } catch (e) {
      out.errors[k] = (e as Error).message ?? String(e);
    }
    out.durationsMs[k] = performance.now() - t0;
  });
  return out;
}
