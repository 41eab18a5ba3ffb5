import { InputError } from '../params/index.js';
import type { OutcomeName } from '../outcomes.js';
import type { CompletedRun } from '../runner/runs.js';
import { meanDifference, summarise, type Difference, type Summary } from './stats.js';

/**
 * Yearly value of a metric in one run: the mean of that calendar year's 12 months
 * (the same reading the calibration to Table 1.2 uses).
 */
export function yearValue(run: CompletedRun, metric: OutcomeName, year: number): number {
  const s = run.result.series;
  const first = (year - run.params.startYear) * 12;
  let sum = 0;
  for (let m = first; m < first + 12; m++) sum += s.get(metric, m);
  return sum / 12;
}

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

export function compareScenarios(
  runs: readonly CompletedRun[],
  a: string,
  b: string,
  metrics: readonly OutcomeName[],
  years: readonly number[],
): ComparisonRow[] {
  const ra = runs.filter((r) => r.scenario === a);
  const rb = runs.filter((r) => r.scenario === b);
  const rows: ComparisonRow[] = [];
  for (const year of years)
    for (const metric of metrics) {
      const sa = summarise(ra.map((r) => yearValue(r, metric, year)));
      const sb = summarise(rb.map((r) => yearValue(r, metric, year)));
      rows.push({ metric, year, a: sa, b: sb, diff: meanDifference(sa, sb) });
    }
  return rows;
}
