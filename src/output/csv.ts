import type { Cell } from './table.js';

/** Numbers in a fixed, locale-free form with 10 significant digits: same run, same bytes. */
export function formatNumber(x: number): string {
  if (!Number.isFinite(x)) return x !== x ? 'NA' : x > 0 ? 'Inf' : '-Inf';
  if (Number.isInteger(x)) return String(x);
  return tenDigits(x) ?? String(Number(x.toPrecision(10)));
}

/** Exact powers of ten (10^0 to 10^22 are exact doubles). */
const POW10 = Array.from({ length: 23 }, (_, k) => Number(`1e${k}`));

/**
 * `String(Number(x.toPrecision(10)))` for |x| from 1e-6 to 1e9 without converting a
 * fraction to text twice (millions of cells in an experiment's tables); undefined
 * elsewhere. x is scaled to ten integer digits by one correctly rounded product with
 * an exact power of ten (error below 2e-6), so rounding that is toPrecision's exact
 * decimal rounding unless it lies within 1e-5 of a half (left to toPrecision). Those
 * digits, trailing zeros dropped, are what String prints for the double nearest them:
 * no other decimal of at most ten digits rounds to the same double. Integer arithmetic
 * below 1e10 is exact, so the digits are split around the point without error.
 */
function tenDigits(x: number): string | undefined {
  const a = Math.abs(x);
  let shift = 9 - Math.floor(Math.log10(a));
  if (shift < 1 || shift > 15) return undefined;
  const scaled = a * POW10[shift];
  let digits = Math.round(scaled);
  // log10 can miss the exponent by one near a power of ten.
  if (digits < 1e9 || digits >= 1e10 || Math.abs(scaled - digits) > 0.5 - 1e-5) return undefined;
  while (digits % 10 === 0 && shift > 0) {
    digits /= 10;
    shift--;
  }
  let body: string;
  if (shift === 0) body = String(digits);
  else {
    const p = POW10[shift];
    const whole = Math.floor(digits / p);
    const frac = String(digits - whole * p);
    body = `${whole}.${frac.length < shift ? '0'.repeat(shift - frac.length) + frac : frac}`;
  }
  return x < 0 ? `-${body}` : body;
}

/** A CSV field: quoted (RFC 4180) only when it holds a quote, comma or line break. */
export function quote(s: string): string {
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One typed value as a CSV field: numbers as `formatNumber`, null as an empty field. */
export function csvCell(v: Cell): string {
  return v === null ? '' : typeof v === 'number' ? formatNumber(v) : typeof v === 'boolean' ? String(v) : quote(v);
}

/** A whole CSV table: the header, then rows of text fields and numbers (as `formatNumber`). */
export function csvTable(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const line = (r: readonly Cell[]) => r.map(csvCell).join(',');
  return [line(header), ...rows.map(line)].join('\n') + '\n';
}
