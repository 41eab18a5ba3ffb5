/**
 * The report (src/report): bands and yearly statistics, the figure specifications,
 * the written summary, buildReport's page (sections, optional sections only when
 * given, both languages, escaping, determinism, nothing that reaches the network),
 * the translation tables' coverage, and the atomic file write.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { compareScenarios, type ComparisonRow } from '../src/analysis/compare.js';
import { DESEVE_ITEMS } from '../src/governance/deseve.js';
import { OUTCOMES, type OutcomeName } from '../src/outcomes.js';
import { PARAMS } from '../src/params/index.js';
import type { ParamGroup } from '../src/params/declarations.js';
import { calibrationSection, morrisSection, primSection, sobolSection } from '../src/report/adapters.js';
import { yearMean } from '../src/analysis/stats.js';
import { bandOf, summariseRuns, type ScenarioSummary } from '../src/report/bands.js';
import { buildReport } from '../src/report/build.js';
import { escapeHtml, jsonForScript, packFigures, scriptForInline } from '../src/report/html.js';
import { differenceFigure, profileFigure, seriesFigure, wrap } from '../src/report/figures.js';
import {
  fmt,
  GROUP_LABELS,
  OUTCOME_TEXT,
  PARAM_DESCRIPTIONS_ID,
  PARAM_LABELS,
  SCENARIO_DESCRIPTIONS_ID,
  SOURCES_ID,
  t,
  UI,
  UNITS_ID,
  OPTION_LABELS,
  valueText,
} from '../src/report/i18n.js';
import { summarySentences } from '../src/report/summary.js';
import type { ReportInput } from '../src/report/types.js';
import { observedData, writeReport } from '../src/cli/report.js';
import { executeRuns, planRuns, yearlyOfRuns, type CompletedRun } from '../src/runner/runs.js';
import { PRESETS } from '../src/scenarios/index.js';
import { scenarioParams } from './support/model.js';
import { tempDir } from './support/cli.js';
import { summariseGroup } from '../src/analysis/groupSummary.js';
import { makePlan } from '../src/experiments/plan.js';
import { checkExperiment, parseExperimentText } from '../src/experiments/spec.js';
import { OUTCOME_NAMES } from '../src/outcomes.js';
import { experimentDesignScatter, type GroupData } from '../src/report/experiment.js';

const FAKE_PLOTLY = '/* plotly stand-in */ window.Plotly = { react: function () { return Promise.resolve(); } };';

let runs: CompletedRun[];
let scenarios: ScenarioSummary[];
let rows: ComparisonRow[];
let input: ReportInput;

beforeAll(() => {
  const defs = [
    { name: 'status-quo', description: PRESETS[0].description, params: scenarioParams('status-quo', { months: 48 }) },
    { name: 'mou', description: PRESETS[1].description, params: scenarioParams('mou', { months: 48 }) },
  ];
  runs = executeRuns(planRuns(defs, 6, 99));
  scenarios = summariseRuns(runs, defs);
  rows = compareScenarios(yearlyOfRuns(runs), 'status-quo', 'mou', ['producers', 'workers', 'productionPerDay', 'composite', ...DESEVE_ITEMS], [2014, 2015]);
  input = {
    version: '0.0.0-test',
    command: 'compare status-quo mou --replicates 6 --months 48',
    experimentSeed: 99,
    replicates: 6,
    scenarios,
    seeds: runs.map((r) => ({ runId: r.runId, scenario: r.scenario, replicate: r.replicate, seed: r.seed })),
    comparisons: [{ a: 'status-quo', b: 'mou', rows }],
    observed: observedData(),
    plotly: FAKE_PLOTLY,
  };
});

/** The JSON payload a report embeds, with its arrays unpacked. */
function payloadOf(html: string): { lang: string; figures: { el: string; label: { en: string; id: string }; fig: Record<string, { data: any[]; layout: any }> }[] } {
  const m = /<script type="application\/json" id="collabsim-data">([\s\S]*?)<\/script>/.exec(html);
  expect(m, 'embedded data').not.toBeNull();
  const raw = JSON.parse(m![1]);
  const unpack = (v: any): any => (Array.isArray(v) ? v.map(unpack) : v && typeof v === 'object' ? (typeof v.$a === 'number' && Object.keys(v).length === 1 ? raw.arrays[v.$a] : Object.fromEntries(Object.entries(v).map(([k, x]) => [k, unpack(x)]))) : v);
  return { ...raw, figures: unpack(raw.figures) };
}

describe('bands and yearly statistics', () => {

  it('monthly bands are ordered and the median matches the runs', () => {
    const cols = [new Float64Array([1, 5]), new Float64Array([3, 1]), new Float64Array([2, 3])];
    const b = bandOf(cols, 2);
    expect(b.q50).toEqual([2, 3]);
    for (let m = 0; m < 2; m++) expect(b.q05[m] <= b.q25[m] && b.q25[m] <= b.q50[m] && b.q50[m] <= b.q75[m] && b.q75[m] <= b.q95[m]).toBe(true);
  });

  it('summaries cover every plotted outcome, every month and every full year', () => {
    const s = scenarios[1];
    expect(s.runs).toBe(6);
    expect(s.bands.composite!.q50).toHaveLength(48);
    expect(s.yearly.producers!.map((y) => y.year)).toEqual([2012, 2013, 2014, 2015]);
    const mine = runs.filter((r) => r.scenario === 'mou');
    const values = mine.map((r) => yearMean(r.result.series.column('workers'), 2012, 2014));
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    expect(s.yearly.workers!.find((y) => y.year === 2014)!.mean).toBeCloseTo(mean, 10);
  });
});

describe('figures', () => {
  it('a time series has a 90 % and a 50 % ribbon and a median per scenario, and observed points', () => {
    const bands = scenarios.map((s, k) => ({ label: s.name, color: ['#000000', '#ffffff'][k], startYear: s.startYear, months: s.months, band: s.bands.producers! }));
    const f = seriesFigure('producers', bands, 'en', observedData());
    expect(f.data).toHaveLength(2 * 5 + 1);
    const obs = f.data.at(-1) as { x: string[]; y: number[]; name: string };
    expect(obs.y).toEqual([16, 16, 21]);
    expect(obs.name).toMatch(/Observed/);
    expect((f.layout.title as { text: string }).text).toBe('Producers');
    expect(seriesFigure('producers', bands, 'id', observedData()).layout.separators).toBe(',.');
  });

  it('observed points outside the simulated years are left out', () => {
    const s = scenarios[0];
    const f = seriesFigure('workers', [{ label: 'x', color: '#000000', startYear: 2016, months: 24, band: s.bands.workers! }], 'en', observedData());
    expect(f.data).toHaveLength(5);
  });

  it('the profile has one polar panel per year and one closed polygon per scenario', () => {
    const f = profileFigure(scenarios.map((s, k) => ({ summary: s, label: s.name, color: ['#000000', '#111111'][k] })), [2014, 2015], 'en');
    expect(f.data).toHaveLength(4);
    const r = (f.data[0] as { r: number[] }).r;
    expect(r).toHaveLength(9);
    expect(r[0]).toBe(r[8]);
    expect(f.layout.polar2).toBeDefined();
  });

  it('the difference plot puts counts and scores on separate axes with their intervals', () => {
    const f = differenceFigure(rows, 'status-quo', 'mou', 'en');
    const counts = f.data.filter((d) => (d as { xaxis: string }).xaxis === 'x');
    const scores = f.data.filter((d) => (d as { xaxis: string }).xaxis === 'x2');
    expect(counts).toHaveLength(2);
    expect(scores).toHaveLength(2);
    const first = counts[0] as { x: number[]; error_x: { array: number[]; arrayminus: number[] } };
    const row = rows.find((r) => r.year === 2014 && r.metric === 'producers')!;
    expect(first.x[0]).toBe(row.diff.diff);
    expect(first.error_x.array[0]).toBeCloseTo(row.diff.hi - row.diff.diff, 12);
  });

  it('long labels wrap', () => {
    expect(wrap('Commitment to a common purpose', 16)).toBe('Commitment to a<br>common purpose');
  });
});

describe('translations', () => {
  it('every UI text exists in both languages', () => {
    for (const [k, v] of Object.entries(UI)) {
      expect(v.en, k).not.toBe('');
      expect(v.id, k).not.toBe('');
    }
  });

  it('every parameter has a label in both languages, an Indonesian description and a translated source and unit', () => {
    for (const d of PARAMS) {
      expect(PARAM_LABELS[d.name], d.name).toBeDefined();
      expect(PARAM_DESCRIPTIONS_ID[d.name], d.name).toBeTruthy();
      expect(SOURCES_ID[d.source], `source of ${d.name}: ${d.source}`).toBeTruthy();
      expect(UNITS_ID[d.unit], `unit of ${d.name}: ${d.unit}`).toBeTruthy();
      if (d.kind === 'enum') for (const o of d.options) expect(OPTION_LABELS[`${d.name}.${o}`], `${d.name}.${o}`).toBeDefined();
    }
    expect(Object.keys(PARAM_LABELS).sort()).toEqual(PARAMS.map((d) => d.name).sort());
  });

  it('every group, outcome, unit and preset is translated', () => {
    for (const g of new Set(PARAMS.map((d) => d.group as ParamGroup))) expect(GROUP_LABELS[g], g).toBeDefined();
    for (const o of OUTCOMES) {
      expect(OUTCOME_TEXT[o.name as OutcomeName], o.name).toBeDefined();
      expect(UNITS_ID[o.unit], o.unit).toBeTruthy();
    }
    for (const p of PRESETS) expect(SCENARIO_DESCRIPTIONS_ID[p.name], p.name).toBeTruthy();
  });

  it('numbers follow each language (12,345.5 and 12.345,5)', () => {
    expect(fmt(12345.5, 1, 'en')).toBe('12,345.5');
    expect(fmt(12345.5, 1, 'id')).toBe('12.345,5');
    // Four-digit numbers (years, most counts) stay ungrouped.
    expect(fmt(2021, 0, 'en')).toBe('2021');
    expect(fmt(0.3, 2, 'id', true)).toBe('+0,30');
    expect(fmt(-0.001, 2, 'en')).toBe('0.00');
    expect(fmt(-2, 1, 'en')).toBe('−2.0');
    expect(t('statusRunning', 'id', { done: 3, total: 9 })).toBe('Berjalan: 3 dari 9 run');
    const d = PARAMS.find((p) => p.name === 'pricePerPiece')!;
    expect(valueText(d, 0.075, 'en')).toBe('0.075');
    expect(valueText(d, 0.075, 'id')).toBe('0,075');
    expect(valueText(PARAMS.find((p) => p.name === 'agencyBudget')!, 12300.4, 'en')).toBe('12,300.4');
    expect(valueText(PARAMS.find((p) => p.name === 'agencyBudget')!, 1230.4, 'en')).toBe('1230.4');
    expect(valueText(PARAMS.find((p) => p.name === 'mouSignMonth')!, -1, 'id')).toBe('−1 (tidak pernah)');
  });
});

describe('summary', () => {
  it('compares the scenarios in plain words, in both languages', () => {
    const en = summarySentences(input, 'en').join(' ');
    expect(en).toMatch(/compares the scenarios “status-quo” and “mou” of the Serengan blangkon cluster, 6 runs each, 2012–2015\./);
    expect(en).toMatch(/In 2015, the collaboration index under “mou” is (higher|lower|not clearly different) than under “status-quo”/);
    expect(en).toMatch(/observed 16 \/ 16 \/ 21/);
    const id = summarySentences(input, 'id').join(' ');
    expect(id).toMatch(/membandingkan skenario “status-quo” dan “mou”/);
    expect(id).toMatch(/indeks kolaborasi pada “mou” (lebih tinggi|lebih rendah|tidak jelas berbeda)/);
  });

  it('describes a single scenario and ranks many', () => {
    const one = summarySentences({ ...input, scenarios: [scenarios[0]], comparisons: undefined }, 'en').join(' ');
    expect(one).toMatch(/shows 6 runs of the scenario “status-quo”/);
    expect(one).toMatch(/In 2015, the median run has/);
    const many = summarySentences({ ...input, scenarios: [...scenarios, { ...scenarios[0], name: 'third' }], comparisons: undefined }, 'en').join(' ');
    expect(many).toMatch(/shows 3 scenarios/);
    expect(many).toMatch(/highest first: “mou”/);
  });
});

describe('buildReport', () => {
  it('has every section, all six time series, the DeSeve charts, the differences, parameters and seeds', () => {
    const html = buildReport(input);
    for (const id of ['summary', 'series', 'deseve', 'differences', 'params']) expect(html).toContain(`<section id="${id}"`);
    const p = payloadOf(html);
    expect(p.figures.map((f) => f.el)).toEqual([
      'chart-producers',
      'chart-workers',
      'chart-productionPerDay',
      'chart-totalCapital',
      'chart-loansOutstanding',
      'chart-unmetPerDay',
      'chart-composite',
      'chart-deseve',
      'chart-profile',
      'chart-differences',
    ]);
    for (const f of p.figures) expect(html).toContain(`id="${f.el}"`);
    // The changed parameter of the mou scenario and every run's seed.
    expect(html).toContain('<code>mouSignMonth</code>');
    for (const r of runs) expect(html).toContain(`<td class="num">${r.seed}</td>`);
    expect(html).toContain('collabsim compare status-quo mou --replicates 6 --months 48');
    // Observed points on the producers chart, in both languages.
    const producers = p.figures[0];
    expect(producers.fig.en.data.at(-1).y).toEqual([16, 16, 21]);
    expect(producers.fig.id.data.at(-1).name).toMatch(/Data amatan/);
  });

  it('leaves out the optional sections unless given, and draws them when given', () => {
    const plain = buildReport(input);
    for (const id of ['morris', 'sobol', 'calibration', 'prim']) expect(plain).not.toContain(`<section id="${id}"`);
    const names = ['mouMonitoring', 'mouSanction', 'trustBuild'];
    const full = buildReport({
      ...input,
      morris: [morrisSection({ names, muStar: [0.3, 0.1, 0.05], sigma: [0.1, 0.05, 0.01], muStarConf: [0.02, 0.01, 0.01], r: 20 }, 'composite', 2021)],
      sobol: [sobolSection({ names, S1: [0.5, 0.2, 0.05], S1conf: [0.05, 0.04, 0.03], ST: [0.6, 0.3, 0.1], STconf: [0.06, 0.05, 0.04], N: 256 }, 'composite', 2021)],
      calibration: calibrationSection(
        { names: ['entryRate'], posterior: { particles: [[0.04], [0.05], [0.06]], weights: [0.2, 0.5, 0.3], epsilon: 0.12 } },
        [[0, 0.2]],
        [{ metric: 'producers', years: [2012, 2013, 2014], q05: [14, 15, 17], q25: [15, 16, 18], median: [16, 17, 19], q75: [17, 18, 20], q95: [18, 19, 22] }],
      ),
      prim: [
        primSection(
          {
            trajectory: [
              { coverage: 1, density: 0.3, restrictedDims: 0 },
              { coverage: 0.8, density: 0.6, restrictedDims: 1 },
            ],
            box: { coverage: 0.8, density: 0.6, mass: 0.4, limits: [{ name: 'mouMonitoring', kind: 'numeric', min: 0.5, max: 1 }, { name: 'orderRule', kind: 'categorical', values: ['equal'] }] },
            initialLimits: [{ name: 'mouMonitoring', kind: 'numeric', min: 0, max: 1 }],
          },
          { en: 'collaboration index in 2021 ≥ 0.6', id: 'indeks kolaborasi pada 2021 ≥ 0,6' },
        ),
      ],
    });
    for (const id of ['morris', 'sobol', 'calibration', 'prim']) expect(full).toContain(`<section id="${id}"`);
    expect(full).toContain('<h3><span class="l-en" lang="en">collaboration index in 2021 ≥ 0.6</span><span class="l-id" lang="id">indeks kolaborasi pada 2021 ≥ 0,6</span></h3>');
    const p = payloadOf(full);
    for (const el of ['chart-morris-1', 'chart-sobol-1', 'chart-posterior', 'chart-predictive', 'chart-prim-1']) expect(p.figures.map((f) => f.el)).toContain(el);
    // The unrestricted upper end of the PRIM box is open.
    expect(full).toContain('0.5 ≤ Monitoring (mouMonitoring)<');
    expect(full).toContain('Order division rule (orderRule) ∈ {equal}');
    // Sobol intervals become asymmetric error bars around the estimate.
    const sobol = p.figures.find((f) => f.el === 'chart-sobol-1')!.fig.en.data[1];
    expect(sobol.error_x.array[0]).toBeCloseTo(0.06, 12);
  });

  it('is deterministic and has no clock in it', () => {
    expect(buildReport(input)).toBe(buildReport(input));
  });

  it('escapes scenario names and descriptions, and keeps </script> out of inlined scripts and data', () => {
    const evil = '</script><img src=x onerror=alert(1)>';
    const s0 = { ...scenarios[0], name: evil, description: `<b>${evil}</b>` };
    const html = buildReport({ ...input, scenarios: [s0, scenarios[1]], comparisons: [{ a: evil, b: 'mou', rows }], plotly: 'var a = "</script>";' + FAKE_PLOTLY });
    expect(html).not.toContain('<img src=x');
    expect(html.match(/<\/script>/g)).toHaveLength(3);
    expect(escapeHtml(`<a href="x">&'`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&#39;');
    expect(jsonForScript({ s: '</script>' })).toBe('{"s":"\\u003c/script>"}');
    expect(scriptForInline('x = "</SCRIPT>"; // <!--')).toBe('x = "<\\/SCRIPT>"; // <\\!--');
  });

  it('loads nothing from the network: no external URL in src/href, and a CSP that forbids it', () => {
    const html = buildReport(input);
    expect(html).not.toMatch(/\b(src|href)\s*=\s*["']?(https?:)?\/\//i);
    expect(html).toContain("default-src 'none'");
    expect(html).toContain("connect-src 'none'");
  });

  it('speaks English first, with every text also in Indonesian', () => {
    const html = buildReport(input);
    expect(html).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(html).toContain('<span class="l-id" lang="id">Ringkasan</span>');
    expect(html).toContain('<span class="l-en" lang="en">Summary</span>');
    const p = payloadOf(html);
    const composite = p.figures.find((f) => f.el === 'chart-composite')!;
    expect(composite.fig.en.layout.title.text).toBe('Collaboration index over time');
    expect(composite.fig.id.layout.title.text).toBe('Indeks kolaborasi dari waktu ke waktu');
    expect(buildReport({ ...input, lang: 'id' })).toMatch(/<html lang="id">/);
  });

  it('shares data between languages and traces instead of repeating it', () => {
    const { packed, arrays } = packFigures([{ x: Array.from({ length: 10 }, (_, i) => i / 3) }, { x: Array.from({ length: 10 }, (_, i) => i / 3) }]);
    expect(arrays).toHaveLength(1);
    expect(packed).toEqual([{ x: { $a: 0 } }, { x: { $a: 0 } }]);
    expect((arrays[0] as number[])[1]).toBe(0.333333);
    const html = buildReport(input);
    // Two scenarios of 48 months: the data stay small next to plotly.js.
    expect(html.length).toBeLessThan(400_000);
  });
});

describe('writeReport', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir('collabsim-report-');
  });

  it('writes report.html atomically with plotly.js inlined', () => {
    const { plotly: _unused, ...rest } = input;
    const path = writeReport(dir, rest);
    expect(path).toBe(join(dir, 'report.html'));
    expect(readdirSync(dir)).toEqual(['report.html']);
    const html = readFileSync(path, 'utf8');
    expect(html.length).toBeGreaterThan(3_000_000);
    expect(html).toContain('Plotly');
    expect(html).not.toContain('plotly stand-in');
  }, 60_000);
});

describe('reports of designs and analyses', () => {
  /** A small LHS experiment's plan, and made-up results whose answer is known. */
  function lhsDesign(series: boolean) {
    const yaml = `name: d\nseed: 3\nreplicates: 3\nmonths: 24\nscenarios: [status-quo, mou]\ndesign: {type: lhs, samples: 12, parameters: [{name: mouMonitoring, range: [0, 1]}, {name: entryRate, range: [0.01, 0.2]}]}\noutputs: {series: ${series}, months: [12, 24]}\n`;
    const plan = makePlan(checkExperiment(parseExperimentText(yaml, 'd.yaml'), 'd.yaml', { readText: () => '' }));
    const R = 3;
    const M = plan.months.length;
    const nOut = OUTCOME_NAMES.length;
    // Outcome value = 10 × monitoring + replicate noise (shared by both scenarios: common seeds) + 1 under mou.
    const group = (g: number): GroupData => {
      const p = Math.floor(g / 2);
      const s = g % 2;
      const x = plan.points[p].values.mouMonitoring as number;
      const values = Float64Array.from({ length: R * M * nOut }, (_, i) => 10 * x + [0, 2, -3][Math.floor(i / (M * nOut))] + s);
      const ok = new Uint8Array(R).fill(1);
      return { runs: [{ ok: true }, { ok: true }, { ok: true }], summary: summariseGroup(values, R, M * nOut, ok).stats, series: series ? values : null };
    };
    return { plan, group };
  }

  it('an LHS experiment report has the scatter section: point means, a smoother, and paired differences per point', () => {
    const { plan, group } = lhsDesign(true);
    const design = experimentDesignScatter(plan, group)!;
    expect(design.month).toBe(24);
    expect(design.date).toBe('2013-12');
    expect(design.parameters.map((p) => p.name)).toEqual(['mouMonitoring', 'entryRate']);
    const producers = design.outcomes.find((o) => o.outcome === 'producers')!;
    producers.scenarios[0].means.forEach((m, p) => expect(m).toBeCloseTo(10 * design.parameters[0].values[p] - 1 / 3, 12));
    // Replicate noise cancels pair by pair: the paired interval is the exact difference (Welch's would be wide).
    const d = producers.differences[0];
    expect(d.interval).toBe('paired');
    d.diff.forEach((v, p) => {
      expect(v).toBeCloseTo(1, 12);
      expect(d.lo![p]).toBeCloseTo(1, 12);
      expect(d.hi![p]).toBeCloseTo(1, 12);
    });
    // Without per-run values, no interval is claimed.
    const noSeries = lhsDesign(false);
    expect(experimentDesignScatter(noSeries.plan, noSeries.group)!.outcomes[0].differences[0].interval).toBe('none');

    const html = buildReport({ ...input, scenarios: [], comparisons: undefined, seeds: [], runs: plan.runCount, design });
    expect(html).toContain('<section id="design"');
    const p = payloadOf(html);
    const scatter = p.figures.find((f) => f.el === 'chart-design-producers')!;
    expect(scatter, 'scatter chart').toBeDefined();
    // Per parameter and scenario: the points and the LOWESS line, which on this linear data is the line itself.
    expect(scatter.fig.en.data).toHaveLength(2 * 2 * 2);
    const line = scatter.fig.en.data[1];
    expect(line.name).toMatch(/LOWESS/);
    line.x.forEach((x: number, k: number) => expect(line.y[k]).toBeCloseTo(10 * x - 1 / 3, 4));
    const diff = p.figures.find((f) => f.el === 'chart-design-producers-diff-1')!;
    expect(diff.fig.en.data[0].error_y.array).toHaveLength(12);
    expect(scatter.fig.id.layout.title.text).toMatch(/terhadap tiap parameter rancangan/);
    expect(html).toContain('paired 95 % t interval');
    expect(buildReport({ ...input, scenarios: [], comparisons: undefined, seeds: [], runs: plan.runCount, design })).toBe(html);
  });

  it('a Morris report has the μ*–σ plane, the noise share and the run count', () => {
    const names = ['mouMonitoring', 'mouSanction', 'trustBuild'];
    const html = buildReport({
      ...input,
      seeds: [],
      runs: 280,
      morris: [morrisSection({ names, muStar: [0.3, 0.1, 0.05], sigma: [0.1, 0.2, 0.01], muStarConf: [0.02, 0.01, 0.01], r: 10 }, 'composite', 2021, 4, 0.125)],
    });
    const p = payloadOf(html);
    const plane = p.figures.find((f) => f.el === 'chart-morris-plane-1')!;
    expect(plane.fig.en.data[1].x).toEqual([0.3, 0.1, 0.05]);
    expect(plane.fig.en.data[1].y).toEqual([0.1, 0.2, 0.01]);
    expect(plane.fig.en.data[0].name).toMatch(/σ = μ\*/);
    expect(html).toContain('Noise share 12.5 %');
    expect(html).toContain('Porsi derau 12,5 %');
    expect(html).toContain('The experiment ran 280 model runs.');
    expect(html).toMatch(/Seed of every run<\/span><span class="l-id" lang="id">Benih acak setiap run<\/span> \(280\)/);
  });

  it('a PRIM report lists each restriction with its quasi-p-value, the dropped ones apart, and draws the box limits', () => {
    const html = buildReport({
      ...input,
      prim: [
        primSection(
          {
            trajectory: [
              { coverage: 1, density: 0.3, restrictedDims: 0 },
              { coverage: 0.8, density: 0.6, restrictedDims: 2 },
            ],
            box: { coverage: 0.8, density: 0.6, mass: 0.4, step: 1, limits: [] },
            initialLimits: [
              { name: 'mouMonitoring', kind: 'numeric', min: 0, max: 1 },
              { name: 'entryRate', kind: 'numeric', min: 0.01, max: 0.2 },
            ],
          },
          'cond',
          {
            coverage: 0.85,
            density: 0.58,
            mass: 0.44,
            maxP: 0.05,
            kept: [{ limit: { name: 'mouMonitoring', kind: 'numeric', min: 0.5, max: 1 }, quasiP: 0.0004 }],
            dropped: [{ limit: { name: 'entryRate', kind: 'numeric', min: 0.01, max: 0.19 }, quasiP: 0.4 }],
          },
        ),
      ],
    });
    expect(html).toContain('&lt; 0.001');
    expect(html).toContain('dropped as trivial');
    expect(html).toContain('dibuang karena remeh');
    const p = payloadOf(html);
    const limits = p.figures.find((f) => f.el === 'chart-prim-limits-1')!;
    expect(limits.fig.en.data[0].base).toEqual([0.5]);
    expect(limits.fig.en.data[0].x).toEqual([0.5]);
    expect(limits.fig.en.data[1].name).toBe('dropped as trivial');
    const traj = p.figures.find((f) => f.el === 'chart-prim-1')!;
    expect(traj.fig.en.data[1].text).toEqual(['Box 1 (step 1)']);
  });
});
