import { InputError } from '../errors.js';
import type { OutcomeName } from '../outcomes.js';
import type { CompletedRun } from '../run.js';
import { summarise, welchInterval, yearMean, type Difference, type Summary } from './stats.js';

/** Checks that each year is fully inside every run's horizon. */
export function checkYears(years: readonly number[], startYear: number, months: number, field = '--years'): void {
  const last = startYear + Math.floor(months / 12) - 1;
  if (last < startYear) throw new InputError('--months', 'at least 12 months (the comparison is of whole calendar years)', months);
  for (const y of years)
    if (!Number.isInteger(y) || y < startYear || y > last)
      throw new InputError(field, `whole calendar years between ${startYear} and ${last} (the simulated horizon)`, y);
}

export interface ComparisonRow {
  metric: OutcomeName;
  year: number;
  a: Summary;
  b: Summary;
  /** b - a, with a 95 % confidence interval of the difference of means. */
  diff: Difference;
}

/**
 * Yearly values of two scenarios side by side, with the difference of means. The
 * scenarios' runs have independent seeds, so the interval is Welch's (unpaired).
 */
export function compareScenarios(
  runs: readonly CompletedRun[],
  a: string,
  b: string,
  metrics: readonly OutcomeName[],
  years: readonly number[],
): ComparisonRow[] {
  const ra = runs.filter((r) => r.scenario === a);
  const rb = runs.filter((r) => r.scenario === b);
  const yearly = (rs: readonly CompletedRun[], metric: OutcomeName, year: number) => rs.map((r) => yearMean(r.result.series.column(metric), r.params.startYear, year));
  const rows: ComparisonRow[] = [];
  for (const year of years)
    for (const metric of metrics) {
      const sa = summarise(yearly(ra, metric, year));
      const sb = summarise(yearly(rb, metric, year));
      rows.push({ metric, year, a: sa, b: sb, diff: welchInterval(sa, sb) });
    }
  return rows;
}
