/**
 * What every rejection must look like, and the known bugs the default run tolerates
 * (each is reproduced deterministically, as it.skip, in known-bugs.test.ts; with
 * FUZZ_STRICT=1 nothing is tolerated).
 */
import { InputError } from '../../src/params/index.js';
import { STRICT, toleratedHits } from './config.js';

/** A known bug: recognises the errors (or messages) it produces. */
interface Known {
  readonly id: string;
  readonly what: string;
  readonly matches: (e: unknown) => boolean;
}

/** A field that is blank, or whose last part (after ": " or ".") is blank. */
const BLANK_FIELD = /(^|: |\.)\s*$/;

/** Things that are not errors but still break "one line on stderr": a Node warning, an extra stderr line. */
export type Tagged = { warning: string } | { stderrLine: string };
function isTagged<K extends 'warning' | 'stderrLine'>(e: unknown, k: K): e is Record<K, string> {
  return typeof e === 'object' && e !== null && typeof (e as Record<string, unknown>)[k] === 'string';
}

const msg = (e: unknown) => (e instanceof Error ? e.message : String(e));

// Bugs B1-B13 found by the fuzzer are fixed (see known-bugs.test.ts); none is tolerated.
export const KNOWN: readonly Known[] = [];

/** True (and counted) when `e` is a known, reported bug and the run is not strict. */
export function tolerated(e: unknown): boolean {
  if (STRICT) return false;
  const k = KNOWN.find((b) => b.matches(e));
  if (!k) return false;
  toleratedHits.set(k.id, (toleratedHits.get(k.id) ?? 0) + 1);
  return true;
}

/** Throws (with the input) unless `e` is a well-formed InputError: one line, a field, "expected ...", no stack. */
export function assertRejection(e: unknown, input: unknown): void {
  if (tolerated(e)) return;
  const show = () => `\ninput: ${JSON.stringify(input)?.slice(0, 2000)}`;
  if (!(e instanceof InputError))
    throw new Error(`not an InputError: ${(e as Error)?.name}: ${msg(e)}${show()}\n${(e as Error)?.stack ?? ''}`);
  const m = e.message;
  if (/[\r\n]/.test(m)) throw new Error(`message is not one line: ${JSON.stringify(m)}${show()}`);
  if (BLANK_FIELD.test(e.field)) throw new Error(`message names no field: ${JSON.stringify(m)}${show()}`);
  if (!m.startsWith(`${e.field}: expected `)) throw new Error(`message does not say "expected": ${JSON.stringify(m)}${show()}`);
  if (e.expected.trim() === '' || /^must /.test(e.expected)) throw new Error(`message says no expectation: ${JSON.stringify(m)}${show()}`);
  if (/^\s+at /m.test(m)) throw new Error(`message holds a stack trace: ${JSON.stringify(m)}${show()}`);
}

/** Runs `f`; returns its result, or undefined after checking that it threw a well-formed rejection. */
export function accepts<T>(f: () => T, input: unknown): T | undefined {
  try {
    return f();
  } catch (e) {
    assertRejection(e, input);
    return undefined;
  }
}

/**
 * Collects what is passed to process.emitWarning (printed to stderr by Node, so it
 * would add lines to the CLI's one-line error) until stop() is called.
 */
export function catchWarnings(): { stop: () => string[] } {
  const seen: string[] = [];
  const original = process.emitWarning;
  process.emitWarning = ((w: string | Error) => void seen.push(typeof w === 'string' ? w : w.message)) as typeof process.emitWarning;
  return {
    stop() {
      process.emitWarning = original;
      return seen;
    },
  };
}

/** Throws unless no warning was emitted (known ones are tolerated unless FUZZ_STRICT=1). */
export function assertNoWarnings(warnings: readonly string[], input: unknown): void {
  const left = warnings.filter((w) => !tolerated({ warning: w }));
  if (left.length) throw new Error(`warning(s) printed to stderr: ${JSON.stringify(left)}\ninput: ${JSON.stringify(input)?.slice(0, 2000)}`);
}
