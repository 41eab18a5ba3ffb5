/**
 * Summary over the replicates of one group (design point x scenario), per kept month
 * and outcome: n, mean, sd, and the 5/25/50/75/95 % quantiles (linear interpolation
 * between order statistics, R's type 7). Failed runs are left out.
 */
export const SUMMARY_STATS = ['mean', 'sd', 'q05', 'q25', 'median', 'q75', 'q95'] as const;
const PROBS = [0.05, 0.25, 0.5, 0.75, 0.95];

function quantileSorted(s: Float64Array, n: number, p: number): number {
  if (n === 0) return Number.NaN;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(n - 1, lo + 1);
  return s[lo] + (h - lo) * (s[hi] - s[lo]);
}

/**
 * `series` holds `runs` blocks of `cells` values (cells = kept months x outcomes);
 * `ok[r]` marks successful runs. Returns cells x 7 statistics, and the number of runs used.
 */
export function summariseGroup(series: Float64Array, runs: number, cells: number, ok: Uint8Array): { stats: Float64Array; n: number } {
  const stats = new Float64Array(cells * SUMMARY_STATS.length);
  const buf = new Float64Array(runs);
  let n = 0;
  for (let r = 0; r < runs; r++) n += ok[r];
  for (let c = 0; c < cells; c++) {
    let k = 0;
    let sum = 0;
    for (let r = 0; r < runs; r++) {
      if (!ok[r]) continue;
      const v = series[r * cells + c];
      buf[k++] = v;
      sum += v;
    }
    const mean = k ? sum / k : Number.NaN;
    let ss = 0;
    for (let j = 0; j < k; j++) ss += (buf[j] - mean) ** 2;
    const sorted = buf.subarray(0, k).sort();
    const o = c * SUMMARY_STATS.length;
    stats[o] = mean;
    stats[o + 1] = k > 1 ? Math.sqrt(ss / (k - 1)) : k === 1 ? 0 : Number.NaN;
    for (let q = 0; q < PROBS.length; q++) stats[o + 2 + q] = quantileSorted(sorted, k, PROBS[q]);
  }
  return { stats, n };
}
