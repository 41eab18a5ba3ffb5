import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { summariseGroup, SUMMARY_STATS } from '../analysis/groupSummary.js';
import { runIdentity, shardGroups, type Plan, type Shard } from '../experiments/plan.js';
import { writeFileAtomic } from '../output/files.js';
import { checkTarget, cleanLeftovers, folderClaim, siblingPath, swapIn, writeClaim, writeError, writeFolder, type FolderClaim } from '../output/folder.js';
import { InputError } from '../errors.js';
import { assemble, type AssembleResult } from './assemble.js';
import { cellsPerRun, runBatch, type BatchResult } from './batch.js';
import { SMALL_JOB_RUN_MONTHS, workerPool } from './pool.js';
import { ChunkReader, chunkDir, indexChunks, STATE_DIR, writeChunk, type GroupRecord } from './chunks.js';
import type { ExperimentTask } from './worker.js';

/**
 * Runs an experiment plan (or one shard of it) on a pool of worker threads, saving
 * completed groups as checkpoints and assembling the final files at the end.
 *
 * Memory stays flat: at most `inFlight` batches are out at once, groups are kept
 * only until they complete, and completed groups are flushed to disk in chunks.
 */
export interface ExecuteOptions {
  plan: Plan;
  out: string;
  workers?: number;
  shard?: Shard;
  resume?: boolean;
  force?: boolean;
  /** Runs per task sent to a worker (amortises messaging); default adapts to the design. */
  batch?: number;
  version: string;
  onProgress?: (done: number, total: number) => void;
  /** Check the model's invariants every month (a violation fails the run). */
  check?: boolean;
  /** Set to stop: no new tasks, finished groups are saved, resumable. */
  stop?: { requested: boolean };
  /** Called once the folder is checked and prepared, before any run (errors come first). */
  onStart?: () => void;
  /** Called when the runs are done, before the tables are written (the CLI tunes V8's garbage collection for them). */
  onRunsDone?: () => void;
  /** Adds files (the report) to the finished set before it is put in place. */
  finish?: (dir: string) => void | Promise<void>;
  /** Who makes the folder (default: the experiment's plan): `run` and `compare` name their command and its inputs. */
  claim?: FolderClaim;
  /** Every run must succeed: a failed run fails the whole command, leaving `out` as it was. */
  allOk?: boolean;
}

export interface ExecuteResult extends Partial<AssembleResult> {
  total: number;
  executed: number;
  resumedGroups: number;
  interrupted: boolean;
  failed: number;
  /** The folder already held this experiment's finished results: nothing was run. */
  complete?: boolean;
}

interface State {
  plan: string;
  shard: Shard;
  experiment: Plan['experiment'];
}

/** Who makes an experiment folder: the plan, and the shard when there are several. */
export function experimentClaim(plan: Plan, shard: Shard = { index: 0, count: 1 }): FolderClaim {
  return { command: 'experiment', plan: shard.count > 1 ? `${plan.hash}/shard-${shard.index}-of-${shard.count}` : plan.hash };
}

/**
 * Where an unfinished experiment lives: a hidden sibling of its output folder, swapped
 * in whole when the experiment completes (so `--out` only ever holds a finished set).
 */
export function workFolder(out: string): string {
  return siblingPath(out, 'work');
}

export function statePath(out: string): string {
  return join(out, STATE_DIR, 'state.json');
}

export function readState(out: string): State | undefined {
  try {
    return JSON.parse(readFileSync(statePath(out), 'utf8')) as State;
  } catch {
    return undefined;
  }
}

function writeState(dir: string, plan: Plan, shard: Shard): void {
  mkdirSync(join(dir, STATE_DIR, 'chunks'), { recursive: true });
  writeFileAtomic(statePath(dir), JSON.stringify({ plan: plan.hash, shard, experiment: plan.experiment } satisfies State));
}

/**
 * Prepares the work folder: new (the target may be replaced), or resumed (same plan
 * and shard). Returns undefined when `out` already holds this experiment's results.
 */
function prepareWork(o: ExecuteOptions, shard: Shard): string | undefined {
  const out = resolve(o.out);
  const { plan } = o;
  const claim = o.claim ?? experimentClaim(plan, shard);
  const work = workFolder(out);
  if (o.resume) {
    // A folder interrupted by an older version holds its checkpoints in place: continue it beside.
    const legacy = readState(out);
    try {
      if (!existsSync(work) && legacy?.plan === plan.hash && !folderClaim(out)) renameSync(out, work);
    } catch (e) {
      throw new InputError('--out', 'a folder that can be written', `${o.out} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    }
    const state = readState(work);
    if (!state) {
      const done = folderClaim(out);
      if (done && done.command === claim.command && done.plan === claim.plan) return undefined;
      throw new InputError('--resume', `a folder with an interrupted experiment (${o.out} has none)`);
    }
    if (state.plan !== plan.hash) throw new InputError('--resume', `the same experiment file as the interrupted run in ${o.out} (the plan differs)`);
    if (state.shard.index !== shard.index || state.shard.count !== shard.count)
      throw new InputError('--shard', `the shard of the interrupted run (${state.shard.index}/${state.shard.count})`);
    // Half-written outputs of an interrupted assembly are never taken for results.
    try {
      for (const f of readdirSync(work)) if (f.endsWith('.partial')) rmSync(join(work, f), { force: true });
      writeState(work, plan, shard);
    } catch (e) {
      throw new InputError('--out', 'a folder that can be written', `${o.out} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    }
    return work;
  }
  if (!o.force) {
    if (nonEmptyFolder(out))
      throw new InputError('--out', `a new or empty folder (${o.out} is not empty: use --resume to continue it or --force to replace it)`);
    if (readState(work)) throw new InputError('--out', `a folder without an interrupted experiment (${o.out} has one: use --resume to continue it or --force to start again)`);
  }
  // A file, a path under a file or an unwritable place: one line naming --out, before any run.
  checkTarget(out, claim, true);
  cleanLeftovers(out);
  try {
    rmSync(work, { recursive: true, force: true });
    mkdirSync(work);
    writeState(work, plan, shard);
  } catch (e) {
    throw new InputError('--out', 'a folder that can be created and written', `${o.out} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  return work;
}

function nonEmptyFolder(p: string): boolean {
  try {
    return readdirSync(p).length > 0;
  } catch {
    return false;
  }
}

/**
 * Workers and runs per task for `runs` runs. Eight tasks per worker at most 64 runs
 * each; a batch of whole groups (k x R runs) when a group fits in about that many, so
 * workers summarise their groups. Messaging (about 0.25 ms a task) stays under 2 %
 * of a task of ten or more runs.
 */
function batching(o: ExecuteOptions, runs: number): { workers: number; batch: number; wholeGroups: boolean } {
  const { plan } = o;
  const R = plan.experiment.replicates;
  // Starting a worker costs about as much as a thousand default runs; a job smaller
  // than that runs in this thread unless workers are asked for (same bytes either way).
  const small = runs * plan.months.length < SMALL_JOB_RUN_MONTHS;
  const workers = Math.max(1, o.workers ?? (small ? 1 : availableParallelism()));
  if (o.batch !== undefined) return { workers, batch: o.batch, wholeGroups: o.batch % R === 0 };
  const batch = Math.max(1, Math.min(64, Math.ceil(runs / (workers * 8))));
  if (R > 2 * batch) return { workers, batch, wholeGroups: false };
  return { workers, batch: Math.max(1, Math.round(batch / R)) * R, wholeGroups: true };
}

export async function executePlan(o: ExecuteOptions): Promise<ExecuteResult> {
  const { plan } = o;
  const shard = o.shard ?? { index: 0, count: 1 };
  const e = plan.experiment;
  const R = e.replicates;
  const mine = shardGroups(plan, shard);
  // A new experiment runs every group of its shard: its workers start now, while this
  // thread prepares the folder (a resumed one first learns what is left to run).
  // A pool pays only with more than one worker and more than one batch.
  const poolFor = (b: { workers: number; batch: number }, runs: number) => (b.workers > 1 && runs > b.batch ? workerPool(b.workers, { experiment: e, check: o.check }) : null);
  const early = o.resume ? undefined : batching(o, mine.length * R);
  let pool = early ? poolFor(early, mine.length * R) : null;
  let prepared: { out: string; done: Map<number, string> } | undefined;
  try {
    const dir = prepareWork(o, shard);
    o.onStart?.();
    // Damaged checkpoints (a crash mid-write) are dropped here, and their groups run again.
    prepared = dir === undefined ? undefined : { out: dir, done: indexChunks(dir, plan.hash, true) };
  } catch (err) {
    // Bad input fails as before: one line, no run (the started workers are ended first).
    await pool?.destroy();
    throw err;
  }
  if (prepared === undefined) {
    await pool?.destroy();
    return { total: mine.length * R, executed: 0, resumedGroups: mine.length, interrupted: false, failed: 0, complete: true };
  }
  const { out, done } = prepared;
  const cells = cellsPerRun(plan);
  const todo = mine.filter((g) => !done.has(g));
  const total = mine.length * R;
  let finished = (mine.length - todo.length) * R;
  o.onProgress?.(finished, total);

  // Runs to do, in plan order.
  const runs: number[] = [];
  for (const g of todo) for (let r = 0; r < R; r++) runs.push(g * R + r);
  const { workers, batch, wholeGroups } = early ?? batching(o, runs.length);

  const open = new Map<number, { runs: GroupRecord['runs']; series: Float64Array; ok: Uint8Array; filled: number }>();
  let pending: GroupRecord[] = [];
  let pendingRuns = 0;
  let pendingValues = 0;
  let failed = 0;
  let firstError: string | undefined;
  const flush = () => {
    writeChunk(out, plan.hash, pending);
    pending = [];
    pendingRuns = 0;
    pendingValues = 0;
  };
  const keep = (gr: GroupRecord) => {
    pending.push(gr);
    pendingRuns += R;
    pendingValues += (gr.series?.length ?? 0) + (gr.summary?.length ?? 0);
    // Checkpoint often enough that a kill loses little (a few seconds of runs), rarely
    // enough to keep files few: runs that keep little (no series) go 4096 to a file.
    if (pendingRuns >= Math.max(256, R) && (pendingValues >= 1 << 17 || pendingRuns >= 4096)) flush();
  };
  const accept = (res: BatchResult) => {
    finished += res.indices.length;
    for (let k = 0; k < res.indices.length; k++)
      if (!res.ok[k]) {
        failed++;
        firstError ??= `${runIdentity(plan, res.indices[k]).runId}: ${res.errors[k]}`;
      }
    if (res.summaries) {
      // Whole groups, summarised by the worker.
      const S = SUMMARY_STATS.length;
      for (let gk = 0; gk < res.indices.length / R; gk++) {
        const runsOf: GroupRecord['runs'] = [];
        for (let k = gk * R; k < (gk + 1) * R; k++) runsOf.push({ index: res.indices[k], ok: res.ok[k] === 1, error: res.errors[k], ms: res.durationsMs[k] });
        keep({
          g: res.indices[gk * R] / R,
          runs: runsOf,
          series: e.outputs.series ? res.series.subarray(gk * R * cells, (gk + 1) * R * cells) : null,
          summary: res.summaries.subarray(gk * cells * S, (gk + 1) * cells * S),
          n: res.n![gk],
        });
      }
      o.onProgress?.(finished, total);
      return;
    }
    res.indices.forEach((index, k) => {
      const g = Math.floor(index / R);
      const r = index % R;
      let acc = open.get(g);
      if (!acc) {
        acc = { runs: new Array(R), series: new Float64Array(R * cells), ok: new Uint8Array(R), filled: 0 };
        open.set(g, acc);
      }
      acc.runs[r] = { index, ok: res.ok[k] === 1, error: res.errors[k], ms: res.durationsMs[k] };
      acc.ok[r] = res.ok[k];
      acc.series.set(res.series.subarray(k * cells, (k + 1) * cells), r * cells);
      if (++acc.filled < R) return;
      open.delete(g);
      const summary = e.outputs.summary ? summariseGroup(acc.series, R, cells, acc.ok) : null;
      keep({ g, runs: acc.runs, series: e.outputs.series ? acc.series : null, summary: summary?.stats ?? null, n: summary?.n ?? acc.ok.reduce((a, b) => a + b, 0) });
    });
    o.onProgress?.(finished, total);
  };

  if (!early) pool = poolFor({ workers, batch }, runs.length);
  let interrupted = false;
  try {
    if (!pool) {
      for (let i = 0; i < runs.length; i += batch) {
        if (o.stop?.requested) {
          interrupted = true;
          break;
        }
        accept(runBatch(plan, runs.slice(i, i + batch), o.check, wholeGroups));
        // Yield to the event loop so Ctrl-C can be seen between batches.
        await new Promise((res) => setImmediate(res));
      }
    } else {
      const maxInFlight = workers * 4;
      const inFlight = new Set<Promise<void>>();
      for (let i = 0; i < runs.length; i += batch) {
        if (o.stop?.requested) {
          interrupted = true;
          break;
        }
        const indices = runs.slice(i, i + batch);
        const task: ExperimentTask = { indices, wholeGroups };
        const p: Promise<void> = pool
          .run(task)
          .then((res: BatchResult) => accept(res))
          .catch((err: Error) =>
            accept({
              indices,
              ok: new Uint8Array(indices.length),
              errors: indices.map(() => `worker failed: ${err.message}`),
              durationsMs: new Float64Array(indices.length),
              series: new Float64Array(indices.length * cells).fill(Number.NaN),
            }),
          )
          .finally(() => inFlight.delete(p));
        inFlight.add(p);
        if (inFlight.size >= maxInFlight) await Promise.race(inFlight);
      }
      await Promise.all(inFlight);
    }
  } finally {
    flush();
    await pool?.destroy();
  }
  // A stop request is honoured the same way whenever it comes, even after the last
  // task was sent: the saved groups stay resumable and the exit says "interrupted".
  if (o.stop?.requested) interrupted = true;
  const base = { total, executed: runs.length, resumedGroups: mine.length - todo.length, interrupted, failed };
  if (interrupted) return base;
  if (o.allOk && failed > 0) throw new Error(`${failed} of ${total} runs failed (the folder was left as it was); first: ${firstError}`);
  o.onRunsDone?.();
  try {
    const result = await assemble(plan, new ChunkReader(indexChunks(out, plan.hash)), mine, out, o.version);
    await o.finish?.(out);
    writeClaim(out, o.claim ?? experimentClaim(plan, shard));
    swapIn(out, o.out);
    return { ...base, ...result, files: result.files.map((f) => join(o.out, basename(f))), failed: result.failed };
  } catch (err) {
    throw writeError(err, '--out', o.out);
  }
}

/**
 * Assembles the shard folders of one experiment into `out`: a whole experiment
 * folder, as one machine would leave it (final files, report, checkpoints), so the
 * analysis commands read it too. A damaged chunk is named in a one-line error.
 */
export async function mergeShards(
  dirs: readonly string[],
  out: string,
  version: string,
  plan: Plan,
  force: boolean,
  finish?: (dir: string) => void | Promise<void>,
): Promise<AssembleResult> {
  const index = new Map<number, string>();
  for (const dir of dirs) {
    const state = readState(dir);
    if (!state) throw new InputError(dir, 'an experiment output folder (no .collabsim/state.json)');
    if (state.plan !== plan.hash) throw new InputError(dir, 'shards of one experiment (plans differ)');
    for (const [g, file] of indexChunks(dir, plan.hash)) {
      if (index.has(g)) throw new InputError(dir, `shards without overlap (group ${g} is also in ${index.get(g)})`);
      index.set(g, file);
    }
  }
  const missing: number[] = [];
  for (let g = 0; g < plan.groupCount && missing.length < 5; g++) if (!index.has(g)) missing.push(g);
  if (missing.length) throw new InputError('merge', `all shards, complete (groups ${missing.join(', ')}… are missing: run or --resume the missing shards)`);
  let result: AssembleResult | undefined;
  await writeFolder(out, experimentClaim(plan), force, async (dir) => {
    writeState(dir, plan, { index: 0, count: 1 });
    for (const file of new Set(index.values())) writeFileAtomic(join(chunkDir(dir), basename(file)), readFileSync(file));
    result = await assemble(plan, new ChunkReader(indexChunks(dir, plan.hash)), Array.from({ length: plan.groupCount }, (_, g) => g), dir, version);
    await finish?.(dir);
  });
  return { ...result!, files: result!.files.map((f) => join(out, basename(f))) };
}
