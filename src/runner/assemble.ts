import { basename, join } from 'node:path';
import { SUMMARY_STATS } from '../analysis/groupSummary.js';
import { dateOf } from '../engine/calendar.js';
import { runIdentity, type Plan } from '../experiments/plan.js';
import { OUTCOMES, OUTCOME_NAMES } from '../outcomes.js';
import { designColumn, idColumn, outcomeColumn, statColumn } from '../output/codebook.js';
import { quote } from '../output/csv.js';
import { writeFileAtomic } from '../output/files.js';
import { CsvSink, TableFiles, type TableSink } from '../output/sinks.js';
import type { Cell, Column } from '../output/table.js';
import { ChunkReader } from './chunks.js';

/**
 * Writes an experiment's final files from its checkpoints, group by group in plan
 * order, so the bytes depend only on the plan: not on workers, shards or
 * interruptions. Durations go to timings.csv, the one file that differs between runs.
 */
export interface AssembleResult {
  runs: number;
  failed: number;
  files: string[];
}

const RUN_ID = ['runId', 'pointId', 'scenario', 'replicate', 'seed', 'status', 'error'] as const;
const SERIES_ID = ['runId', 'pointId', 'scenario', 'replicate', 'seed', 'month', 'date'] as const;
const SUMMARY_ID = ['pointId', 'scenario', 'n', 'month', 'date', 'outcome'] as const;

/** The columns of the three tidy tables, typed and described (the codebook). */
function tables(designCols: readonly string[]): Record<'runs' | 'series' | 'summary', Column[]> {
  return {
    runs: [...RUN_ID.map((n) => idColumn(n)), ...designCols.map(designColumn)],
    series: [...SERIES_ID.map((n) => idColumn(n)), ...OUTCOMES.map(outcomeColumn)],
    summary: [...SUMMARY_ID.map((n) => idColumn(n)), ...SUMMARY_STATS.map(statColumn)],
  };
}

export async function assemble(
  plan: Plan,
  reader: ChunkReader,
  groups: readonly number[],
  out: string,
  version: string,
): Promise<AssembleResult> {
  const e = plan.experiment;
  const R = e.replicates;
  const nOut = OUTCOME_NAMES.length;
  const cells = plan.months.length * nOut;
  const designCols = [...new Set(plan.points.flatMap((p) => Object.keys(p.values)))].sort();
  const cols = tables(designCols);
  const formats = e.outputs.formats;
  const files: string[] = [];
  const sinks: TableSink[] = [];
  const open = (t: TableFiles): TableFiles => {
    sinks.push(...t.sinks);
    files.push(...t.sinks.map((s) => s.path));
    return t;
  };

  let runs = 0;
  let failed = 0;
  // Opened inside the try: a full disk at the third file removes the first two too.
  try {
    // runs.csv always: the command line points to its status and error columns.
    const runTable = open(new TableFiles(join(out, 'runs'), cols.runs, formats.includes('csv') ? formats : ['csv', ...formats]));
    const timings = new CsvSink(join(out, 'timings.csv'), ['runId', 'durationMs']);
    sinks.push(timings);
    files.push(timings.path);
    const series = e.outputs.series ? open(new TableFiles(join(out, 'series'), cols.series, formats)) : null;
    const summary = e.outputs.summary ? open(new TableFiles(join(out, 'summary'), cols.summary, formats)) : null;

    // One row array per table, refilled for every row (sinks copy the cells they keep).
    const D = designCols.length;
    const S = SUMMARY_STATS.length;
    const runRow: Cell[] = new Array<Cell>(RUN_ID.length + D);
    const seriesRow: Cell[] = new Array<Cell>(SERIES_ID.length + nOut);
    const summaryRow: Cell[] = new Array<Cell>(SUMMARY_ID.length + S);
    // Dates of the kept months, per start year (scenarios may differ).
    const dates = new Map<number, string[]>();
    const datesOf = (startYear: number) => dates.get(startYear) ?? dates.set(startYear, Array.from(plan.months, (m) => dateOf(startYear, m))).get(startYear)!;
    for (const g of groups) {
      const rec = reader.group(g);
      const scenario = e.scenarios[g % e.scenarios.length];
      const monthDates = datesOf(scenario.params.startYear);
      for (let r = 0; r < R; r++) {
        const run = rec.runs[r];
        const id = runIdentity(plan, run.index);
        runs++;
        if (!run.ok) failed++;
        runRow[0] = id.runId;
        runRow[1] = id.point.id;
        runRow[2] = scenario.name;
        runRow[3] = id.replicate;
        runRow[4] = id.seed;
        runRow[5] = run.ok ? 'ok' : 'failed';
        runRow[6] = run.error ?? null;
        for (let c = 0; c < D; c++) runRow[RUN_ID.length + c] = id.point.values[designCols[c]] ?? null;
        runTable.row(runRow);
        timings.line(`${quote(id.runId)},${run.ms.toFixed(3)}`);
        if (!rec.series || !run.ok || !series) continue;
        seriesRow[0] = id.runId;
        seriesRow[1] = id.point.id;
        seriesRow[2] = scenario.name;
        seriesRow[3] = id.replicate;
        seriesRow[4] = id.seed;
        for (let j = 0; j < plan.months.length; j++) {
          const base = r * cells + j * nOut;
          seriesRow[5] = plan.months[j] + 1;
          seriesRow[6] = monthDates[j];
          for (let o = 0; o < nOut; o++) seriesRow[SERIES_ID.length + o] = rec.series[base + o];
          series.row(seriesRow);
        }
      }
      if (!rec.summary || !summary) continue;
      summaryRow[0] = plan.points[Math.floor(g / e.scenarios.length)].id;
      summaryRow[1] = scenario.name;
      summaryRow[2] = rec.n;
      for (let j = 0; j < plan.months.length; j++) {
        summaryRow[3] = plan.months[j] + 1;
        summaryRow[4] = monthDates[j];
        for (let o = 0; o < nOut; o++) {
          summaryRow[5] = OUTCOME_NAMES[o];
          const at = (j * nOut + o) * S;
          for (let k = 0; k < S; k++) summaryRow[SUMMARY_ID.length + k] = rec.summary[at + k];
          summary.row(summaryRow);
        }
      }
    }
    for (const s of sinks) await s.commit();
  } catch (err) {
    for (const s of sinks) s.abort();
    throw err;
  }
  const meta = join(out, 'experiment.json');
  writeFileAtomic(meta, experimentMetadata(plan, version, runs, failed, cols, files));
  return { runs, failed, files: [...files, meta] };
}

function experimentMetadata(plan: Plan, version: string, runs: number, failed: number, cols: ReturnType<typeof tables>, files: readonly string[]): string {
  const e = plan.experiment;
  const written = (table: string) => files.map((f) => basename(f)).filter((f) => f.startsWith(`${table}.`));
  const table = (name: keyof typeof cols, rows: string) => ({ files: written(name), rows, columns: cols[name] });
  return (
    JSON.stringify(
      {
        tool: 'collabsim',
        version,
        plan: plan.hash,
        experiment: {
          name: e.name,
          description: e.description,
          seed: e.seed,
          randomNumbers: e.randomNumbers,
          replicates: e.replicates,
          design: { ...e.design, parameters: e.design.parameters.map(({ decl: _decl, ...p }) => p), rows: e.design.rows.length },
          outputs: e.outputs,
          scenarios: e.scenarios,
        },
        designPoints: plan.points.length,
        runs,
        failed,
        seedDerivation: `cyrb53(experiment seed, pointId, ${e.randomNumbers === 'common' ? '' : 'scenario, '}replicate); see src/experiments/seeds.ts runSeed`,
        // The codebook: every column of every table, with its storage type (Arrow and Parquet), unit and meaning.
        tables: {
          runs: table('runs', 'one per run'),
          ...(e.outputs.series ? { series: table('series', 'one per run and kept month (failed runs have none)') } : {}),
          ...(e.outputs.summary ? { summary: table('summary', 'one per design point, scenario, kept month and outcome') } : {}),
          timings: {
            files: ['timings.csv'],
            rows: 'one per run',
            columns: [
              idColumn('runId'),
              { name: 'durationMs', type: 'float64', unit: 'ms', description: 'Wall time of the run (varies between executions; kept apart so other files are byte-identical).' },
            ],
          },
        },
      },
      null,
      2,
    ) + '\n'
  );
}
