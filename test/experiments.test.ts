import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import { experimentSchema } from '../src/experiments/schema.js';
import { makePlan, runIdentity } from '../src/experiments/plan.js';
import { checkExperiment, parseExperimentText } from '../src/experiments/spec.js';
import { OUTCOME_NAMES } from '../src/outcomes.js';
import { summariseGroup } from '../src/analysis/groupSummary.js';
import { cellsPerRun, runBatch } from '../src/runner/batch.js';
import { InputError } from '../src/params/index.js';

import { alive, cliSpawn, cliSync, processesWith, ROOT } from './support/cli.js';

function cli(args: string[], env: Record<string, string> = {}) {
  const r = cliSync(args, { env });
  return { code: r.code, out: r.stdout, err: r.stderr };
}

const noFiles = {
  readText(rel: string, field: string): string {
    throw new InputError(field, 'a readable file', rel);
  },
};

function check(text: string) {
  return checkExperiment(parseExperimentText(text, 'x.yaml'), 'x.yaml', noFiles);
}

function errorOf(text: string): string {
  try {
    check(text);
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return (e as Error).message;
  }
  throw new Error('expected an error');
}

function tmp(): string {
  return mkdtempSync(join(tmpdir(), 'collabsim-exp-'));
}

const OUTPUT_FILES = ['csv', 'arrow', 'parquet'].flatMap((f) => ['runs', 'series', 'summary'].map((t) => `${t}.${f}`)).concat('experiment.json', 'report.html');

function sameOutputs(a: string, b: string): void {
  for (const f of OUTPUT_FILES) {
    // report.html is left out of designs (see output-folder.test.ts); every table file must be there.
    if (f === 'report.html' && !existsSync(join(a, f))) continue;
    expect(readFileSync(join(b, f)).equals(readFileSync(join(a, f))), `${f} differs`).toBe(true);
  }
}

describe('experiment files: validation names the field and the expectation', () => {
  const cases: [string, string, RegExp][] = [
    ['wrong type', 'name: x\nscenarios: [status-quo]\nreplicates: many', /replicates: expected a value of type integer/],
    ['unknown key', 'name: x\nscenarios: [status-quo]\nreplicate: 3', /x\.yaml: replicate: expected no such key/],
    ['unknown nested key', 'name: x\nscenarios: [status-quo]\ndesign: {type: grid, parameters: [{name: mouMonitoring, rnage: [0, 1]}]}', /design\.parameters\[0\]\.rnage: expected no such key/],
    ['out of range', 'name: x\nscenarios: [status-quo]\nset: {trustBuild: 2}', /set\.trustBuild: expected a number <= 1/],
    ['range outside declaration', 'name: x\nscenarios: [status-quo]\ndesign: {type: lhs, parameters: [{name: trustBuild, range: [0, 3]}]}', /design\.parameters\[0\]\.range\[1\]: expected a number in \[0, 1\]/],
    ['reversed range', 'name: x\nscenarios: [status-quo]\ndesign: {type: lhs, parameters: [{name: trustBuild, range: [0.5, 0.1]}]}', /design\.parameters\[0\]\.range: expected low < high/],
    ['unknown parameter', 'name: x\nscenarios: [status-quo]\ndesign: {type: lhs, parameters: [{name: nosuch, range: [0, 1]}]}', /design\.parameters\[0\]\.name: expected one of/],
    ['empty design', 'name: x\nscenarios: [status-quo]\ndesign: {type: grid, parameters: []}', /design\.parameters: expected at least one parameter/],
    ['no scenarios', 'name: x\nscenarios: []', /scenarios: expected at least 1 item/],
    ['unknown scenario', 'name: x\nscenarios: [nosuch]', /scenarios\[0\]: expected a preset name/],
    ['missing name', 'scenarios: [status-quo]', /name: expected a value \(required\)/],
    ['non-finite', 'name: x\nscenarios: [status-quo]\nset: {trustBuild: .nan}', /set\.trustBuild/],
    ['bad yaml', 'name: x\nscenarios: [status-quo\n', /x\.yaml at line \d+, column \d+: expected valid YAML or JSON/],
    ['empty file', '   \n', /the file is empty/],
    ['not a mapping', '- a\n- b', /a mapping \(object\) at the top level/],
    ['month beyond horizon', 'name: x\nscenarios: [status-quo]\nmonths: 24\noutputs: {months: [30]}', /outputs\.months\[0\]: expected a month within the horizon/],
    ['enum parameter as range', 'name: x\nscenarios: [status-quo]\ndesign: {type: lhs, parameters: [{name: orderRule, range: [0, 1]}]}', /orderRule is one of equal, capacity, seniority, not numeric/],
    ['duplicate keys', 'name: x\nname: y\nscenarios: [status-quo]', /valid YAML or JSON/],
  ];
  for (const [label, text, re] of cases) it(label, () => expect(errorOf(text)).toMatch(re));

  it('deep nesting is rejected by the schema, not by a crash', () => {
    const deep = 'name: x\nscenarios: [status-quo]\nset: ' + '{a: '.repeat(200) + '1' + '}'.repeat(200);
    expect(errorOf(deep)).toMatch(/set\.a: expected no such key/);
  });

  it('the shipped JSON Schema is the one derived from the declarations', () => {
    const shipped = JSON.parse(readFileSync(join(ROOT, 'experiments/experiment.schema.json'), 'utf8'));
    expect(shipped).toEqual(JSON.parse(JSON.stringify(experimentSchema())));
  });

  it('every example experiment is valid', () => {
    for (const f of readdirSync(join(ROOT, 'experiments')).filter((n) => n.endsWith('.yaml') && !n.endsWith('.calibration.yaml'))) {
      const r = cli(['validate', join(ROOT, 'experiments', f)]);
      expect(r.code, r.err).toBe(0);
      expect(r.out).toMatch(/valid/);
    }
  });

  it('invalid UTF-8 and a CLI error exit with code 2 and one line', () => {
    const dir = tmp();
    const f = join(dir, 'bad.yaml');
    writeFileSync(f, Buffer.from([0x6e, 0x61, 0x6d, 0x65, 0x3a, 0x20, 0xff, 0xfe, 0x0a]));
    const r = cli(['validate', f]);
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(/UTF-8/);
    expect(r.err).not.toMatch(/\n\s+at /);
  });
});

describe('designs and seeds', () => {
  it('grid, LHS, Saltelli and Morris give the expected number of points within the ranges', () => {
    const base = 'name: x\nscenarios: [status-quo]\n';
    expect(makePlan(check(base + 'design: {type: grid, parameters: [{name: mouMonitoring, values: [0, 1]}, {name: trustBuild, range: [0.1, 0.3], levels: 3}]}')).points).toHaveLength(6);
    const lhs = makePlan(check(base + 'design: {type: lhs, samples: 50, parameters: [{name: trustBuild, range: [0.1, 0.3]}, {name: maxWorkers, range: [4, 10]}]}'));
    expect(lhs.points).toHaveLength(50);
    for (const p of lhs.points) {
      expect(p.values.trustBuild as number).toBeGreaterThanOrEqual(0.1);
      expect(p.values.trustBuild as number).toBeLessThanOrEqual(0.3);
      expect(Number.isInteger(p.values.maxWorkers)).toBe(true);
    }
    // Latin property: each tenth of the range holds exactly 5 of the 50 points.
    const strata = new Array(10).fill(0);
    for (const p of lhs.points) strata[Math.min(9, Math.floor(((p.values.trustBuild as number) - 0.1) / 0.02))]++;
    expect(strata).toEqual(new Array(10).fill(5));
    // Rows, as generated; rows that round to equal values share one point (see 'unique runs' in output-folder.test.ts).
    expect(makePlan(check(base + 'design: {type: saltelli, samples: 16, parameters: [{name: trustBuild, range: [0.1, 0.3]}, {name: commitBase, range: [0, 2]}]}')).rowPoint).toHaveLength(16 * 4);
    expect(makePlan(check(base + 'design: {type: morris, trajectories: 5, levels: 4, parameters: [{name: trustBuild, range: [0.1, 0.3]}, {name: commitBase, range: [0, 2]}]}')).rowPoint).toHaveLength(5 * 3);
  });

  it('growing a design or the replicates never changes existing runs\' identities and seeds', () => {
    const small = makePlan(check('name: x\nseed: 3\nreplicates: 2\nscenarios: [status-quo, mou]\ndesign: {type: grid, parameters: [{name: mouMonitoring, values: [0.2, 0.8]}]}'));
    const big = makePlan(check('name: x\nseed: 3\nreplicates: 4\nscenarios: [status-quo, mou-weak, mou]\ndesign: {type: grid, parameters: [{name: mouMonitoring, values: [0.2, 0.5, 0.8]}]}'));
    const bigSeeds = new Map<string, number>();
    for (let i = 0; i < big.runCount; i++) {
      const id = runIdentity(big, i);
      bigSeeds.set(id.runId, id.seed);
    }
    for (let i = 0; i < small.runCount; i++) {
      const id = runIdentity(small, i);
      expect(bigSeeds.get(id.runId)).toBe(id.seed);
    }
  });

  it('a CSV design is read and checked against the declarations', () => {
    const reader = { readText: () => 'mouMonitoring,orderRule\n0.1,equal\n0.9,capacity\n' };
    const e = checkExperiment(parseExperimentText('name: x\nscenarios: [mou]\ndesign: {type: csv, file: pts.csv}', 'x.yaml'), 'x.yaml', reader);
    expect(makePlan(e).points.map((p) => p.values)).toEqual([
      { mouMonitoring: 0.1, orderRule: 'equal' },
      { mouMonitoring: 0.9, orderRule: 'capacity' },
    ]);
    const bad = { readText: () => 'mouMonitoring\n1.5\n' };
    expect(() => checkExperiment(parseExperimentText('name: x\nscenarios: [mou]\ndesign: {type: csv, file: pts.csv}', 'x.yaml'), 'x.yaml', bad)).toThrow(
      /row 2 mouMonitoring: expected a number in \[0, 1\]/,
    );
  });
});

describe('batches of whole groups', () => {
  it('summarise their groups as the main thread does, and refuse runs that are not whole groups', () => {
    const plan = makePlan(check('name: x\nseed: 3\nreplicates: 3\nmonths: 12\noutputs: {series: false, months: [6, 12]}\nscenarios: [status-quo, mou]'));
    const cells = cellsPerRun(plan);
    const whole = runBatch(plan, [3, 4, 5, 0, 1, 2], false, true);
    const each = runBatch(plan, [3, 4, 5, 0, 1, 2]);
    // Series are not kept: only the summaries come back.
    expect(whole.series).toHaveLength(0);
    for (const k of [0, 1]) {
      const s = summariseGroup(each.series.subarray(k * 3 * cells, (k + 1) * 3 * cells), 3, cells, each.ok.subarray(k * 3, k * 3 + 3));
      const K = s.stats.length;
      expect(whole.summaries!.subarray(k * K, (k + 1) * K)).toEqual(s.stats);
      expect(whole.n![k]).toBe(s.n);
    }
    expect(() => runBatch(plan, [1, 2, 3], false, true)).toThrow(/whole groups/);
    expect(() => runBatch(plan, [0, 1], false, true)).toThrow(/whole groups/);
  });
});

describe('running experiments', { timeout: 240_000 }, () => {
  const dir = tmp();
  const file = join(dir, 'exp.yaml');
  writeFileSync(
    file,
    [
      'name: t',
      'seed: 5',
      'replicates: 3',
      'months: 24',
      'scenarios: [status-quo, mou]',
      'design: {type: grid, parameters: [{name: mouMonitoring, values: [0.2, 0.8]}, {name: trustErosion, values: [0.2, 0.4]}]}',
    ].join('\n'),
  );

  it('gives byte-identical outputs with 1 and 2 workers, and as 3 shards merged', () => {
    const one = join(dir, 'one');
    const two = join(dir, 'two');
    expect(cli(['experiment', file, '--out', one, '--workers', '1']).code).toBe(0);
    const r2 = cli(['experiment', file, '--out', two, '--workers', '2', '--batch', '2']);
    expect(r2.code, r2.err).toBe(0);
    sameOutputs(one, two);
    // Batches of whole groups (2 x 3 replicates): the workers summarise them.
    const whole = join(dir, 'whole');
    const r3 = cli(['experiment', file, '--out', whole, '--workers', '2', '--batch', '6']);
    expect(r3.code, r3.err).toBe(0);
    sameOutputs(one, whole);
    const shards = [0, 1, 2].map((i) => join(dir, `shard${i}`));
    shards.forEach((s, i) => expect(cli(['experiment', file, '--out', s, '--shard', `${i}/3`, '--workers', '1']).code).toBe(0));
    const merged = join(dir, 'merged');
    expect(cli(['merge', ...shards, '--out', merged]).code).toBe(0);
    sameOutputs(one, merged);
    // Slurm's array variables pick the same slice as --shard.
    const slurm = join(dir, 'slurm1');
    expect(cli(['experiment', file, '--out', slurm, '--workers', '1'], { SLURM_ARRAY_TASK_ID: '1', SLURM_ARRAY_TASK_COUNT: '3' }).code).toBe(0);
    expect(readFileSync(join(slurm, 'runs.csv'), 'utf8')).toBe(readFileSync(join(shards[1], 'runs.csv'), 'utf8'));
    // Shard folders get no report (merge writes the single-machine one).
    expect(existsSync(join(shards[0], 'report.html'))).toBe(false);

    // Tidy outputs: CSV and Arrow agree; every run and every month is there.
    const series = readFileSync(join(one, 'series.csv'), 'utf8').trim().split('\n');
    expect(series).toHaveLength(1 + 4 * 2 * 3 * 24);
    const arrow = tableFromIPC(readFileSync(join(one, 'series.arrow')));
    expect(arrow.numRows).toBe(series.length - 1);
    expect(arrow.getChild('producers')!.get(0)).toBe(Number(series[1].split(',')[7]));
    const summary = readFileSync(join(one, 'summary.csv'), 'utf8').trim().split('\n');
    expect(summary[0]).toBe('pointId,scenario,n,month,date,outcome,mean,sd,q05,q25,median,q75,q95');
    expect(summary.length - 1).toBe(4 * 2 * 24 * OUTCOME_NAMES.length);
  }, 240_000);

  it('refuses to overwrite a folder without --force, and merge refuses incomplete shards', () => {
    const one = join(dir, 'one');
    const r = cli(['experiment', file, '--out', one]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--out: expected a new or empty folder .*--resume.*--force/);
    const m = cli(['merge', join(dir, 'shard0'), join(dir, 'shard1'), '--out', join(dir, 'm2')]);
    expect(m.code).toBe(2);
    expect(m.err).toMatch(/missing/);
  });

  it('records a run that throws and completes the others (exit 1)', () => {
    const f = join(dir, 'failing.yaml');
    writeFileSync(f, 'name: f\nreplicates: 2\nmonths: 12\nscenarios: [status-quo]\ndesign: {type: grid, parameters: [{name: initialProducers, values: [10, 30]}]}\n');
    const out = join(dir, 'failing');
    const r = cli(['experiment', f, '--out', out, '--workers', '1']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/2 of 4 runs failed/);
    const rows = readFileSync(join(out, 'runs.csv'), 'utf8').trim().split('\n').slice(1);
    expect(rows.filter((l) => l.includes(',ok,'))).toHaveLength(2);
    expect(rows.filter((l) => l.includes(',failed,') && l.includes('initialProducers'))).toHaveLength(2);
  });

  /** Waits until the experiment's work folder (beside `out`) holds `n` checkpoint chunks. */
  async function chunksWritten(out: string, n: number): Promise<void> {
    const chunks = join(dirname(out), `.${basename(out)}.collabsim-work`, '.collabsim', 'chunks');
    const t0 = Date.now();
    while (Date.now() - t0 < 60000) {
      if (existsSync(chunks) && readdirSync(chunks).filter((f) => f.endsWith('.chunk')).length >= n) return;
      await new Promise((res) => setTimeout(res, 10));
    }
    throw new Error(`no ${n} checkpoint(s) within 60 s`);
  }

  const big = join(dir, 'big.yaml');
  writeFileSync(big, 'name: big\nseed: 2\nreplicates: 20\nmonths: 60\nscenarios: [status-quo, mou]\ndesign: {type: lhs, samples: 30, parameters: [{name: mouMonitoring, range: [0, 1]}]}\n');
  const full = join(dir, 'full');

  for (const [label, chunksBeforeKill] of [
    ['after the first checkpoint', 1],
    ['after the third checkpoint', 3],
  ] as const)
    it(`a killed experiment (kill -9 of the CLI process ${label}), resumed, equals an uninterrupted one`, async () => {
      if (!existsSync(full)) expect(cli(['experiment', big, '--out', full, '--workers', '2']).code).toBe(0);
      const killed = join(dir, `killed-${chunksBeforeKill}`);
      // The CLI itself (node --import tsx main.ts): its pid is the process that runs the experiment.
      const child = cliSpawn(['experiment', big, '--out', killed, '--workers', '2'], { stdio: ['ignore', 'ignore', 'pipe'] });
      const pid = child.pid!;
      const exited = new Promise((res) => child.once('exit', res));
      await chunksWritten(killed, chunksBeforeKill);
      expect(alive(pid)).toBe(true);
      child.kill('SIGKILL');
      await exited;
      // The process doing the work is gone, and nothing of the run lives on (no re-parented child).
      expect(alive(pid)).toBe(false);
      expect(processesWith(killed)).toEqual([]);
      expect(existsSync(join(killed, 'series.csv'))).toBe(false);
      const r = cli(['experiment', big, '--out', killed, '--workers', '2', '--resume']);
      expect(r.code, r.err).toBe(0);
      expect(r.out).toMatch(/from checkpoints/);
      sameOutputs(full, killed);
    });

  it('Ctrl-C stops cleanly with exit 130, leaves no final files, and is resumable', async () => {
    if (!existsSync(full)) expect(cli(['experiment', big, '--out', full, '--workers', '2']).code).toBe(0);
    const out = join(dir, 'interrupted');
    const child = cliSpawn(['experiment', big, '--out', out, '--workers', '2'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr!.on('data', (d) => (err += d));
    const exited = new Promise<number | null>((res) => child.once('exit', (c) => res(c)));
    await chunksWritten(out, 1);
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(alive(child.pid!)).toBe(false);
    expect(err).toMatch(/--resume/);
    expect(existsSync(join(out, 'series.csv'))).toBe(false);
    const r = cli(['experiment', big, '--out', out, '--workers', '1', '--resume']);
    expect(r.code, r.err).toBe(0);
    sameOutputs(full, out);
  });
});
