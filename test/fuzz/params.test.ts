/**
 * Fuzzing parameter values and scenario files in-process: parseValue (the text of
 * `--set name=value`), checkValue, withOverrides, and parseScenario +
 * resolveScenario on scenario files read with JSON.parse, as the CLI reads them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkConsistency, checkValue, defaults, InputError, parseValue, withOverrides, type Params } from '../../src/params/index.js';
import { parseScenario, resolveScenario } from '../../src/scenarios/index.js';
import { anyString, anyValue, DECLS, overrides, scenarioText, textFor, validValue } from './arbitraries.js';
import { accepts } from './checks.js';
import { check, count, reportCounts, RUNS } from './config.js';

reportCounts('params and scenarios');

const timeout = 60_000 + RUNS * 10;

/** Every value of an accepted parameter set is what its declaration allows, and the set is consistent. */
function checkParams(p: Params): void {
  const r = p as unknown as Record<string, unknown>;
  for (const d of DECLS) expect(checkValue(d, r[d.name])).toBe(r[d.name]);
  expect(Object.keys(r).sort()).toEqual(DECLS.map((d) => d.name).sort());
  checkConsistency(p);
}

describe('fuzz: parameter values', () => {
  it(
    'parseValue: any text gives a declared value or an InputError naming the field',
    () => {
      check(
        'parseValue (--set text)',
        fc.property(fc.constantFrom(...DECLS), fc.oneof(anyString, fc.constantFrom(...DECLS).chain(textFor)), (d, text) => {
          const field = `--set ${d.name}`;
          const v = accepts(() => parseValue(d, text, field), { d: d.name, text });
          if (v === undefined) {
            try {
              parseValue(d, text, field);
            } catch (e) {
              expect((e as InputError).field).toBe(field);
            }
            return;
          }
          expect(checkValue(d, v)).toBe(v);
        }),
      );
      check(
        'parseValue (text of its own declaration)',
        fc.property(
          fc.constantFrom(...DECLS).chain((d) => fc.tuple(fc.constant(d), textFor(d))),
          ([d, text]) => {
            const v = accepts(() => parseValue(d, text), { d: d.name, text });
            if (v !== undefined) expect(checkValue(d, v)).toBe(v);
          },
        ),
      );
    },
    timeout,
  );

  it(
    'parseValue reads back the text of every valid value, with spaces around it',
    () => {
      check(
        'parseValue round trip',
        fc.property(
          fc.constantFrom(...DECLS).chain((d) => fc.tuple(fc.constant(d), validValue(d), fc.constantFrom('', ' ', '\t', ' \n'))),
          ([d, v, pad]) => {
            expect(Object.is(parseValue(d, pad + String(v) + pad), v) || (v === 0 && parseValue(d, String(v)) === 0)).toBe(true);
          },
        ),
      );
    },
    timeout,
  );

  it(
    'checkValue and withOverrides: anything gives a consistent parameter set or an InputError',
    () => {
      check(
        'checkValue (any value)',
        fc.property(fc.constantFrom(...DECLS), anyValue, (d, v) => {
          const out = accepts(() => checkValue(d, v, `set.${d.name}`), { d: d.name, v });
          if (out !== undefined) expect(out).toBe(v);
        }),
      );
      check(
        'withOverrides (any overrides)',
        fc.property(overrides, fc.constantFrom('', 'scenario x.params', '--set', 'explorer'), (o, where) => {
          const p = accepts(() => withOverrides(defaults(), o, where), o);
          if (p) {
            checkParams(p);
            for (const [k, v] of Object.entries(o)) expect((p as unknown as Record<string, unknown>)[k]).toBe(v);
          }
        }),
      );
    },
    timeout,
  );
});

describe('fuzz: scenario files', () => {
  it(
    'any scenario file text: a resolved parameter set, or one-line InputErrors naming the field',
    () => {
      const outcomes = { rejected: 0, accepted: 0 };
      check(
        'scenario file (JSON text) + --set overrides',
        fc.property(scenarioText, fc.oneof({ weight: 3, arbitrary: fc.constant({}) }, overrides), (text, extra) => {
          const where = 'scenario file my.json';
          const p = accepts(() => {
            let raw: unknown;
            try {
              raw = JSON.parse(text);
            } catch (e) {
              // As the CLI does (src/cli/main.ts loadScenario).
              throw new InputError(where, `valid JSON (${(e as Error).message})`);
            }
            return resolveScenario(parseScenario(raw, where), extra);
          }, { text, extra });
          if (p) {
            checkParams(p);
            outcomes.accepted++;
          } else outcomes.rejected++;
        }),
      );
      for (const [k, v] of Object.entries(outcomes)) count(`  scenario file: ${k}`, v);
      expect(outcomes.accepted).toBeGreaterThan(0);
    },
    timeout,
  );
});
