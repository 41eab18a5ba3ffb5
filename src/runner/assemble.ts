import { join } from 'node:path';
import { SUMMARY_STATS } from '../analysis/groupSummary.js';
import { dateOf } from '../engine/calendar.js';
import { runIdentity, type Plan } from '../experiments/plan.js';
import { OUTCOMES, OUTCOME_NAMES } from '../outcomes.js';
import { formatNumber } from '../output/csv.js';
import { writeFileAtomic } from '../output/files.js';
import { ArrowSink, CsvSink, type ColumnKind } from '../output/sinks.js';
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

const RUN_COLUMNS = ['runId', 'pointId', 'scenario', 'replicate', 'seed', 'status', 'error'] as const;
const SERIES_ID = ['runId', 'pointId', 'scenario', 'replicate', 'seed', 'month', 'date'] as const;
const SUMMARY_ID = ['pointId', 'scenario', 'n', 'month', 'date', 'outcome'] as const;

function q(s: string): string {
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
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
  const csv = e.outputs.formats.includes('csv');
  const arrow = e.outputs.formats.includes('arrow');
  const files: string[] = [];
  const sinks: (CsvSink | ArrowSink)[] = [];
  const open = <T extends CsvSink | ArrowSink>(s: T): T => {
    sinks.push(s);
    files.push(s.path);
    return s;
  };

  let runs = 0;
  let failed = 0;
  // Opened inside the try: a full disk at the third file removes the first two too.
  try {
    const runsCsv = open(new CsvSink(join(out, 'runs.csv'), [...RUN_COLUMNS, ...designCols]));
    const timings = open(new CsvSink(join(out, 'timings.csv'), ['runId', 'durationMs']));
    const seriesCsv = e.outputs.series && csv ? open(new CsvSink(join(out, 'series.csv'), [...SERIES_ID, ...OUTCOME_NAMES])) : null;
    const summaryCsv = e.outputs.summary && csv ? open(new CsvSink(join(out, 'summary.csv'), [...SUMMARY_ID, ...SUMMARY_STATS])) : null;
    const kinds = (names: readonly string[], int: readonly string[], str: readonly string[]) =>
      names.map((name) => ({ name, kind: (str.includes(name) ? 'utf8' : int.includes(name) ? 'int32' : 'float64') as ColumnKind }));
    const runsArrow = arrow
      ? open(new ArrowSink(join(out, 'runs.arrow'), kinds([...RUN_COLUMNS, ...designCols], ['replicate'], ['runId', 'pointId', 'scenario', 'status', 'error', ...designCols])))
      : null;
    const seriesArrow =
      arrow && e.outputs.series
        ? open(new ArrowSink(join(out, 'series.arrow'), kinds([...SERIES_ID, ...OUTCOME_NAMES], ['replicate', 'month'], ['runId', 'pointId', 'scenario', 'date'])))
        : null;
    const summaryArrow =
      arrow && e.outputs.summary
        ? open(new ArrowSink(join(out, 'summary.arrow'), kinds([...SUMMARY_ID, ...SUMMARY_STATS], ['n', 'month'], ['pointId', 'scenario', 'date', 'outcome'])))
        : null;

    for (const g of groups) {
      const rec = reader.group(g);
      const scenario = e.scenarios[g % e.scenarios.length];
      const startYear = scenario.params.startYear;
      for (let r = 0; r < R; r++) {
        const run = rec.runs[r];
        const id = runIdentity(plan, run.index);
        runs++;
        if (!run.ok) failed++;
        const design = designCols.map((c) => id.point.values[c] ?? '');
        const status = run.ok ? 'ok' : 'failed';
        runsCsv.line(
          [q(id.runId), id.point.id, q(scenario.name), id.replicate, id.seed, status, q(run.error ?? ''), ...design.map((v) => (typeof v === 'number' ? formatNumber(v) : q(String(v))))].join(','),
        );
        runsArrow?.row([id.runId, id.point.id, scenario.name, id.replicate, id.seed, status, run.error ?? '', ...design.map((v) => (typeof v === 'number' ? v : String(v)))] as (string | number)[]);
        timings.line(`${q(id.runId)},${run.ms.toFixed(3)}`);
        if (!rec.series || !run.ok) continue;
        for (let j = 0; j < plan.months.length; j++) {
          const m = plan.months[j];
          const base = r * cells + j * nOut;
          const date = dateOf(startYear, m);
          if (seriesCsv) {
            let line = `${q(id.runId)},${id.point.id},${q(scenario.name)},${id.replicate},${id.seed},${m + 1},${date}`;
            for (let o = 0; o < nOut; o++) line += ',' + formatNumber(rec.series[base + o]);
            seriesCsv.line(line);
          }
          if (seriesArrow) {
            const row: (string | number)[] = [id.runId, id.point.id, scenario.name, id.replicate, id.seed, m + 1, date];
            for (let o = 0; o < nOut; o++) row.push(rec.series[base + o]);
            seriesArrow.row(row);
          }
        }
      }
      if (!rec.summary) continue;
      const point = plan.points[Math.floor(g / e.scenarios.length)];
      const S = SUMMARY_STATS.length;
      for (let j = 0; j < plan.months.length; j++) {
        const m = plan.months[j];
        const date = dateOf(startYear, m);
        for (let o = 0; o < nOut; o++) {
          const at = (j * nOut + o) * S;
          const stats = Array.from(rec.summary.subarray(at, at + S));
          summaryCsv?.line(`${point.id},${q(scenario.name)},${rec.n},${m + 1},${date},${OUTCOME_NAMES[o]},${stats.map(formatNumber).join(',')}`);
          summaryArrow?.row([point.id, scenario.name, rec.n, m + 1, date, OUTCOME_NAMES[o], ...stats]);
        }
      }
    }
    for (const s of sinks) await s.commit();
  } catch (err) {
    for (const s of sinks) s.abort();
    throw err;
  }
  const meta = join(out, 'experiment.json');
  writeFileAtomic(meta, experimentMetadata(plan, version, runs, failed, designCols));
  return { runs, failed, files: [...files, meta] };
}

function experimentMetadata(plan: Plan, version: string, runs: number, failed: number, designCols: string[]): string {
  const e = plan.experiment;
  const describe = (names: readonly string[], extra: Record<string, string>) =>
    names.map((n) => {
      const o = OUTCOMES.find((x) => x.name === n);
      return { name: n, unit: o?.unit ?? '-', description: o?.description ?? extra[n] ?? 'design parameter value' };
    });
  const ids: Record<string, string> = {
    runId: 'run identifier: pointId/scenario/replicate',
    pointId: 'design point identifier, a hash of its parameter values ("base" without a design)',
    scenario: 'scenario name',
    replicate: 'replicate number (1-based)',
    seed: 'seed of the run, derived from the experiment seed, point, scenario and replicate',
    status: 'ok or failed',
    error: 'error message of a failed run',
    month: 'month of the run (1-based)',
    date: 'calendar month YYYY-MM',
    n: 'successful replicates behind the summary',
    outcome: 'outcome name (see the series columns)',
    mean: 'mean over replicates',
    sd: 'standard deviation over replicates',
    q05: '5 % quantile over replicates (type 7)',
    q25: '25 % quantile',
    median: 'median',
    q75: '75 % quantile',
    q95: '95 % quantile',
  };
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
          replicates: e.replicates,
          design: { ...e.design, parameters: e.design.parameters.map(({ decl: _decl, ...p }) => p), rows: e.design.rows.length },
          outputs: e.outputs,
          scenarios: e.scenarios,
        },
        designPoints: plan.points.length,
        runs,
        failed,
        seedDerivation: 'cyrb53(experiment seed, pointId, scenario, replicate); see src/engine/rng.ts deriveSeed',
        files: {
          'runs.csv': describe([...RUN_COLUMNS, ...designCols], ids),
          'series.csv': describe([...SERIES_ID, ...OUTCOME_NAMES], ids),
          'summary.csv': describe([...SUMMARY_ID, ...SUMMARY_STATS], ids),
          'timings.csv': [{ name: 'durationMs', unit: 'ms', description: 'wall time of the run (varies between executions; kept apart so other files are byte-identical)' }],
        },
      },
      null,
      2,
    ) + '\n'
  );
}
