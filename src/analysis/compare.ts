import { InputError } from '../errors.js';
import type { OutcomeName } from '../outcomes.js';
import { DESEVE_ITEMS } from '../governance/deseve.js';
import { costComparison, type CostRow } from './costs.js';
import { fullYears, mean, pairedInterval, quantile, summarise, welchInterval, type Difference, type Summary } from './stats.js';

/** Metrics a scenario comparison covers, in the order tables show them. */
export const COMPARED_METRICS: readonly OutcomeName[] = ['producers', 'workers', 'productionPerDay', 'composite', ...DESEVE_ITEMS];

/** Years compared when none are asked for: 2014 (the last observed year) and the last full year, those simulated. */
export function defaultYears(startYear: number, months: number): number[] {
  const years = fullYears(startYear, months);
  const last = years.at(-1);
  return last === undefined ? [] : [...new Set([2014, last].filter((y) => years.includes(y)))];
}

/** Checks that each year is fully inside every run's horizon. */
export function checkYears(years: readonly number[], startYear: number, months: number, field = '--years'): void {
  const last = startYear + Math.floor(months / 12) - 1;
  if (last < startYear) throw new InputError('--months', 'at least 12 months (the comparison is of whole calendar years)', months);
  for (const y of years)
    if (!Number.isInteger(y) || y < startYear || y > last)
      throw new InputError(field, `whole calendar years between ${startYear} and ${last} (the simulated horizon)`, y);
}

/**
 * One scenario's values of a metric in a year, replicate by replicate (index r is
 * replicate r + 1), with each replicate's seed; NaN for a run that failed. Where they
 * come from (an experiment folder's checkpoints, runs held in memory) is the
 * caller's business, so `compare`, the report and the library share one comparison.
 */
export interface ReplicateValues {
  readonly seeds: readonly number[];
  readonly values: readonly number[];
}
/** With `total`, the running total of a monthly flow through December of the year instead of the year's mean. */
export type YearlyValues = (scenario: string, metric: OutcomeName, year: number, total?: boolean) => ReplicateValues;

export interface ComparisonRow {
  metric: OutcomeName;
  year: number;
  a: Summary;
  b: Summary;
  /** Whether the runs were paired by seed (then `diff` is a paired t interval, else Welch's). */
  paired: boolean;
  /** b - a, with its 95 % confidence interval. */
  diff: Difference;
  /** The difference in % of a's mean (NaN when that mean is 0). */
  percent: number;
  /** Its 95 % interval in % of a's mean (the mean taken as fixed). */
  percentLo: number;
  percentHi: number;
  /**
   * With parameter uncertainty (`compare --posterior`): the range holding 95 % of the
   * design points' own mean differences (2.5 % and 97.5 % quantiles), i.e. how much
   * the effect varies over the calibrated parameters, beyond run-to-run noise.
   */
  spread?: { lo: number; hi: number; points: number };
}

/** A baseline and an alternative compared metric by metric and year (b − a). */
export interface Comparison {
  readonly a: string;
  readonly b: string;
  readonly rows: readonly ComparisonRow[];
  /** True when `a` is the control of `compare --control` rather than the baseline. */
  readonly control?: boolean;
  /** Public money per extra job and workshop, per year. */
  readonly costs?: readonly CostRow[];
}

/**
 * Yearly values of two scenarios side by side, with the difference b - a. When the
 * two scenarios' runs share their seeds replicate by replicate (common random
 * numbers, as `run`, `compare` and experiments give by default), the difference is
 * paired: the mean of per-replicate differences with a t interval, much narrower
 * than the unpaired one; replicates where either run failed are left out of both.
 * Otherwise the interval is Welch's.
 */
export function compareScenarios(
  yearly: YearlyValues,
  a: string,
  b: string,
  metrics: readonly OutcomeName[],
  years: readonly number[],
): ComparisonRow[] {
  const rows: ComparisonRow[] = [];
  for (const year of years)
    for (const metric of metrics) {
      const ra = yearly(a, metric, year);
      const rb = yearly(b, metric, year);
      const paired = ra.seeds.length === rb.seeds.length && ra.seeds.length > 1 && ra.seeds.every((s, i) => s === rb.seeds[i]);
      let va: number[];
      let vb: number[];
      if (paired) {
        const keep = ra.values.map((x, i) => Number.isFinite(x) && Number.isFinite(rb.values[i]));
        va = ra.values.filter((_, i) => keep[i]);
        vb = rb.values.filter((_, i) => keep[i]);
      } else {
        va = ra.values.filter(Number.isFinite);
        vb = rb.values.filter(Number.isFinite);
      }
      const sa = summarise(va);
      const sb = summarise(vb);
      const diff = paired ? pairedInterval(va, vb) : welchInterval(sa, sb);
      const scale = sa.mean !== 0 ? 100 / Math.abs(sa.mean) : Number.NaN;
      rows.push({ metric, year, a: sa, b: sb, paired, diff, percent: diff.diff * scale, percentLo: diff.lo * scale, percentHi: diff.hi * scale });
    }
  return rows;
}

/**
 * Every alternative against the baseline, then (with a control) every alternative
 * other than the control against it: what binding adds beyond the same money spent.
 */
export function compareAll(
  yearly: YearlyValues,
  baseline: string,
  alternatives: readonly string[],
  metrics: readonly OutcomeName[],
  years: readonly number[],
  control?: string,
): Comparison[] {
  const one = (a: string, b: string) => ({ a, b, rows: compareScenarios(yearly, a, b, metrics, years), costs: costComparison(yearly, a, b, years) });
  const out: Comparison[] = alternatives.map((b) => one(baseline, b));
  if (control !== undefined) for (const b of alternatives) if (b !== control) out.push({ ...one(control, b), control: true });
  return out;
}

/**
 * The comparisons with, for each row, the spread of the effect over design points
 * (posterior particles): per point the mean of its run-by-run differences, then the
 * 2.5 % and 97.5 % quantiles of those means across points.
 */
export function withSpread(comparisons: readonly Comparison[], atPoint: (point: number) => YearlyValues, points: number): Comparison[] {
  const perPoint = Array.from({ length: points }, (_, k) => atPoint(k));
  return comparisons.map((c) => ({
    ...c,
    rows: c.rows.map((r) => {
      const means = perPoint
        .map((y) => {
          const va = y(c.a, r.metric, r.year).values;
          const vb = y(c.b, r.metric, r.year).values;
          const d = va.map((x, i) => vb[i] - x).filter(Number.isFinite);
          return d.length ? mean(d) : Number.NaN;
        })
        .filter(Number.isFinite);
      return { ...r, spread: { lo: quantile(means, 0.025), hi: quantile(means, 0.975), points: means.length } };
    }),
  }));
}
