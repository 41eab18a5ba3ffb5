/**
 * Saltelli (2010) sampling for Sobol' indices, as SALib's `sample.saltelli` /
 * `sample.sobol`: base matrices A and B are the first and last D columns of a
 * 2D-dimensional Sobol' sequence; for each base point i the rows are, in order,
 *
 *   A_i, AB_i^(1), ..., AB_i^(D), [BA_i^(1), ..., BA_i^(D),] B_i
 *
 * where AB^(j) is A with column j taken from B and BA^(j) is B with column j taken
 * from A (only with secondOrder). That gives N (D + 2) rows, or N (2D + 2) with
 * secondOrder. `analyzeSobol` in src/analysis/sobol.ts reads the model outputs in
 * exactly this order.
 *
 * Unlike SALib, secondOrder defaults to false (it almost doubles the cost); pass
 * the same flag to the analysis. N should be a power of 2 (the sequence's balance
 * properties hold for blocks of 2^k points); other N work but are less uniform.
 */
import { checkProblem, scale, type Problem } from './problem.js';
import { SOBOL_MAX_DIMS, sobolSequence } from './sobolSequence.js';

export interface SaltelliOptions {
  /** Also produce the BA rows needed for second-order indices (default false). */
  secondOrder?: boolean;
  /**
   * Leading points of the Sobol' sequence to discard, counting the origin as point
   * 0 (as SALib's skip_values). Default 1: only the origin is dropped, so row i of
   * A/B is point i + 1. A power of 2 (e.g. 1024) keeps the blocks balanced.
   */
  skip?: number;
}

/** Rows per base point: D + 2, or 2D + 2 with second order. */
export function saltelliRowsPerPoint(d: number, secondOrder = false): number {
  return secondOrder ? 2 * d + 2 : d + 2;
}

/** The design in the unit cube, in the row order described above. */
export function saltelliUnit(d: number, n: number, options: SaltelliOptions = {}): number[][] {
  const secondOrder = options.secondOrder ?? false;
  const skip = options.skip ?? 1;
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`saltelli: N must be a positive integer, got ${n}`);
  if (2 * d > SOBOL_MAX_DIMS) throw new RangeError(`saltelli: at most ${SOBOL_MAX_DIMS / 2} inputs, got ${d}`);
  const base = sobolSequence(n, 2 * d, skip);
  const rows: number[][] = [];
  for (let i = 0; i < n; i++) {
    const a = base[i].slice(0, d);
    const b = base[i].slice(d, 2 * d);
    rows.push(a.slice());
    for (let k = 0; k < d; k++) {
      const ab = a.slice();
      ab[k] = b[k];
      rows.push(ab);
    }
    if (secondOrder)
      for (let k = 0; k < d; k++) {
        const ba = b.slice();
        ba[k] = a[k];
        rows.push(ba);
      }
    rows.push(b.slice());
  }
  return rows;
}

/** Saltelli design scaled to the problem's bounds: N (D + 2) or N (2D + 2) rows. */
export function saltelli(problem: Problem, n: number, options: SaltelliOptions = {}): number[][] {
  checkProblem(problem);
  return saltelliUnit(problem.names.length, n, options).map((r) => scale(r, problem));
}
