/**
 * Fuzzing experiment files (YAML and JSON) in-process: parseExperimentText +
 * checkExperiment with a fake reader (for the CSV design and scenario files they
 * name), then makePlan for designs of bounded size. Every rejection is a one-line
 * InputError naming a field; every accepted experiment is fully checked.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify as toYaml } from 'yaml';
import { checkExperiment, parseExperimentText } from '../../src/experiments/spec.js';
import { InputError } from '../../src/params/index.js';
import { csvText, experimentObject, experimentText, scenarioText } from './arbitraries.js';
import { check, count, reportCounts, RUNS } from './config.js';
import { fakeReader, validateText, WHERE } from './helpers.js';

reportCounts('experiments');

const timeout = 60_000 + RUNS * 20;

describe('fuzz: experiment files', () => {
  it(
    'any text: a checked experiment, or one-line InputErrors naming the field',
    () => {
      const outcomes = { rejected: 0, accepted: 0, huge: 0 };
      check(
        'experiment text (YAML/JSON/damaged/deep/bytes)',
        fc.property(experimentText, csvText, scenarioText, (text, csv, scenario) => {
          outcomes[validateText(text, csv, scenario)]++;
        }),
      );
      for (const [k, v] of Object.entries(outcomes)) count(`  experiment text: ${k}`, v);
      // The generators must reach past the schema, not only bounce off it.
      expect(outcomes.accepted).toBeGreaterThan(0);
    },
    timeout,
  );

  it(
    'the same experiment as JSON and as YAML gives the same result',
    () => {
      // Both must accept the same experiment, or both reject (messages may differ: e.g. a YAML
      // scalar "\uFEFF" is a byte-order mark, an empty file, while JSON quotes it).
      const outcome = (text: string) => {
        try {
          return { ok: JSON.stringify(checkExperiment(parseExperimentText(text, WHERE), WHERE, fakeReader('months\n12\n', '{}'))) };
        } catch (e) {
          return { rejected: e instanceof InputError };
        }
      };
      check(
        'experiment JSON vs YAML',
        fc.property(experimentObject, (o) => {
          // JSON has no NaN or Infinity (they become null): compare what JSON can express.
          const plain = JSON.parse(JSON.stringify(o) ?? 'null');
          const a = outcome(JSON.stringify(plain));
          const b = outcome(toYaml(plain));
          expect(b).toEqual(a);
        }),
        Math.ceil(RUNS / 2),
      );
    },
    timeout,
  );
});
