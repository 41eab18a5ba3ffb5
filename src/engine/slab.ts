/**
 * Typed arrays carved out of one ArrayBuffer, for a struct of arrays: one allocation
 * (and one zeroing) instead of one per array, which dominates the set-up of a small
 * run. Give the total number of elements of each type; each type has its own region
 * (float64 first, then int32, then uint8, so every view is aligned).
 */
export class Slab {
  private readonly buffer: ArrayBuffer;
  private readonly end: [number, number, number];
  private readonly at: [number, number, number];

  constructor(f64: number, i32: number, u8: number) {
    const a = 8 * f64;
    const b = a + 4 * i32;
    this.buffer = new ArrayBuffer(b + u8);
    this.at = [0, a, b];
    this.end = [a, b, b + u8];
  }

  f64(n: number): Float64Array {
    return new Float64Array(this.buffer, this.take(0, 8 * n), n);
  }

  i32(n: number): Int32Array {
    return new Int32Array(this.buffer, this.take(1, 4 * n), n);
  }

  u8(n: number): Uint8Array {
    return new Uint8Array(this.buffer, this.take(2, n), n);
  }

  private take(region: 0 | 1 | 2, bytes: number): number {
    const offset = this.at[region];
    if (offset + bytes > this.end[region]) throw new RangeError('Slab: more elements taken than reserved');
    this.at[region] = offset + bytes;
    return offset;
  }
}
