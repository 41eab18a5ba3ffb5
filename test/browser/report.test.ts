/**
 * report.html in Debian's chromium, opened from a file with the network blocked:
 * every chart renders, nothing is requested from anywhere, no console errors, the
 * language switch redraws the charts in Bahasa Indonesia, and it is not blank.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareScenarios } from '../../src/analysis/compare.js';
import { DESEVE_ITEMS } from '../../src/governance/deseve.js';
import { calibrationSection, morrisSection, primSection, sobolSection } from '../../src/report/adapters.js';
import { summariseRuns } from '../../src/report/bands.js';
import { writeReport } from '../../src/cli/report.js';
import { executeRuns, planRuns, yearlyOfRuns } from '../../src/runner/runs.js';
import { PRESETS } from '../../src/scenarios/index.js';
import { scenarioParams } from '../support/model.js';
import { tempDir } from '../support/cli.js';
import { announceSkip, HAVE_CHROMIUM, IN_CI, launch, MISSING_MESSAGE, pixelStats } from './browser.js';

announceSkip('report');

it.runIf(!HAVE_CHROMIUM && IN_CI)('chromium is installed (required under CI)', () => {
  throw new Error(MISSING_MESSAGE);
});

describe.skipIf(!HAVE_CHROMIUM)('report.html in chromium', () => {
  let browser: Browser;
  let dir: string;
  let fullReport: string;
  let runReport: string;

  beforeAll(async () => {
    dir = tempDir('collabsim-report-browser-');
    const defs = [
      { name: 'status-quo', description: PRESETS[0].description, params: scenarioParams('status-quo') },
      { name: 'mou', description: PRESETS[1].description, params: scenarioParams('mou') },
    ];
    const runs = executeRuns(planRuns(defs, 8, 5));
    const rows = compareScenarios(yearlyOfRuns(runs), 'status-quo', 'mou', ['producers', 'workers', 'productionPerDay', 'composite', ...DESEVE_ITEMS], [2014, 2021]);
    const names = ['mouMonitoring', 'mouSanction', 'trustBuild', 'entryRate'];
    // Every section, the optional ones included.
    mkdirp(join(dir, 'full'));
    fullReport = writeReport(join(dir, 'full'), {
      version: 'test',
      command: 'compare status-quo mou --replicates 8 --seed 5',
      experimentSeed: 5,
      replicates: 8,
      scenarios: summariseRuns(runs, defs),
      seeds: runs.map((r) => ({ runId: r.runId, scenario: r.scenario, replicate: r.replicate, seed: r.seed })),
      comparisons: [{ a: 'status-quo', b: 'mou', rows }],
      profileYears: [2014, 2021],
      morris: [morrisSection({ names, muStar: [0.3, 0.12, 0.05, 0.02], sigma: [0.1, 0.05, 0.02, 0.01], muStarConf: [0.02, 0.02, 0.01, 0.01], r: 20 }, 'composite', 2021)],
      sobol: [sobolSection({ names, S1: [0.5, 0.2, 0.05, 0.01], S1conf: [0.05, 0.04, 0.03, 0.02], ST: [0.6, 0.3, 0.1, 0.03], STconf: [0.06, 0.05, 0.04, 0.02], N: 256 }, 'producers', 2021)],
      calibration: calibrationSection(
        { names: ['entryRate', 'startupSavingRate'], posterior: { particles: Array.from({ length: 50 }, (_, k) => [4 + (k % 7) * 0.5, 0.3 + (k % 9) * 0.02]), epsilon: 0.2 } },
        [
          [1, 20],
          [0.15, 0.8],
        ],
        [
          { metric: 'producers', years: [2012, 2013, 2014], q05: [14, 15, 17], q25: [15, 16, 18], median: [16, 17, 19], q75: [17, 18, 20], q95: [18, 19, 22] },
          { metric: 'workers', years: [2012, 2013, 2014], q05: [52, 58, 66], q25: [55, 62, 70], median: [58, 66, 74], q75: [61, 70, 78], q95: [64, 74, 84] },
        ],
      ),
      prim: [
        primSection(
          {
            trajectory: [
              { coverage: 1, density: 0.3, restrictedDims: 0 },
              { coverage: 0.9, density: 0.45, restrictedDims: 1 },
              { coverage: 0.8, density: 0.62, restrictedDims: 2 },
            ],
            box: { coverage: 0.8, density: 0.62, mass: 0.35, limits: [{ name: 'mouMonitoring', kind: 'numeric', min: 0.45, max: 1 }] },
            initialLimits: [{ name: 'mouMonitoring', kind: 'numeric', min: 0, max: 1 }],
          },
          'collaboration index in 2021 ≥ 0.6',
        ),
      ],
    });
    // What `collabsim run` writes: one scenario, no comparison.
    mkdirp(join(dir, 'run'));
    const one = runs.filter((r) => r.scenario === 'mou');
    runReport = writeReport(join(dir, 'run'), {
      version: 'test',
      command: 'run mou --replicates 8 --seed 5',
      experimentSeed: 5,
      replicates: 8,
      scenarios: summariseRuns(one, [defs[1]]),
      seeds: one.map((r) => ({ runId: r.runId, scenario: r.scenario, replicate: r.replicate, seed: r.seed })),
    });
    browser = await launch();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  function mkdirp(p: string): void {
    rmSync(p, { recursive: true, force: true });
    mkdirSync(p, { recursive: true });
  }

  /** Opens a report with the network blocked, recording every request that is not to the file itself. */
  async function open(path: string): Promise<{ page: Page; errors: string[]; outside: string[] }> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const outside: string[] = [];
    await context.route('**/*', (route) => {
      const u = route.request().url();
      if (u.startsWith('file:') || u.startsWith('data:') || u.startsWith('blob:') || u.startsWith('http://127.0.0.1')) return route.continue();
      outside.push(u);
      return route.abort();
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`console.error: ${m.text()}`);
    });
    page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
    page.on('request', (r) => {
      const u = r.url();
      if (!(u.startsWith('file:') || u.startsWith('data:') || u.startsWith('blob:'))) outside.push(u);
    });
    await page.goto(pathToFileURL(path).href);
    await page.waitForSelector('html[data-rendered]', { timeout: 60_000 });
    return { page, errors, outside };
  }

  async function chartsDrawn(page: Page): Promise<{ total: number; drawn: number; rendered: number }> {
    return page.evaluate(() => {
      const charts = Array.from(document.querySelectorAll('.chart'));
      return {
        total: charts.length,
        drawn: charts.filter((c) => c.querySelector('svg.main-svg') && (c as unknown as { data?: unknown[] }).data?.length).length,
        rendered: Number(document.documentElement.dataset.rendered),
      };
    });
  }

  it('renders every chart of a full report offline, with no console errors and no requests', async () => {
    const { page, errors, outside } = await open(fullReport);
    const c = await chartsDrawn(page);
    expect(c.total).toBe(17);
    expect(c.drawn).toBe(c.total);
    expect(c.rendered).toBe(c.total);
    for (const id of ['summary', 'series', 'deseve', 'differences', 'morris', 'sobol', 'calibration', 'prim', 'params']) expect(await page.isVisible(`section#${id}`), id).toBe(true);
    expect(errors).toEqual([]);
    expect(outside).toEqual([]);
    await page.context().close();
  });

  it('renders the report of `collabsim run`', async () => {
    const { page, errors, outside } = await open(runReport);
    const c = await chartsDrawn(page);
    expect(c.total).toBe(9);
    expect(c.drawn).toBe(9);
    expect(await page.isVisible('section#differences')).toBe(false);
    expect(await page.textContent('#summary')).toMatch(/shows 8 runs of the scenario “mou”/);
    expect(errors).toEqual([]);
    expect(outside).toEqual([]);
    await page.context().close();
  });

  it('switches to Bahasa Indonesia: text, chart titles and number format', async () => {
    const { page, errors } = await open(fullReport);
    expect((await page.innerText('#h-summary')).trim()).toBe('Summary');
    await page.click('button[data-lang="id"]');
    await page.waitForSelector('html[data-rendered-lang="id"]');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('id');
    expect((await page.innerText('#h-summary')).trim()).toBe('Ringkasan');
    expect(await page.innerText('#summary')).toMatch(/Laporan ini membandingkan skenario/);
    const layout = await page.evaluate(() => (document.getElementById('chart-composite') as unknown as { layout: { title: { text: string }; separators: string } }).layout);
    expect(layout.title.text).toBe('Indeks kolaborasi dari waktu ke waktu');
    expect(layout.separators).toBe(',.');
    expect(page.url()).toMatch(/#lang=id$/);
    // A reload keeps the language (from the address).
    await page.reload();
    await page.waitForSelector('html[data-rendered-lang="id"]');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('is not blank', async () => {
    const { page } = await open(fullReport);
    const png = await page.screenshot({ fullPage: false });
    const stats = await pixelStats(page, png);
    expect(stats.variance).toBeGreaterThan(200);
    expect(stats.colours).toBeGreaterThan(100);
    await page.context().close();
  });
});
