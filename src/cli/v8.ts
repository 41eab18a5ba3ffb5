/**
 * V8 tuning of the command line's process (its worker threads share the flags).
 *
 * The model's month is a few large functions that call small ones per workshop; V8's
 * default budget for inlining into one optimised function (920 bytes of bytecode)
 * stops it from inlining the promise decision into the pricing stage, and every call
 * then boxes its doubles. A larger budget gave the default run 7-11 % more runs per
 * CPU-second (4 of 4 alternating pairs, load 1; docs/performance.md). It changes only
 * what V8 compiles, never what JavaScript computes: the outputs are the same bits
 * (bench/golden.ts). The library (src/index.ts) leaves its host's flags alone.
 */
import { setFlagsFromString } from 'node:v8';

export const V8_FLAGS = ['--max-inlined-bytecode-size-cumulative=3000'] as const;

/** Sets V8_FLAGS; call before the model's code runs hot (flags apply to code optimised afterwards). */
export function tuneV8(): void {
  for (const f of V8_FLAGS) setFlagsFromString(f);
}

/**
 * Lets V8's old generation grow to 1.5 times what was live at the last full collection
 * (by default V8 picks a factor from 1.1 to 4), from the moment the runs are done. Writing a
 * large experiment's tables makes garbage fast (text, the encoders' arrays), and the
 * peak resident memory of that stage was mostly that garbage: assembling a
 * 222,430-run Saltelli design's tables peaked at 410-430 MB, with this 265-270 MB, in
 * about the same time. Not set while models run: there it cost about 3 % (more full
 * collections). Process-wide like every V8 flag; the workers have ended by then.
 */
export function tuneV8ForTables(): void {
  setFlagsFromString('--heap-growing-percent=50');
}
