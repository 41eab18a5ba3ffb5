import type { YearlyValues } from './compare.js';
import { fiellerRatio, pairedInterval, type PairedInterval, type RatioInterval } from './stats.js';

/**
 * What an alternative costs against a baseline, per year compared: the extra public
 * money spent from the start through that year (agency programmes and grants, agency
 * and bank contributions to a pooled fund), the extra jobs (workers) and workshops
 * in that year, and the cost per extra job and per extra workshop. Every quantity
 * is taken run by run (common random numbers), so the ratios carry Fieller
 * intervals of paired differences; a ratio whose denominator is not clearly above
 * or below zero is reported as not estimable rather than as a number.
 *
 * Pooled-fund contributions count in full although the fund lends them out and part
 * comes back: this is public money committed, an upper bound of money used up.
 */
export interface CostRow {
  readonly year: number;
  /** Extra public spending through the year, Rp M (b − a). */
  readonly spending: PairedInterval;
  /** Extra workers in the year (yearly mean), persons. */
  readonly jobs: PairedInterval;
  /** Extra workshops in the year (yearly mean). */
  readonly workshops: PairedInterval;
  /** Rp M of extra spending per extra job. */
  readonly perJob: RatioInterval;
  /** Rp M of extra spending per extra workshop. */
  readonly perWorkshop: RatioInterval;
}

export function costComparison(yearly: YearlyValues, a: string, b: string, years: readonly number[]): CostRow[] {
  return years.map((year) => {
    const pick = (s: string) => ({
      spend: yearly(s, 'publicSpending', year, true).values,
      workers: yearly(s, 'workers', year).values,
      producers: yearly(s, 'producers', year).values,
    });
    const va = pick(a);
    const vb = pick(b);
    // Replicates where both runs succeeded, in replicate order (pairs).
    const keep = va.spend.map((_, i) => [va.spend[i], vb.spend[i], va.workers[i], vb.workers[i], va.producers[i], vb.producers[i]].every(Number.isFinite));
    const col = (xs: readonly number[]) => xs.filter((_, i) => keep[i]);
    const diff = (x: readonly number[], y: readonly number[]) => col(y).map((v, i) => v - col(x)[i]);
    const dSpend = diff(va.spend, vb.spend);
    const dJobs = diff(va.workers, vb.workers);
    const dShops = diff(va.producers, vb.producers);
    return {
      year,
      spending: pairedInterval(col(va.spend), col(vb.spend)),
      jobs: pairedInterval(col(va.workers), col(vb.workers)),
      workshops: pairedInterval(col(va.producers), col(vb.producers)),
      perJob: fiellerRatio(dSpend, dJobs),
      perWorkshop: fiellerRatio(dSpend, dShops),
    };
  });
}

/**
 * How to read a cost ratio from the signs of its two differences: more money for
 * more (a cost per unit gained), less for more (it dominates: nothing to price),
 * more for fewer (dominated), or less for fewer (money saved per unit lost).
 */
export type CostReading = 'cost' | 'dominates' | 'dominated' | 'saving';

export function costReading(spending: number, gained: number): CostReading {
  if (gained >= 0) return spending >= 0 ? 'cost' : 'dominates';
  return spending >= 0 ? 'dominated' : 'saving';
}
