import type { Cell } from './table.js';

/** Numbers in a fixed, locale-free form with 10 significant digits: same run, same bytes. */
export function formatNumber(x: number): string {
  if (!Number.isFinite(x)) return x !== x ? 'NA' : x > 0 ? 'Inf' : '-Inf';
  if (Number.isInteger(x)) return String(x);
  return String(Number(x.toPrecision(10)));
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
