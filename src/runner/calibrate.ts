import { availableParallelism } from 'node:os';
import type { Calibration } from '../experiments/calibration.js';
import { calibrate, type CalibrationOutcome } from '../workflows/calibration.js';
import { SMALL_JOB_RUN_MONTHS, workerPool } from './pool.js';
import type { CalibrationTask } from './worker.js';

/**
 * Runs a calibration with its simulations on the worker pool (`workers` threads;
 * default: the available cores, or this thread for a small job, as experiments do).
 * Each batch of ABC proposals is cut into tasks in order and the answers are put back
 * in order, so the result is the same bytes on any number of workers.
 */
export async function calibrateOnPool(c: Calibration, o: { workers?: number; onSimulation?: (simulations: number) => void } = {}): Promise<CalibrationOutcome> {
  const small = c.maxSimulations * c.base.months < SMALL_JOB_RUN_MONTHS;
  const workers = Math.max(1, o.workers ?? (small ? 1 : availableParallelism()));
  if (workers === 1) return calibrate(c, { onSimulation: o.onSimulation });
  const pool = workerPool(workers, { calibration: c });
  const dims = c.problem.names.length;
  // Tasks wait here and go to the pool one more than there are workers at a time: the
  // workers never wait for this thread, and an aborted look-ahead batch (its
  // population completed) is dropped from this queue. Its few tasks already in the
  // pool finish and are ignored (aborting a running task would end its thread).
  const queue: (() => void)[] = [];
  let running = 0;
  const pump = () => {
    while (running <= workers && queue.length > 0) queue.shift()!();
  };
  const runTask = (task: CalibrationTask, signal?: AbortSignal) =>
    new Promise<Float64Array>((resolve, reject) => {
      queue.push(() => {
        if (signal?.aborted) return reject(signal.reason);
        running++;
        (pool.run(task) as Promise<Float64Array>).then(resolve, reject).finally(() => {
          running--;
          pump();
        });
      });
      pump();
    });
  try {
    return await calibrate(c, {
      onSimulation: o.onSimulation,
      simulate: async (thetas, seeds, signal) => {
        // Eight tasks per worker and batch: small enough that an aborted look-ahead
        // wastes little, large enough (a dozen simulations of about 1.5 ms) that
        // messaging (about 0.25 ms a task, measured) stays near 1 %.
        const per = Math.max(1, Math.ceil(thetas.length / (workers * 8)));
        const parts: Promise<Float64Array>[] = [];
        for (let i = 0; i < thetas.length; i += per) {
          const n = Math.min(per, thetas.length - i);
          const flat = new Float64Array(n * dims);
          for (let k = 0; k < n; k++) flat.set(thetas[i + k], k * dims);
          parts.push(runTask({ thetas: flat, dims, seeds: seeds.slice(i, i + n) }, signal));
        }
        const done = await Promise.all(parts);
        const out = new Float64Array(done.reduce((s, p) => s + p.length, 0));
        let at = 0;
        for (const p of done) {
          out.set(p, at);
          at += p.length;
        }
        return out;
      },
    });
  } finally {
    await pool.destroy();
  }
}
