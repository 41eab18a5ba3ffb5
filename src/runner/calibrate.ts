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
  try {
    return await calibrate(c, {
      onSimulation: o.onSimulation,
      simulate: async (thetas, seeds) => {
        // A batch (one ABC round, `particles` simulations) waits for its slowest task:
        // eight tasks per worker keep that tail short (an eighth of a worker's share),
        // and a task still holds enough simulations (about 2 ms each with the default
        // horizon) that messaging (about 0.1 ms a task) costs under 1 %.
        const per = Math.max(1, Math.ceil(thetas.length / (workers * 8)));
        const parts: Promise<Float64Array>[] = [];
        for (let i = 0; i < thetas.length; i += per) {
          const n = Math.min(per, thetas.length - i);
          const flat = new Float64Array(n * dims);
          for (let k = 0; k < n; k++) flat.set(thetas[i + k], k * dims);
          parts.push(pool.run({ thetas: flat, dims, seeds: seeds.slice(i, i + n) } satisfies CalibrationTask) as Promise<Float64Array>);
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
