/**
 * Commands for experiments at scale: `experiment`, `validate`, `merge`.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { compareAll, COMPARED_METRICS, defaultYears, type Comparison } from '../analysis/compare.js';
import type { RatioInterval } from '../analysis/stats.js';
import { OUTCOMES } from '../outcomes.js';
import { csvTable } from '../output/csv.js';
import { writeFileAtomic } from '../output/files.js';
import { makePlan, type Plan, type Shard } from '../experiments/plan.js';
import { experimentReportBase, pooledScenarioSummaries } from '../report/experiment.js';
import { writeReport } from './report.js';
import { InputError } from '../errors.js';
import { outPath } from '../output/folder.js';
import { progressReporter } from './progress.js';
import { tuneV8ForTables } from './v8.js';

// The runner (piscina, apache-arrow) and the experiment reader (ajv, yaml) are imported
// when a command needs them, so `run`, `--version` and the rest start without them.
const runner = () => import('../runner/execute.js');
const load = () => import('../runner/load.js');

function parseShard(text: string | undefined, env: NodeJS.ProcessEnv): Shard | undefined {
  if (text !== undefined) {
    const m = /^(\d+)\/(\d+)$/.exec(text.trim());
    if (!m || Number(m[2]) < 1 || Number(m[1]) >= Number(m[2])) throw new InputError('--shard', 'i/n with 0 <= i < n, e.g. 0/4', text);
    return { index: Number(m[1]), count: Number(m[2]) };
  }
  const int = (name: string) => {
    const v = env[name];
    if (v === undefined) return undefined;
    if (!/^\d+$/.test(v)) throw new InputError(name, 'a non-negative integer', v);
    return Number(v);
  };
  const slurm = int('SLURM_ARRAY_TASK_ID');
  if (slurm !== undefined) {
    const count = int('SLURM_ARRAY_TASK_COUNT');
    if (count === undefined || count < 1) throw new InputError('SLURM_ARRAY_TASK_COUNT', 'the number of array tasks (set by Slurm for job arrays)');
    const index = slurm - (int('SLURM_ARRAY_TASK_MIN') ?? 0);
    if (index < 0 || index >= count) throw new InputError('SLURM_ARRAY_TASK_ID', `an index within the array (0-${count - 1} after SLURM_ARRAY_TASK_MIN)`, slurm);
    return { index, count };
  }
  const k8s = int('JOB_COMPLETION_INDEX');
  if (k8s !== undefined) {
    const count = int('COLLABSIM_SHARDS');
    if (count === undefined || count < 1) throw new InputError('COLLABSIM_SHARDS', 'the number of shards (set it to the Job\'s completions)');
    if (k8s >= count) throw new InputError('JOB_COMPLETION_INDEX', `an index below COLLABSIM_SHARDS (${count})`, k8s);
    return { index: k8s, count };
  }
  return undefined;
}

function describePlan(plan: Plan, shard?: Shard): string {
  const e = plan.experiment;
  return (
    `experiment ${e.name}: ${plan.points.length} design point(s) (${e.design.type}${plan.rowPoint.length > plan.points.length ? `; ${plan.rowPoint.length - plan.points.length} repeated row(s) merged into their point` : ''}) x ${e.scenarios.length} scenario(s) x ${e.replicates} replicate(s) = ${plan.runCount} runs` +
    (shard ? `; shard ${shard.index}/${shard.count}` : '') +
    `; ${plan.months.length} month(s) kept; outputs: ${[e.outputs.series ? 'series' : '', e.outputs.summary ? 'summary' : ''].filter(Boolean).join(' + ')} as ${e.outputs.formats.join(', ')}`
  );
}

/**
 * report.html of a finished experiment folder. It depends only on the plan (no path,
 * worker count, shard or resume), so every way of running one experiment gives the
 * same bytes.
 */
export async function writeExperimentReport(dir: string, plan: Plan, version: string, extra: ExperimentReportExtra = {}): Promise<void> {
  const { openResults, yearlyValues } = await import('../runner/results.js');
  const results = openResults(dir);
  const group = (g: number) => results.reader.group(g);
  const base = experimentReportBase(plan, group);
  const scenarios = extra.pooled ? pooledScenarioSummaries(plan, group) : base.scenarios;
  // Nothing to draw: no scenario bands (no design, but not every month kept) and no design.
  if (!scenarios.length && !base.design) return;
  // Scenarios without a design are compared with the first, as `compare` does.
  const e = plan.experiment;
  const years = defaultYears(Math.max(...e.scenarios.map((s) => s.params.startYear)), plan.months.length);
  const comparisons =
    extra.comparisons ??
    (e.design.type === 'none' && scenarios.length > 1 && years.length
      ? compareAll(yearlyValues(results), e.scenarios[0].name, e.scenarios.slice(1).map((s) => s.name), COMPARED_METRICS, years)
      : undefined);
  if (comparisons?.length) {
    writeFileAtomic(join(dir, 'comparison.csv'), comparisonCsv(comparisons));
    writeFileAtomic(join(dir, 'costs.csv'), costsCsv(comparisons));
  }
  writeReport(dir, { version, command: extra.command ?? experimentCommand(plan), ...base, scenarios, comparisons, profileYears: extra.profileYears });
}

/** comparison.csv: one row per comparison, metric and year (tidy), with units, % and paired intervals. */
export function comparisonCsv(comparisons: readonly Comparison[]): string {
  const unit = (m: string) => OUTCOMES.find((x) => x.name === m)?.unit ?? '';
  const header = ['baseline', 'scenario', 'control', 'metric', 'unit', 'year', 'n', 'paired', 'baseline_mean', 'baseline_lo95', 'baseline_hi95', 'mean', 'lo95', 'hi95', 'diff', 'diff_lo95', 'diff_hi95', 'diff_pct', 'diff_pct_lo95', 'diff_pct_hi95', 'diff_spread_lo95', 'diff_spread_hi95', 'spread_points'];
  const rows = comparisons.flatMap((c) =>
    c.rows.map((r) => [
      ...[c.a, c.b, c.control ? 'true' : 'false', r.metric, unit(r.metric), r.year, r.b.n, r.paired ? 'true' : 'false'],
      ...[r.a.mean, r.a.lo, r.a.hi, r.b.mean, r.b.lo, r.b.hi, r.diff.diff, r.diff.lo, r.diff.hi, r.percent, r.percentLo, r.percentHi],
      ...(r.spread ? [r.spread.lo, r.spread.hi, r.spread.points] : ['', '', '']),
    ]),
  );
  return csvTable(header, rows);
}

/**
 * costs.csv: per comparison and year, the extra public money through the year (Rp M),
 * extra workers and workshops, and Rp M per extra job and workshop with Fieller's
 * 95 % interval (empty bounds when not estimable: the denominator's CI holds zero).
 */
export function costsCsv(comparisons: readonly Comparison[]): string {
  const header = ['baseline', 'scenario', 'control', 'year', 'n', 'spending_diff', 'spending_lo95', 'spending_hi95', 'workers_diff', 'workers_lo95', 'workers_hi95', 'producers_diff', 'producers_lo95', 'producers_hi95', 'per_job', 'per_job_lo95', 'per_job_hi95', 'per_workshop', 'per_workshop_lo95', 'per_workshop_hi95'];
  const ratio = (r: RatioInterval) => (r.bounded ? [r.ratio, r.lo, r.hi] : [r.ratio, '', '']);
  const rows = comparisons.flatMap((c) =>
    (c.costs ?? []).map((k) => [c.a, c.b, c.control ? 'true' : 'false', k.year, k.spending.n, k.spending.diff, k.spending.lo, k.spending.hi, k.jobs.diff, k.jobs.lo, k.jobs.hi, k.workshops.diff, k.workshops.lo, k.workshops.hi, ...ratio(k.perJob), ...ratio(k.perWorkshop)]),
  );
  return csvTable(header, rows);
}

/** What `run` and `compare` add to an experiment's report. */
export interface ExperimentReportExtra {
  /** The command as typed (default: the experiment and its plan). */
  readonly command?: string;
  readonly comparisons?: readonly Comparison[];
  readonly profileYears?: readonly number[];
  /** Bands over all design points together (the posterior of `compare --posterior`). */
  readonly pooled?: boolean;
}

/** The command shown in an experiment's reports: the experiment and plan, not a path. */
export function experimentCommand(plan: Plan): string {
  return `experiment FILE (experiment "${plan.experiment.name}", plan ${plan.hash})`;
}

export function registerExperimentCommands(program: Command, version: string, setExit: (code: number) => void): void {
  program
    .command('experiment')
    .argument('<file>', 'experiment file (YAML or JSON), see experiments/')
    .option('-o, --out <dir>', 'output folder (default: out/<experiment name>)')
    .option('-w, --workers <n>', 'worker threads (default: available cores)')
    .option('--shard <i/n>', 'run only slice i of n (0-based); also from SLURM_ARRAY_TASK_ID/COUNT or JOB_COMPLETION_INDEX + COLLABSIM_SHARDS')
    .option('--resume', 'continue an interrupted experiment in --out: run only what is missing')
    .option('--force', 'replace an existing, non-empty --out folder')
    .option('--batch <n>', 'runs per task sent to a worker (default: adaptive)')
    .option('--check', 'check the model invariants every month; a violation fails the run with the month and values')
    .description('Run an experiment: scenarios x design x replicates, in parallel, with resumable checkpoints.')
    .action(async (file: string, o: { out?: string; workers?: string; shard?: string; resume?: boolean; force?: boolean; batch?: string; check?: boolean }) => {
      const plan = makePlan((await load()).loadExperiment(file));
      const shard = parseShard(o.shard, process.env);
      const posInt = (v: string | undefined, field: string) => {
        if (v === undefined) return undefined;
        if (!/^\d+$/.test(v) || Number(v) < 1 || Number(v) > 1024) throw new InputError(field, 'an integer from 1 to 1024', v);
        return Number(v);
      };
      const workers = posInt(o.workers, '--workers');
      const batch = posInt(o.batch, '--batch');
      const out = outPath(o.out, `out/${plan.experiment.name}`);
      if (o.resume && o.force) throw new InputError('--resume', 'not together with --force');
      const stop = { requested: false };
      const onSigint = () => {
        if (stop.requested) process.exit(130);
        stop.requested = true;
        process.stderr.write('\ncollabsim: stopping after the running tasks (Ctrl-C again to quit at once); resume with --resume\n');
      };
      process.on('SIGINT', onSigint);
      const progress = progressReporter(plan.experiment.name);
      try {
        const res = await (await runner()).executePlan({
          plan,
          out,
          workers,
          shard,
          resume: o.resume,
          force: o.force,
          batch,
          version,
          onStart: () => process.stderr.write(describePlan(plan, shard) + '\n'),
          onProgress: progress.update,
          check: o.check,
          stop,
          onRunsDone: tuneV8ForTables,
          // Shard folders get no report: merge writes the one a single machine would.
          finish: shard ? undefined : (dir) => writeExperimentReport(dir, plan, version),
        });
        progress.stop();
        if (res.interrupted) {
          process.stderr.write(`collabsim: interrupted; finished groups are saved. Continue with: collabsim experiment ${file} --out ${out} --resume\n`);
          setExit(130);
          return;
        }
        if (res.complete) {
          process.stdout.write(`${out} already holds the finished results of this experiment; nothing to resume\n`);
          return;
        }
        const resumed = res.total - res.executed;
        process.stdout.write(
          `${res.runs} runs (${resumed ? `${resumed} from checkpoints, ${res.executed} run now; ` : ''}${res.failed} failed). Files in ${out}: ${res.files!.map((f) => f.split('/').pop()).join(', ')}\n`,
        );
        if (existsSync(join(out, 'report.html'))) process.stdout.write(`Report: ${join(out, 'report.html')}\n`);
        if (res.failed > 0) {
          process.stderr.write(`collabsim: ${res.failed} of ${res.runs} runs failed; see the status and error columns of ${join(out, 'runs.csv')}\n`);
          setExit(1);
        }
      } finally {
        progress.stop();
        process.off('SIGINT', onSigint);
      }
    });

  program
    .command('validate')
    .argument('<file>', 'experiment file (YAML or JSON)')
    .description('Check an experiment file and show its plan, without running it.')
    .action(async (file: string) => {
      const plan = makePlan((await load()).loadExperiment(file));
      process.stdout.write(`${file}: valid. ${describePlan(plan)}\n`);
    });

  program
    .command('merge')
    .argument('<dirs...>', 'output folders of the shards of one experiment')
    .requiredOption('-o, --out <dir>', 'folder for the merged outputs')
    .option('--force', 'replace a non-empty --out folder that holds other results')
    .description('Combine shard outputs into exactly what a single-machine run writes (report.html included).')
    .action(async (dirs: string[], o: { out: string; force?: boolean }) => {
      const out = outPath(o.out, '');
      const { mergeShards, readState } = await runner();
      const state = readState(dirs[0]);
      if (!state) throw new InputError(dirs[0], 'an experiment output folder (no .collabsim/state.json)');
      const plan = makePlan(state.experiment);
      tuneV8ForTables();
      const res = await mergeShards(dirs, out, version, plan, o.force === true, (dir) => writeExperimentReport(dir, plan, version));
      process.stdout.write(`merged ${dirs.length} shard(s): ${res.runs} runs (${res.failed} failed) into ${out}\n`);
      if (res.failed > 0) setExit(1);
    });
}
