import { mean, quantileSeq, std } from 'mathjs';

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
  if (xs.length === 0) return { n: 0, mean: NaN, sd: NaN, lo: NaN, hi: NaN, median: NaN };
  const arr = [...xs];
  const sd = xs.length > 1 ? (std(arr) as unknown as number) : 0;
  return {
    n: xs.length,
    mean: mean(arr) as number,
    sd,
    lo: quantileSeq(arr, 0.025) as number,
    hi: quantileSeq(arr, 0.975) as number,
    median: quantileSeq(arr, 0.5) as number,
  };
}

export interface Difference {
  diff: number;
  lo: number;
  hi: number;
}

/** Difference of means b - a with a 95 % Welch confidence interval. */
export function meanDifference(a: Summary, b: Summary): Difference {
  const diff = b.mean - a.mean;
  const va = (a.sd * a.sd) / a.n;
  const vb = (b.sd * b.sd) / b.n;
  const se = Math.sqrt(va + vb);
  if (se === 0 || a.n < 2 || b.n < 2) return { diff, lo: diff, hi: diff };
  const df = (va + vb) ** 2 / ((va * va) / (a.n - 1) + (vb * vb) / (b.n - 1));
  const t = tQuantile(0.975, Math.max(1, df));
  return { diff, lo: diff - t * se, hi: diff + t * se };
}
