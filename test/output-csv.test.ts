import { expect, it } from 'vitest';
import { formatNumber } from '../src/output/csv.js';

/** The definition formatNumber's fast path must match byte for byte. */
const reference = (x: number) => (!Number.isFinite(x) ? (x !== x ? 'NA' : x > 0 ? 'Inf' : '-Inf') : Number.isInteger(x) ? String(x) : String(Number(x.toPrecision(10))));

it('formatNumber writes 10 significant digits exactly as String(Number(x.toPrecision(10)))', () => {
  // xorshift32: a fixed stream of test values.
  let s = 0x9e3779b9 | 0;
  const next = () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
  const bits = new Float64Array(1);
  const words = new Uint32Array(bits.buffer);
  const values = [0.1, 1e-6, 1.5e-6, 9.99999999999e-7, 1e-7, 123456789.5, 12345678912.5, 0.99999999999, 9.99999999995, 1e15 + 0.5, -0.5, -1e-5, 5e-324, Number.MAX_VALUE, NaN, Infinity, -Infinity, -0, 0.125, 2.00000000001];
  for (let i = 0; i < 100_000; i++) {
    values.push((next() - 0.5) * 10 ** Math.floor(next() * 40 - 20));
    words[0] = next() * 4294967296;
    words[1] = next() * 4294967296;
    values.push(bits[0]);
    const d = Math.floor(next() * 1e11);
    // Decimals of up to eleven digits, and halfway cases of the tenth digit.
    values.push(d / 10 ** Math.floor(next() * 16), (d + 0.5) / 10 ** Math.floor(next() * 12), -(d + 0.5) / 10 ** Math.floor(next() * 12));
  }
  const wrong = values.filter((x) => formatNumber(x) !== reference(x));
  expect(wrong.map((x) => [x, formatNumber(x), reference(x)])).toEqual([]);
});
