import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { cliSync, tempDir } from './support/cli.js';

it('run writes what an experiment writes: series.csv (run-months), runs.csv (one row per run), experiment.json', () => {
  const out = tempDir();
  const r = cliSync(['run', 'mou', '--replicates', '3', '--months', '12', '--out', out]);
  expect(r.code, r.stderr).toBe(0);
  const runs = readFileSync(join(out, 'runs.csv'), 'utf8').trim().split('\n');
  expect(runs[0]).toBe('runId,pointId,scenario,replicate,seed,status,error');
  expect(runs).toHaveLength(4);
  const series = readFileSync(join(out, 'series.csv'), 'utf8').trim().split('\n');
  expect(series).toHaveLength(1 + 3 * 12);
  // The seeds of the run table are those of the series rows.
  const seeds = new Set(series.slice(1).map((l) => l.split(',')[4]));
  expect(new Set(runs.slice(1).map((l) => l.split(',')[4]))).toEqual(seeds);
  const meta = JSON.parse(readFileSync(join(out, 'experiment.json'), 'utf8'));
  expect(meta.tables.runs.files).toContain('runs.csv');
});

it('run mou --seed 7 and an experiment file with scenarios [mou], seed 7 write byte-identical series, runs and summaries (one pipeline)', () => {
  const dir = tempDir();
  const file = join(dir, 'e.yaml');
  writeFileSync(file, 'name: same\nseed: 7\nreplicates: 3\nmonths: 24\nscenarios: [mou]\n');
  expect(cliSync(['run', 'mou', '--seed', '7', '--replicates', '3', '--months', '24', '--out', join(dir, 'run')]).code).toBe(0);
  expect(cliSync(['experiment', file, '--out', join(dir, 'exp')]).code).toBe(0);
  for (const f of ['series.csv', 'runs.csv', 'summary.csv']) expect(readFileSync(join(dir, 'run', f)).equals(readFileSync(join(dir, 'exp', f))), f).toBe(true);
});
