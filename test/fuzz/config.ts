/**
 * Settings shared by the fuzz tests (test/fuzz/*.test.ts).
 *
 *   FUZZ_RUNS      generated cases per in-process property (default 300: `npm test`;
 *                  `npm run fuzz` sets 10000)
 *   FUZZ_CLI_RUNS  spawned CLI cases per CLI property (default 1, or FUZZ_RUNS / 1000
 *                  when FUZZ_RUNS is set; a spawn costs 0.5-2 s, more on a busy machine)
 *   FUZZ_SEED      fast-check seed (default fixed, so every run is reproducible; a
 *                  failure prints the seed and the counterexample path)
 *   FUZZ_STRICT=1  also fail on the known, reported bugs that the default run
 *                  tolerates (see KNOWN in checks.ts and known-bugs.test.ts)
 */
import fc from 'fast-check';
import { afterAll } from 'vitest';

function envInt(name: string, fallback: number): number {
  const v = process.env[name];
  if (v === undefined || v.trim() === '') return fallback;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a non-negative integer, got ${JSON.stringify(v)}`);
  return n;
}

export const RUNS = envInt('FUZZ_RUNS', 300);
export const CLI_RUNS = envInt('FUZZ_CLI_RUNS', process.env.FUZZ_RUNS ? Math.max(1, Math.round(RUNS / 1000)) : 1);
export const SEED = envInt('FUZZ_SEED', 20150718);
export const STRICT = process.env.FUZZ_STRICT === '1';

/** A per-property seed derived from the global one, so properties do not share streams. */
function report(label: string, seed: number, details: fc.RunDetails<unknown>): string {
  const err = details.errorInstance as Error | undefined;
  const cause = err ? `\nerror: ${String(err.message ?? err).slice(0, 3000)}` : '';
  return `${label} (FUZZ_SEED=${SEED}, property seed ${seed}):\n${fc.defaultReportMessage(details)}${cause}`;
}

function seedFor(label: string): number {
  let h = SEED >>> 0;
  for (let i = 0; i < label.length; i++) h = Math.imul(h ^ label.charCodeAt(i), 0x01000193) >>> 0;
  return h | 0;
}

/** Cases run per surface (reported at the end of each test file). */
const counts = new Map<string, number>();
export function count(surface: string, n = 1): void {
  counts.set(surface, (counts.get(surface) ?? 0) + n);
}

/** Runs a synchronous property with the fixed seed; `label` also names the surface in the counts. */
export function check<Ts extends unknown[]>(label: string, prop: fc.IProperty<Ts>, runs = RUNS): void {
  const seed = seedFor(label);
  const details = fc.check(prop, { numRuns: runs, seed });
  count(label, details.numRuns);
  if (details.failed) throw new Error(report(label, seed, details as unknown as fc.RunDetails<unknown>));
}

export async function checkAsync<Ts extends unknown[]>(label: string, prop: fc.IAsyncProperty<Ts>, runs = CLI_RUNS): Promise<void> {
  const seed = seedFor(label);
  const details = await fc.check(prop, { numRuns: runs, seed, endOnFailure: true });
  count(label, details.numRuns);
  if (details.failed) throw new Error(report(label, seed, details as unknown as fc.RunDetails<unknown>));
}

/** Registers the end-of-file report of the counts (call once per test file). */
export function reportCounts(file: string): void {
  afterAll(() => {
    const lines = [...counts].map(([k, v]) => `  ${k}: ${v}`);
    // Indented labels break a property's cases down (e.g. accepted/rejected): not added again.
    const total = [...counts].filter(([k]) => !k.startsWith(' ')).reduce((a, [, v]) => a + v, 0);
    const tolerated = [...toleratedHits].map(([k, v]) => `  tolerated known bug ${k}: ${v} case(s)`);
    console.log(`[fuzz] ${file} (FUZZ_SEED=${SEED}${STRICT ? ', strict' : ''}): ${total} cases\n${[...lines, ...tolerated].join('\n')}`);
  });
}

/** How often each known bug was hit and tolerated in this file. */
export const toleratedHits = new Map<string, number>();
