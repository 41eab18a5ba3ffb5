/** Messages between the explorer page and its model workers. */
import type { OutcomeName } from '../../src/outcomes.js';
import type { Params } from '../../src/params/index.js';

/** Which set a run belongs to: 'base' (the baseline), 'main' (the settings shown) or 'alt1', 'alt2' (further alternatives). */
export type RunSet = string;

export interface RunSpec {
  readonly set: RunSet;
  /** 1-based replicate number. */
  readonly replicate: number;
  readonly seed: number;
  readonly params: Params;
}

export type ToWorker =
  | { readonly type: 'run'; readonly job: number; readonly metrics: readonly OutcomeName[]; readonly runs: readonly RunSpec[] }
  | { readonly type: 'cancel' };

export type FromWorker =
  | { readonly type: 'result'; readonly job: number; readonly set: RunSet; readonly replicate: number; readonly columns: Record<string, Float64Array> }
  | { readonly type: 'done'; readonly job: number }
  | { readonly type: 'error'; readonly job: number; readonly message: string };
