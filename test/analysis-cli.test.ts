import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliSync } from './cli-helper.js';

function cli(args: string[]) {
  const r = cliSync(args);
  return { code: r.code, out: r.stdout, err: r.stderr };
}

describe('analysis commands', () => {
  const dir = mkdtempSync(join(tmpdir(), 'collabsim-an-'));

  it('sensitivity (Morris) ranks every design parameter and writes CSV/JSON', () => {
    const f = join(dir, 'm.yaml');
    writeFileSync(
      f,
      'name: m\nseed: 2\nreplicates: 2\nmonths: 36\nscenarios: [status-quo, mou]\ndesign: {type: morris, trajectories: 4, levels: 4, parameters: [{name: entryRate, range: [0.01, 0.2]}, {name: mouMonitoring, range: [0, 1]}, {name: linkageDecay, range: [0, 0.1]}]}\noutputs: {series: false, months: [36]}\n',
    );
    const r = cli(['sensitivity', f, '--out', join(dir, 'm'), '--metric', 'producers@36', '--target', 'status-quo,mou-minus-status-quo', '--workers', '1']);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/noise share/);
    const rows = readFileSync(join(dir, 'm', 'sensitivity.csv'), 'utf8').trim().split('\n');
    expect(rows[0]).toBe('metric,target,method,parameter,mu,muStar,muStar_conf95,sigma,noiseShare');
    expect(rows).toHaveLength(1 + 2 * 3);
    for (const p of ['entryRate', 'mouMonitoring', 'linkageDecay'])
      for (const t of ['status-quo', 'mou-minus-status-quo']) {
        const row = rows.find((l) => l.startsWith(`producers@36,${t},morris,${p},`))!.split(',');
        expect(Number(row[5])).toBeGreaterThanOrEqual(Math.abs(Number(row[4])) - 1e-12); // mu* >= |mu|
      }
    const entry = rows.find((l) => l.startsWith('producers@36,status-quo,morris,entryRate,'))!.split(',');
    expect(Number(entry[5])).toBeGreaterThan(0);
  });

  it('sensitivity needs a saltelli or morris design, and a kept month', () => {
    const f = join(dir, 'g.yaml');
    writeFileSync(f, 'name: g\nscenarios: [mou]\nreplicates: 1\nmonths: 12\n');
    const r = cli(['sensitivity', f, '--out', join(dir, 'g')]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/design\.type: expected saltelli/);
  });

  it('calibrate writes the posterior, predictive bands and a reusable scenario', () => {
    const f = join(dir, 'c.yaml');
    writeFileSync(f, 'name: c\nscenario: status-quo\nseed: 3\nparameters: [{name: piecesPerWorkerDay, range: [0.8, 1.8]}]\nparticles: 30\npopulations: 3\nmaxSimulations: 400\n');
    const out = join(dir, 'c');
    const r = cli(['calibrate', f, '--out', out]);
    expect(r.code, r.err).toBe(0);
    const cal = JSON.parse(readFileSync(join(out, 'calibration.json'), 'utf8'));
    expect(cal.posterior[0].name).toBe('piecesPerWorkerDay');
    expect(cal.posterior[0].lo).toBeGreaterThanOrEqual(0.8);
    expect(cal.posterior[0].hi).toBeLessThanOrEqual(1.8);
    expect(cal.predictive).toHaveLength(9);
    const run = cli(['run', join(out, 'calibrated-scenario.json'), '--replicates', '1', '--months', '12', '--out', join(dir, 'crun')]);
    expect(run.code, run.err).toBe(0);
    expect(existsSync(join(out, 'posterior-design.csv'))).toBe(true);
  });

  it('discover finds a box for a condition and rejects a malformed one', () => {
    const f = join(dir, 'l.yaml');
    writeFileSync(
      f,
      'name: l\nseed: 4\nreplicates: 2\nmonths: 36\nscenarios: [status-quo, mou]\ndesign: {type: lhs, samples: 60, parameters: [{name: mouMonitoring, range: [0, 1]}, {name: entryRate, range: [0.01, 0.2]}]}\noutputs: {series: false, months: [36]}\n',
    );
    const out = join(dir, 'l');
    expect(cli(['experiment', f, '--out', out, '--workers', '1']).code).toBe(0);
    const r = cli(['discover', out, '--where', "v('commitmentsDenied',36,'mou') < v('commitmentsDenied',36,'status-quo')"]);
    expect(r.code, r.err).toBe(0);
    const res = JSON.parse(readFileSync(join(out, 'prim.json'), 'utf8'));
    expect(res.points).toBe(60);
    expect(res.trajectory.length).toBeGreaterThan(0);
    const bad = cli(['discover', out, '--where', "v('producers',36,'nosuch') > 1"]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--where: expected a scenario of the experiment/);
  });
});
