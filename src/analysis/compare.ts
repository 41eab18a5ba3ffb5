import { InputError } from '../errors.js';
import type { OutcomeName } from '../outcomes.js';
import type { CompletedRun } from '../run.js';
import { pairedInterval, summarise, welchInterval, yearMean, type Difference, type Summary } from './stats.js';

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
  /** Whether the runs were paired by seed (then `diff` is a paired t interval, else Welch's). */
  paired: boolean;
  /** b - a, with its 95 % confidence interval. */
  diff: Difference;
}

/**
 * Yearly values of two scenarios side by side, with the difference b - a. When the
 * two scenarios' runs share their seeds replicate by replicate (common random
 * numbers, as `run`, `compare` and experiments give by default), the difference is
 * paired: the mean of per-replicate differences with a t interval, much narrower
 * than the unpaired one. Otherwise the interval is Welch's.
 */
export function compareScenarios(
  runs: readonly CompletedRun[],
  a: string,
  b: string,
  metrics: readonly OutcomeName[],
  years: readonly number[],
): ComparisonRow[] {
  const byReplicate = (name: string) => runs.filter((r) => r.scenario === name).sort((x, y) => x.replicate - y.replicate);
  const ra = byReplicate(a);
  const rb = byReplicate(b);
  const paired = ra.length === rb.length && ra.length > 1 && ra.every((r, i) => r.replicate === rb[i].replicate && r.seed === rb[i].seed);
  const yearly = (rs: readonly CompletedRun[], metric: OutcomeName, year: number) => rs.map((r) => yearMean(r.result.series.column(metric), r.params.startYear, year));
  const rows: ComparisonRow[] = [];
  for (const year of years)
    for (const metric of metrics) {
      const va = yearly(ra, metric, year);
      const vb = yearly(rb, metric, year);
      const sa = summarise(va);
      const sb = summarise(vb);
      rows.push({ metric, year, a: sa, b: sb, paired, diff: paired ? pairedInterval(va, vb) : welchInterval(sa, sb) });
    }
  return rows;
}
