/**
 * What one run is: its identity (scenario, replicate, seed, parameters) and, once
 * done, its result. A type shared by the runner that makes runs and by output,
 * analysis and report that read them, so none of those imports the runner.
 */
import type { RunResult } from './model.js';
import type { Params } from './params/index.js';

/** Identity of one run: which scenario, which replicate, and the seed derived from both. */
export interface RunSpec {
  readonly runId: string;
  readonly scenario: string;
  readonly replicate: number;
  readonly seed: number;
  readonly params: Params;
}

export interface CompletedRun extends RunSpec {
  readonly result: RunResult;
}
