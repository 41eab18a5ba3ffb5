/**
 * The package as a user gets it: `npm pack` (its prepack compiles src/ to dist/ and
 * prebuilds the explorer), installed into an empty folder from the npm cache only
 * (--offline), then used with plain node: the library, the bin, worker threads and
 * the explorer, with neither tsx nor vite installed.
 *
 * The pack runs in a copy of the sources (node_modules linked), so building never
 * touches this clone's dist/ or web/dist while other tests serve it.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alive, processesWith, ROOT, tempDir } from './support/cli.js';

const SOURCES = ['package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json', 'README.md', 'bin', 'scripts', 'src', 'web', 'data', 'experiments', 'docs'];

let app: string;
const env = { ...process.env, COLLABSIM_DEBUG: '', FORCE_COLOR: '0', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' };
const run = (cmd: string, args: string[], cwd: string) => execFileSync(cmd, args, { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 << 20 });

beforeAll(() => {
  const copy = tempDir('collabsim-pack-');
  for (const f of SOURCES) cpSync(join(ROOT, f), join(copy, f), { recursive: true, filter: (p) => !/[\\/]web[\\/](dist|\.dist-)/.test(p) });
  symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir');
  // The prepack build prints to stdout too; npm's JSON report is the last thing there.
  const stdout = run('npm', ['pack', '--json', '--pack-destination', copy], copy);
  const packed = JSON.parse(stdout.slice(stdout.lastIndexOf('\n[\n') + 1)) as { filename: string; integrity: string; files: { path: string }[] }[];
  const files = packed[0].files.map((f) => f.path);
  expect(files).toContain('dist/index.js');
  expect(files).toContain('dist/index.d.ts');
  expect(files).toContain('web/dist/index.html');
  expect(files.filter((f) => f.startsWith('src/') || (f.endsWith('.ts') && !f.endsWith('.d.ts')))).toEqual([]);

  // An app that depends on the tarball, locked to this repository's versions: `npm ci
  // --offline` then takes every package from the cache `npm ci` filled. (A plain
  // `npm install --offline x.tgz` would need registry metadata, which `npm ci` never
  // fetches, so it fails on a cache filled only by `npm ci`.)
  app = tempDir('collabsim-app-');
  const { filename, integrity } = packed[0];
  cpSync(join(copy, filename), join(app, filename));
  const own = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { dev?: boolean }> };
  const dependencies = { collabsim: `file:${filename}` };
  const packages: Record<string, unknown> = {
    '': { name: 'app', dependencies },
    'node_modules/collabsim': { version: own.version, resolved: dependencies.collabsim, integrity, dependencies: own.dependencies, bin: own.bin, engines: own.engines, license: own.license },
  };
  for (const [path, entry] of Object.entries(lock.packages)) if (path.startsWith('node_modules/') && !entry.dev) packages[path] = entry;
  writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module', dependencies }));
  writeFileSync(join(app, 'package-lock.json'), JSON.stringify({ name: 'app', lockfileVersion: 3, requires: true, packages }));
  run('npm', ['ci', '--offline'], app);
}, 240_000);

// The installed dependencies are many files: removed here with time to do it, before
// the shared helper removes the (then small) temporary folders.
afterAll(() => rmSync(join(app, 'node_modules'), { recursive: true, force: true }), 120_000);

describe('the packed and installed package', () => {
  it('has its runtime dependencies and neither tsx nor vite', () => {
    const installed = readdirSync(join(app, 'node_modules'));
    expect(installed).toEqual(expect.arrayContaining(['collabsim', 'commander', 'piscina', 'apache-arrow', 'plotly.js-dist']));
    expect(installed).not.toContain('tsx');
    expect(installed).not.toContain('vite');
    expect(existsSync(join(app, 'node_modules/collabsim/src'))).toBe(false);
  });

  it('runs the bin, worker threads included, and the library reads the same numbers back', () => {
    const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
    expect(run('npx', ['collabsim', '--version'], app).trim()).toBe(version);

    expect(run('npx', ['collabsim', 'run', 'status-quo', '--replicates', '2', '--months', '24', '--out', 'out/run'], app)).toMatch(/^2 runs of status-quo/);
    expect(existsSync(join(app, 'out/run/report.html'))).toBe(true);

    // 2 scenarios x 4 replicates with 2 workers: the pool runs the compiled worker.
    writeFileSync(join(app, 'small.yaml'), 'name: small\nseed: 3\nreplicates: 4\nmonths: 12\nscenarios: [status-quo, mou]\n');
    expect(run('npx', ['collabsim', 'experiment', 'small.yaml', '--workers', '2', '--out', 'out/exp'], app)).toMatch(/^8 runs \(0 failed\)/m);

    const script = `
      import { runScenario, defineScenario, readSeries, readSummary, runExperiment, InputError, OUTCOME_NAMES } from 'collabsim';
      const lib = runScenario('status-quo', { seed: 20150718, replicates: 2, set: { months: 24 } });
      const cli = readSeries('out/run');
      const same = lib.every((r) => cli.filter((x) => x.runId === r.runId).every((x) => x.workers === r.series.workers[x.month - 1] && x.producers === r.series.producers[x.month - 1]));
      const summary = readSummary('out/exp');
      const res = await runExperiment('small.yaml', { out: 'out/exp-lib', workers: 2 });
      let bad = '';
      try { defineScenario({ name: 'x', params: { mouMonitoring: 5 } }); } catch (e) { bad = e instanceof InputError ? e.field : String(e); }
      console.log(JSON.stringify({ runs: lib.length, months: lib[0].months, rows: cli.length, same, summary: summary.length / OUTCOME_NAMES.length, libRuns: res.runs, bad }));
    `;
    const out = JSON.parse(run(process.execPath, ['--input-type=module', '-e', script], app));
    expect(out).toEqual({ runs: 2, months: 24, rows: 48, same: true, summary: 2 * 12, libRuns: 8, bad: 'scenario x.params.mouMonitoring' });
    // The library writes the experiment's data files byte for byte as the command line does.
    for (const f of ['series.csv', 'summary.csv', 'runs.csv']) expect(readFileSync(join(app, 'out/exp-lib', f), 'utf8')).toBe(readFileSync(join(app, 'out/exp', f), 'utf8'));
  }, 120_000);

  it("checks experiment files with the build's standalone schema code, with the sources' messages", () => {
    // dist/experiments/validator.js is Ajv's standalone code (scripts/build-validator.mjs), not compiled at start.
    expect(readFileSync(join(app, 'node_modules/collabsim/dist/experiments/validator.js'), 'utf8')).toMatch(/^\/\/ Generated by scripts\/build-validator\.mjs/);
    const bad = {
      'replicates.yaml': 'name: bad\nscenarios: [mou]\nreplicates: 0\n',
      'key.yaml': 'name: bad\nscenarios: [mou]\nreplicate: 3\n',
      'type.yaml': 'name: bad\nscenarios: [mou]\nseed: seven\n',
      'nested.yaml': 'name: bad\nscenarios: [mou]\ndesign: {type: lhs, samples: 4, parameters: [{name: mouSanction, range: [0, "x"]}]}\n',
    };
    const failure = (cmd: string, args: string[], cwd: string) => {
      const r = spawnSync(cmd, args, { cwd, env, encoding: 'utf8' });
      return { code: r.status, stderr: r.stderr.replaceAll(cwd, '.') };
    };
    for (const [file, text] of Object.entries(bad)) {
      writeFileSync(join(app, file), text);
      const installed = failure('npx', ['collabsim', 'experiment', file, '--out', `out/${file}`], app);
      expect(installed.code).toBe(2);
      expect(installed.stderr.trim().split('\n')).toHaveLength(1);
      expect(installed).toEqual(failure(process.execPath, [join(ROOT, 'bin/collabsim.js'), 'experiment', file, '--out', `out/${file}`], app));
    }
  }, 120_000);

  it('serves the prebuilt explorer and stops', async () => {
    // The bin itself (not npx) so the pid is the server's.
    const child = spawn(process.execPath, [join(app, 'node_modules/.bin/collabsim'), 'explore', '--port', '0'], { cwd: app, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const url = await new Promise<string>((done, fail) => {
      let text = '';
      child.stdout.on('data', (d) => {
        text += d;
        const m = /http:\/\/\S+\//.exec(text);
        if (m) done(m[0]);
      });
      child.once('exit', (code) => fail(new Error(`explore exited with ${code}: ${stderr}`)));
    });
    try {
      const page = await fetch(url);
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toContain('collabsim explorer');
      const script = /<script[^>]+src="\.\/(assets\/[^"]+\.js)"/.exec(html);
      expect(script).not.toBeNull();
      const asset = await fetch(new URL(script![1], url));
      expect(asset.status).toBe(200);
      expect(asset.headers.get('content-type')).toContain('javascript');
      expect((await asset.text()).length).toBeGreaterThan(1000);
      expect(stderr).not.toMatch(/building/);
    } finally {
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGTERM');
      await exited;
    }
    expect(alive(child.pid!)).toBe(false);
    expect(processesWith(app)).toEqual([]);
  }, 60_000);
});
