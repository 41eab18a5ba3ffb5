/**
 * A worker thread of the experiment pool (piscina). It rebuilds the plan once from
 * the experiment, then runs batches of runs and sends back, per run, its status and
 * the kept months of its series as one Float64Array per batch.
 */
import { workerData } from 'node:worker_threads';
import { makePlan, type Plan } from '../experiments/plan.js';
import type { Experiment } from '../experiments/spec.js';
import { runBatch, type BatchResult } from './batch.js';

let plan: Plan | undefined;

export default function task(indices: number[]): BatchResult {
  const data = workerData as { experiment: Experiment; check?: boolean };
  plan ??= makePlan(data.experiment);
  // Structured clone copies the result (about 30 kB a run); batching keeps that cheap.
  return runBatch(plan, indices, data.check === true);
}
