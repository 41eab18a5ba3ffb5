/**
 * report.html: one self-contained page (plotly.js inlined, data embedded as JSON, no
 * network access at all) with the scenarios' replicate bands, the observed points,
 * the DeSeve scores and profile, the scenario differences, the optional sensitivity,
 * calibration and discovery sections, a written summary, and the parameters and
 * seeds. English first, with an in-page switch to Bahasa Indonesia.
 *
 * `buildReport` is pure: same input, same bytes (no clock, no randomness).
 */
import type { Comparison } from '../analysis/compare.js';
import type { OutcomeName } from '../outcomes.js';
import { OBSERVED_METRICS, SERIES_METRICS, type ScenarioSummary } from './bands.js';
import {
  colorOf,
  deseveGridFigure,
  differenceFigure,
  MAX_BANDED_SCENARIOS,
  posteriorFigure,
  predictiveFigure,
  profileFigure,
  seriesFigure,
  sobolFigure,
  type BandInput,
} from './figures.js';
import { figureOf, packFigures, type FigureEntry } from './html.js';
import { outcomeLabel, t, type Lang, type Text } from './i18n.js';
import { pageHtml, type Section } from './page.js';
import { calibrationSection, differencesSection, paramsSection, seriesSections, sobolSection, summarySection } from './sections.js';
import { designFigures, designSection } from './design.js';
import { morrisFigures, morrisSection } from './morris.js';
import { primFigures, primSection } from './prim.js';
import { lastCommonYear } from './summary.js';
import type { ReportInput } from './types.js';

export function buildReport(input: ReportInput): string {
  const sc = input.scenarios;
  const labels = sc.map((s, k) => ({ label: s.name, color: colorOf(k) }));
  const title: Text = {
    en: `${t('reportTitle', 'en')}: ${sc.map((s) => s.name).join(' vs ')}`,
    id: `${t('reportTitle', 'id')}: ${sc.map((s) => s.name).join(' vs ')}`,
  };
  const f = reportFigures(input);
  const sections: Section[] = [
    summarySection(input),
    ...(f.composite && f.deseve ? seriesSections(f.series, f.composite, f.deseve, f.profile, input.observed, sc.length) : []),
    ...(input.comparisons ?? []).map((c, k) => differencesSection(c, f.differences[k], differencesId(input.comparisons!, k))),
    ...(input.design && f.design.length ? [designSection(input.design, f.design)] : []),
    ...(f.morris.length ? [morrisSection(f.morris, input.morris!, input.runs)] : []),
    ...(f.sobol.length ? [sobolSection(f.sobol, input.sobol!)] : []),
    ...(input.calibration && (f.posterior || f.predictive) ? [calibrationSection(input.calibration, f.posterior, f.predictive)] : []),
    ...(f.prim.length ? [primSection(f.prim, input.prim!)] : []),
    paramsSection(input),
  ];
  const all = [...f.series, f.composite, f.deseve, f.profile, ...f.differences, ...f.design, ...f.morris.flat(), ...f.sobol, f.posterior, f.predictive, ...f.prim.flat()].filter((x): x is FigureEntry => x !== undefined);
  const { packed, arrays } = packFigures(all.map((x) => ({ el: x.id, label: x.label, fig: x.byLang })));
  const lang = input.lang ?? 'en';
  return pageHtml({ lang, version: input.version, title, chips: labels, sections, payload: { lang, title, arrays, figures: packed }, plotly: input.plotly });
}

/** Every chart of the report, in both languages; absent when the input has nothing to draw. */
interface ReportFigures {
  readonly series: FigureEntry[];
  readonly composite?: FigureEntry;
  readonly deseve?: FigureEntry;
  readonly profile?: FigureEntry;
  /** One per comparison, in order. */
  readonly differences: FigureEntry[];
  readonly design: FigureEntry[];
  readonly morris: FigureEntry[][];
  readonly sobol: FigureEntry[];
  readonly posterior?: FigureEntry;
  readonly predictive?: FigureEntry;
  readonly prim: FigureEntry[][];
}

function reportFigures(input: ReportInput): ReportFigures {
  const sc = input.scenarios;
  const obs = input.observed;
  const profileYears = input.profileYears?.length ? [...input.profileYears] : defaultProfileYears(sc);
  const labels = sc.map((s, k) => ({ summary: s, label: s.name, color: colorOf(k) }));
  // An analysis report (sensitivity, calibration, discovery over a design) may have no scenario bands: skip those charts.
  const hasBands = sc.length > 0;
  const series = (hasBands ? SERIES_METRICS : []).map((m) =>
    figureOf(`chart-${m}`, (l) => t('chartLabel', l, { title: outcomeLabel(m, l) }), (l) => seriesFigure(m, bandsOf(sc, m), l, (OBSERVED_METRICS as readonly string[]).includes(m) ? obs : undefined)),
  );
  const composite = !hasBands ? undefined : figureOf('chart-composite', (l) => t('chartLabel', l, { title: t('compositeTitle', l) }), (l) =>
    seriesFigure('composite', bandsOf(sc, 'composite'), l, undefined, { title: t('compositeTitle', l), height: 380 }),
  );
  const deseve = !hasBands ? undefined : figureOf('chart-deseve', (l) => t('chartLabel', l, { title: t('deseveTitle', l) }), (l) => deseveGridFigure((item) => bandsOf(sc, item), l));
  const profile = hasBands && profileYears.length
    ? figureOf('chart-profile', (l) => t('chartLabel', l, { title: t('profileTitle', l, { years: profileYears.join(', ') }) }), (l) => profileFigure(labels, profileYears, l))
    : undefined;
  const comparisons = input.comparisons ?? [];
  const differences = comparisons.map((c, k) =>
    figureOf(`chart-${differencesId(comparisons, k)}`, (l) => t('chartLabel', l, { title: t('differenceChartTitle', l, { a: c.a, b: c.b }) }), (l) => differenceFigure(c.rows, c.a, c.b, l)),
  );
  const design = input.design ? designFigures(input.design) : [];
  const morris = morrisFigures(input.morris ?? []);
  const sobol = (input.sobol ?? []).map((s, k) => figureOf(`chart-sobol-${k + 1}`, (l) => t('secSobol', l), (l) => sobolFigure(s, l)));
  const cal = input.calibration;
  const posterior = cal && cal.posterior.length ? figureOf('chart-posterior', (l) => t('posterior', l), (l) => posteriorFigure(cal, l)) : undefined;
  const predictive = cal && cal.predictive.length ? figureOf('chart-predictive', (l) => t('predictive', l), (l) => predictiveFigure(cal, obs, l)) : undefined;
  const prim = primFigures(input.prim ?? []);

  return { series, composite, deseve, profile, differences, design, morris, sobol, posterior, predictive, prim };
}

/** Section id of comparison k: differences, differences-2, …; differences-control, differences-control-2, … */
function differencesId(comparisons: readonly Comparison[], k: number): string {
  const control = comparisons[k].control === true;
  const n = comparisons.slice(0, k + 1).filter((c) => (c.control === true) === control).length;
  return `differences${control ? '-control' : ''}${n > 1 ? `-${n}` : ''}`;
}

/** Default years of the profile chart: the last observed year (2014) and the last full year, when simulated. */
export function defaultProfileYears(scenarios: readonly ScenarioSummary[]): number[] {
  const last = lastCommonYear(scenarios);
  if (last === undefined) return [];
  const first = Math.max(...scenarios.map((s) => s.startYear));
  const years = [2014, last].filter((y) => y >= first && y <= last);
  return [...new Set(years.length ? years : [last])];
}

function bandsOf(scenarios: readonly ScenarioSummary[], metric: OutcomeName): BandInput[] {
  const many = scenarios.length > MAX_BANDED_SCENARIOS;
  return scenarios.flatMap((s, k) => {
    const band = s.bands[metric];
    return band ? [{ label: s.name, color: colorOf(k), startYear: s.startYear, months: s.months, band, medianOnly: many && k > 0 }] : [];
  });
}
