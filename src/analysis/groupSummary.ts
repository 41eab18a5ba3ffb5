import { mean, quantileSorted, variance } from './stats.js';

/**
 * Summary rows over the replicates of one group (design point x scenario), per kept
 * month and outcome: n, mean, sd, and the 5/25/50/75/95 % quantiles (stats.ts's
 * quantile definition). Failed runs are left out. The runner writes them to summary.csv.
 */
export const SUMMARY_STATS = ['mean', 'sd', 'q05', 'q25', 'median', 'q75', 'q95'] as const;
const PROBS = [0.05, 0.25, 0.5, 0.75, 0.95];

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
    for (let r = 0; r < runs; r++) if (ok[r]) buf[k++] = series[r * cells + c];
    const values = buf.subarray(0, k);
    const o = c * SUMMARY_STATS.length;
    // Mean and sd in run order, before sorting (the order fixes the last bits).
    stats[o] = mean(values);
    stats[o + 1] = Math.sqrt(variance(values));
    values.sort();
    for (let q = 0; q < PROBS.length; q++) stats[o + 2 + q] = quantileSorted(values, PROBS[q]);
  }
  return { stats, n };
}
