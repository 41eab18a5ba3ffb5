import { summariseGroup, SUMMARY_STATS } from '../analysis/groupSummary.js';
import { runIdentity, runParams, type Plan } from '../experiments/plan.js';
import { runModel } from '../model.js';
import { OUTCOME_NAMES } from '../outcomes.js';

/** Results of a batch of runs: statuses, errors, durations, and kept series values back to back. */
export interface BatchResult {
  indices: number[];
  ok: Uint8Array;
  errors: (string | null)[];
  durationsMs: Float64Array;
  /** indices.length blocks of (kept months x outcomes), month-major; empty when summarised and series are not kept. */
  series: Float64Array;
  /** A batch of whole groups with summaries kept: per group, its cells x stats summary, back to back. */
  summaries?: Float64Array;
  /** Successful runs of each of those groups. */
  n?: Int32Array;
}

export function cellsPerRun(plan: Plan): number {
  return plan.months.length * OUTCOME_NAMES.length;
}

/**
 * Runs a batch in this thread. A run that throws is recorded with its message; the
 * others go on. `wholeGroups`: the indices are whole groups (each its R consecutive
 * runs from g*R), summarised here, so a worker spares the main thread the statistics.
 */
export function runBatch(plan: Plan, indices: number[], check = false, wholeGroups = false): BatchResult {
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
  const { outputs, replicates: R } = plan.experiment;
  if (wholeGroups && outputs.summary) {
    const groups = indices.length / R;
    // Group gk holds indices[gk*R .. gk*R+R-1], which must be its runs g*R .. g*R+R-1.
    const misplaced = (index: number, k: number) => {
      const first = indices[k - (k % R)];
      return first % R !== 0 || index !== first + (k % R);
    };
    if (!Number.isInteger(groups) || indices.some(misplaced)) throw new Error('runBatch: wholeGroups needs whole groups of runs');
    const S = SUMMARY_STATS.length;
    out.summaries = new Float64Array(groups * cells * S);
    out.n = new Int32Array(groups);
    for (let gk = 0; gk < groups; gk++) {
      const s = summariseGroup(out.series.subarray(gk * R * cells, (gk + 1) * R * cells), R, cells, out.ok.subarray(gk * R, (gk + 1) * R));
      out.summaries.set(s.stats, gk * cells * S);
      out.n[gk] = s.n;
    }
    // The summaries are all that is kept of the values: nothing more to send back.
    if (!outputs.series) out.series = new Float64Array(0);
  }
  return out;
}
