/**
 * The statistics of collabsim, one definition of each: quantiles, means and
 * variances, yearly values, summaries over replicates, intervals for differences
 * between scenarios and the noise share. The runner's summary files, `compare`,
 * the report, the analysis commands and the browser explorer all use these, so
 * they cannot disagree. Pure (no I/O, no Node API): it is bundled into the explorer.
 *
 * Hand-written rather than mathjs: the summaries run over typed arrays in the
 * runner's inner loop, and the explorer would otherwise bundle mathjs for four lines.
 */

/**
 * Quantile p of values sorted ascending: linear interpolation between order
 * statistics, h = (n - 1) p, Q = x[⌊h⌋] + (h - ⌊h⌋)(x[⌊h⌋+1] - x[⌊h⌋]) (Hyndman &
 * Fan 1996, definition 7; the default of R, numpy and mathjs). NaN for no values.
 */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  if (n === 1) return sorted[0];
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(n - 1, lo + 1);
  return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
}

/** Quantile p of unsorted values (see `quantileSorted`); the input is not changed. */
export function quantile(values: ArrayLike<number>, p: number): number {
  return quantileSorted(Float64Array.from(values).sort(), p);
}

/** Arithmetic mean, summed in order; NaN for no values. */
export function mean(xs: ArrayLike<number>): number {
  let s = 0;
  for (let i = 0; i < xs.length; i++) s += xs[i];
  return xs.length ? s / xs.length : Number.NaN;
}

/** Sample variance (divisor n - 1); 0 for one value, NaN for none. */
export function variance(xs: ArrayLike<number>): number {
  const n = xs.length;
  if (n < 2) return n === 1 ? 0 : Number.NaN;
  const m = mean(xs);
  let s = 0;
  for (let i = 0; i < n; i++) s += (xs[i] - m) ** 2;
  return s / (n - 1);
}

/**
 * The yearly value of an outcome: the mean of the 12 months of calendar year `year`
 * in a monthly column that starts in January of `startYear` (the reading of the
 * observed Table 1.2 that calibration, comparison, report and explorer all use).
 */
export function yearMean(column: ArrayLike<number>, startYear: number, year: number): number {
  const first = (year - startYear) * 12;
  let s = 0;
  for (let m = first; m < first + 12; m++) s += column[m];
  return s / 12;
}

/**
 * The running total of a monthly flow (e.g. public spending, Rp M/month) from the
 * first month through December of `year`: what was spent up to then.
 */
export function totalThrough(column: ArrayLike<number>, startYear: number, year: number): number {
  const end = (year - startYear + 1) * 12;
  let s = 0;
  for (let m = 0; m < end; m++) s += column[m];
  return s;
}

/** The calendar years fully inside a horizon of `months` months from January of `startYear`. */
export function fullYears(startYear: number, months: number): number[] {
  return Array.from({ length: Math.floor(months / 12) }, (_, k) => startYear + k);
}

/** Standard normal quantile (Acklam's rational approximation, |error| < 1.2e-9). */
export function normalQuantile(p: number): number {
  const a = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
  const b = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
  const c = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
  const lo = 0.02425;
  if (p < lo) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5]) / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1);
  }
  if (p > 1 - lo) return -normalQuantile(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return ((((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q) / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1);
}

/** Student t quantile by the Cornish-Fisher expansion (good to ~1e-3 for df >= 5). */
export function tQuantile(p: number, df: number): number {
  const z = normalQuantile(p);
  const z3 = z ** 3;
  const z5 = z ** 5;
  const z7 = z ** 7;
  return z + (z3 + z) / (4 * df) + (5 * z5 + 16 * z3 + 3 * z) / (96 * df ** 2) + (3 * z7 + 19 * z5 + 17 * z3 - 15 * z) / (384 * df ** 3);
}

/** Replicates of one value: where their mean is and where 95 % of them fall. */
export interface Summary {
  n: number;
  mean: number;
  sd: number;
  /** 2.5 % and 97.5 % quantiles of the replicates: where 95 % of runs fall. */
  lo: number;
  hi: number;
  median: number;
}

export function summarise(xs: readonly number[]): Summary {
  const sorted = Float64Array.from(xs).sort();
  return {
    n: xs.length,
    mean: mean(xs),
    sd: Math.sqrt(variance(xs)),
    lo: quantileSorted(sorted, 0.025),
    hi: quantileSorted(sorted, 0.975),
    median: quantileSorted(sorted, 0.5),
  };
}

/** The 5, 25, 50, 75 and 95 % quantiles of a set of values (the bands of charts and tables). */
export interface Quantiles {
  readonly q05: number;
  readonly q25: number;
  readonly median: number;
  readonly q75: number;
  readonly q95: number;
}

/** Quantiles of unsorted values. */
export function quantilesOf(values: ArrayLike<number>): Quantiles {
  const s = Float64Array.from(values).sort();
  return { q05: quantileSorted(s, 0.05), q25: quantileSorted(s, 0.25), median: quantileSorted(s, 0.5), q75: quantileSorted(s, 0.75), q95: quantileSorted(s, 0.95) };
}

/** Statistics over runs of one calendar year's value: a row of the report's and explorer's yearly tables. */
export interface YearStat extends Quantiles {
  readonly year: number;
  readonly n: number;
  readonly mean: number;
}

export function yearStatOf(values: ArrayLike<number>, year: number): YearStat {
  return { year, n: values.length, mean: mean(values), ...quantilesOf(values) };
}

/** A difference b - a with its 95 % confidence interval. */
export interface Difference {
  diff: number;
  lo: number;
  hi: number;
}

/**
 * Unpaired difference of means b - a with a 95 % Welch interval: for replicates
 * of two scenarios run with independent seeds.
 */
export function welchInterval(a: Summary, b: Summary): Difference {
  const diff = b.mean - a.mean;
  const va = (a.sd * a.sd) / a.n;
  const vb = (b.sd * b.sd) / b.n;
  const se = Math.sqrt(va + vb);
  if (se === 0 || a.n < 2 || b.n < 2) return { diff, lo: diff, hi: diff };
  const df = (va + vb) ** 2 / ((va * va) / (a.n - 1) + (vb * vb) / (b.n - 1));
  const t = tQuantile(0.975, Math.max(1, df));
  return { diff, lo: diff - t * se, hi: diff + t * se };
}

/** A paired difference: see `pairedInterval`. */
export interface PairedInterval extends Difference {
  /** Half-width of the 95 % interval (0 with fewer than two pairs). */
  halfWidth: number;
  /** Number of pairs. */
  n: number;
  /** The difference in percent of the baseline (a) mean; NaN if that mean is 0. */
  percent: number;
}

/**
 * Paired difference b - a: the mean of the per-replicate differences b[i] - a[i]
 * with a 95 % Student t interval (n - 1 degrees of freedom). For replicates that
 * share their random numbers across the two scenarios (replicate i of both run with
 * the same seed), where it is much narrower than the Welch interval.
 */
export function pairedInterval(a: ArrayLike<number>, b: ArrayLike<number>): PairedInterval {
  if (a.length !== b.length) throw new RangeError(`pairedInterval: ${a.length} baseline values but ${b.length} others`);
  const n = a.length;
  const d = Float64Array.from({ length: n }, (_, i) => b[i] - a[i]);
  const diff = mean(d);
  const base = mean(a);
  const halfWidth = n < 2 ? 0 : tQuantile(0.975, n - 1) * Math.sqrt(variance(d) / n);
  return { diff, lo: diff - halfWidth, hi: diff + halfWidth, halfWidth, n, percent: base === 0 ? Number.NaN : (100 * diff) / base };
}

/**
 * Share of the variance of per-point means that is seed noise. Each design point's
 * output is the mean over its replicates; `meanVariances[i]` is the variance of that
 * mean (replicate variance / replicates). The share is their average over the
 * variance of the means across points (which holds both the parameters' effect and
 * that noise), capped at 1: about 0 when the parameters explain the differences,
 * about 1 when the seed does (then more replicates are needed). 0 when nothing varies.
 */
export function noiseShare(pointMeans: ArrayLike<number>, meanVariances: ArrayLike<number>): number {
  const within = mean(meanVariances);
  const total = variance(pointMeans);
  return total > 0 ? Math.min(1, within / total) : 0;
}

/** A ratio of two paired mean differences with its 95 % Fieller interval. */
export interface RatioInterval {
  ratio: number;
  lo: number;
  hi: number;
  /**
   * False when the denominator's 95 % interval includes zero: the ratio can then be
   * anything (the interval is unbounded), and only the two differences are reported.
   */
  bounded: boolean;
}

/**
 * mean(num) / mean(den) for paired replicate values (e.g. extra public spending and
 * extra jobs, run by run) with Fieller's (1954) 95 % interval, which, unlike the
 * delta method, stays honest when the denominator is uncertain: it is the set of
 * ratios θ for which mean(num) − θ·mean(den) is not significantly different from 0,
 * with the t quantile of n − 1 degrees of freedom and the covariance of the pairs.
 */
export function fiellerRatio(num: ArrayLike<number>, den: ArrayLike<number>): RatioInterval {
  const n = num.length;
  if (n !== den.length) throw new RangeError(`fiellerRatio: ${n} numerators but ${den.length} denominators`);
  const a = mean(num);
  const b = mean(den);
  const ratio = a / b;
  if (n < 2) return { ratio, lo: Number.NaN, hi: Number.NaN, bounded: false };
  let cov = 0;
  for (let i = 0; i < n; i++) cov += (num[i] - a) * (den[i] - b);
  const v11 = variance(num) / n;
  const v22 = variance(den) / n;
  const v12 = cov / (n - 1) / n;
  const t2 = tQuantile(0.975, n - 1) ** 2;
  const qa = b * b - t2 * v22;
  if (!(qa > 0)) return { ratio, lo: -Infinity, hi: Infinity, bounded: false };
  const qb = a * b - t2 * v12;
  const qc = a * a - t2 * v11;
  const disc = Math.max(0, qb * qb - qa * qc);
  const r1 = (qb - Math.sqrt(disc)) / qa;
  const r2 = (qb + Math.sqrt(disc)) / qa;
  return { ratio, lo: Math.min(r1, r2), hi: Math.max(r1, r2), bounded: true };
}

/**
 * One-sided binomial tail P(X >= k) for X ~ Binomial(n, p): the p-value of
 * "at least k successes in n trials" against success probability p (scipy's
 * binomtest(k, n, p, alternative="greater")). Summed in log space from k up, so it
 * neither overflows nor loses the small tails.
 */
export function binomialUpperTail(k: number, n: number, p: number): number {
  if (!Number.isInteger(k) || !Number.isInteger(n) || n < 0) throw new RangeError(`binomialUpperTail: integer k and n >= 0 expected (k ${k}, n ${n})`);
  if (k <= 0) return 1;
  if (k > n) return 0;
  if (p <= 0) return 0;
  if (p >= 1) return 1;
  // log C(n, k) by summing logs: n is a count of design points, so this stays cheap.
  let logC = 0;
  for (let i = 1; i <= k; i++) logC += Math.log(n - k + i) - Math.log(i);
  let logPmf = logC + k * Math.log(p) + (n - k) * Math.log1p(-p);
  const ratio = Math.log(p) - Math.log1p(-p);
  let sum = 0;
  for (let j = k; j <= n; j++) {
    sum += Math.exp(logPmf);
    logPmf += Math.log(n - j) - Math.log(j + 1) + ratio;
  }
  return Math.min(1, sum);
}
