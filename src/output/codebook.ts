import type { Outcome } from '../outcomes.js';
import { declaration } from '../params/index.js';
import type { Column } from './table.js';

/**
 * The codebook: type, unit and meaning of every column the tidy tables hold. Identity
 * and statistics columns are described here once; outcomes and design parameters
 * take theirs from their own declarations (src/outcomes.ts, src/params).
 */
const IDS: Readonly<Record<string, Omit<Column, 'name'>>> = {
  runId: { type: 'utf8', unit: 'identifier', description: 'Run identifier: pointId/scenario/replicate.' },
  pointId: { type: 'utf8', unit: 'identifier', description: 'Design point identifier, a hash of its parameter values ("base" without a design).' },
  scenario: { type: 'utf8', unit: 'name', description: 'Scenario name.' },
  replicate: { type: 'int32', unit: 'index (1-based)', description: 'Replicate number within the design point and scenario.' },
  seed: {
    type: 'int64',
    unit: 'integer (below 2^53)',
    description: 'Seed of the run, derived from the experiment seed, design point, replicate and (with independent random numbers) scenario.',
  },
  status: { type: 'utf8', unit: 'ok | failed', description: 'Whether the run completed (ok) or threw (failed).' },
  error: { type: 'utf8', nullable: true, unit: 'text', description: 'Error message of a failed run; empty (null) for ok runs.' },
  month: { type: 'int32', unit: 'month (1-based)', description: 'Month of the run (1 = January of startYear).' },
  date: { type: 'utf8', unit: 'YYYY-MM', description: 'Calendar month.' },
  n: { type: 'int32', unit: 'runs', description: 'Successful replicates behind the summary statistics.' },
  outcome: { type: 'utf8', unit: 'name', description: 'Outcome summarised in this row (a series column; its unit is that column\'s).' },
};

const STATS: Readonly<Record<string, string>> = {
  mean: 'Mean over replicates.',
  sd: 'Standard deviation over replicates (n - 1 denominator; NaN with one replicate).',
  q05: '5 % quantile over replicates (linear interpolation, R type 7).',
  q25: '25 % quantile over replicates (type 7).',
  median: 'Median over replicates.',
  q75: '75 % quantile over replicates (type 7).',
  q95: '95 % quantile over replicates (type 7).',
};

function missing(kind: string, name: string): never {
  // A column without a codebook entry is a programming error, caught by any test that writes one.
  throw new Error(`no codebook entry for ${kind} column ${name}`);
}

/** An identity column (runId, pointId, scenario, replicate, seed, status, error, month, date, n, outcome). */
export function idColumn(name: string, description?: string): Column {
  const c = IDS[name] ?? missing('identity', name);
  return { name, ...c, ...(description ? { description } : {}) };
}

export function outcomeColumn(o: Outcome): Column {
  return { name: o.name, type: 'float64', unit: o.unit, description: o.description };
}

/** A summary statistic over replicates; in the unit of the row's outcome. */
export function statColumn(name: string): Column {
  return { name, type: 'float64', unit: 'unit of the outcome', description: STATS[name] ?? missing('statistic', name) };
}

/**
 * A design parameter's value, typed by its declaration: real -> float64, int -> int32,
 * bool -> bool, enum -> utf8. Nullable: a design need not set every column at every point.
 */
export function designColumn(name: string): Column {
  const d = declaration(name) ?? missing('design parameter', name);
  const type = d.kind === 'real' ? 'float64' : d.kind === 'int' ? 'int32' : d.kind === 'bool' ? 'bool' : 'utf8';
  const unit = d.kind === 'enum' ? `one of ${d.options.join(', ')}` : d.kind === 'bool' ? 'true/false' : d.unit;
  return { name, type, nullable: true, unit, description: `Design parameter: ${d.description}` };
}
