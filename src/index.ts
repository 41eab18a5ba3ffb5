/**
 * The library API: `import { runScenario } from 'collabsim'`. It wraps the functions
 * the command line uses (the same seeds, checks and files), so a scenario run from
 * code gives the numbers `collabsim run` gives, and an experiment folder written here
 * is the folder `collabsim experiment` writes, without report.html (the report is the
 * command line's).
 *
 * Bad input throws InputError (its `field` names the input, `expected` what was wanted).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SUMMARY_STATS } from './analysis/groupSummary.js';
import { parseCsv } from './design/csv.js';
import { InputError } from './errors.js';
import { makePlan } from './experiments/plan.js';
import type { Experiment } from './experiments/spec.js';
import { OUTCOME_NAMES, type OutcomeName } from './outcomes.js';
import type { Params } from './params/index.js';
import type { ExecuteResult } from './runner/execute.js';
import { executeRuns, planRuns } from './runner/runs.js';
import { findPreset, parseScenario, PRESETS, resolveScenario, type ScenarioDef } from './scenarios/index.js';
import { VERSION } from './version.js';

export { InputError } from './errors.js';
export type { Experiment } from './experiments/spec.js';
export { OUTCOMES, OUTCOME_NAMES, type Outcome, type OutcomeName } from './outcomes.js';
export { PARAMS, defaults, type ParamDecl, type ParamName, type Params, type ParamValue } from './params/index.js';
export { PRESETS, type ScenarioDef } from './scenarios/index.js';
export { VERSION } from './version.js';

// ------------------------------------------------------------------ scenarios

/**
 * A scenario defined in code, checked as a scenario file is: its shape now, and every
 * parameter value against its declaration (unknown names, out-of-range values).
 */
export function defineScenario(def: { name: string; description?: string; base?: string; params?: Record<string, unknown> }): ScenarioDef {
  const s = parseScenario({ ...def, params: def.params ?? {} }, 'scenario');
  resolveScenario(s, {}, 'scenario');
  return s;
}

export interface RunScenarioOptions {
  /** Experiment seed: run r's seed is derived from it, the scenario and r, as with `collabsim run --seed`. */
  readonly seed: number;
  /** Replicates (runs); default 1. */
  readonly replicates?: number;
  /** Parameter overrides on top of the scenario, as `--set` (e.g. `{ months: 24 }`). */
  readonly set?: Readonly<Record<string, unknown>>;
  /** Check the model's invariants every month (a violation throws). */
  readonly check?: boolean;
}

/** One run of a scenario: who it is, its parameters, and one value per month for every outcome. */
export interface ScenarioRun {
  readonly runId: string;
  readonly scenario: string;
  readonly replicate: number;
  readonly seed: number;
  readonly params: Params;
  /** Months simulated (the length of every series). */
  readonly months: number;
  /** Month m (0-based) of each outcome; units and meanings in OUTCOMES. */
  readonly series: Readonly<Record<OutcomeName, Float64Array>>;
}

function wholeNumber(v: unknown, field: string, min: number, max: number): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) throw new InputError(field, `an integer in [${min}, ${max}]`, v);
  return v;
}

/** Runs a scenario (a preset's name or a definition) `replicates` times in this thread. */
export function runScenario(scenario: string | ScenarioDef, options: RunScenarioOptions): ScenarioRun[] {
  const def = typeof scenario === 'string' ? findPreset(scenario) : scenario;
  if (!def) throw new InputError('scenario', `a preset (${PRESETS.map((s) => s.name).join(', ')}) or a definition from defineScenario`, scenario);
  const seed = wholeNumber(options.seed, 'seed', 0, Number.MAX_SAFE_INTEGER);
  const replicates = wholeNumber(options.replicates ?? 1, 'replicates', 1, 100000);
  const params = resolveScenario(def, { ...options.set }, 'set');
  return executeRuns(planRuns([{ name: def.name, params }], replicates, seed), undefined, options.check === true).map((r) => ({
    runId: r.runId,
    scenario: r.scenario,
    replicate: r.replicate,
    seed: r.seed,
    params: r.params,
    months: r.result.series.months,
    series: Object.fromEntries(OUTCOME_NAMES.map((o) => [o, r.result.series.column(o).slice()])) as Record<OutcomeName, Float64Array>,
  }));
}

// ------------------------------------------------------------------ experiments

export interface RunExperimentOptions {
  /** Output folder: new, empty, or this experiment's own (else `force`). */
  readonly out: string;
  /** Worker threads (default: available cores). */
  readonly workers?: number;
  /** Replace a non-empty folder that holds other results. */
  readonly force?: boolean;
  /** Continue an interrupted run of the same experiment in `out`. */
  readonly resume?: boolean;
  readonly check?: boolean;
  readonly onProgress?: (done: number, total: number) => void;
}

/**
 * Runs an experiment into a folder. `experiment` is the path of a YAML or JSON file
 * (files it names are relative to it) or the same content as an object (files it
 * names are relative to the current folder). Resolves when the folder is complete.
 */
export async function runExperiment(experiment: string | Record<string, unknown>, options: RunExperimentOptions): Promise<ExecuteResult> {
  // Imported here, so that a program that only runs scenarios loads no worker pool,
  // Arrow writer or experiment parser.
  const [{ checkExperiment }, { executePlan }, { loadExperiment, readerAt }] = await Promise.all([
    import('./experiments/spec.js'),
    import('./runner/execute.js'),
    import('./runner/load.js'),
  ]);
  const e: Experiment = typeof experiment === 'string' ? loadExperiment(experiment) : checkExperiment(experiment, 'experiment', readerAt(process.cwd(), 'the current folder'));
  if (typeof options.out !== 'string' || options.out.trim() === '') throw new InputError('out', 'a folder path');
  const workers = options.workers === undefined ? undefined : wholeNumber(options.workers, 'workers', 1, 1024);
  return executePlan({ plan: makePlan(e), out: options.out, workers, force: options.force, resume: options.resume, check: options.check, onProgress: options.onProgress, version: VERSION });
}

// ------------------------------------------------------------------ results

/** A row of series.csv: one run and month (experiments add the design point). */
export type SeriesRow = {
  readonly runId: string;
  /** Design point (experiment folders only). */
  readonly pointId?: string;
  readonly scenario: string;
  readonly replicate: number;
  readonly seed: number;
  /** 1-based. */
  readonly month: number;
  /** YYYY-MM. */
  readonly date: string;
} & { readonly [O in OutcomeName]: number };

/** A row of summary.csv: one design point, scenario, month and outcome over the replicates. */
export type SummaryRow = {
  readonly pointId: string;
  readonly scenario: string;
  /** Successful replicates behind the statistics. */
  readonly n: number;
  readonly month: number;
  readonly date: string;
  readonly outcome: OutcomeName;
} & { readonly [S in (typeof SUMMARY_STATS)[number]]: number };

const TEXT_COLUMNS = new Set(['runId', 'pointId', 'scenario', 'date', 'outcome']);

/** The inverse of the CSV writers' number format (NA, Inf, -Inf for non-finite values). */
function csvNumber(text: string, where: string): number {
  if (text === 'NA') return NaN;
  if (text === 'Inf') return Infinity;
  if (text === '-Inf') return -Infinity;
  const x = Number(text);
  if (text.trim() === '' || Number.isNaN(x)) throw new InputError(where, 'a number', text);
  return x;
}

function readTable(dir: string, file: string, required: readonly string[]): Record<string, string | number>[] {
  const path = join(dir, file);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new InputError(path, `a readable ${file} (a folder written by collabsim with CSV output)`, (e as NodeJS.ErrnoException).code);
  }
  const { header, rows } = parseCsv(text, path);
  const missing = required.filter((c) => !header.includes(c));
  if (missing.length) throw new InputError(path, `the columns of collabsim's ${file} (missing ${missing.join(', ')})`);
  return rows.map((r, k) => Object.fromEntries(header.map((h, j) => [h, TEXT_COLUMNS.has(h) ? r[j] : csvNumber(r[j], `${path} row ${k + 2} ${h}`)])));
}

/** series.csv of a `run`, `compare` or `experiment` folder, as typed rows (all in memory). */
export function readSeries(dir: string): SeriesRow[] {
  return readTable(dir, 'series.csv', ['runId', 'scenario', 'replicate', 'seed', 'month', 'date', ...OUTCOME_NAMES]) as unknown as SeriesRow[];
}

/** summary.csv of an experiment folder, as typed rows. */
export function readSummary(dir: string): SummaryRow[] {
  return readTable(dir, 'summary.csv', ['pointId', 'scenario', 'n', 'month', 'date', 'outcome', ...SUMMARY_STATS]) as unknown as SummaryRow[];
}
