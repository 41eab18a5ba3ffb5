/**
 * Fuzzing the command line as a user meets it: the CLI is spawned (`node tsx
 * src/cli/main.ts ...`, in a temporary working folder) with generated `--set`
 * values, option values, scenario files, experiment files and junk arguments. An
 * in-process oracle (the same pure functions) says whether the input is valid;
 * only invalid inputs are spawned, so nothing long runs. Input and usage errors
 * must exit with code 2 and print exactly one line, "collabsim: error: ...", and
 * never a stack trace.
 *
 * Also in-process (many cases, no spawn): loadExperiment on bytes written to disk,
 * which adds the UTF-8 check and the reading of the files an experiment names.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { CLI } from '../support/cli.js';
import { afterAll, describe, expect, it } from 'vitest';
import { checkYears } from '../../src/analysis/compare.js';
import { loadExperiment } from '../../src/runner/load.js';
import { makePlan } from '../../src/experiments/plan.js';
import { declaration, InputError, parseValue } from '../../src/params/index.js';
import { findPreset, parseScenario, resolveScenario } from '../../src/scenarios/index.js';
import { anyNumber, anyString, csvText, experimentText, PRESET_NAMES, scenarioText, setArgument } from './arbitraries.js';
import { accepts, assertNoWarnings, catchWarnings, tolerated } from './checks.js';
import { check, checkAsync, CLI_RUNS, count, reportCounts, RUNS } from './config.js';
import { PLAN_CAP, planWork } from './helpers.js';

reportCounts('cli');

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
/** Generous: the spawned properties run concurrently, on a machine that may be busy. */
const cliTimeout = 60_000 + CLI_RUNS * 20_000;

const dirs: string[] = [];
function tmp(): string {
  const d = mkdtempSync(join(tmpdir(), 'collabsim-fuzz-'));
  dirs.push(d);
  return d;
}
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

interface Result {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Spawns the CLI in `cwd` (a temporary folder: nothing is written into the repository). */
function cli(args: readonly string[], cwd: string): Promise<Result> {
  return new Promise((res) => {
    execFile(
      process.execPath,
      [...CLI, ...args],
      { cwd, encoding: 'utf8', timeout: 60_000, maxBuffer: 16 * 1024 * 1024, env: { ...process.env, COLLABSIM_DEBUG: '', FORCE_COLOR: '0' } },
      (err, stdout, stderr) => res({ code: err ? (typeof err.code === 'number' ? err.code : null) : 0, stdout, stderr }),
    );
  });
}

/**
 * An input or usage error: exit code 2, no stack trace, and exactly one stderr line
 * "collabsim: error: ..." (`known`: the oracle's error is a known, reported bug).
 */
function expectInputError(r: Result, args: readonly string[], known = false): void {
  const show = `collabsim ${JSON.stringify(args)}\nexit ${r.code}\nstderr: ${JSON.stringify(r.stderr)}`;
  expect(r.stderr, show).not.toMatch(/^\s+at /m);
  // A known bug may give exit 1 ("run failed", B1/B2) or more lines (B4, B6, B7): only no crash.
  if (known) return void expect([1, 2], show).toContain(r.code);
  expect(r.code, show).toBe(2);
  expect(r.stderr, show).toMatch(/^collabsim: error: /);
  const lines = r.stderr.replace(/\n$/, '').split('\n');
  const extra = lines.slice(1).filter((l) => !tolerated({ stderrLine: l }));
  expect(extra, show).toEqual([]);
}

/** Argument text the OS can pass (no NUL). */
const argText = (a: fc.Arbitrary<string>) => a.filter((s) => !s.includes('\u0000'));

/** The in-process error for an input, or undefined when it is valid (`f` returns normally). */
function oracle(f: () => unknown): unknown {
  const warnings = catchWarnings();
  try {
    f();
    return warnings.stop().length ? { warning: 'yaml' } : undefined;
  } catch (e) {
    warnings.stop();
    return e;
  }
}

/** As src/cli/main.ts parseSets + resolveScenario: the error a `--set` argument gives with a preset. */
function setError(preset: string, s: string): unknown {
  return oracle(() => {
    const eq = s.indexOf('=');
    if (eq <= 0) throw new InputError('--set', 'name=value', s);
    const name = s.slice(0, eq).trim();
    const d = declaration(name);
    if (!d) throw new InputError(`--set ${name}`, 'a known parameter');
    resolveScenario(findPreset(preset)!, { [name]: parseValue(d, s.slice(eq + 1), `--set ${name}`) });
  });
}

const OTHER = '{"name": "other", "base": "mou", "params": {"mouMonitoring": 0.2}}';

const isKnownBug = (e: unknown) => e !== undefined && tolerated(e);

// Spawns are separate processes: the properties run concurrently.
describe.concurrent('fuzz: command line (spawned)', () => {
  it(
    '--set name=value: random names, values, spacing and unicode',
    async () => {
      const cwd = tmp();
      await checkAsync(
        'CLI --set',
        fc.asyncProperty(
          fc
            .tuple(fc.constantFrom(...PRESET_NAMES), argText(setArgument))
            .map(([p, s]) => ({ p, s, e: setError(p, s) }))
            .filter(({ e }) => e !== undefined),
          async ({ p, s, e }) => {
            const args = ['run', p, '--replicates', '1', '--out', 'o', `--set=${s}`];
            expectInputError(await cli(args, cwd), args, isKnownBug(e));
          },
        ),
      );
    },
    cliTimeout,
  );

  it(
    'option values: --replicates, --seed, --months, --years, --workers, --shard, --batch',
    async () => {
      const cwd = tmp();
      writeFileSync(join(cwd, 'ok.yaml'), 'name: ok\nscenarios: [mou]\nmonths: 2\nreplicates: 1\n');
      const int = (t: string, min: number, max: number) => t.trim() !== '' && Number.isInteger(Number(t)) && Number(t) >= min && Number(t) <= max;
      const pos = (t: string) => /^\d+$/.test(t) && Number(t) >= 1 && Number(t) <= 1024;
      const valid: Record<string, (t: string) => boolean> = {
        '--replicates': (t) => int(t, 1, 100000),
        '--seed': (t) => int(t, 0, Number.MAX_SAFE_INTEGER),
        '--months': (t) => oracle(() => parseValue(declaration('months')!, t)) === undefined,
        '--years': (t) =>
          oracle(() => {
            const ys = t.split(',').map((y) => {
              if (y.trim() === '' || !Number.isInteger(Number(y.trim()))) throw new Error('bad');
              return Number(y.trim());
            });
            checkYears(ys, 2012, 120);
          }) === undefined,
        '--workers': pos,
        '--batch': pos,
        '--shard': (t) => {
          const m = /^(\d+)\/(\d+)$/.exec(t.trim());
          return !!m && Number(m[2]) >= 1 && Number(m[1]) < Number(m[2]);
        },
      };
      const text = argText(fc.oneof(anyString, anyNumber.map(String), fc.constantFrom('0', '-1', '1.5', '1e3', '0x10', '2/2', '1/0', '3/2', '2013,', '2030', ' ')));
      await checkAsync(
        'CLI option values',
        fc.asyncProperty(
          fc
            .tuple(fc.constantFrom(...Object.keys(valid)), text)
            .filter(([opt, t]) => !valid[opt](t)),
          async ([opt, t]) => {
            const args =
              opt === '--years'
                ? ['compare', 'status-quo', 'mou', '--replicates', '1', '--out', 'o', `${opt}=${t}`]
                : ['--workers', '--batch', '--shard'].includes(opt)
                  ? ['experiment', 'ok.yaml', '--out', 'o', `${opt}=${t}`]
                  : ['run', 'mou', '--out', 'o', `${opt}=${t}`];
            const r = await cli(args, cwd);
            expectInputError(r, args);
            expect(r.stderr).toContain(opt);
          },
        ),
      );
    },
    cliTimeout,
  );

  it(
    'scenario files: run FILE.json with generated JSON (and junk)',
    async () => {
      const cwd = tmp();
      let k = 0;
      await checkAsync(
        'CLI scenario files',
        fc.asyncProperty(
          scenarioText
            .map((text) => ({
              text,
              e: oracle(() => {
                let raw: unknown;
                try {
                  raw = JSON.parse(text);
                } catch (e) {
                  throw new InputError('scenario file', `valid JSON (${(e as Error).message})`);
                }
                resolveScenario(parseScenario(raw, 'scenario file'));
              }),
            }))
            .filter(({ e }) => e !== undefined),
          async ({ text, e }) => {
            const file = `s${k++}.json`;
            writeFileSync(join(cwd, file), text);
            const args = ['run', file, '--replicates', '1', '--months', '1', '--out', 'o'];
            expectInputError(await cli(args, cwd), args, isKnownBug(e));
          },
        ),
      );
    },
    cliTimeout,
  );

  it(
    'experiment files: validate FILE with generated YAML/JSON, damaged text, deep nesting, bytes',
    async () => {
      const cwd = tmp();
      let k = 0;
      const bytes = fc.uint8Array({ maxLength: 120 }).map((b) => Buffer.from(b));
      await checkAsync(
        'CLI validate',
        fc.asyncProperty(
          fc
            .tuple(fc.oneof({ weight: 8, arbitrary: experimentText.map((t) => Buffer.from(t, 'utf8')) }, { weight: 1, arbitrary: bytes }), csvText, scenarioText)
            .map(([content, csv, scenario]) => {
              const dir = join(cwd, `e${k++}`);
              mkdirSync(join(dir, 'sub'), { recursive: true });
              writeFileSync(join(dir, 'exp.yaml'), content);
              writeFileSync(join(dir, 'design.csv'), csv);
              writeFileSync(join(dir, 'mine.json'), scenario);
              writeFileSync(join(dir, 'sub', 'dir.json'), scenario);
              writeFileSync(join(dir, 'other.json'), OTHER);
              let huge = false;
              const e = oracle(() => {
                const x = loadExperiment(join(dir, 'exp.yaml'));
                huge = planWork(x) > PLAN_CAP;
                if (!huge) makePlan(x);
              });
              return { dir, e, huge, content: content.toString('utf8') };
            })
            // A huge design would hang `validate` (known bug B3, see known-bugs.test.ts).
            .filter(({ huge }) => !huge),
          async ({ dir, e, content }) => {
            const args = ['validate', join(dir, 'exp.yaml')];
            const r = await cli(args, cwd);
            if (e === undefined) {
              expect(r.code, `${JSON.stringify(content)}\n${r.stderr}`).toBe(0);
              expect(r.stdout).toMatch(/: valid\. /);
            } else expectInputError(r, [...args, content], isKnownBug(e));
          },
        ),
        // Valid files are spawned too (validate runs nothing): a few more cases.
        CLI_RUNS * 2,
      );
    },
    cliTimeout * 2,
  );

  it(
    'junk arguments to every command (but explore, which serves): usage or input error',
    async () => {
      const cwd = tmp();
      const commands = ['run', 'compare', 'scenarios', 'params', 'experiment', 'validate', 'merge', 'sensitivity', 'calibrate', 'discover'];
      // Junk must stay junk: no preset name (that would run), no help/version flag, options unknown.
      const junk = argText(anyString)
        .filter((s) => !PRESET_NAMES.includes(s.trim()) && s !== '' && !s.startsWith('-'))
        .chain((s) => fc.constantFrom(s, `--zz${s}`, `--zz-${s}=1`));
      await checkAsync(
        'CLI junk arguments',
        fc.asyncProperty(fc.constantFrom(...commands), fc.array(junk, { minLength: 1, maxLength: 3 }), async (command, rest) => {
          const args = [command, ...rest];
          expectInputError(await cli(args, cwd), args);
        }),
      );
    },
    cliTimeout,
  );
});

describe('fuzz: experiment files on disk (in-process loadExperiment)', () => {
  it(
    'any bytes: a checked experiment, or a one-line InputError (invalid UTF-8 included)',
    () => {
      const dir = tmp();
      mkdirSync(join(dir, 'sub'));
      const file = join(dir, 'exp.yaml');
      const outcomes = { rejected: 0, accepted: 0 };
      check(
        'loadExperiment (bytes on disk)',
        fc.property(
          fc.oneof(experimentText.map((t) => Buffer.from(t, 'utf8')), fc.uint8Array({ maxLength: 200 }).map((b) => Buffer.from(b)), experimentText.map((t) => Buffer.concat([Buffer.from(t), Buffer.from([0xff, 0xc3])]))),
          csvText,
          scenarioText,
          (content, csv, scenario) => {
            writeFileSync(file, content);
            writeFileSync(join(dir, 'design.csv'), csv);
            writeFileSync(join(dir, 'mine.json'), scenario);
            writeFileSync(join(dir, 'sub', 'dir.json'), scenario);
            writeFileSync(join(dir, 'other.json'), OTHER);
            const warnings = catchWarnings();
            try {
              const e = accepts(() => loadExperiment(file), content.toString('utf8'));
              if (e) outcomes.accepted++;
              else outcomes.rejected++;
            } finally {
              assertNoWarnings(warnings.stop(), content.toString('utf8'));
            }
          },
        ),
        Math.ceil(RUNS / 2),
      );
      for (const [k, v] of Object.entries(outcomes)) count(`  loadExperiment: ${k}`, v);
    },
    60_000 + RUNS * 20,
  );
});
