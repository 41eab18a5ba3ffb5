/**
 * A worker thread of the pool (piscina, see pool.ts). Two kinds of task, one per
 * kind of pool:
 *  - experiment: it rebuilds the plan once from the experiment, then runs batches of
 *    runs and sends back, per run, its status and the kept months of its series as one
 *    Float64Array per batch, and for a batch of whole groups their summaries;
 *  - calibration: it simulates batches of parameter draws with given seeds and sends
 *    back their yearly means (workflows/calibration.ts).
 * Typed arrays are transferred, not copied.
 */
import { workerData } from 'node:worker_threads';
import { move, transferableSymbol, valueSymbol } from 'piscina';
import type { Calibration } from '../experiments/calibration.js';
import { makePlan, type Plan } from '../experiments/plan.js';
import type { Experiment } from '../experiments/spec.js';
import { calibrationSimulator } from '../workflows/calibration.js';
import { runBatch, type BatchResult } from './batch.js';

export type WorkerData = { experiment: Experiment; check?: boolean } | { calibration: Calibration };

/** An experiment batch: run indices in plan order; `wholeGroups` when they are whole groups, to be summarised here. */
export interface ExperimentTask {
  indices: number[];
  wholeGroups: boolean;
}

/** A calibration batch: draws as rows of `dims` numbers, flattened, and one seed per draw. */
export interface CalibrationTask {
  thetas: Float64Array;
  dims: number;
  seeds: number[];
}

let plan: Plan | undefined;
let simulate: ReturnType<typeof calibrationSimulator> | undefined;

/**
 * Hands the result's typed arrays over to the main thread instead of copying them
 * (their buffers are the result's own; this thread keeps no reference).
 */
function moved<T extends object>(value: T, buffers: ArrayBuffer[]): T {
  return move({ [transferableSymbol]: buffers, [valueSymbol]: value }) as unknown as T;
}

export default function task(input: ExperimentTask | CalibrationTask): BatchResult | Float64Array {
  const data = workerData as WorkerData;
  if ('calibration' in data) {
    const t = input as CalibrationTask;
    simulate ??= calibrationSimulator(data.calibration);
    const thetas = t.seeds.map((_, i) => Array.from(t.thetas.subarray(i * t.dims, (i + 1) * t.dims)));
    const values = simulate(thetas, t.seeds);
    return moved(values, [values.buffer as ArrayBuffer]);
  }
  plan ??= makePlan(data.experiment);
  const t = input as ExperimentTask;
  const res = runBatch(plan, t.indices, data.check === true, t.wholeGroups);
  const arrays = [res.ok, res.durationsMs, res.series, res.summaries, res.n].filter((a) => a !== undefined);
  return moved(res, arrays.map((a) => a.buffer as ArrayBuffer));
}
