/**
 * A worker thread of the pool (piscina, see pool.ts). Two kinds of task, one per
 * kind of pool:
 *  - experiment: it rebuilds the plan once from the experiment, then runs batches of
 *    runs and sends back, per run, its status and the kept months of its series as one
 *    Float64Array per batch;
 *  - calibration: it simulates batches of parameter draws with given seeds and sends
 *    back their yearly means (workflows/calibration.ts).
 */
import { workerData } from 'node:worker_threads';
import type { Calibration } from '../experiments/calibration.js';
import { makePlan, type Plan } from '../experiments/plan.js';
import type { Experiment } from '../experiments/spec.js';
import { calibrationSimulator } from '../workflows/calibration.js';
import { runBatch, type BatchResult } from './batch.js';

export type WorkerData = { experiment: Experiment; check?: boolean } | { calibration: Calibration };

/** A calibration batch: draws as rows of `dims` numbers, flattened, and one seed per draw. */
export interface CalibrationTask {
  thetas: Float64Array;
  dims: number;
  seeds: number[];
}

let plan: Plan | undefined;
let simulate: ReturnType<typeof calibrationSimulator> | undefined;

export default function task(input: number[] | CalibrationTask): BatchResult | Float64Array {
  const data = workerData as WorkerData;
  if ('calibration' in data) {
    const t = input as CalibrationTask;
    simulate ??= calibrationSimulator(data.calibration);
    const thetas = t.seeds.map((_, i) => Array.from(t.thetas.subarray(i * t.dims, (i + 1) * t.dims)));
    return simulate(thetas, t.seeds);
  }
  plan ??= makePlan(data.experiment);
  // Structured clone copies the result (about 30 kB a run); batching keeps that cheap.
  return runBatch(plan, input as number[], data.check === true);
}
