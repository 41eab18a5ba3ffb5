/**
 * `compare` with several alternatives, a control and a calibrated posterior: the
 * tables, comparison.csv and costs.csv hold every pair, and with a posterior each
 * difference also carries its spread over the parameter sets.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { parseCsv } from '../src/design/csv.js';
import { cliSync, tempDir } from './support/cli.js';

function rows(path: string): Record<string, string>[] {
  const { header, rows } = parseCsv(readFileSync(path, 'utf8'), path);
  return rows.map((r) => Object.fromEntries(r.map((v, i) => [header[i], v])));
}

it('compare BASE A B --control C writes one comparison per alternative and per alternative against the control', () => {
  const out = join(tempDir(), 'c');
  const r = cliSync(['compare', 'status-quo', 'mou', 'mou-weak', '--control', 'status-quo-equal-spending', '-r', '3', '--months', '24', '--years', '2013', '--out', out]);
  expect(r.code, r.stderr).toBe(0);
  const pairs = [...new Set(rows(join(out, 'comparison.csv')).map((x) => `${x.baseline}>${x.scenario}>${x.control}`))];
  expect(pairs).toEqual(['status-quo>mou>false', 'status-quo>mou-weak>false', 'status-quo-equal-spending>mou>true', 'status-quo-equal-spending>mou-weak>true']);
  expect(rows(join(out, 'costs.csv'))).toHaveLength(4);
  const html = readFileSync(join(out, 'report.html'), 'utf8');
  for (const id of ['differences', 'differences-2', 'differences-control', 'differences-control-2']) expect(html).toContain(`<section id="${id}"`);
  expect(r.stdout).toContain('mou-weak - status-quo');
});

it('compare --posterior runs every posterior particle and gives each difference its spread over them', () => {
  const dir = tempDir();
  const post = join(dir, 'cal');
  const design = 'entryRate,baseDemand\n6,22\n9,25\n12,28\n';
  mkdirSync(post);
  writeFileSync(join(post, 'posterior-design.csv'), design);
  const out = join(dir, 'c');
  const r = cliSync(['compare', 'status-quo', 'mou', '--posterior', post, '-r', '2', '--months', '24', '--years', '2013', '--out', out]);
  expect(r.code, r.stderr).toBe(0);
  expect(r.stdout).toContain('over the posterior');
  const cmp = rows(join(out, 'comparison.csv'));
  for (const x of cmp) {
    expect(x.spread_points).toBe('3');
    expect(x.n).toBe('6');
    expect(Number(x.diff_spread_lo95)).toBeLessThanOrEqual(Number(x.diff_spread_hi95));
  }
  const missing = cliSync(['compare', 'status-quo', 'mou', '--posterior', join(dir, 'nowhere'), '--out', join(dir, 'd')]);
  expect(missing.code).toBe(2);
  expect(missing.stderr).toMatch(/--posterior/);
});
