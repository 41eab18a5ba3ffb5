import type { Rng } from '../engine/rng.js';

/**
 * Latin hypercube sample of n points in the unit cube of dimension d: each
 * dimension's n strata are each hit once, in an independent random order, with a
 * uniform position inside the stratum (McKay, Beckman & Conover 1979).
 */
export function latinHypercube(n: number, d: number, rng: Rng): number[][] {
  const rows: number[][] = Array.from({ length: n }, () => new Array<number>(d));
  const perm = new Array<number>(n);
  for (let j = 0; j < d; j++) {
    for (let i = 0; i < n; i++) perm[i] = i;
    for (let i = n - 1; i > 0; i--) {
      const k = rng.int(i + 1);
      const t = perm[i];
      perm[i] = perm[k];
      perm[k] = t;
    }
    for (let i = 0; i < n; i++) rows[i][j] = (perm[i] + rng.next()) / n;
  }
  return rows;
}
