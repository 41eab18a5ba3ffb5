/**
 * The sections of report.html, one function each, in page order. Each returns its
 * section (or nothing when the input has no such results); the figures are built
 * once in build.ts and passed in.
 */
import type { Comparison, ComparisonRow } from '../analysis/compare.js';
import { costReading, type CostRow } from '../analysis/costs.js';
import type { PairedInterval, RatioInterval } from '../analysis/stats.js';
import { fullYears } from '../analysis/stats.js';
import { PARAMS, type ParamDecl } from '../params/index.js';
import { SERIES_METRICS, type ScenarioSummary } from './bands.js';
import { fmtMetric, MAX_BANDED_SCENARIOS } from './figures.js';
import { bi, biKey, chartHtml, escapeHtml, type FigureEntry } from './html.js';
import { costReadingText, fmt, LANGS, outcomeDescription, outcomeLabel, paramDescription, paramLabel, scenarioDescription, t, unitText, valueText, type Lang, type UiKey } from './i18n.js';
import type { Section } from './page.js';
import { summarySentences } from './summary.js';
import type { CalibrationResult, ObservedData, ReportInput, SobolResult } from './types.js';

export function summarySection(input: ReportInput): Section {
  return {
    id: 'summary',
    key: 'secSummary',
    html: `<div class="summary">${LANGS.map((l) => `<div class="l-${l}" lang="${l}">${summarySentences(input, l).map((s) => `<p>${escapeHtml(s)}</p>`).join('')}</div>`).join('')}</div>`,
  };
}

/** The time series with their bands, and the DeSeve scores with the profile. */
export function seriesSections(
  series: readonly FigureEntry[],
  composite: FigureEntry,
  deseve: FigureEntry,
  profile: FigureEntry | undefined,
  obs: ObservedData | undefined,
  scenarios: number,
): Section[] {
  const many = scenarios > MAX_BANDED_SCENARIOS ? ` ${biKey('manyScenariosNote', { n: MAX_BANDED_SCENARIOS })}` : '';
  return [
    {
      id: 'series',
      key: 'secTimeSeries',
      html:
        `<p class="note">${biKey('howToRead')}${many} ${obs ? biKey('observedNote') : ''}</p>` +
        `<div class="charts">${series.map((f, k) => chartHtml(f, bi((l) => outcomeDescription(SERIES_METRICS[k], l)))).join('')}</div>`,
    },
    {
      id: 'deseve',
      key: 'secDeseve',
      html:
        `<p class="note">${biKey('deseveNote')}</p>` +
        chartHtml(composite) +
        chartHtml(deseve) +
        (profile ? chartHtml(profile, biKey('profileNote')) : ''),
    },
  ];
}

export function differencesSection(cmp: Comparison, difference: FigureEntry, id: string): Section {
  return {
    id,
    key: cmp.control ? 'secDifferencesControlOf' : 'secDifferencesOf',
    vars: { a: cmp.a, b: cmp.b },
    html:
      `<p class="note">${biKey('differencesNote', { a: cmp.a, b: cmp.b })}</p>` +
      (cmp.rows.some((r) => r.spread) ? `<p class="note">${biKey('posteriorNote', { n: cmp.rows.find((r) => r.spread)!.spread!.points })}</p>` : '') +
      chartHtml(difference) +
      `<p class="note">${biKey('tableCell')}</p>` +
      comparisonTables(cmp.rows, cmp.a, cmp.b) +
      (cmp.costs?.length ? costTable(cmp.costs, cmp.a, cmp.b) : ''),
  };
}

/** Extra public money and what it bought, per year compared (see analysis/costs.ts). */
function costTable(costs: readonly CostRow[], a: string, b: string): string {
  const d = (x: PairedInterval, digits: number, l: Lang) => `${fmt(x.diff, digits, l, true)} [${fmt(x.lo, digits, l, true)}, ${fmt(x.hi, digits, l, true)}]`;
  const r = (x: RatioInterval, spending: number, gained: number, l: Lang) => {
    if (!x.bounded) return t('notEstimable', l);
    const reading = costReadingText(costReading(spending, gained), l);
    return `${fmt(x.ratio, 2, l)} [${fmt(x.lo, 2, l)}, ${fmt(x.hi, 2, l)}]${reading ? ` (${reading})` : ''}`;
  };
  const body = costs
    .map(
      (c) =>
        `<tr><th scope="row">${c.year}</th><td class="num">${bi((l) => d(c.spending, 1, l))}</td><td class="num">${bi((l) => d(c.jobs, 1, l))}</td>` +
        `<td class="num">${bi((l) => d(c.workshops, 1, l))}</td><td class="num">${bi((l) => r(c.perJob, c.spending.diff, c.jobs.diff, l))}</td><td class="num">${bi((l) => r(c.perWorkshop, c.spending.diff, c.workshops.diff, l))}</td></tr>`,
    )
    .join('');
  return (
    `<h3>${biKey('costsTitle')}</h3><p class="note">${biKey('costsNote', { a, b })}</p>` +
    `<table class="cmp"><thead><tr><th scope="col">${biKey('year')}</th><th scope="col">${biKey('extraSpending')}</th><th scope="col">${biKey('extraWorkers')}</th>` +
    `<th scope="col">${biKey('extraWorkshops')}</th><th scope="col">${biKey('perJob')}</th><th scope="col">${biKey('perWorkshop')}</th></tr></thead><tbody>${body}</tbody></table>`
  );
}

function comparisonTables(rows: readonly ComparisonRow[], a: string, b: string): string {
  const years = [...new Set(rows.map((r) => r.year))];
  const cell = (m: string, s: { mean: number; lo: number; hi: number }, l: Lang) => `${fmtMetric(m, s.mean, l)} [${fmtMetric(m, s.lo, l)}, ${fmtMetric(m, s.hi, l)}]`;
  const diff = (r: ComparisonRow, l: Lang) => {
    const m = r.metric;
    const pct = Number.isFinite(r.percent) ? ` (${fmt(r.percent, 1, l, true)} %)` : '';
    const spread = r.spread ? `; ${t('overPosterior', l)} [${fmtMetric(m, r.spread.lo, l, true)}, ${fmtMetric(m, r.spread.hi, l, true)}]` : '';
    return `${fmtMetric(m, r.diff.diff, l, true)} [${fmtMetric(m, r.diff.lo, l, true)}, ${fmtMetric(m, r.diff.hi, l, true)}]${pct}${spread}`;
  };
  return years
    .map((year) => {
      const body = rows
        .filter((r) => r.year === year)
        .map((r) => {
          const clear = r.diff.lo > 0 || r.diff.hi < 0;
          return (
            `<tr><th scope="row">${bi((l) => outcomeLabel(r.metric, l))}</th>` +
            `<td class="num">${bi((l) => cell(r.metric, r.a, l))}</td>` +
            `<td class="num">${bi((l) => cell(r.metric, r.b, l))}</td>` +
            `<td class="num${clear ? ' clear' : ''}">${bi((l) => diff(r, l))}</td></tr>`
          );
        })
        .join('');
      return (
        `<table class="cmp"><caption>${year}</caption><thead><tr><th scope="col">${biKey('metric')}</th>` +
        `<th scope="col">${escapeHtml(a)}</th><th scope="col">${escapeHtml(b)}</th><th scope="col">${escapeHtml(b)} − ${escapeHtml(a)}</th></tr></thead><tbody>${body}</tbody></table>`
      );
    })
    .join('');
}

export function sobolSection(figures: readonly FigureEntry[], results: readonly SobolResult[]): Section {
  return indexSection('sobol', 'secSobol', 'sobolNote', figures, results);
}

/** Sensitivity indices: one chart per outcome (and year), captioned with how to read it. */
function indexSection(id: string, key: UiKey, note: UiKey, figures: readonly FigureEntry[], results: readonly { readonly outcome: string; readonly year?: number; readonly noiseShare?: number }[]): Section {
  const html = figures
    .map((f, k) => {
      const r = results[k];
      const outcome = (l: Lang) => (r.year === undefined ? outcomeLabel(r.outcome, l) : `${outcomeLabel(r.outcome, l)}, ${r.year}`);
      const noise = (l: Lang) => (r.noiseShare === undefined ? '' : ` ${t('noiseShareNote', l, { share: fmt(100 * r.noiseShare, 1, l) })}`);
      return chartHtml(f, bi((l) => t(note, l, { outcome: outcome(l) }) + noise(l)));
    })
    .join('');
  return { id, key, html };
}

export function calibrationSection(cal: CalibrationResult, posterior: FigureEntry | undefined, predictive: FigureEntry | undefined): Section {
  return {
    id: 'calibration',
    key: 'secCalibration',
    html:
      `<p class="note">${biKey('calibrationNote')} ${biKey('accepted', { n: cal.accepted })}${cal.tolerance !== undefined ? bi((l) => `; ${t('tolerance', l, { eps: fmt(cal.tolerance!, 4, l) })}`) : ''}${cal.method ? ` (${escapeHtml(cal.method)})` : ''}.</p>` +
      (posterior ? chartHtml(posterior) : '') +
      (predictive ? chartHtml(predictive) : ''),
  };
}

/** Version, command, seeds, horizon, and each scenario's changed parameters. */
export function paramsSection(input: ReportInput): Section {
  const sc = input.scenarios;
  const info =
    `<table class="info"><tbody>` +
    `<tr><th scope="row">${biKey('version')}</th><td>${escapeHtml(input.version)}</td></tr>` +
    `<tr><th scope="row">${biKey('command')}</th><td><code>collabsim ${escapeHtml(input.command)}</code></td></tr>` +
    `<tr><th scope="row">${biKey('experimentSeed')}</th><td>${input.experimentSeed}</td></tr>` +
    `<tr><th scope="row">${biKey('replicatesPerScenario')}</th><td>${input.replicates}</td></tr>` +
    sc
      .map((s) => {
        const ys = fullYears(s.startYear, s.months);
        return `<tr><th scope="row">${biKey('horizon')} (${escapeHtml(s.name)})</th><td>${bi((l) => `${fmt(s.months, 0, l)} ${unitText('months', l)}: ${s.startYear}–${ys.at(-1) ?? s.startYear}`)}</td></tr>`;
      })
      .join('') +
    `</tbody></table>`;
  const perScenario = sc
    .map((s) => {
      const changed = changedParams(s);
      const table = changed.length
        ? `<table><thead><tr><th scope="col">${biKey('parameter')}</th><th scope="col">${biKey('value')}</th><th scope="col">${biKey('defaultValue')}</th><th scope="col">${biKey('unit')}</th></tr></thead><tbody>` +
          changed
            .map(
              ({ d, value }) =>
                `<tr><th scope="row">${bi((l) => paramLabel(d.name, l))} <code>${escapeHtml(d.name)}</code>${bi((l) => paramDescription(d, l), 'span', 'desc')}</th>` +
                `<td class="num">${bi((l) => valueText(d, value, l))}</td><td class="num">${bi((l) => valueText(d, d.default, l))}</td><td>${bi((l) => unitText(d.unit, l))}</td></tr>`,
            )
            .join('') +
          `</tbody></table>`
        : `<p>${biKey('noChanges')}</p>`;
      return `<h3>${escapeHtml(s.name)}</h3><p class="note">${bi((l) => scenarioDescription(s.name, s.description, l))}</p><p><strong>${biKey('changedParams')}</strong></p>${table}`;
    })
    .join('');
  const MAX_SEEDS = 1000;
  const seedRows = input.seeds
    .slice(0, MAX_SEEDS)
    .map((r) => `<tr><td>${escapeHtml(r.runId)}</td><td>${escapeHtml(r.scenario)}</td><td class="num">${r.replicate}</td><td class="num">${r.seed}</td></tr>`)
    .join('');
  const seeds =
    `<details><summary>${biKey('seedsOfRuns')} (${input.runs ?? input.seeds.length})</summary><p class="note">${biKey('seedDerivation')}</p>` +
    `<table><thead><tr><th scope="col">${biKey('runId')}</th><th scope="col">${biKey('scenario')}</th><th scope="col">${biKey('replicate')}</th><th scope="col">${biKey('seed')}</th></tr></thead><tbody>${seedRows}</tbody></table>` +
    ((input.runs ?? input.seeds.length) > Math.min(MAX_SEEDS, input.seeds.length) ? `<p>${biKey('moreRuns', { n: (input.runs ?? input.seeds.length) - Math.min(MAX_SEEDS, input.seeds.length) })}</p>` : '') +
    `</details>`;
  return { id: 'params', key: 'secParams', html: `<h3>${biKey('runInfo')}</h3>${info}${perScenario}${seeds}` };

}

function changedParams(s: ScenarioSummary): { d: ParamDecl; value: unknown }[] {
  const p = s.params as unknown as Record<string, unknown>;
  return (PARAMS as readonly ParamDecl[]).filter((d) => p[d.name] !== undefined && p[d.name] !== d.default).map((d) => ({ d, value: p[d.name] }));
}
