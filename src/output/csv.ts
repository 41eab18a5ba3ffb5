import { dateOf } from '../engine/calendar.js';
import { OUTCOMES, OUTCOME_NAMES } from '../outcomes.js';
import type { CompletedRun } from '../run.js';
import { idColumn, outcomeColumn } from './codebook.js';
import type { Cell } from './table.js';

/** Identity columns that precede the outcomes in every run-month row (run and compare). */
export const ID_COLUMNS = [
  idColumn('runId', 'Run identifier: scenario#replicate.'),
  idColumn('scenario'),
  idColumn('replicate', 'Replicate number within the scenario (1-based).'),
  idColumn('seed', 'Seed of this run, derived from the experiment seed and replicate (and the scenario with independent random numbers).'),
  idColumn('month'),
  idColumn('date'),
];

export const CSV_COLUMNS = [...ID_COLUMNS, ...OUTCOMES.map(outcomeColumn)];

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

/** One row per run: identity and seed (the run table, as `experiment` writes it). */
export function runTable(runs: readonly CompletedRun[]): string {
  return (
    'runId,scenario,replicate,seed,status,error\n' +
    runs.map((r) => `${quote(r.runId)},${quote(r.scenario)},${r.replicate},${r.seed},ok,`).join('\n') +
    '\n'
  );
}

export function csvHeader(): string {
  return CSV_COLUMNS.map((c) => c.name).join(',') + '\n';
}

/** The tidy run-month rows of one run (one line per month). */
export function csvRows(run: CompletedRun): string {
  const s = run.result.series;
  const parts: string[] = [];
  const id = `${quote(run.runId)},${quote(run.scenario)},${run.replicate},${run.seed}`;
  for (let m = 0; m < s.months; m++) {
    let line = `${id},${m + 1},${dateOf(run.params.startYear, m)}`;
    for (const c of OUTCOME_NAMES) line += ',' + formatNumber(s.get(c, m));
    parts.push(line);
  }
  return parts.join('\n') + '\n';
}
