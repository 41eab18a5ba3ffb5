/**
 * Replicate bands and yearly statistics for plots: per scenario, per outcome, per
 * month the median and the 25/75 % and 5/95 % quantiles over runs, and per calendar
 * year the same of the yearly values (mean of the year's 12 months, the reading the
 * calibration and the comparison table use).
 *
 * Pure (no I/O, no Node API): the report builder and the browser explorer share it;
 * the statistics themselves are analysis/stats.ts's.
 */
import { fullYears, quantileSorted, yearMean, yearStatOf, type YearStat } from '../analysis/stats.js';
import { DESEVE_ITEMS } from '../governance/deseve.js';
import type { OutcomeName } from '../outcomes.js';
import type { Params } from '../params/index.js';
import type { CompletedRun } from '../run.js';

/** The outcomes drawn as time series with bands, in chart order. */
export const SERIES_METRICS = ['producers', 'workers', 'productionPerDay', 'totalCapital', 'loansOutstanding', 'unmetPerDay'] as const satisfies readonly OutcomeName[];
/** The outcomes with observed values in data/serengan.json. */
export const OBSERVED_METRICS = ['producers', 'workers', 'productionPerDay'] as const satisfies readonly OutcomeName[];
/** The eight DeSeve scores and their mean. */
export const SCORE_METRICS: readonly OutcomeName[] = [...DESEVE_ITEMS, 'composite'];
/** Everything the report and the explorer plot. */
export const PLOTTED_METRICS: readonly OutcomeName[] = [...SERIES_METRICS, ...SCORE_METRICS];

/** Monthly quantiles over runs. */
export interface Band {
  readonly q05: number[];
  readonly q25: number[];
  readonly q50: number[];
  readonly q75: number[];
  readonly q95: number[];
}

/** Everything plotted about one scenario. */
export interface ScenarioSummary {
  readonly name: string;
  readonly description: string;
  readonly params: Params;
  readonly runs: number;
  readonly startYear: number;
  readonly months: number;
  readonly bands: Partial<Record<OutcomeName, Band>>;
  readonly yearly: Partial<Record<OutcomeName, YearStat[]>>;
}

/** Monthly band of one outcome over runs; `columns[r][m]` is run r's value in month m. */
export function bandOf(columns: readonly ArrayLike<number>[], months: number): Band {
  const band: Band = { q05: [], q25: [], q50: [], q75: [], q95: [] };
  const buf = new Float64Array(columns.length);
  for (let m = 0; m < months; m++) {
    for (let r = 0; r < columns.length; r++) buf[r] = columns[r][m];
    buf.sort();
    band.q05.push(quantileSorted(buf, 0.05));
    band.q25.push(quantileSorted(buf, 0.25));
    band.q50.push(quantileSorted(buf, 0.5));
    band.q75.push(quantileSorted(buf, 0.75));
    band.q95.push(quantileSorted(buf, 0.95));
  }
  return band;
}

/** Yearly statistics of one outcome over runs, for every full calendar year. */
export function yearlyOf(columns: readonly ArrayLike<number>[], startYear: number, months: number): YearStat[] {
  return fullYears(startYear, months).map((y) => yearStatOf(columns.map((c) => yearMean(c, startYear, y)), y));
}

/** Summary of one scenario from its runs' columns: `columns[metric][r]` is run r's monthly series. */
export function summariseColumns(
  s: { name: string; description: string; params: Params },
  columns: Partial<Record<OutcomeName, readonly ArrayLike<number>[]>>,
): ScenarioSummary {
  const { startYear, months } = s.params;
  const bands: Partial<Record<OutcomeName, Band>> = {};
  const yearly: Partial<Record<OutcomeName, YearStat[]>> = {};
  let runs = 0;
  for (const [metric, cols] of Object.entries(columns) as [OutcomeName, readonly ArrayLike<number>[]][]) {
    runs = cols.length;
    bands[metric] = bandOf(cols, months);
    yearly[metric] = yearlyOf(cols, startYear, months);
  }
  return { name: s.name, description: s.description, params: s.params, runs, startYear, months, bands, yearly };
}

/** Summaries of completed runs, one per scenario, in the order of `scenarios`. */
export function summariseRuns(
  runs: readonly CompletedRun[],
  scenarios: readonly { name: string; description: string; params: Params }[],
  metrics: readonly OutcomeName[] = PLOTTED_METRICS,
): ScenarioSummary[] {
  return scenarios.map((s) => {
    const mine = runs.filter((r) => r.scenario === s.name);
    const columns: Partial<Record<OutcomeName, Float64Array[]>> = {};
    for (const m of metrics) columns[m] = mine.map((r) => r.result.series.column(m));
    return summariseColumns(s, columns);
  });
}

/** The yearly statistic of an outcome in a year, if the scenario covers it. */
export function yearStat(s: ScenarioSummary, metric: OutcomeName, year: number): YearStat | undefined {
  return s.yearly[metric]?.find((y) => y.year === year);
}
