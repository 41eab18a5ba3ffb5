/**
 * The explorer end to end: `collabsim explore` (the real command, building web/dist
 * if needed) serving on 127.0.0.1, then Debian's chromium: no console errors, an
 * MoU control changes the plotted composite, the URL reproduces a view, the language
 * switch, a non-blank screenshot, downloads, labelled controls, and the browser's
 * runs equal the command line's (same core code, same seeds): its key numbers table
 * agrees to the digit with `collabsim compare`'s comparison.csv. Scenario files
 * saved by the explorer run on the command line and load back; every slider shows
 * its box's value.
 */
import type { ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { connect } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/design/csv.js';
import { bandOf } from '../../src/report/bands.js';
import { PRESETS } from '../../src/scenarios/index.js';
import { executeRuns, planRuns } from '../../src/runner/runs.js';
import { scenarioParams } from '../support/model.js';
import { cliOk, cliSpawn, cliSync, tempDir } from '../support/cli.js';
import { announceSkip, HAVE_CHROMIUM, IN_CI, launch, MISSING_MESSAGE, pixelStats, watch } from './browser.js';

let server: ChildProcess;
let url = '';
let serverErr = '';
let exited: Promise<number | null>;

beforeAll(async () => {
  server = cliSpawn(['explore', '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  exited = new Promise((done) => server.on('exit', (code) => done(code)));
  server.stderr!.on('data', (d) => (serverErr += d));
  url = await new Promise<string>((done, fail) => {
    let out = '';
    server.stdout!.on('data', (d) => {
      out += d;
      const m = /collabsim explorer: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (m) done(m[1]);
    });
    void exited.then((code) => fail(new Error(`collabsim explore exited with ${code}:\n${serverErr}`)));
  });
}, 180_000);

afterAll(async () => {
  if (server.exitCode === null) {
    server.kill('SIGINT');
    expect(await exited, `explore should stop cleanly on Ctrl+C\n${serverErr}`).toBe(0);
  }
});

describe('collabsim explore (command line)', () => {
  it('serves the built explorer on 127.0.0.1 and only its own files', async () => {
    const res = await fetch(url);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await res.text();
    expect(html).toContain('<div id="app">');
    const script = /src="\.\/(assets\/[^"]+\.js)"/.exec(html)![1];
    const js = await fetch(url + script);
    expect(js.status).toBe(200);
    expect(js.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect((await fetch(`${url}..%2f..%2fpackage.json`)).status).toBe(404);
    expect((await fetch(`${url}src/model.ts`)).status).toBe(404);
    expect((await fetch(url, { method: 'POST', body: 'x' })).status).toBe(405);
  });

  it('answers a malformed request with 400 and keeps serving', async () => {
    const port = Number(new URL(url).port);
    const reply = await new Promise<string>((done) => {
      const s = connect(port, '127.0.0.1', () => s.write('GARBAGE \u0000\r\n\r\n'));
      let got = '';
      s.on('data', (d) => (got += d));
      s.on('close', () => done(got));
      s.on('error', () => done(got));
    });
    expect(reply).toMatch(/^HTTP\/1\.1 400/);
    expect((await fetch(url)).status).toBe(200);
  });

  it('refuses a port in use with a one-line error and exit code 2', () => {
    const port = new URL(url).port;
    const r = cliSync(['explore', '--port', port], { timeout: 60_000 });
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n').at(-1)).toMatch(/^collabsim: error: --port: expected a free port/);
    const bad = cliSync(['explore', '--port', 'http']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--port: expected an integer in \[0, 65535\]/);
  }, 60_000);
});

announceSkip('explorer');

it.runIf(!HAVE_CHROMIUM && IN_CI)('chromium is installed (required under CI)', () => {
  throw new Error(MISSING_MESSAGE);
});

describe.skipIf(!HAVE_CHROMIUM)('the explorer in chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  async function open(address: string): Promise<{ page: Page; errors: string[]; requests: string[] }> {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 }, acceptDownloads: true });
    const w = watch(page);
    await page.goto(address);
    await waitDone(page, 0);
    return { page, ...w };
  }

  /** Waits until a job newer than `after` has finished and been drawn; returns its number. */
  async function waitDone(page: Page, after: number): Promise<number> {
    await page.waitForFunction((j) => document.body.dataset.state === 'done' && Number(document.body.dataset.drawnJob) > j, after, { timeout: 60_000 });
    return page.evaluate(() => Number(document.body.dataset.drawnJob));
  }

  /** The median line of a set in the composite chart, as plotted. */
  function median(page: Page, name: string | RegExp): Promise<number[]> {
    const src = typeof name === 'string' ? `^${name.replace(/[()]/g, '\\$&')}$` : name.source;
    return page.evaluate((pattern) => {
      const gd = document.getElementById('chart-composite') as unknown as { data: { name: string; showlegend?: boolean; y: number[] }[] };
      const tr = gd.data.find((d) => new RegExp(pattern).test(d.name) && d.showlegend !== false);
      if (!tr) throw new Error(`no trace ${pattern} in ${gd.data.map((d) => d.name).join(', ')}`);
      return Array.from(tr.y);
    }, src);
  }

  it('loads the default view with every chart and no console errors, and reports its load time', async () => {
    const { page, errors, requests } = await open(url);
    const loadMs = await page.evaluate(() => Number(document.body.dataset.firstDoneAt));
    console.log(`[collabsim] explorer load time (navigation to all ${30 * 2} runs drawn, default view): ${loadMs} ms`);
    expect(loadMs).toBeLessThan(30_000);
    expect(page.url()).toBe(`${url}?scenario=mou`);
    const charts = await page.evaluate(() => Array.from(document.querySelectorAll('.chart')).map((c) => [c.id, c.querySelectorAll('svg.main-svg').length > 0]));
    expect(charts).toHaveLength(9);
    for (const [id, drawn] of charts) expect(drawn, `${id} drawn`).toBe(true);
    expect(await page.textContent('#status')).toMatch(/^Done: 60 runs in/);
    // The MoU, the same without it, and their paired difference.
    expect(await page.locator('#keynums-body tbody tr').count()).toBe(3);
    expect(await page.textContent('#cli')).toBe('npx collabsim run mou --replicates 30 --seed 20150718');
    // The parameter controls come from the declarations, grouped, with help text.
    expect(await page.locator('[data-param]').count()).toBeGreaterThan(90);
    expect(await page.textContent('#help-mouMonitoring')).toMatch(/Probability that a denied promise by a signatory is detected.*Source: Axelrod 1984/);
    for (const r of requests) expect(r.startsWith(url) || r.startsWith('data:') || r.startsWith('blob:'), r).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('plots the same runs as the command line (same core, same seeds)', async () => {
    const { page } = await open(url);
    const shown = await median(page, 'mou');
    const runs = executeRuns(planRuns([{ name: 'mou', params: scenarioParams('mou') }], 30, 20150718));
    const expected = bandOf(runs.map((r) => r.result.series.column('composite')), 120).q50;
    expect(shown).toHaveLength(120);
    for (let m = 0; m < 120; m++) expect(shown[m]).toBeCloseTo(expected[m], 9);
    await page.close();
  });

  it('moving an MoU control re-runs the model and changes the plotted composite', async () => {
    const { page, errors } = await open(url);
    const job = await page.evaluate(() => Number(document.body.dataset.drawnJob));
    const before = await median(page, 'mou');
    const baseBefore = await median(page, 'same without MoU');
    // Keyboard only: focus the monitoring slider and move it to its minimum.
    await page.focus('#p-mouMonitoring-range');
    await page.keyboard.press('Home');
    await waitDone(page, job);
    expect(await page.inputValue('#p-mouMonitoring')).toBe('0');
    const after = await median(page, 'mou (modified)');
    expect(after.some((v, m) => Math.abs(v - before[m]) > 1e-6)).toBe(true);
    // Without monitoring fewer denials are detected: governance and the index fall.
    expect(after.reduce((a, b) => a + b) < before.reduce((a, b) => a + b)).toBe(true);
    // The MoU-free comparison does not depend on the MoU's terms.
    expect(await median(page, 'same without MoU')).toEqual(baseBefore);
    expect(page.url()).toContain('mouMonitoring=0');
    expect(await page.textContent('#cli')).toBe('npx collabsim run mou --replicates 30 --seed 20150718 --set mouMonitoring=0');
    expect(await page.locator('[data-param="mouMonitoring"].changed').count()).toBe(1);
    // Switching the MoU off leaves no MoU-free comparison to draw.
    const job2 = await page.evaluate(() => Number(document.body.dataset.drawnJob));
    await page.uncheck('#p-mouSignMonth-on');
    await waitDone(page, job2);
    const names = await page.evaluate(() => (document.getElementById('chart-composite') as unknown as { data: { name: string }[] }).data.map((d) => d.name));
    expect(names.some((n) => n.startsWith('same without'))).toBe(false);
    expect(page.url()).toContain('mouSignMonth=-1');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the URL reproduces the view: settings, language, year and plotted data', async () => {
    const { page } = await open(`${url}?scenario=mou-weak&replicates=12&seed=7`);
    let job = await page.evaluate(() => Number(document.body.dataset.drawnJob));
    await page.fill('#p-mouMeetingInterval', '6');
    job = await waitDone(page, job);
    // The association's parameters are in a closed group: open it as a reader would.
    await page.click('details[data-group="association"] > summary');
    await page.selectOption('#p-orderRule', 'capacity');
    job = await waitDone(page, job);
    await page.selectOption('#year', '2016');
    await page.click('button[data-lang="id"]');
    await page.waitForFunction(() => document.documentElement.lang === 'id');
    await page.waitForFunction(() => document.getElementById('keynums-h')!.textContent === 'Angka utama pada 2016');
    const link = page.url();
    expect(link).toBe(`${url}?scenario=mou-weak&replicates=12&seed=7&year=2016&lang=id&orderRule=capacity&mouMeetingInterval=6`);
    const plotted = await median(page, /^mou-weak/);

    const again = await open(link);
    expect(again.page.url()).toBe(link);
    expect(await again.page.inputValue('#preset')).toBe('mou-weak');
    expect(await again.page.inputValue('#replicates')).toBe('12');
    expect(await again.page.inputValue('#seed')).toBe('7');
    expect(await again.page.inputValue('#p-mouMeetingInterval')).toBe('6');
    expect(await again.page.inputValue('#p-orderRule')).toBe('capacity');
    expect(await again.page.inputValue('#year')).toBe('2016');
    expect(await again.page.evaluate(() => document.documentElement.lang)).toBe('id');
    expect(await median(again.page, /^mou-weak/)).toEqual(plotted);
    expect(again.errors).toEqual([]);
    await page.close();
    await again.page.close();
    // Three jobs and a second page: slow on a busy machine.
  }, 120_000);

  it('a damaged link still opens, naming what it ignored', async () => {
    const { page, errors } = await open(`${url}?scenario=mou&trustBuild=7&nonsense=1&replicates=4`);
    expect(await page.textContent('#problems')).toMatch(/Ignored from the link: trustBuild: expected a number in \[0, 1\].*nonsense: not a parameter/);
    expect(await page.inputValue('#replicates')).toBe('4');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('refuses inconsistent settings with a reason in the reader\'s language, and runs again once they are fixed', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const { errors } = watch(page);
    await page.goto(`${url}?scenario=mou&layoffUtilisation=0.9`);
    await page.waitForFunction(() => document.body.dataset.state === 'invalid');
    expect(await page.textContent('#status')).toBe('Not run: Layoff threshold must be below Hiring threshold (0.9).');
    expect(await page.locator('[data-param="layoffUtilisation"].invalid').count()).toBe(1);
    await page.click('button[data-lang="id"]');
    await page.waitForFunction(() => document.getElementById('status')!.textContent!.startsWith('Tidak dijalankan'));
    expect(await page.textContent('#status')).toBe('Tidak dijalankan: Ambang pemberhentian harus di bawah Ambang perekrutan (0,9).');
    await page.click('details[data-group="producers"] > summary');
    await page.fill('#p-layoffUtilisation', '0.5');
    await waitDone(page, 0);
    expect(await page.locator('.param.invalid').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('switches every label, help text and chart title to Bahasa Indonesia and back', async () => {
    const { page, errors } = await open(url);
    const english = {
      h1: await page.textContent('h1'),
      label: await page.textContent('label[for="p-mouMonitoring"] .name'),
      help: await page.textContent('#help-mouMonitoring span'),
      group: await page.textContent('details[data-group="demand"] summary'),
    };
    expect(english).toEqual({ h1: 'collabsim explorer', label: 'Monitoring', help: 'Probability that a denied promise by a signatory is detected (m).', group: 'Demand ' });
    await page.click('button[data-lang="id"]');
    await page.waitForFunction(() => (document.getElementById('chart-composite') as unknown as { layout: { title: { text: string } } }).layout.title.text === 'Indeks kolaborasi dari waktu ke waktu');
    expect(await page.textContent('h1')).toBe('Penjelajah collabsim');
    expect(await page.textContent('label[for="p-mouMonitoring"] .name')).toBe('Pemantauan');
    expect(await page.textContent('#help-mouMonitoring span')).toBe('Peluang pengingkaran janji oleh penanda tangan terdeteksi (m).');
    expect(await page.textContent('details[data-group="demand"] summary')).toBe('Permintaan ');
    expect(await page.textContent('label[for="p-mouSignMonth-on"]')).toBe('MoU ditandatangani');
    expect(await page.getAttribute('button[data-lang="id"]', 'aria-pressed')).toBe('true');
    expect(page.url()).toContain('lang=id');
    // No English label left among the parameters.
    const untranslated = await page.evaluate(() => Array.from(document.querySelectorAll('[data-param] label .name')).filter((e) => !e.closest('[lang="en"]') && /^(Monitoring|Sanction|Demand growth|Wage)$/.test(e.textContent ?? '')).length);
    expect(untranslated).toBe(0);
    await page.click('button[data-lang="en"]');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    expect(await page.textContent('label[for="p-mouMonitoring"] .name')).toBe('Monitoring');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows a screenshot that is not blank', async () => {
    const { page } = await open(url);
    const png = await page.screenshot();
    const blank = await browser.newPage();
    const stats = await pixelStats(blank, png);
    expect(stats.width).toBe(1400);
    expect(stats.variance).toBeGreaterThan(200);
    expect(stats.colours).toBeGreaterThan(100);
    await blank.close();
    await page.close();
  });

  it('downloads the shown data as CSV and JSON and a chart as PNG', async () => {
    const { page } = await open(`${url}?scenario=mou&replicates=5`);
    const read = async (selector: string) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
      const stream = await download.createReadStream();
      const chunks: Buffer[] = [];
      for await (const c of stream) chunks.push(c as Buffer);
      return { name: download.suggestedFilename(), data: Buffer.concat(chunks) };
    };
    const csv = await read('#download-csv');
    expect(csv.name).toBe('collabsim-mou.csv');
    const lines = csv.data.toString('utf8').trim().split('\n');
    expect(lines[0]).toBe('set,label,metric,unit,month,date,runs,median,q25,q75,q05,q95');
    expect(lines).toHaveLength(1 + 2 * 15 * 120);
    expect(lines[1]).toMatch(/^base,same without MoU,producers,workshops,1,2012-01,5,/);
    const json = JSON.parse((await read('#download-json')).data.toString('utf8'));
    expect(json.settings).toMatchObject({ scenario: 'mou', replicates: 5, experimentSeed: 20150718 });
    expect(json.sets.map((s: { set: string }) => s.set)).toEqual(['base', 'main']);
    expect(json.command).toBe('npx collabsim run mou --replicates 5 --seed 20150718');
    const png = await read('button.png[data-chart="composite"]');
    expect(png.name).toBe('collabsim-mou-composite.png');
    expect(png.data.subarray(1, 4).toString()).toBe('PNG');
    expect(png.data.length).toBeGreaterThan(10_000);
    await page.close();
  });

  it('labels every control and can be used from the keyboard', async () => {
    const { page } = await open(url);
    const unlabelled = await page.evaluate(() =>
      Array.from(document.querySelectorAll('input, select, button'))
        .filter((e) => {
          const id = e.id;
          const hasFor = id && document.querySelector(`label[for="${id}"]`);
          return !(hasFor || e.getAttribute('aria-labelledby') || e.getAttribute('aria-label') || (e.tagName === 'BUTTON' && e.textContent!.trim()));
        })
        .map((e) => e.id || e.outerHTML.slice(0, 60)),
    );
    expect(unlabelled).toEqual([]);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip');
    // The preset from the keyboard: focus, choose, and the view follows.
    const job = await page.evaluate(() => Number(document.body.dataset.drawnJob));
    await page.focus('#preset');
    await page.selectOption('#preset', 'status-quo');
    await waitDone(page, job);
    expect(page.url()).toContain('scenario=status-quo');
    expect(await page.isChecked('#p-mouSignMonth-on')).toBe(false);
    await page.close();
  });
  it('its key numbers table agrees to the digit with `collabsim compare` on the same runs', async () => {
    const { page, errors } = await open(`${url}?scenario=mou&replicates=5&vs=status-quo&months=36`);
    // The page names the command that makes the same runs; run exactly that.
    const command = (await page.textContent('#cli'))!;
    expect(command).toBe('npx collabsim compare status-quo mou --replicates 5 --seed 20150718 --set months=36 --years 2014');
    const out = tempDir();
    const cliRun = await cliOk([...command.split(' ').slice(2), '--out', out]);
    const table = parseCsv(readFileSync(join(out, 'comparison.csv'), 'utf8'), 'comparison.csv');
    const csv = new Map(table.rows.map((r) => [r[table.header.indexOf('metric')], Object.fromEntries(table.header.map((k, i) => [k, Number(r[i])]))]));
    // The printed table: "Label   mean [lo, hi]   mean [lo, hi]   diff [lo, hi] (pct)".
    const printed = (label: string) => cliRun.stdout.split('\n').find((l) => l.startsWith(label + '  '))!.split(/\s{2,}/).map((c) => c.replace(/ \([^)]*%[^)]*\)$/, ''));
    const labels: Record<string, string> = { composite: 'Collaboration index', producers: 'Producers (workshops)', workers: 'Workers', productionPerDay: 'Production (pieces/day)' };
    const cell = async (row: string, m: string) => {
      const td = page.locator(`#keynums-body tr[${row}] td[data-metric="${m}"]`);
      return { text: (await td.textContent())!.replaceAll('\u2212', '-'), values: (await td.getAttribute('data-values'))!.split(' ').map(Number) };
    };
    expect(await page.textContent('#keynums-h')).toBe('Key numbers in 2014');
    for (const [m, label] of Object.entries(labels)) {
      const r = csv.get(m)!;
      expect(r.year).toBe(2014);
      const [, a, b, diff] = printed(label);
      const shown = [await cell('data-set="base"', m), await cell('data-set="main"', m), await cell('data-diff="main"', m)];
      // To the digit as `compare` prints it (the same rounding of the same numbers) ...
      expect(shown.map((c) => c.text), m).toEqual([a, b, diff]);
      // ... and the same numbers as comparison.csv (which keeps 10 significant digits).
      const expected = [
        [r.baseline_mean, r.baseline_lo95, r.baseline_hi95],
        [r.mean, r.lo95, r.hi95],
        [r.diff, r.diff_lo95, r.diff_hi95],
      ];
      shown.forEach((c, i) => c.values.forEach((v, k) => expect(Math.abs(v - expected[i][k]), `${m} ${i} ${k}`).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(v)))));
    }
    expect(await page.textContent('#convention')).toMatch(/^Each scenario: the mean over runs \[the range that holds 95 % of runs\]; each difference: the mean of the run-by-run differences .*not uncertainty about the parameters\.$/);
    // Further alternatives: one difference row each against the same baseline.
    const job = await page.evaluate(() => Number(document.body.dataset.drawnJob));
    await page.selectOption('#also-1', 'mou-weak');
    await waitDone(page, job);
    expect(await page.locator('#keynums-body tr[data-diff]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-diff')))).toEqual(['main', 'alt1']);
    expect(await page.textContent('#keynums-body tr[data-diff="alt1"] th')).toBe('mou-weak (modified) − status-quo (modified)');
    expect(page.url()).toContain('also=mou-weak');
    expect((await page.textContent('#cli'))!.split('\n')).toEqual([command, command.replace(' mou ', ' mou-weak ')]);
    expect(errors).toEqual([]);
    await page.close();
  }, 180_000);

  it('saves the scenario as a file `collabsim run` accepts, and loads it back into the controls', async () => {
    const { page, errors } = await open(`${url}?scenario=mou&replicates=2&months=24&orderRule=capacity&mouMonitoring=0.35`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#save-scenario')]);
    expect(download.suggestedFilename()).toBe('mou-modified.json');
    const dir = tempDir();
    const file = join(dir, 'saved.json');
    await download.saveAs(file);
    const saved = JSON.parse(readFileSync(file, 'utf8'));
    expect(saved).toEqual({ name: 'mou-modified', description: 'mou with 3 changes, saved from the collabsim explorer', base: 'mou', params: { months: 24, orderRule: 'capacity', mouMonitoring: 0.35 } });
    await cliOk(['run', file, '--replicates', '1', '--out', join(dir, 'out')]);
    const meta = JSON.parse(readFileSync(join(dir, 'out', 'experiment.json'), 'utf8'));
    expect(JSON.stringify(meta)).toContain('"mouMonitoring":0.35');
    await page.close();

    const again = await open(`${url}?scenario=status-quo&replicates=2`);
    const job = await again.page.evaluate(() => Number(document.body.dataset.drawnJob));
    await again.page.setInputFiles('#load-scenario', file);
    await waitDone(again.page, job);
    expect(await again.page.textContent('#file-status')).toBe('Loaded “mou-modified” from saved.json.');
    expect(await again.page.inputValue('#preset')).toBe('mou');
    expect(await again.page.inputValue('#p-mouMonitoring')).toBe('0.35');
    expect(await again.page.inputValue('#p-mouMonitoring-range')).toBe('0.35');
    expect(await again.page.inputValue('#p-orderRule')).toBe('capacity');
    expect(await again.page.inputValue('#p-months')).toBe('24');
    expect(again.page.url()).toBe(`${url}?scenario=mou&replicates=2&months=24&orderRule=capacity&mouMonitoring=0.35`);
    // A file the command line refuses is refused here too, naming the field.
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ name: 'x', params: { trustBuild: 7 } }));
    await again.page.setInputFiles('#load-scenario', bad);
    await again.page.waitForFunction(() => document.getElementById('file-status')!.textContent!.startsWith('Not loaded'));
    expect(await again.page.textContent('#file-status')).toMatch(/^Not loaded: scenario x\.params\.trustBuild: expected a number in \[0, 1\]/);
    expect(await again.page.inputValue('#p-mouMonitoring')).toBe('0.35');
    expect(errors).toEqual([]);
    expect(again.errors).toEqual([]);
    await again.page.close();
  }, 120_000);

  it('every slider shows the value of its box, for every parameter of every preset', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const { errors } = watch(page);
    // A link may carry values off the sliders' grid and beyond their usual range.
    await page.goto(`${url}?scenario=mou&replicates=1&mouMonitoring=0.1234&producerPool=5000`);
    const mismatches = () =>
      page.evaluate(() =>
        Array.from(document.querySelectorAll<HTMLInputElement>('input[type=range][id^="p-"]'))
          .map((r) => [r.id, r.value, (document.getElementById(r.id.replace(/-range$/, '')) as HTMLInputElement).value])
          .filter(([, a, b]) => Number(a) !== Number(b)),
      );
    await page.waitForSelector('[data-param]');
    expect(await page.locator('input[type=range][id^="p-"]').count()).toBeGreaterThan(80);
    expect(await mismatches()).toEqual([]);
    for (const p of PRESETS) {
      await page.selectOption('#preset', p.name);
      expect(await mismatches(), p.name).toEqual([]);
    }
    // A typed value off the grid moves the slider to the same value.
    await page.click('details[data-group="trust"] > summary');
    await page.fill('#p-trustBuild', '0.1234');
    expect(await page.inputValue('#p-trustBuild-range')).toBe('0.1234');
    // Promise-keeping points are said as a probability; no "logit", no internal documents.
    await page.selectOption('#preset', 'mou');
    expect(await page.textContent('#effect-mouSanction')).toBe('At full strength, a promise otherwise kept half the time is kept 88 % of the time.');
    expect(await page.textContent('#effect-commitBase')).toBe('On its own, a promise is kept 77 % of the time.');
    const text = (await page.textContent('#settings'))!;
    expect(text).not.toMatch(/logit|MODEL-BRIEF|issue #?\d/i);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);
});
