/**
 * report.html from the command line: `collabsim run` and `collabsim compare` write it
 * beside their CSV and metadata, self-contained (plotly.js inlined), and say so.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli } from './cli-helper.js';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});


function tmp(): string {
  const d = mkdtempSync(join(tmpdir(), 'collabsim-report-cli-'));
  dirs.push(d);
  return d;
}

describe('report.html from the command line', () => {
  it('collabsim run writes a self-contained report of the scenario', async () => {
    const out = tmp();
    const r = await cli(['run', 'mou', '--replicates', '3', '--months', '36', '--set', 'mouMonitoring=0.4', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(join(out, 'report.html'));
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('window.Plotly');
    expect(html).toContain('id="chart-composite"');
    expect(html).not.toContain('<section id="differences"');
    expect(html).toContain('<code>mouMonitoring</code>');
    expect(html).toContain('collabsim run mou --replicates 3 --months 36 --set mouMonitoring=0.4');
    // Outside the inlined scripts, nothing points anywhere.
    expect(html.replace(/<script>[\s\S]*?<\/script>/g, '')).not.toMatch(/\b(src|href)\s*=\s*["']?(https?:)?\/\//i);
  }, 120_000);

  it('collabsim compare writes the comparison into the report, and the same command the same bytes', async () => {
    const [a, b] = [tmp(), tmp()];
    const args = ['compare', 'status-quo', 'mou', '--replicates', '3', '--months', '36', '--years', '2013,2014'];
    const [ra, rb] = await Promise.all([cli([...args, '--out', a]), cli([...args, '--out', b])]);
    expect(ra.code, ra.stderr).toBe(0);
    expect(rb.code, rb.stderr).toBe(0);
    expect(ra.stdout).toMatch(/Files: .*report\.html/);
    const html = readFileSync(join(a, 'report.html'), 'utf8');
    expect(html).toContain('<section id="differences"');
    expect(html).toContain('<caption>2013</caption>');
    expect(html).toContain('Collaboration profile in 2013, 2014');
    expect(readFileSync(join(b, 'report.html'), 'utf8')).toBe(html);
  }, 120_000);
});
