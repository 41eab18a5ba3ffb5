/**
 * Issue 14, "nothing lost, nothing silently wrong": one regression test per defect
 * found at commit 5355b15. Output folders are units (--force, swapped in whole),
 * checkpoints are verified, design points unique, outputs free of paths and worker
 * counts, --where bounded, bad --out fails fast, messages are one line with exit 2.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePlan, runIdentity } from '../src/experiments/plan.js';
import { checkExperiment, parseExperimentText } from '../src/experiments/spec.js';
import { cleanLeftovers, writeFolder } from '../src/output/folder.js';
import { InputError } from '../src/params/index.js';
import { assemble } from '../src/runner/assemble.js';
import { ChunkReader, indexChunks } from '../src/runner/chunks.js';
import { executePlan } from '../src/runner/execute.js';
import { decodeState } from '../web/src/state.js';
import { compileWhere } from '../src/workflows/where.js';
import { cli, type CliResult } from './support/cli.js';

const TIMEOUT = 240_000;
const root = mkdtempSync(join(tmpdir(), 'collabsim-i14-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Exit 2 and exactly one stderr line "collabsim: error: ..." matching `re`, no NUL, no stack. */
function inputError(r: CliResult, re: RegExp): void {
  const show = `exit ${r.code}\nstderr: ${JSON.stringify(r.stderr)}`;
  expect(r.code, show).toBe(2);
  expect(r.stderr.replace(/\n$/, '').split('\n'), show).toHaveLength(1);
  expect(r.stderr, show).toMatch(/^collabsim: error: /);
  expect(r.stderr, show).not.toMatch(/\0|^\s+at /m);
  expect(r.stderr, show).toMatch(re);
}

/** Every file under a folder, with its bytes (hidden state included). */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string, rel: string) => {
    for (const n of readdirSync(d, { withFileTypes: true })) {
      if (n.isDirectory()) walk(join(d, n.name), join(rel, n.name));
      else out[join(rel, n.name)] = readFileSync(join(d, n.name)).toString('base64');
    }
  };
  walk(dir, '');
  return out;
}

function write(name: string, text: string | Buffer): string {
  const f = join(root, name);
  writeFileSync(f, text);
  return f;
}

// Without a design: two scenarios, so the experiment also writes comparison.csv and costs.csv.
const EXP = 'name: i14\nseed: 3\nreplicates: 2\nmonths: 12\nscenarios: [status-quo, mou]\n';
const expFile = write('i14.yaml', EXP);
const exp = join(root, 'exp');
const shards = [join(root, 's0'), join(root, 's1')];
const gridFile = write('grid.yaml', EXP.replace('name: i14', 'name: grid') + 'design: {type: grid, parameters: [{name: mouMonitoring, values: [0.2, 0.8]}]}\n');
const grid = join(root, 'grid');

function ok(r: CliResult): CliResult {
  expect(r.code, r.stderr).toBe(0);
  return r;
}

beforeAll(async () => {
  ok(await cli(['experiment', expFile, '--out', exp, '--workers', '1']));
  for (const [i, s] of shards.entries()) ok(await cli(['experiment', expFile, '--out', s, '--shard', `${i}/2`, '--workers', '1']));
  ok(await cli(['experiment', gridFile, '--out', grid, '--workers', '1']));
}, TIMEOUT);

describe('an output folder is a unit', () => {
  it('experiment --out "" is an input error and leaves the current folder alone', async () => {
    const cwd = mkdtempSync(join(root, 'cwd-'));
    writeFileSync(join(cwd, 'runs.csv'), 'mine\n');
    inputError(await cli(['experiment', expFile, '--out', ''], { cwd }), /--out: expected a folder path/);
    inputError(await cli(['run', 'mou', '--out', '  '], { cwd }), /--out: expected a folder path/);
    expect(readdirSync(cwd)).toEqual(['runs.csv']);
    expect(readFileSync(join(cwd, 'runs.csv'), 'utf8')).toBe('mine\n');
  }, TIMEOUT);

  it('run and compare refuse a finished experiment folder without --force, and replace it whole with it', async () => {
    const target = join(root, 'exp-copy');
    cpSync(exp, target, { recursive: true });
    const before = snapshot(target);
    inputError(await cli(['run', 'mou', '-r', '1', '--months', '12', '--out', target]), /--out: .*--force/);
    inputError(await cli(['compare', 'status-quo', 'mou', '-r', '1', '--months', '12', '--years', '2012', '--out', target]), /--out: .*--force/);
    expect(snapshot(target)).toEqual(before);
    ok(await cli(['run', 'mou', '-r', '1', '--months', '12', '--out', target, '--force']));
    // No file of the experiment is left beside the run's.
    // The experiment's two scenarios add comparison.csv and costs.csv; the run has one scenario.
    expect(readdirSync(target).sort()).toEqual(readdirSync(exp).filter((f) => f !== 'comparison.csv' && f !== 'costs.csv').sort());
    expect(readFileSync(join(target, 'experiment.json'), 'utf8')).toContain('"name": "run"');
    // The same command again needs no --force: the folder was made for the same inputs.
    ok(await cli(['run', 'mou', '-r', '1', '--months', '12', '--out', target]));
  }, TIMEOUT);

  it("merge --out refuses another experiment's or a shard's folder, and writes what one machine writes, report.html included", async () => {
    const s0 = snapshot(shards[0]);
    inputError(await cli(['merge', ...shards, '--out', shards[0]]), /--out: .*--force/);
    expect(snapshot(shards[0])).toEqual(s0);
    const merged = join(root, 'merged');
    ok(await cli(['merge', ...shards, '--out', merged]));
    for (const f of readdirSync(exp).filter((n) => n !== 'timings.csv' && !n.startsWith('.')))
      expect(readFileSync(join(merged, f)).equals(readFileSync(join(exp, f))), f).toBe(true);
    expect(existsSync(join(merged, 'report.html'))).toBe(true);
    // The same bytes with two workers in another folder; reports embed no folder, worker count or resume flag.
    const two = join(root, 'two-workers');
    ok(await cli(['experiment', expFile, '--out', two, '--workers', '2', '--batch', '1']));
    for (const f of ['report.html', 'runs.csv', 'series.csv', 'summary.csv', 'experiment.json'])
      expect(readFileSync(join(two, f)).equals(readFileSync(join(exp, f))), f).toBe(true);
    const report = readFileSync(join(exp, 'report.html'), 'utf8');
    for (const s of [root, '--workers', '--resume', '--out']) expect(report.includes(s), s).toBe(false);
    // The merged folder is a whole experiment folder: the analyses read it.
    expect(existsSync(join(merged, '.collabsim', 'state.json'))).toBe(true);
  }, TIMEOUT);

  it('a failure at any byte of a new result set leaves the earlier set complete and untouched', async () => {
    const out = join(root, 'unit');
    const claim = { command: 'run', plan: 'a' };
    await writeFolder(out, claim, false, (dir) => {
      writeFileSync(join(dir, 'series.csv'), 'first\n');
      writeFileSync(join(dir, 'runs.csv'), 'first\n');
    });
    const before = snapshot(out);
    const full = Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
    await expect(
      writeFolder(out, claim, false, (dir) => {
        writeFileSync(join(dir, 'series.csv'), 'second\n');
        throw full;
      }),
    ).rejects.toThrow(/--out: could not write .*ENOSPC.*untouched/);
    expect(snapshot(out)).toEqual(before);
    expect(readdirSync(root).filter((n) => n.startsWith('.unit.'))).toEqual([]);
  });

  it('a kill mid-swap or mid-write is repaired: the earlier set is put back, a stale half-built set removed', async () => {
    const out = join(root, 'swapped');
    await writeFolder(out, { command: 'run', plan: 'b' }, false, (dir) => writeFileSync(join(dir, 'runs.csv'), 'kept\n'));
    // A kill between the two renames: the old set aside, nothing in place (pid 2^22+1 is never alive).
    renameSync(out, join(root, '.swapped.collabsim-old-4194305'));
    mkdirSync(join(root, '.swapped.collabsim-tmp-4194305'));
    writeFileSync(join(root, '.swapped.collabsim-tmp-4194305', 'series.csv'), 'x'.repeat(1 << 20));
    cleanLeftovers(out);
    expect(readFileSync(join(out, 'runs.csv'), 'utf8')).toBe('kept\n');
    expect(readdirSync(root).filter((n) => n.startsWith('.swapped.'))).toEqual([]);
  });

  it('a bad --out fails in seconds with exit 2 naming --out (no recursive mkdir loop)', async () => {
    const file = write('a-file', 'x');
    for (const args of [
      ['run', 'mou', '-r', '1', '--months', '12', '--out', '/proc/1/x/y'],
      ['experiment', expFile, '--out', file],
      ['merge', ...shards, '--out', file],
      ['merge', ...shards, '--out', ''],
      ['merge', ...shards, '--out', '/proc/1/x/y'],
    ]) {
      const r = await cli(args, { timeout: 30_000 });
      inputError(r, /--out: /);
      expect(r.ms, args.join(' ')).toBeLessThan(20_000);
    }
  }, TIMEOUT);

  it('--resume into a folder that cannot be written is exit 2 naming --out', async () => {
    // A folder interrupted in place (as older versions left them) whose chunk folder is now a file.
    const out = join(root, 'unwritable');
    mkdirSync(join(out, '.collabsim'), { recursive: true });
    cpSync(join(exp, '.collabsim', 'state.json'), join(out, '.collabsim', 'state.json'));
    writeFileSync(join(out, '.collabsim', 'chunks'), 'not a folder');
    inputError(await cli(['experiment', expFile, '--out', out, '--resume']), /--out: /);
  }, TIMEOUT);
});

describe('verified checkpoints', () => {
  /** A copy of the finished experiment's checkpoints, as a folder interrupted before assembly. */
  function interrupted(name: string): string {
    const out = join(root, name);
    mkdirSync(out);
    cpSync(join(exp, '.collabsim'), join(out, '.collabsim'), { recursive: true });
    rmSync(join(out, '.collabsim', 'folder.json'));
    return out;
  }

  it('a truncated chunk is discarded on --resume, its groups run again, and leftover .tmp files are removed', async () => {
    const out = interrupted('truncated');
    const chunks = join(out, '.collabsim', 'chunks');
    const chunk = readdirSync(chunks).find((n) => n.endsWith('.chunk'))!;
    truncateSync(join(chunks, chunk), 4096);
    writeFileSync(join(chunks, `.${4194305}.1700000000000.0.tmp`), 'half a chunk');
    const r = ok(await cli(['experiment', expFile, '--out', out, '--resume', '--workers', '1']));
    expect(r.stdout).not.toMatch(/from checkpoints/);
    for (const f of ['runs.csv', 'series.csv', 'summary.csv', 'series.arrow', 'summary.parquet', 'report.html'])
      expect(readFileSync(join(out, f)).equals(readFileSync(join(exp, f))), f).toBe(true);
    expect(readFileSync(join(out, 'series.csv'), 'utf8')).not.toMatch(/Inf/);
    expect(readdirSync(join(out, '.collabsim', 'chunks')).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  }, TIMEOUT);

  it('merge names a damaged shard chunk in a one-line error (truncated, or a byte changed)', async () => {
    for (const damage of ['truncate', 'flip'] as const) {
      const bad = join(root, `s1-${damage}`);
      cpSync(shards[1], bad, { recursive: true });
      const chunks = join(bad, '.collabsim', 'chunks');
      const chunk = join(chunks, readdirSync(chunks).find((n) => n.endsWith('.chunk'))!);
      if (damage === 'truncate') truncateSync(chunk, 4096);
      else {
        const b = readFileSync(chunk);
        b[b.length - 100] ^= 1;
        writeFileSync(chunk, b);
      }
      const r = await cli(['merge', shards[0], bad, '--out', join(root, `m-${damage}`)]);
      inputError(r, damage === 'truncate' ? /truncated/ : /checksum/);
      expect(r.stderr).toContain(chunk);
      expect(existsSync(join(root, `m-${damage}`))).toBe(false);
    }
  }, TIMEOUT);

  it('a stop requested after the last task was sent still ends as interrupted (exit 130), never as a finished run', async () => {
    const e = checkExperiment(parseExperimentText('name: stop\nreplicates: 2\nmonths: 6\nscenarios: [status-quo]\n', 'x.yaml'), 'x.yaml', noFiles);
    const stop = { requested: false };
    const out = join(root, 'stopped');
    const res = await executePlan({
      plan: makePlan(e),
      out,
      workers: 1,
      version: 't',
      stop,
      onProgress: (done, total) => {
        if (done === total) stop.requested = true;
      },
    });
    expect(res.interrupted).toBe(true);
    expect(existsSync(join(out, 'runs.csv'))).toBe(false);
  });

  it('an assembly that fails on its third file (disk full) leaves no .partial files', async () => {
    const e = checkExperiment(parseExperimentText(EXP, 'x.yaml'), 'x.yaml', noFiles);
    const plan = makePlan(e);
    const out = join(root, 'partial');
    mkdirSync(out);
    // A folder where series.csv's temporary file should go: opening it fails.
    mkdirSync(join(out, `series.csv.${process.pid}.partial`));
    const reader = new ChunkReader(indexChunks(exp, plan.hash));
    await expect(assemble(plan, reader, [0, 1, 2, 3], out, 't')).rejects.toThrow();
    expect(readdirSync(out).filter((n) => n.endsWith('.partial') && n !== `series.csv.${process.pid}.partial`)).toEqual([]);
  });
});

const noFiles = {
  readText(rel: string, field: string): string {
    throw new InputError(field, 'a readable file', rel);
  },
};

describe('unique runs', () => {
  const base = 'name: u\nseed: 1\nreplicates: 2\nscenarios: [status-quo, mou]\n';
  const designs: [string, string, string?][] = [
    ['none', ''],
    ['grid with a repeated value', 'design: {type: grid, parameters: [{name: mouMonitoring, values: [0.5, 0.5, 0.7]}]}'],
    ['lhs over an integer parameter', 'design: {type: lhs, samples: 9, parameters: [{name: maxWorkers, range: [4, 6]}]}'],
    ['lhs over two integer parameters', 'design: {type: lhs, samples: 50, parameters: [{name: maxWorkers, range: [4, 6]}, {name: initialProducers, range: [10, 12]}]}'],
    ['saltelli over integer parameters', 'design: {type: saltelli, samples: 8, parameters: [{name: maxWorkers, range: [4, 5]}, {name: trustBuild, range: [0.1, 0.3]}]}'],
    ['morris over integer parameters', 'design: {type: morris, trajectories: 6, levels: 4, parameters: [{name: maxWorkers, range: [4, 5]}, {name: initialProducers, range: [10, 11]}]}'],
    ['csv with repeated rows', 'design: {type: csv, file: d.csv}', 'mouMonitoring,orderRule\n0.1,equal\n0.1,equal\n0.9,capacity\n'],
  ];
  for (const [label, design, csv] of designs)
    it(`${label}: run ids are unique, seeds unique per point and replicate; equal rows are one point`, () => {
      const e = checkExperiment(parseExperimentText(base + design, 'x.yaml'), 'x.yaml', { readText: () => csv ?? '' });
      const plan = makePlan(e);
      const ids = new Set<string>();
      const seeds = new Set<number>();
      for (let i = 0; i < plan.runCount; i++) {
        const id = runIdentity(plan, i);
        ids.add(id.runId);
        seeds.add(id.seed);
      }
      expect(ids.size).toBe(plan.runCount);
      // Common random numbers (the default): the scenarios at a point share their seeds.
      expect(seeds.size).toBe(plan.runCount / e.scenarios.length);
      const independent = makePlan({ ...e, randomNumbers: 'independent' });
      const own = new Set<number>();
      for (let i = 0; i < independent.runCount; i++) own.add(runIdentity(independent, i).seed);
      expect(own.size).toBe(independent.runCount);
      const keys = plan.points.map((p) => JSON.stringify(Object.entries(p.values).sort()));
      expect(new Set(keys).size).toBe(plan.points.length);
      expect(Math.max(...plan.rowPoint) + 1).toBe(plan.points.length);
    });

  it('an LHS of 9 samples over one integer parameter with 3 levels gives 3 points, 12 distinct runs', () => {
    const plan = makePlan(checkExperiment(parseExperimentText(base + designs[2][1], 'x.yaml'), 'x.yaml', noFiles));
    expect(plan.rowPoint).toHaveLength(9);
    expect(plan.points).toHaveLength(3);
    expect(plan.runCount).toBe(3 * 2 * 2);
  });
});

describe('bounded --where', () => {
  it('matrix constructors, assignments, indexing and unknown functions are refused before anything is evaluated', () => {
    for (const where of ['size(zeros(100000,100000))[1] > 0', 'ones(1e9)[1] > 0', 'range(1, 1e12) == 0', 'x = 1', '[1,2][1] > 0', 'import({}) > 0', 'f(x) = x', "'a'.length > 0", '('.repeat(3000)])
      expect(() => compileWhere(where), where).toThrow(/^--where: expected /);
    const w = compileWhere("v('producers',12,'mou') >= max(1, abs(-1)) * v('producers',12,'status-quo') or true");
    expect(w(() => 2)).toBe(true);
    expect(() => compileWhere('1 + 1')(() => 0)).toThrow(/true or false/);
  });

  it('discover with zeros(100000,100000) is a one-line input error within seconds, not an out-of-memory abort', async () => {
    const r = await cli(['discover', grid, '--where', 'size(zeros(100000,100000))[1] > 0'], { timeout: 60_000, node: ['--max-old-space-size=200'] });
    inputError(r, /--where: expected /);
    ok(await cli(['discover', grid, '--where', "v('producers',12,'mou') >= v('producers',12,'status-quo')"]));
  }, TIMEOUT);
});

describe('messages: one line, the field named, exit 2', () => {
  it('a scenario JSON file with a UTF-8 byte-order mark is accepted', async () => {
    const f = write('bom.json', '\uFEFF{"name": "bom", "base": "mou", "params": {"mouMonitoring": 0.3}}');
    ok(await cli(['run', f, '-r', '1', '--months', '12', '--out', join(root, 'bom')]));
    const e = write('bom-exp.yaml', 'name: b\nscenarios: [bom.json]\n');
    ok(await cli(['validate', e]));
  }, TIMEOUT);

  it('compare --months 6 names --months and asks for whole years', async () => {
    inputError(await cli(['compare', 'status-quo', 'mou', '--months', '6', '--out', join(root, 'c6')]), /--months: expected at least 12 months/);
  }, TIMEOUT);

  it('experiment names . and .. are refused (they would be folders above)', () => {
    for (const name of ['.', '..'])
      expect(() => checkExperiment(parseExperimentText(`name: "${name}"\nscenarios: [mou]\n`, 'x.yaml'), 'x.yaml', noFiles)).toThrow(/name: expected .*not \. or \.\./);
    expect(checkExperiment(parseExperimentText('name: a.b\nscenarios: [mou]\n', 'x.yaml'), 'x.yaml', noFiles).name).toBe('a.b');
  });

  it('a 100 KB scenario name is not echoed whole', async () => {
    const r = await cli(['run', 'x'.repeat(100_000)]);
    inputError(r, /scenario: expected /);
    expect(r.stderr.length).toBeLessThan(1200);
  }, TIMEOUT);

  it('an explorer link key with U+2028 gives a one-line problem naming it', () => {
    for (const search of ['?%E2%80%A8=', '?a%E2%80%A9b=1', '?mouMonitoring=%E2%80%A8']) {
      const { problems } = decodeState(search);
      expect(problems.length).toBeGreaterThan(0);
      for (const p of problems) expect(p).toMatch(/^\s*\S.*?: (expected |not a parameter of the model$)/);
    }
  });
});
