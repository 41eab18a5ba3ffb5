/**
 * Deterministic reproductions of the bugs the fuzzer found (issue 7). They fail on
 * the current code, so they are skipped by default; run them with
 *
 *   FUZZ_KNOWN_BUGS=1 npx vitest run test/fuzz/known-bugs.test.ts
 *
 * and turn a `repro` into `it` once its bug is fixed (and drop its entry from KNOWN
 * in checks.ts, so the fuzz properties stop tolerating it). Ids match KNOWN.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CLI } from '../support/cli.js';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/design/csv.js';
import { makePlan } from '../../src/experiments/plan.js';
import { checkExperiment, parseExperimentText } from '../../src/experiments/spec.js';
import { InputError } from '../../src/params/index.js';
import { decodeState } from '../../web/src/state.js';

// All bugs below are fixed; each reproduction now guards against its return.
const repro = it;

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const dirs: string[] = [];
function tmp(): string {
  const d = mkdtempSync(join(tmpdir(), 'collabsim-bugs-'));
  dirs.push(d);
  return d;
}
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

interface Result {
  code: number | null;
  signal: string | null;
  stdout: string;
  stderr: string;
  ms: number;
}

function cli(args: readonly string[], opts: { cwd?: string; timeout?: number; node?: string[] } = {}): Promise<Result> {
  const t0 = Date.now();
  return new Promise((res) => {
    execFile(
      process.execPath,
      [...(opts.node ?? []), ...CLI, ...args],
      { cwd: opts.cwd ?? tmp(), encoding: 'utf8', timeout: opts.timeout ?? 60_000, killSignal: 'SIGKILL', maxBuffer: 16 * 1024 * 1024, env: { ...process.env, COLLABSIM_DEBUG: '' } },
      (err, stdout, stderr) =>
        res({
          code: err ? (typeof err.code === 'number' ? err.code : null) : 0,
          signal: err?.signal ?? null,
          stdout,
          stderr,
          ms: Date.now() - t0,
        }),
    );
  });
}

/** Exit code 2 and exactly one stderr line "collabsim: error: ..." matching `re`. */
function oneLineError(r: Result, re: RegExp = /./): void {
  const show = `exit ${r.code} ${r.signal ?? ''}\nstderr: ${JSON.stringify(r.stderr.slice(0, 2000))}`;
  expect(r.code, show).toBe(2);
  expect(r.stderr.replace(/\n$/, '').split('\n'), show).toHaveLength(1);
  expect(r.stderr, show).toMatch(/^collabsim: error: /);
  expect(r.stderr, show).toMatch(re);
}

function file(name: string, text: string): string {
  const d = tmp();
  writeFileSync(join(d, name), text);
  return join(d, name);
}

const noFiles = { readText: (rel: string, field: string): string => { throw new InputError(field, 'a readable file', rel); } };
function errorOf(text: string, reader = noFiles): InputError {
  try {
    makePlan(checkExperiment(parseExperimentText(text, 'x.yaml'), 'x.yaml', reader));
  } catch (e) {
    return e as InputError;
  }
  throw new Error('accepted');
}

const BASE = 'name: x\nscenarios: [mou]\n';

describe('known bugs found by fuzzing (skipped until fixed)', () => {
  // B1: the schema allows design.levels 3 for morris, the sampler throws a RangeError -> "run failed", exit 1.
  repro('B1 morris levels must be even: an InputError (exit 2), not a RangeError (exit 1)', async () => {
    const text = BASE + 'design: {type: morris, levels: 3, parameters: [{name: trustBuild, range: [0.1, 0.3]}]}\n';
    const e = errorOf(text);
    expect(e).toBeInstanceOf(InputError);
    expect(e.message).toMatch(/design\.levels: expected/);
    oneLineError(await cli(['validate', file('m.yaml', text)]), /design\.levels/);
  });

  // B2: trajectories > candidates passes the schema, then selectTrajectories throws a RangeError.
  repro('B2 morris trajectories > candidates: an InputError (exit 2), not a RangeError (exit 1)', async () => {
    const text = BASE + 'design: {type: morris, trajectories: 10, candidates: 5, parameters: [{name: trustBuild, range: [0.1, 0.3]}]}\n';
    const e = errorOf(text);
    expect(e).toBeInstanceOf(InputError);
    expect(e.message).toMatch(/design\.(trajectories|candidates): expected/);
    oneLineError(await cli(['validate', file('m.yaml', text)]), /design\.(trajectories|candidates)/);
  });

  // B3: nothing bounds the size of a design; makePlan materialises every point (and Morris an
  // N x N distance matrix), so validate/experiment hang for minutes and die out of memory.
  describe('B3 huge designs are rejected (or handled) quickly, without running out of memory', () => {
    const huge: [string, string][] = [
      ['grid of 10^9 points', 'design: {type: grid, levels: 1000, parameters: [{name: trustBuild, range: [0, 1]}, {name: trustErosion, range: [0, 1]}, {name: initialTrust, range: [0, 1]}]}'],
      ['lhs of 10^7 samples', 'design: {type: lhs, samples: 10000000, parameters: [{name: trustBuild, range: [0, 1]}, {name: trustErosion, range: [0, 1]}, {name: initialTrust, range: [0, 1]}]}'],
      ['saltelli of 10^7 x 10 rows', 'design: {type: saltelli, samples: 10000000, secondOrder: true, parameters: [{name: trustBuild, range: [0, 1]}, {name: trustErosion, range: [0, 1]}, {name: initialTrust, range: [0, 1]}, {name: commitBase, range: [0, 1]}]}'],
      ['morris choosing from 10^5 candidates', 'design: {type: morris, trajectories: 50, candidates: 100000, parameters: [{name: trustBuild, range: [0, 1]}, {name: trustErosion, range: [0, 1]}]}'],
    ];
    for (const [label, design] of huge)
      repro(
        label,
        async () => {
          const r = await cli(['validate', file('huge.yaml', BASE + design + '\n')], { timeout: 15_000, node: ['--max-old-space-size=512'] });
          expect(r.signal, `killed after ${r.ms} ms`).toBeNull();
          if (r.code === 2) oneLineError(r, /design/);
          else expect(r.code, r.stderr.slice(0, 500)).toBe(0);
        },
        25_000,
      );
  });

  // B4: keys and file names go raw into the field, so a line break splits the "one-line" error.
  repro('B4 a key with a line break still gives a one-line error', async () => {
    for (const text of [
      '{"name": "x", "scenarios": ["mou"], "set": {"a\\nb": 1}}',
      '{"name": "x", "scenarios": ["mou"], "a\\nb": 1}',
      '{"name": "x", "scenarios": [{"name": "s", "params": {"a\\nb": 1}}]}',
    ])
      expect(errorOf(text).message).not.toMatch(/[\r\n]/);
    oneLineError(await cli(['run', 'mou', '--replicates', '1', '--set=a\nb=1']), /--set/);
  });

  // B5: an empty (or blank) key gives "x.yaml: : expected ..." or "set.: expected ...".
  repro('B5 an empty key is named in the error', () => {
    for (const text of ['{"name": "x", "scenarios": ["mou"], "": 1}', '{"name": "x", "scenarios": ["mou"], "set": {"": 1}}', '{"name": "x", "scenarios": ["mou"], "set": {" ": 1}}']) {
      const e = errorOf(text);
      expect(e.field, e.message).not.toMatch(/(^|: |\.)\s*$/);
    }
  });

  // B6: the yaml library reports parse warnings through process.emitWarning, which Node prints
  // to stderr ("(node:123) Warning: Keys with collection values will be stringified ...").
  repro('B6 YAML parse warnings do not reach stderr', async () => {
    oneLineError(await cli(['validate', file('w.yaml', BASE + '[a]: 1\n')]), /no such key/);
    oneLineError(await cli(['validate', file('w.yaml', '{"name": "x", "scenarios": ["mou"], "design": {&"type": "none"}, "z": 1}\n')]));
  });

  // B7: JSON.parse's message quotes the text, line breaks included.
  repro('B7 a scenario file that is not JSON gives a one-line error', async () => {
    const d = tmp();
    writeFileSync(join(d, 's.json'), 'a:\n a: 1');
    oneLineError(await cli(['run', 's.json', '--replicates', '1'], { cwd: d }), /scenario file s\.json: expected valid JSON/);
    writeFileSync(join(d, 'x.yaml'), 'name: x\nscenarios: [s.json]\n');
    oneLineError(await cli(['validate', 'x.yaml'], { cwd: d }), /scenarios\[0\]: expected a scenario file with valid JSON/);
  });

  // B8: the anyOf of outputs.months reports Ajv's "must be equal to constant".
  repro('B8 outputs.months of a wrong shape says what is expected', () => {
    for (const months of ['[]', '5', 'some', '{a: 1}']) expect(errorOf(BASE + `outputs: {months: ${months}}`).message).not.toMatch(/expected must /);
  });

  // B9 (web/src/state.ts): problems are documented as one line each, naming the key.
  repro('B9 explorer link problems are one line each and name the key', () => {
    const { problems } = decodeState('?a%0Ab=1&=2&%20=3');
    expect(problems).toHaveLength(3);
    for (const p of problems) {
      expect(p).not.toMatch(/[\r\n]/);
      expect(p).not.toMatch(/^\s*: /);
    }
  });

  // B10: commander prints its suggestion on a second line.
  repro('B10 an unknown option near a known one is still a one-line error', async () => {
    oneLineError(await cli(['run', '--sett', 'x=1']), /unknown option '--sett'/);
  });

  // B11: the --months/--set months conflict is detected with startsWith('months='), so
  // "--set 'months =5'" (accepted by parseSets, which trims the name) is silently overridden.
  repro('B11 --months with --set "months =5" is refused, not silently resolved', async () => {
    const d = tmp();
    const r = await cli(['run', 'mou', '--replicates', '1', '--months', '1', '--set', 'months =5', '--out', join(d, 'o')], { cwd: d });
    oneLineError(r, /--months/);
  });

  // B12: non-finite numbers are shown as "got null" (JSON.stringify), or without a "got".
  repro('B12 non-finite values are shown as such in the error', () => {
    expect(errorOf(BASE + 'design: {type: grid, parameters: [{name: maxWorkers, values: [.inf]}]}').message).toMatch(/got (Infinity|\.inf)/);
    expect(errorOf(BASE + 'set: {trustBuild: .nan}').message).toMatch(/NaN|\.nan|finite/);
  });

  // B13: a one-column CSV row holding a quoted empty field ("") is dropped as if it were a blank line.
  repro('B13 a quoted empty CSV field is a row, not a blank line', () => {
    expect(parseCsv('months\n""\n12\n', 'd.csv').rows).toEqual([[''], ['12']]);
    const e = errorOf(BASE + 'design: {type: csv, file: d.csv}', { readText: () => 'months\n""\n12\n' });
    expect(e.message).toMatch(/row 2 months: expected/);
  });

  // B14: commander's own usage errors (an unknown option) were printed as given, so an
  // option holding a line break split the one-line error (FUZZ_SEED=235828254).
  repro('B14 an unknown option holding a line break is a one-line error', async () => {
    oneLineError(await cli(['sensitivity', '--zz\f\n']), /unknown option '--zz\\u000c\\u000a'/);
  });
});
