import Piscina from 'piscina';
import type { WorkerData } from './worker.js';

/** Run-months below which a job without --workers runs in the main thread (a worker costs about a thousand default runs to start). */
export const SMALL_JOB_RUN_MONTHS = 120_000;

/**
 * A worker's young generation, MB. A run's objects die young (its world is a few
 * typed arrays and the series), so a small nursery costs no speed, while V8's default
 * (48 MB a thread) filled with garbage held about 60 MB more of a two-worker
 * experiment's resident memory (Saltelli design, N = 256: 180-225 MB against
 * 245-275 MB while the runs go, runs/s the same; docs/performance.md).
 */
export const WORKER_YOUNG_GENERATION_MB = 8;

/**
 * The worker pool of every parallel command (experiments, calibration): warm threads
 * that each build their task's context once from `data` (worker.ts) and then answer
 * batches. Compiled (dist/), the worker is plain JavaScript; from the TypeScript
 * sources (tsx, vitest) worker-entry.mjs registers tsx first.
 */
export function workerPool(workers: number, data: WorkerData): Piscina {
  return new Piscina({
    filename: new URL(import.meta.url.endsWith('.ts') ? './worker-entry.mjs' : './worker.js', import.meta.url).href,
    minThreads: workers,
    maxThreads: workers,
    workerData: data,
    resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
  });
}
