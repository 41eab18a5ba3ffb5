/**
 * Fuzzing the explorer's URL state (web/src/state.ts, pure): decodeState never
 * throws, drops what it cannot use with a one-line problem naming the key, keeps
 * only valid values; encodeState/decodeState round-trip.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkValue, declaration, type ParamDecl } from '../../src/params/index.js';
import { decodeState, effectiveParams, encodeState, MAX_REPLICATES } from '../../web/src/state.js';
import { queryString } from './arbitraries.js';
import { accepts } from './checks.js';
import { check, reportCounts, RUNS, STRICT, toleratedHits } from './config.js';

reportCounts('web URL state');

const timeout = 60_000 + RUNS * 10;

/** B9: a key with a line break, or an empty key, gives a problem line that names no key or spans lines. */
function knownProblem(p: string): boolean {
  if (STRICT) return false;
  const hit = /[\r\n]/.test(p) || /^\s*: /.test(p);
  if (hit) toleratedHits.set('B9', (toleratedHits.get('B9') ?? 0) + 1);
  return hit;
}

describe('fuzz: explorer URL state', () => {
  it(
    'decodeState: any query string gives a usable state and one-line problems',
    () => {
      check(
        'decodeState (any query string)',
        fc.property(queryString, (search) => {
          const { state, problems } = decodeState(search);
          for (const p of problems) {
            if (knownProblem(p)) continue;
            expect(p).not.toMatch(/[\r\n]/);
            // "<key>: expected ..." or "<key>: not a parameter of the model", with a non-blank key.
            expect(p).toMatch(/^\s*\S.*?: (expected |not a parameter of the model$)/);
          }
          expect(Number.isInteger(state.replicates) && state.replicates >= 1 && state.replicates <= MAX_REPLICATES).toBe(true);
          expect(Number.isSafeInteger(state.seed) && state.seed >= 0).toBe(true);
          for (const [k, v] of Object.entries(state.overrides)) expect(checkValue(declaration(k) as ParamDecl, v)).toBe(v);
          // Inconsistent changes (e.g. layoff >= hire threshold) are reported when the view is computed.
          accepts(() => effectiveParams(state), search);
          // What was kept survives a round trip through the URL.
          const again = decodeState(encodeState(state));
          expect(again.problems).toEqual([]);
          // (Compared as JSON: "-0.00" is read as -0 and written back as "0", the same value.)
          expect(JSON.stringify(again.state)).toBe(JSON.stringify(state));
        }),
      );
    },
    timeout,
  );
});
