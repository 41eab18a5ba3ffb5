/**
 * Sobol' low-discrepancy sequence in up to 1024 dimensions (Sobol' 1967), with the
 * Joe & Kuo (2008) direction numbers ("new-joe-kuo-6.21201", search criterion D(6)),
 * generated in Gray-code order (Antonov & Saleev 1979) with 32-bit integers.
 *
 * Point i of the sequence is a pure function of (i, dimension): the sequence is
 * prefix-stable (asking for more points never changes the earlier ones) and any
 * block can be produced directly (`skip`), so designs can be extended later.
 *
 * Point 0 is the origin (all zeros). `sobolSequence` skips it by default (skip = 1),
 * so dimension 1 starts 0.5, 0.75, 0.25, 0.375, ... and dimension 2 starts 0.5,
 * 0.25, 0.75, 0.375, ... (the classic tables; SALib's `skip_values` counts the same
 * way: skip = M returns points M, M+1, ...).
 *
 * Pure and synchronous; no randomness (an unscrambled sequence).
 */
import { JOE_KUO } from './sobolJoeKuo.js';

/** Largest dimension supported by the embedded direction numbers. */
export const SOBOL_MAX_DIMS = 1024;

/** Number of bits: points are multiples of 2^-32 and indices must stay below 2^32. */
const BITS = 32;
const SCALE = 2 ** -BITS;

let directionCache: Uint32Array[] | undefined;

/** Direction numbers V_1..V_32 (scaled to 32 bits) for dimensions 1..SOBOL_MAX_DIMS. */
function directions(): Uint32Array[] {
  if (directionCache) return directionCache;
  const out: Uint32Array[] = [];
  const first = new Uint32Array(BITS);
  for (let i = 0; i < BITS; i++) first[i] = 2 ** (BITS - 1 - i);
  out.push(first);
  for (const line of JOE_KUO.trim().split('\n')) {
    const nums = line.trim().split(/\s+/).map(Number);
    const [, s, a] = nums;
    const m = nums.slice(3);
    const v = new Uint32Array(BITS);
    for (let i = 0; i < BITS; i++) {
      if (i < s) {
        v[i] = m[i] * 2 ** (BITS - 1 - i);
      } else {
        let x = v[i - s] ^ (v[i - s] >>> s);
        for (let k = 1; k < s; k++) if ((a >>> (s - 1 - k)) & 1) x ^= v[i - k];
        v[i] = x >>> 0;
      }
    }
    out.push(v);
  }
  directionCache = out;
  return out;
}

function checkArgs(n: number, dims: number, skip: number): void {
  if (!Number.isInteger(dims) || dims < 1 || dims > SOBOL_MAX_DIMS)
    throw new RangeError(`sobol: dims must be an integer in [1, ${SOBOL_MAX_DIMS}], got ${dims}`);
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`sobol: n must be a non-negative integer, got ${n}`);
  if (!Number.isInteger(skip) || skip < 0) throw new RangeError(`sobol: skip must be a non-negative integer, got ${skip}`);
  if (skip + n > 2 ** BITS) throw new RangeError(`sobol: at most 2^${BITS} points`);
}

/**
 * A stateful walker over the sequence: `next()` returns point `index` and advances.
 * Starts at point `start` (0 = the origin).
 */
export class SobolGenerator {
  private readonly v: Uint32Array[];
  private readonly x: Uint32Array;
  private i = 0;

  constructor(
    readonly dims: number,
    start = 0,
  ) {
    checkArgs(0, dims, start);
    this.v = directions().slice(0, dims);
    this.x = new Uint32Array(dims);
    this.seek(start);
  }

  /** Index of the point that `next()` returns. */
  get index(): number {
    return this.i;
  }

  /** Jumps to point `index`, using its Gray code (XOR of the direction numbers of its set bits). */
  seek(index: number): void {
    checkArgs(0, this.dims, index);
    const g = (index ^ (index >>> 1)) >>> 0; // Gray code (bitwise ops act modulo 2^32)
    for (let j = 0; j < this.dims; j++) {
      let x = 0;
      for (let b = 0; b < BITS; b++) if ((g >>> b) & 1) x ^= this.v[j][b];
      this.x[j] = x >>> 0;
    }
    this.i = index;
  }

  /** Writes point `index` into `out` (or a new array) and advances to the next one. */
  next(out: number[] | Float64Array = new Array<number>(this.dims)): number[] | Float64Array {
    for (let j = 0; j < this.dims; j++) out[j] = this.x[j] * SCALE;
    // From point i to i+1: flip by the direction number of the lowest zero bit of i.
    let c = 0;
    let i = this.i;
    while (i & 1) {
      i >>>= 1;
      c++;
    }
    if (c >= BITS) throw new RangeError(`sobol: at most 2^${BITS} points`);
    for (let j = 0; j < this.dims; j++) this.x[j] = (this.x[j] ^ this.v[j][c]) >>> 0;
    this.i++;
    return out;
  }
}

/**
 * n points of the `dims`-dimensional Sobol' sequence, starting at point `skip`
 * (default 1: the origin is left out). Row k is point skip + k, whatever n is.
 */
export function sobolSequence(n: number, dims: number, skip = 1): number[][] {
  checkArgs(n, dims, skip);
  const gen = new SobolGenerator(dims, skip);
  const rows: number[][] = new Array(n);
  for (let k = 0; k < n; k++) rows[k] = gen.next() as number[];
  return rows;
}

/** Point `index` of the sequence (0 = the origin). */
export function sobolPoint(index: number, dims: number): number[] {
  return new SobolGenerator(dims, index).next() as number[];
}
