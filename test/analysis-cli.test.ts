import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliSync, tempDir } from './support/cli.js';

function cli(args: string[]) {
  const r = cliSync(args);
  return { code: r.code, out: r.stdout, err: r.stderr };
}

describe('analysis commands', () => {
  const dir = tempDir();

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
    // The report: μ*–σ plane and noise share per target, the design's scatter, every run counted.
    const html = readFileSync(join(dir, 'm', 'report.html'), 'utf8');
    for (const id of ['chart-morris-plane-1', 'chart-morris-plane-2', 'chart-design-producers', 'chart-design-producers-diff-1']) expect(html).toContain(`id="${id}"`);
    expect(html).toContain('<section id="design"');
    const noise = /noise share ([\d.]+) %/.exec(r.out)![1];
    expect(html).toContain(`Noise share ${noise} %`);
    const runs = readFileSync(join(dir, 'm', 'runs.csv'), 'utf8').trim().split('\n').length - 1;
    expect(runs).toBeGreaterThan(0);
    expect(html).toContain(`Seed of every run</span><span class="l-id" lang="id">Benih acak setiap run</span> (${runs})`);
  });

  it('sensitivity refuses an unknown metric or target before running anything', () => {
    const f = join(dir, 'r.yaml');
    writeFileSync(f, 'name: r\nseed: 2\nreplicates: 2\nmonths: 36\nscenarios: [status-quo, mou]\ndesign: {type: morris, trajectories: 4, levels: 4, parameters: [{name: entryRate, range: [0.01, 0.2]}]}\noutputs: {series: false, months: [36]}\n');
    const metric = cli(['sensitivity', f, '--out', join(dir, 'r'), '--metric', 'producrs@36']);
    expect(metric.code).toBe(2);
    expect(metric.err.trim().split('\n')).toHaveLength(1);
    expect(metric.err).toMatch(/--metric: expected an outcome .*got "producrs"/);
    const month = cli(['sensitivity', f, '--out', join(dir, 'r'), '--metric', 'producers@35']);
    expect(month.code).toBe(2);
    expect(month.err).toMatch(/--metric: expected months the experiment kept/);
    const target = cli(['sensitivity', f, '--out', join(dir, 'r'), '--metric', 'producers@36', '--target', 'mou-minus-status-qu']);
    expect(target.code).toBe(2);
    expect(target.err).toMatch(/--target: expected a scenario of the experiment .*got "status-qu"/);
    // Nothing ran: no output folder.
    expect(existsSync(join(dir, 'r'))).toBe(false);
  });

  it('calibrate refuses an unknown parameter or scenario before any simulation', () => {
    const f = join(dir, 'cbad.yaml');
    writeFileSync(f, 'name: cbad\nscenario: status-quo\nseed: 3\nparameters: [{name: nosuch, range: [0.8, 1.8]}]\nparticles: 30\n');
    const r = cli(['calibrate', f, '--out', join(dir, 'cbad')]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/parameters\[0\]\.nosuch: expected a known parameter/);
    writeFileSync(f, 'name: cbad\nscenario: nosuch\nseed: 3\nparameters: [{name: entryRate, range: [0.01, 0.2]}]\nparticles: 30\n');
    const s = cli(['calibrate', f, '--out', join(dir, 'cbad')]);
    expect(s.code).toBe(2);
    expect(s.err).toMatch(/scenario: expected a preset scenario name, got "nosuch"/);
    expect(r.err + s.err).not.toMatch(/simulations/);
    expect(existsSync(join(dir, 'cbad'))).toBe(false);
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

  it('calibrate writes the same bytes on 1 and 2 workers', () => {
    // Small and short (36 months, 2 populations), but each population needs several batches.
    const f = join(dir, 'cw.yaml');
    writeFileSync(f, 'name: cw\nscenario: status-quo\nseed: 5\nset: {months: 36}\nparameters: [{name: piecesPerWorkerDay, range: [0.8, 1.8]}, {name: entryRate, range: [1, 20]}]\nparticles: 16\npopulations: 2\nmaxSimulations: 400\n');
    const outs = ['1', '2'].map((w) => {
      const out = join(dir, `cw${w}`);
      const r = cli(['calibrate', f, '--out', out, '--workers', w]);
      expect(r.code, r.err).toBe(0);
      return out;
    });
    const files = readdirSync(outs[0]).filter((n) => !n.startsWith('.')).sort();
    expect(files).toEqual(['calibrated-scenario.json', 'calibration.json', 'posterior-design.csv', 'posterior.csv', 'predictive.csv', 'report.html']);
    expect(readdirSync(outs[1]).filter((n) => !n.startsWith('.')).sort()).toEqual(files);
    for (const n of files) expect(readFileSync(join(outs[1], n)).equals(readFileSync(join(outs[0], n))), n).toBe(true);
    const cal = JSON.parse(readFileSync(join(outs[0], 'calibration.json'), 'utf8'));
    expect(cal.populations).toHaveLength(2);
    // The second population took more than one batch of proposals: several rounds on the pool.
    expect(cal.populations[1].simulations).toBeGreaterThan(16);
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
    // The experiment's report draws the outcomes against both design parameters, and the scenario difference.
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html).toContain('<section id="design"');
    for (const id of ['chart-design-producers', 'chart-design-composite-diff-1', 'chart-prim-1']) expect(html).toContain(`id="${id}"`);
    // The chosen box's limits with quasi-p-values, and another box by its step.
    expect(res.pruned.kept.every((k: { quasiP: number }) => k.quasiP <= 0.05)).toBe(true);
    const boxCsv = readFileSync(join(out, 'prim-box.csv'), 'utf8').split('\n');
    expect(boxCsv[0]).toBe('step,parameter,min,max,dataMin,dataMax,quasiP,restriction');
    const step = Math.min(3, res.trajectory.length - 1);
    const other = cli(['discover', out, '--where', "v('commitmentsDenied',36,'mou') < v('commitmentsDenied',36,'status-quo')", '--box', String(step), '--max-p', '1']);
    expect(other.code, other.err).toBe(0);
    const chosen = JSON.parse(readFileSync(join(out, 'prim.json'), 'utf8'));
    expect(chosen.box.step).toBe(step);
    expect(chosen.pruned.dropped).toEqual([]);
    expect(readFileSync(join(out, 'prim-box.csv'), 'utf8').split('\n').slice(1, -1).every((l) => l.startsWith(`${step},`) && l.endsWith(',kept'))).toBe(true);
    const far = cli(['discover', out, '--where', "v('producers',36,'mou') > 1", '--box', '9999']);
    expect(far.code).toBe(2);
    expect(far.err).toMatch(/^collabsim: error: --box: expected a step of the peeling trajectory, 0 to \d+, got 9999\n$/);
    const outcome = cli(['discover', out, '--where', "v('producrs',36,'mou') > 1"]);
    expect(outcome.code).toBe(2);
    expect(outcome.err).toMatch(/--where: expected an outcome/);
  });
});
