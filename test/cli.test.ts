/**
 * End-to-end tests of the command line (src/cli/main.ts), run as a subprocess:
 * listings, run/compare outputs, determinism, seed stability, overrides, user
 * scenario files, and user errors (exit code 2, one line on stderr, no stack trace,
 * earlier outputs left intact).
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../src/design/csv.js';
import { cli, cliOk as ok, tempDir as tmp, type CliResult as Result } from './support/cli.js';

const TIMEOUT = 120_000;

/** A CSV file as header, rows by column name and raw lines (quoted fields such as the unit "[0,1]" parsed). */
function readCsv(path: string): { header: string[]; rows: Record<string, string>[]; lines: string[] } {
  const text = readFileSync(path, 'utf8');
  const lines = text.split('\n').filter((l) => l !== '');
  const { header, rows } = parseCsv(text, path);
  return { header, rows: rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]]))), lines };
}

function readJson(path: string): any {
  return JSON.parse(readFileSync(path, 'utf8'));
}

const PRESET_NAMES = [
  'status-quo',
  'mou',
  'mou-late',
  'mou-weak',
  'mou-imposed',
  'mou-partial',
  'mou-fund',
  'mou-lapse',
  'strong-association',
  'market-linkage',
  'dress-rule-dropped',
];

const RUN_HEADER_PREFIX = 'runId,pointId,scenario,replicate,seed,month,date,producers,workers,productionPerDay';

/** The run table (runs.csv) as typed rows. */
function runsOf(dir: string): { runId: string; scenario: string; replicate: number; seed: number }[] {
  return readCsv(join(dir, 'runs.csv')).rows.map((r) => ({ runId: r.runId, scenario: r.scenario, replicate: Number(r.replicate), seed: Number(r.seed) }));
}

// ------------------------------------------------------------------ listings

describe('scenarios', () => {
  it(
    'lists every required preset in text form',
    async () => {
      const r = await ok(['scenarios']);
      const names = r.stdout
        .split('\n')
        .filter((l) => l.trim() !== '')
        .map((l) => l.split(/\s+/)[0]);
      for (const n of PRESET_NAMES) expect(names, `preset ${n} missing from \`scenarios\``).toContain(n);
    },
    TIMEOUT,
  );

  it(
    '--json parses and lists every required preset',
    async () => {
      const r = await ok(['scenarios', '--json']);
      const list = JSON.parse(r.stdout);
      expect(Array.isArray(list)).toBe(true);
      const names = list.map((s: { name: string }) => s.name);
      for (const n of PRESET_NAMES) expect(names, `preset ${n} missing from \`scenarios --json\``).toContain(n);
    },
    TIMEOUT,
  );
});

describe('params --json', () => {
  it(
    'parses; every entry has name, description, unit, default, source; numeric ones have min <= default <= max',
    async () => {
      const r = await ok(['params', '--json']);
      const list = JSON.parse(r.stdout);
      expect(Array.isArray(list)).toBe(true);
      expect(list.length).toBeGreaterThan(0);
      for (const p of list) {
        const where = `param ${JSON.stringify(p.name)}`;
        expect(typeof p.name, where).toBe('string');
        expect(p.name.length, where).toBeGreaterThan(0);
        for (const k of ['description', 'unit', 'source']) {
          expect(typeof p[k], `${where}.${k}`).toBe('string');
          expect(p[k].length, `${where}.${k}`).toBeGreaterThan(0);
        }
        expect(p, where).toHaveProperty('default');
        expect(p.default, `${where}.default`).not.toBeNull();
        if (typeof p.default === 'number' || p.kind === 'real' || p.kind === 'int') {
          expect(typeof p.default, `${where}.default`).toBe('number');
          expect(typeof p.min, `${where}.min`).toBe('number');
          expect(typeof p.max, `${where}.max`).toBe('number');
          expect(p.min, `${where}: min <= default`).toBeLessThanOrEqual(p.default);
          expect(p.default, `${where}: default <= max`).toBeLessThanOrEqual(p.max);
        }
      }
      const names = list.map((p: { name: string }) => p.name);
      expect(new Set(names).size, 'parameter names are unique').toBe(names.length);
    },
    TIMEOUT,
  );
});

// ------------------------------------------------------------------ run

describe('run status-quo --replicates 2 --months 24', () => {
  const args = ['run', 'status-quo', '--replicates', '2', '--months', '24'];
  let dirA: string;
  let dirB: string;
  let dirSeed: string;
  let dir3: string;
  let first: Result;
  let paramNames: string[];

  beforeAll(async () => {
    const root = tmp();
    dirA = join(root, 'a');
    dirB = join(root, 'b');
    dirSeed = join(root, 'seed');
    dir3 = join(root, 'r3');
    const results = await Promise.all([
      cli([...args, '--out', dirA]),
      cli([...args, '--out', dirB]),
      cli([...args, '--seed', '12345', '--out', dirSeed]),
      cli(['run', 'status-quo', '--replicates', '3', '--months', '24', '--out', dir3]),
      cli(['params', '--json']),
    ]);
    first = results[0];
    for (const r of results) expect(r.code, r.stderr).toBe(0);
    paramNames = JSON.parse(results[4].stdout).map((p: { name: string }) => p.name);
  }, TIMEOUT);

  it('exits 0 and writes series.csv with the expected header and 2*24 data rows', () => {
    expect(first.code).toBe(0);
    const text = readFileSync(join(dirA, 'series.csv'), 'utf8');
    expect(text.startsWith(RUN_HEADER_PREFIX)).toBe(true);
    const { header, rows } = readCsv(join(dirA, 'series.csv'));
    expect(header.join(',').startsWith(RUN_HEADER_PREFIX)).toBe(true);
    expect(rows.length).toBe(2 * 24);
    for (const row of rows) expect(Object.keys(row).length).toBe(header.length);
    for (const rep of ['1', '2']) {
      const rr = rows.filter((x) => x.replicate === rep);
      expect(rr.length, `rows of replicate ${rep}`).toBe(24);
      expect(rr.map((x) => Number(x.month))).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
      expect(new Set(rr.map((x) => x.scenario))).toEqual(new Set(['status-quo']));
    }
  });

  it('writes runs.csv whose seeds match the seed column', () => {
    const runs = runsOf(dirA);
    const { rows } = readCsv(join(dirA, 'series.csv'));
    expect(runs.length).toBe(2);
    for (const run of runs) {
      const rr = rows.filter((x) => x.runId === run.runId);
      expect(rr.length, `rows of ${run.runId}`).toBe(24);
      expect(typeof run.seed).toBe('number');
      expect(Number.isSafeInteger(run.seed)).toBe(true);
      for (const x of rr) expect(x.seed, `seed column of ${run.runId}`).toBe(String(run.seed));
    }
    expect(new Set(runs.map((r) => r.seed)).size, 'replicates get distinct seeds').toBe(2);
  });

  it('writes experiment.json with a described column for every CSV column', () => {
    const meta = readJson(join(dirA, 'experiment.json'));
    const { header } = readCsv(join(dirA, 'series.csv'));
    const columns = meta.tables.series.columns;
    expect(columns.map((c: { name: string }) => c.name)).toEqual(header);
    for (const c of columns) {
      expect(typeof c.description, `column ${c.name}`).toBe('string');
      expect(c.description.length, `column ${c.name}`).toBeGreaterThan(0);
    }
  });

  it('writes experiment.json with the full parameter set of each scenario', () => {
    const meta = readJson(join(dirA, 'experiment.json'));
    expect(meta.experiment.scenarios.length).toBe(1);
    const s = meta.experiment.scenarios[0];
    expect(s.name).toBe('status-quo');
    expect(typeof s.params).toBe('object');
    expect(s.params).not.toBeNull();
    for (const n of paramNames) expect(s.params, `scenarios[0].params.${n}`).toHaveProperty(n);
    expect(s.params.months).toBe(24);
  });

  it('is deterministic: the same command into another folder gives byte-identical series.csv', () => {
    const a = readFileSync(join(dirA, 'series.csv'));
    const b = readFileSync(join(dirB, 'series.csv'));
    expect(a.equals(b)).toBe(true);
  });

  it('is deterministic: the same command into another folder gives byte-identical experiment.json, runs.csv and summary.csv', () => {
    for (const f of ['experiment.json', 'runs.csv', 'summary.csv']) expect(readFileSync(join(dirB, f), 'utf8'), f).toBe(readFileSync(join(dirA, f), 'utf8'));
  });

  it('a different --seed gives a different series.csv (and different run seeds)', () => {
    const a = readFileSync(join(dirA, 'series.csv'));
    const s = readFileSync(join(dirSeed, 'series.csv'));
    expect(a.equals(s)).toBe(false);
    const seedsA = runsOf(dirA).map((r) => r.seed);
    const seedsS = runsOf(dirSeed).map((r) => r.seed);
    expect(seedsS).not.toEqual(seedsA);
    expect(readJson(join(dirSeed, 'experiment.json')).experiment.seed).toBe(12345);
  });

  it('keeps seeds and rows of replicates 1-2 when the design grows to 3 replicates', () => {
    const two = readCsv(join(dirA, 'series.csv'));
    const three = readCsv(join(dir3, 'series.csv'));
    expect(three.header).toEqual(two.header);
    expect(three.rows.length).toBe(3 * 24);
    const repIdx = two.header.indexOf('replicate');
    const pick = (lines: string[]) => lines.slice(1).filter((l) => ['1', '2'].includes(l.split(',')[repIdx]));
    const twoLines = pick(two.lines);
    expect(twoLines.length).toBe(48);
    expect(pick(three.lines)).toEqual(twoLines);
    expect(runsOf(dir3).filter((r) => r.replicate <= 2)).toEqual(runsOf(dirA));
  });
});

// ------------------------------------------------------------------ --set and scenario files

describe('--set overrides', () => {
  it(
    '--set months=12 gives 12 rows per run',
    async () => {
      const out = join(tmp(), 'o');
      await ok(['run', 'status-quo', '--replicates', '2', '--set', 'months=12', '--out', out]);
      const { rows } = readCsv(join(out, 'series.csv'));
      expect(rows.length).toBe(2 * 12);
      for (const rep of ['1', '2']) expect(rows.filter((x) => x.replicate === rep).length).toBe(12);
      expect(readJson(join(out, 'experiment.json')).experiment.scenarios[0].params.months).toBe(12);
    },
    TIMEOUT,
  );

  it(
    '--set mouSignMonth=1 mouAdoption=imposed on status-quo puts the MoU in force (mouInForce 1), where status-quo alone has 0',
    async () => {
      const root = tmp();
      const withMou = join(root, 'mou');
      const without = join(root, 'sq');
      await Promise.all([
        // (Imposed: signed on the date; a negotiated MoU waits for trust and meetings.)
        ok(['run', 'status-quo', '--replicates', '2', '--months', '12', '--set', 'mouSignMonth=1', '--set', 'mouAdoption=imposed', '--out', withMou]),
        ok(['run', 'status-quo', '--replicates', '2', '--months', '12', '--out', without]),
      ]);
      const a = readCsv(join(withMou, 'series.csv')).rows;
      const b = readCsv(join(without, 'series.csv')).rows;
      expect(a.length).toBe(24);
      expect(b.length).toBe(24);
      expect(a.map((x) => x.mouInForce)).toEqual(Array(24).fill('1'));
      expect(b.map((x) => x.mouInForce)).toEqual(Array(24).fill('0'));
      expect(readJson(join(withMou, 'experiment.json')).experiment.scenarios[0].params.mouSignMonth).toBe(1);
    },
    TIMEOUT,
  );
});

describe('user scenario file', () => {
  it(
    'run file.json with base "mou" and a parameter override works',
    async () => {
      const root = tmp();
      const file = join(root, 'my-mou.json');
      // No negotiation needed, so the MoU is in force from month 1.
      writeFileSync(file, JSON.stringify({ name: 'my-mou', base: 'mou', params: { mouMonitoring: 0.2, mouNegotiationMeetings: 0, mouMinTrust: 0 } }));
      const out = join(root, 'o');
      await ok(['run', file, '--replicates', '2', '--months', '12', '--out', out]);
      const { rows } = readCsv(join(out, 'series.csv'));
      expect(rows.length).toBe(2 * 12);
      expect(new Set(rows.map((x) => x.scenario))).toEqual(new Set(['my-mou']));
      // The base's MoU (signed month 1) is inherited.
      expect(rows.map((x) => x.mouInForce)).toEqual(Array(24).fill('1'));
      const meta = readJson(join(out, 'experiment.json')).experiment;
      expect(meta.scenarios[0].name).toBe('my-mou');
      expect(meta.scenarios[0].params.mouMonitoring).toBe(0.2);
      expect(meta.scenarios[0].params.mouSignMonth).toBe(1);
      expect(runsOf(out).map((r) => r.scenario)).toEqual(['my-mou', 'my-mou']);
    },
    TIMEOUT,
  );
});

// ------------------------------------------------------------------ compare

describe('compare', () => {
  it(
    'compare status-quo mou prints the table and writes comparison.csv',
    async () => {
      const out = join(tmp(), 'cmp');
      const r = await ok(['compare', 'status-quo', 'mou', '--replicates', '5', '--years', '2012,2013', '--months', '24', '--out', out]);
      expect(r.stdout).toContain('mou - status-quo');
      expect(r.stdout).toContain('2012');
      expect(r.stdout).toContain('2013');
      const { header, rows } = readCsv(join(out, 'comparison.csv'));
      for (const h of ['metric', 'year', 'diff_lo95', 'diff_hi95']) expect(header).toContain(h);
      expect(rows.length).toBeGreaterThan(0);
      expect(new Set(rows.map((x) => x.year))).toEqual(new Set(['2012', '2013']));
      for (const x of rows) {
        expect(Number(x.diff_lo95), `${x.metric} ${x.year}`).toBeLessThanOrEqual(Number(x.diff_hi95));
        expect(x.n).toBe('5');
        expect(x.paired).toBe('true');
        expect([x.baseline, x.scenario]).toEqual(['status-quo', 'mou']);
        // The % columns are the difference over the baseline mean.
        if (Number(x.baseline_mean) !== 0) expect(Number(x.diff_pct)).toBeCloseTo((100 * Number(x.diff)) / Math.abs(Number(x.baseline_mean)), 6);
      }
      const runs = readCsv(join(out, 'series.csv')).rows;
      expect(runs.length).toBe(2 * 5 * 24);
      const meta = readJson(join(out, 'experiment.json'));
      expect(meta.experiment.scenarios.map((s: { name: string }) => s.name)).toEqual(['status-quo', 'mou']);
      // Costs: extra public money through each year, and per extra job (Fieller bounds, or empty when not estimable).
      const costs = readCsv(join(out, 'costs.csv'));
      expect(costs.rows.map((x) => x.year)).toEqual(['2012', '2013']);
      for (const x of costs.rows) {
        expect(Number(x.spending_lo95)).toBeLessThanOrEqual(Number(x.spending_diff));
        if (x.per_job_lo95 !== '') expect(Number(x.per_job_lo95)).toBeLessThanOrEqual(Number(x.per_job_hi95));
      }
      expect(r.stdout).toContain('Rp M');
    },
    TIMEOUT,
  );
});

// ------------------------------------------------------------------ user errors

describe('user errors: exit 2, one stderr line naming the field, no stack trace', () => {
  let root: string;
  let files: Record<string, string>;

  beforeAll(() => {
    root = tmp();
    const regular = join(root, 'regular-file');
    writeFileSync(regular, 'not a folder\n');
    const badSyntax = join(root, 'bad-syntax.json');
    writeFileSync(badSyntax, '{"name": "x", "params": {');
    const unknownKey = join(root, 'unknown-key.json');
    writeFileSync(unknownKey, JSON.stringify({ name: 'x', params: {}, colour: 'red' }));
    const unknownParam = join(root, 'unknown-param.json');
    writeFileSync(unknownParam, JSON.stringify({ name: 'x', base: 'mou', params: { nosuchParam: 1 } }));
    files = { regular, badSyntax, unknownKey, unknownParam };
  });

  const out = () => join(root, 'out');
  const small = ['--replicates', '1', '--months', '12'];

  const cases: { name: string; args: () => string[]; field: () => string }[] = [
    { name: 'unknown scenario', args: () => ['run', 'nosuch', ...small, '--out', out()], field: () => 'nosuch' },
    { name: 'unknown parameter', args: () => ['run', ...small, '--set', 'nosuch=1', '--out', out()], field: () => 'nosuch' },
    { name: 'out-of-range value', args: () => ['run', ...small, '--set', 'trustBuild=2', '--out', out()], field: () => 'trustBuild' },
    { name: 'non-numeric value', args: () => ['run', '--replicates', '1', '--set', 'months=abc', '--out', out()], field: () => 'months' },
    { name: 'bad enum value', args: () => ['run', ...small, '--set', 'orderRule=random', '--out', out()], field: () => 'orderRule' },
    { name: 'malformed --set', args: () => ['run', ...small, '--set', 'months', '--out', out()], field: () => '--set' },
    { name: '--replicates 0', args: () => ['run', '--replicates', '0', '--months', '12', '--out', out()], field: () => '--replicates' },
    { name: 'unwritable --out', args: () => ['run', ...small, '--out', join(files.regular, 'sub')], field: () => '--out' },
    { name: 'scenario file with bad JSON syntax', args: () => ['run', files.badSyntax, ...small, '--out', out()], field: () => basename(files.badSyntax) },
    { name: 'scenario file with unknown key', args: () => ['run', files.unknownKey, ...small, '--out', out()], field: () => 'colour' },
    { name: 'scenario file with unknown param', args: () => ['run', files.unknownParam, ...small, '--out', out()], field: () => 'nosuchParam' },
    {
      name: '--years outside the horizon',
      args: () => ['compare', 'status-quo', 'mou', '--replicates', '1', '--months', '24', '--years', '2030', '--out', out()],
      field: () => '--years',
    },
    { name: 'unknown option', args: () => ['run', ...small, '--bogus', '--out', out()], field: () => '--bogus' },
  ];

  for (const c of cases) {
    it.concurrent(
      c.name,
      async () => {
        const r = await cli(c.args());
        const where = `collabsim ${c.args().join(' ')}\nstderr:\n${r.stderr}`;
        expect(r.code, where).toBe(2);
        expect(r.stderr, where).not.toContain('    at ');
        const lines = r.stderr.replace(/\n$/, '').split('\n');
        expect(lines.length, where).toBe(1);
        expect(lines[0].trim().length, where).toBeGreaterThan(0);
        expect(lines[0], where).toContain(c.field());
      },
      TIMEOUT,
    );
  }

  it(
    'a failed run leaves a previous good series.csv and experiment.json in the same --out folder intact',
    async () => {
      const dir = join(tmp(), 'keep');
      await ok(['run', 'status-quo', '--replicates', '1', '--months', '12', '--out', dir]);
      const csvBefore = readFileSync(join(dir, 'series.csv'));
      const metaBefore = readFileSync(join(dir, 'experiment.json'));
      const filesBefore = readdirSync(dir).sort();
      expect(csvBefore.length).toBeGreaterThan(0);
      const failing: string[][] = [
        ['run', 'status-quo', '--replicates', '1', '--months', '12', '--set', 'trustBuild=2', '--out', dir],
        ['run', files.unknownParam, '--replicates', '1', '--months', '12', '--out', dir],
        ['run', 'status-quo', '--replicates', '1', '--months', '12', '--set', 'initialProducers=100000', '--out', dir],
        ['run', 'status-quo', '--replicates', '0', '--months', '12', '--out', dir],
        ['compare', 'status-quo', 'mou', '--replicates', '1', '--months', '24', '--years', '2030', '--out', dir],
      ];
      const results = await Promise.all(failing.map((args) => cli(args)));
      results.forEach((r, i) => expect(r.code, `collabsim ${failing[i].join(' ')} should fail\n${r.stderr}`).toBe(2));
      expect(readFileSync(join(dir, 'series.csv')).equals(csvBefore), 'series.csv changed by a failed run').toBe(true);
      expect(readFileSync(join(dir, 'experiment.json')).equals(metaBefore), 'experiment.json changed by a failed run').toBe(true);
      expect(readdirSync(dir).sort()).toEqual(filesBefore);
    },
    TIMEOUT,
  );
});
