/**
 * The "problem" of a sensitivity analysis or calibration, in SALib's sense: the
 * names of the varied inputs and their [lower, upper] bounds. Every sampler in
 * src/design (Saltelli, Morris, ...) works in the unit cube and maps its rows onto
 * this box with `scale`; every matching analysis in src/analysis reads the same
 * Problem, so a design and its analysis always agree on order and ranges.
 */
import { InputError } from '../errors.js';
import { declaration } from '../params/index.js';

export interface Problem {
  names: string[];
  bounds: [number, number][];
  /**
   * Optional: which inputs are integer parameters (from `problemFromParams`).
   * Samplers ignore it (designs live on the continuous box); use `roundIntegers`
   * when turning a design row into model parameters, and pass the unrounded rows
   * to the analyses.
   */
  integer?: boolean[];
}

/** Throws InputError unless the problem has matching names/bounds and finite lo < hi. */
export function checkProblem(problem: Problem): void {
  const { names, bounds } = problem;
  if (names.length === 0) throw new InputError('problem.names', 'at least one input');
  if (bounds.length !== names.length)
    throw new InputError('problem.bounds', `one [lower, upper] pair per name (${names.length})`, bounds.length);
  if (new Set(names).size !== names.length) throw new InputError('problem.names', 'distinct names', names);
  bounds.forEach(([lo, hi], j) => {
    if (!Number.isFinite(lo) || !Number.isFinite(hi) || !(lo < hi))
      throw new InputError(`problem.bounds.${names[j]}`, 'finite bounds with lower < upper', [lo, hi]);
  });
  if (problem.integer && problem.integer.length !== names.length)
    throw new InputError('problem.integer', `one flag per name (${names.length})`, problem.integer.length);
}

/** Maps one row of the unit cube onto the problem's box: lo + u (hi - lo), per input. */
export function scale(unitRow: ArrayLike<number>, problem: Problem): number[] {
  const { bounds } = problem;
  if (unitRow.length !== bounds.length)
    throw new InputError('row', `${bounds.length} values (one per input)`, unitRow.length);
  const out = new Array<number>(bounds.length);
  for (let j = 0; j < bounds.length; j++) {
    const [lo, hi] = bounds[j];
    out[j] = lo + unitRow[j] * (hi - lo);
  }
  return out;
}

/** `scale` for many rows. */
export function scaleRows(unitRows: readonly ArrayLike<number>[], problem: Problem): number[][] {
  return unitRows.map((r) => scale(r, problem));
}

/** The inverse of `scale`: (x - lo) / (hi - lo), per input. */
export function unscale(row: ArrayLike<number>, problem: Problem): number[] {
  const out = new Array<number>(problem.bounds.length);
  for (let j = 0; j < problem.bounds.length; j++) {
    const [lo, hi] = problem.bounds[j];
    out[j] = (row[j] - lo) / (hi - lo);
  }
  return out;
}

/** Rounds the integer inputs of a scaled row (a copy), for use as model parameters. */
export function roundIntegers(row: readonly number[], problem: Problem): number[] {
  if (!problem.integer) return [...row];
  return row.map((v, j) => (problem.integer![j] ? Math.round(v) : v));
}

/** A scaled row as a name -> value record (e.g. for `withOverrides`), integers rounded. */
export function rowToRecord(row: readonly number[], problem: Problem): Record<string, number> {
  const r = roundIntegers(row, problem);
  return Object.fromEntries(problem.names.map((n, j) => [n, r[j]]));
}

/**
 * A Problem over model parameters, with each parameter's declared [min, max] as
 * its bounds (narrow them afterwards if the declared range is too wide for the
 * question). Only real and int parameters can be varied continuously: an unknown,
 * enum or bool parameter is rejected with an InputError naming it.
 */
export function problemFromParams(names: readonly string[], field = 'problem'): Problem {
  if (names.length === 0) throw new InputError(field, 'at least one parameter name');
  const bounds: [number, number][] = [];
  const integer: boolean[] = [];
  const seen = new Set<string>();
  for (const name of names) {
    const d = declaration(name);
    if (!d) throw new InputError(`${field}.${name}`, 'a known parameter (see `collabsim params`)');
    if (d.kind !== 'real' && d.kind !== 'int')
      throw new InputError(`${field}.${name}`, `a real or int parameter (it is ${d.kind}: vary it by scenario or grid instead)`);
    if (seen.has(name)) throw new InputError(`${field}.${name}`, 'each parameter once');
    seen.add(name);
    bounds.push([d.min, d.max]);
    integer.push(d.kind === 'int');
  }
  return { names: [...names], bounds, integer };
}
