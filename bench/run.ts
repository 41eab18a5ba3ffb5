/**
 * collabsim benchmarks: `npm run bench` (about 5 minutes on 2 cores), `npm run bench -- --quick`
 * (about 1 minute). Prints the tables, writes bench/results.json and, on a full run,
 * the tables in docs/performance.md (between the bench markers).
 *
 *   --quick            fewer repetitions, no 10^6 population, smaller experiments
 *   --only a,b,...     sections: default, months, population, experiment, calibrate, startup,
 *                      saltelli, boltzmann (rows of the sections not run are carried over
 *                      from the previous bench/results.json, each with its own date and load)
 *   --baseline REF     also measure the default model of git REF (e.g. the commit before
 *                      an optimisation) with the same harness: before/after in one session
 *   --no-docs          do not touch docs/performance.md
 *
 * Every measurement runs in a fresh child process, after warm-up, with the command line's
 * V8 flags (src/cli/v8.ts; row a‴ without them). Single-process rates
 * are given per CPU-second (user + system time of the process), which other work on
 * the machine barely changes; wall-clock rates are in results.json. Parallel runs can
 * only be judged by wall time: the load average is recorded next to them.
 *
 * The rows that time the command line (experiment, calibrate, startup, saltelli) run the
 * compiled CLI (`dist/cli/main.js`, built by `npm run build:js` at the start of the
 * bench), as an installed package runs: no TypeScript is compiled at run time, in the
 * main thread or in the workers.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { V8_FLAGS } from '../src/cli/v8.js';
import { fmt, linearFit, loadNow, machine, median, powerFit, ROOT, runChild, runCommand, type Machine } from './lib.js';

const { values: o } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    only: { type: 'string' },
    baseline: { type: 'string' },
    'no-docs': { type: 'boolean', default: false },
  },
});
const quick = o.quick!;
const SECTIONS = ['default', 'months', 'population', 'experiment', 'calibrate', 'startup', 'saltelli', 'boltzmann'] as const;
type Section = (typeof SECTIONS)[number];
const only = new Set<Section>((o.only?.split(',') as Section[] | undefined) ?? SECTIONS);
for (const s of only) if (!SECTIONS.includes(s)) throw new Error(`--only: unknown section ${s} (${SECTIONS.join(', ')})`);

const TARGET = {
  defaultRunsPerSec: 5000,
  millionSeconds: 10,
  bytesPerAgent: 200,
  /** `collabsim --version`, wall seconds. */
  startupSeconds: 0.3,
  /** The 225,000-run Saltelli design on 2 workers: wall seconds and peak RSS. */
  saltelliSeconds: 60,
  saltelliRssMB: 500,
  twoWorkerSpeedup: 1.8,
  calibrateSpeedup: 1.7,
  engineOverFlocc: 20,
  engineOverHand: 0.5,
  /** Default run within this factor of its arithmetic floor (issue 13). */
  overFloor: 2,
};

interface Row {
  /** The bench section that measured it (rows of sections not run are carried over). */
  section?: Section;
  /** Commit and date of the measurement, on rows carried over from an earlier bench run. */
  measured?: string;
  id: string;
  measurement: string;
  value: string;
  target: string;
  status: string;
  /** 1-minute load average at the start and end of the measurement behind the row. */
  load?: [number, number];
}
/** Target and status of a row without a target of its own. */
const NO_TARGET = { target: 'none (context)', status: 'n/a' };
const rows: Row[] = [];
let tagged = 0;
/** Marks the rows pushed since the last call as measured by section `s`. */
function tag(s: Section): void {
  for (; tagged < rows.length; tagged++) rows[tagged].section ??= s;
}
const details: Record<string, string[]> = {};
const raw: Record<string, unknown> = {};
const fits: Record<string, unknown> = {};

/** "met" or "missed", with the measured figure and how far it is from the target. */
function status(ok: boolean, ratio: number, measured: string): string {
  return ok ? `met (${measured})` : `missed (${measured}: ${ratio.toFixed(2)}x of target)`;
}
function loadText(l?: [number, number]): string {
  return l ? `${l[0].toFixed(1)} → ${l[1].toFixed(1)}` : '-';
}
function log(msg: string): void {
  process.stderr.write(`[bench ${((performance.now() - T0) / 1000).toFixed(0)}s] ${msg}\n`);
}
function mb(bytes: number): string {
  return `${fmt(bytes / 2 ** 20)} MiB`;
}

const T0 = performance.now();
const info: Machine = machine();
log(`${info.cpu}, ${info.cores} cores, Node ${info.node}, load ${info.loadStart.toFixed(1)}${quick ? ' (quick)' : ''}`);

/** The compiled CLI, built once (sections that time commands); undefined until needed. */
let compiled: string | undefined;
function cli(): string {
  if (!compiled) {
    log('building the compiled CLI (npm run build:js)');
    execFileSync('npm', ['run', 'build:js', '--silent'], { cwd: ROOT, stdio: 'ignore' });
    compiled = join(ROOT, 'dist/cli/main.js');
  }
  return compiled;
}

/**
 * Runs the compiled CLI with `args`; throws, with the command's last lines, unless it
 * exits 0 and its standard output matches `expect` (the match is returned with the timing).
 */
async function runCli(what: string, args: readonly string[], expect: RegExp, timeoutMs = 900_000) {
  const r = await runCommand(process.execPath, [cli(), ...args], { timeoutMs });
  const match = expect.exec(r.stdout);
  if (r.code !== 0 || !match) throw new Error(`${what} failed (exit ${r.code}): ${(r.stderr + r.stdout).trim().split('\n').slice(-3).join(' | ')}`);
  return { ...r, match };
}

// ------------------------------------------------------------------ (a) default model
interface DefaultResult {
  months: number;
  loadavg: [number, number];
  runsPerSecWall: number;
  runsPerSecCpu: number;
  msPerRun: number;
}
const defaultArgs = (months: number) => ['--months', String(months), '--reps', quick ? '3' : '7', '--seconds', quick ? '0.7' : '1.5'];

if (only.has('default')) {
  log('default model: status-quo preset (the Serengan defaults), 120 months, all series recorded');
  const { result: d } = await runChild<DefaultResult>('child/default-model.ts', defaultArgs(120));
  raw.default = d;
  rows.push({
    id: 'a',
    measurement: `Default model, 120 months, all series: runs per CPU-second on one core (median of ${quick ? 3 : 7} after warm-up; wall rates in results.json)`,
    value: `${fmt(d.runsPerSecCpu)} runs/s (${fmt(1000 / d.runsPerSecCpu)} ms/run)`,
    target: `≥ ${fmt(TARGET.defaultRunsPerSec)}`,
    status: status(d.runsPerSecCpu >= TARGET.defaultRunsPerSec, d.runsPerSecCpu / TARGET.defaultRunsPerSec, `${fmt(d.runsPerSecCpu)} runs/s`),
    load: d.loadavg,
  });
  log("default model with V8's default flags (as the library runs in its host)");
  const { result: plain } = await runChild<DefaultResult>('child/default-model.ts', defaultArgs(120), { v8Defaults: true });
  raw.defaultV8Defaults = plain;
  rows.push({
    id: 'a‴',
    measurement: `… the same with V8's default flags (a host of the library; row a runs with the CLI's ${V8_FLAGS.join(' ')})`,
    value: `${fmt(plain.runsPerSecCpu)} runs/s (row a: ×${(d.runsPerSecCpu / plain.runsPerSecCpu).toFixed(2)})`,
    ...NO_TARGET,
    load: plain.loadavg,
  });
  log('arithmetic floor: counting draws, exp/log/pow calls and agent-months; unit costs');
  const { result: fl } = await runChild<FloorResult>('child/floor.ts', ['--runs', quick ? '50' : '200', '--reps', quick ? '3' : '5']);
  raw.floor = fl;
  const usPerRun = 1e6 / d.runsPerSecCpu;
  const over = usPerRun / fl.floorUs;
  rows.push({
    id: 'a″',
    measurement: 'Default run against its arithmetic floor (counts per run × unit costs, both measured in this bench run; table "floor")',
    value: `${fmt(usPerRun)} µs measured, floor ${fmt(fl.floorUs)} µs: ×${over.toFixed(2)} the floor`,
    target: `≤ ×${TARGET.overFloor} the floor`,
    status: status(over <= TARGET.overFloor, TARGET.overFloor / over, `×${over.toFixed(2)}`),
    load: fl.loadavg,
  });
  const FN = ['exp', 'log', 'pow', 'sqrt', 'sin', 'cos'] as const;
  details.floor = [
    `Per default run (status-quo, 120 months; the seeds timed in row a, ${fl.runs} runs counted${fl.sameResults ? ', results identical with and without the counters' : ', RESULTS DIFFER WITH THE COUNTERS'}). Unit costs: CPU ns per operation in a loop, the empty loop's cost subtracted; an agent-month is one fused pass reading and writing all ${fl.unitNs.agentMonth.attributes} attributes of a workshop.`,
    '',
    '| operation | count per run | unit cost (ns) | cost per run (µs) | share of floor |',
    '|---|---:|---:|---:|---:|',
    ...[
      ['random draws (Alea next)', fl.perRun.draws, fl.unitNs.draw.ns, fl.costNs.draws],
      ['agent-months (active workshops × months)', fl.perRun.agentMonths, fl.unitNs.agentMonth.ns, fl.costNs.agentMonths],
      ...FN.map((f) => [`Math.${f}`, fl.perRun[f], fl.unitNs[f].ns, fl.costNs[f]] as [string, number, number, number]),
    ].map(([k, c, u, t]) => `| ${k} | ${fmt(c as number)} | ${(u as number).toFixed(2)} | ${fmt((t as number) / 1000)} | ${((100 * (t as number)) / 1000 / fl.floorUs).toFixed(1)} % |`),
    `| **floor** | | | **${fmt(fl.floorUs)}** | |`,
    `| measured (row a, CPU) | | | ${fmt(usPerRun)} | ×${over.toFixed(2)} |`,
    '',
    `Draws by stream per run: ${Object.entries(fl.byStream)
      .filter(([, v]) => v > 0)
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => `${k} ${fmt(v)}`)
      .join(', ')}.`,
  ];
  if (o.baseline) {
    const dir = mkdtempSync(join(tmpdir(), 'collabsim-baseline-'));
    try {
      execFileSync('sh', ['-c', `git archive ${o.baseline} src package.json | tar -x -C ${dir}`], { cwd: ROOT });
      symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
      log(`default model at ${o.baseline} (same harness)`);
      const { result: b } = await runChild<DefaultResult>('child/default-model.ts', [...defaultArgs(120), '--root', dir]);
      // And this tree once more, right after, so both see the same machine load.
      const { result: a } = await runChild<DefaultResult>('child/default-model.ts', defaultArgs(120));
      raw.baseline = { ref: o.baseline, before: b, after: a };
      rows.push({
        id: 'a′',
        measurement: `Default model before (${o.baseline}) → after (this tree), runs/s per CPU-second`,
        value: `${fmt(b.runsPerSecCpu)} → ${fmt(a.runsPerSecCpu)} (×${(a.runsPerSecCpu / b.runsPerSecCpu).toFixed(2)})`,
        ...NO_TARGET,
        load: [b.loadavg[0], a.loadavg[1]],
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}

interface FloorResult {
  runs: number;
  sameResults: boolean;
  perRun: Record<'draws' | 'agentMonths' | 'exp' | 'log' | 'pow' | 'sqrt' | 'sin' | 'cos', number>;
  byStream: Record<string, number>;
  unitNs: Record<string, { ns: number; grossNs: number; loopNs: number; attributes?: number }>;
  costNs: Record<string, number>;
  floorUs: number;
  loadavg: [number, number];
}

tag('default');

// ------------------------------------------------------------------ cost vs months
if (only.has('months')) {
  const months = [60, 120, 240];
  const res: DefaultResult[] = [];
  for (const m of months) {
    log(`default model, ${m} months`);
    res.push((await runChild<DefaultResult>('child/default-model.ts', defaultArgs(m))).result);
  }
  raw.months = res;
  const ms = res.map((r) => 1000 / r.runsPerSecCpu);
  const f = powerFit(months, ms);
  const lin = linearFit(months, ms);
  fits.months = { ...f, fixedMs: lin.intercept, msPerMonth: lin.slope };
  details.months = [
    '| months | ms per run (CPU) | runs/s (CPU) | runs/s (wall) | load avg |',
    '|---:|---:|---:|---:|---|',
    ...res.map((r, k) => `| ${months[k]} | ${fmt(ms[k])} | ${fmt(r.runsPerSecCpu)} | ${fmt(r.runsPerSecWall)} | ${loadText(r.loadavg)} |`),
    '',
    `Fit: time ∝ months^${f.exponent.toFixed(2)} (R² ${f.r2.toFixed(3)}); as a line, ${fmt(lin.intercept * 1000)} µs per run + ${fmt(lin.slope * 1000)} µs per month.`,
  ];
}

tag('months');

// ------------------------------------------------------------------ (b) large populations
interface PopResult {
  producers: number;
  pool: number;
  months: number;
  outsideRange: boolean;
  secondsWall: number;
  secondsCpu: number;
  agentSteps: number;
  meanActive: number;
  finalActive: number;
  agentStepsPerSec: number;
  agentStepsPerCpuSec: number;
  peakRss: number;
  rssBefore: number;
  bytesPerSlot: number;
  bytesPerProducer: number;
  stateBytesPerSlot: number;
  loadavg: [number, number];
}
if (only.has('population')) {
  const sizes = quick ? [1e2, 1e3, 1e4, 1e5] : [1e2, 1e3, 1e4, 1e5, 1e6];
  const res: PopResult[] = [];
  for (const n of sizes) {
    log(`population: ${fmt(n)} producers x 120 months`);
    try {
      const reps = n <= 1e2 ? 25 : n <= 1e3 ? 11 : n <= 1e4 ? 5 : n <= 1e5 ? 2 : 0;
      res.push(
        (await runChild<PopResult>('child/population.ts', ['--producers', String(n), '--reps', String(reps)], { nodeArgs: ['--expose-gc'], timeoutMs: 900_000 }))
          .result,
      );
    } catch (e) {
      log(`population ${n} failed: ${(e as Error).message}`);
      details.populationErrors = [...(details.populationErrors ?? []), `${fmt(n)} producers: ${(e as Error).message}`];
    }
  }
  raw.population = res;
  details.population = [
    '| producers (pool) | mean active | CPU s (wall s) per run | agent-steps/s (CPU) | peak RSS | bytes/agent (pool slot) | bytes/producer | model arrays, bytes/slot |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...res.map(
      (r) =>
        `| ${fmt(r.producers)} (${fmt(r.pool)})${r.outsideRange ? ' †' : ''} | ${fmt(r.meanActive)} | ${fmt(r.secondsCpu)} (${fmt(r.secondsWall)}) | ${fmt(r.agentStepsPerCpuSec)} | ${mb(r.peakRss)} | ${r.producers >= 1e4 ? fmt(r.bytesPerSlot) : '-'} | ${r.producers >= 1e4 ? fmt(r.bytesPerProducer) : '-'} | ${fmt(r.stateBytesPerSlot)} |`,
    ),
    '',
    'Agent-steps = active producers summed over the 120 months. Pool = producers × 26/16 (the model\'s registry ratio); bytes/agent = growth of peak RSS over the RSS before the run, per pool slot (shown from 10^4 up, where the model dominates the process). † initialProducers above its declared maximum (100,000), set after the range check.',
  ];
  const fitSet = res.filter((r) => r.producers >= 1e3);
  if (fitSet.length >= 2) {
    const f = powerFit(
      fitSet.map((r) => r.pool),
      fitSet.map((r) => r.secondsCpu),
    );
    fits.producers = f;
    details.population.push(`Fit (10^3 and up): time ∝ pool^${f.exponent.toFixed(2)} (R² ${f.r2.toFixed(3)}).`);
  }
  for (const r of res.filter((x) => x.producers >= 1e3)) {
    const big = r.producers === 1e6;
    rows.push({
      id: 'b',
      measurement: `${fmt(r.producers)} producers (pool ${fmt(r.pool)}) × 120 months${r.outsideRange ? ' †' : ''}: agent-steps/s; CPU s (wall s); peak RSS`,
      value: `${fmt(r.agentStepsPerCpuSec)}; ${fmt(r.secondsCpu)} s (${fmt(r.secondsWall)} s); ${mb(r.peakRss)}`,
      ...(big
        ? { target: `≤ ${TARGET.millionSeconds} s`, status: status(r.secondsCpu <= TARGET.millionSeconds, TARGET.millionSeconds / r.secondsCpu, `${fmt(r.secondsCpu)} s`) }
        : NO_TARGET),
      load: r.loadavg,
    });
    if (r.producers >= 1e5)
      rows.push({
        id: 'b',
        measurement: `${fmt(r.producers)} producers: bytes per agent (pool slot; per initial producer)`,
        value: `${fmt(r.bytesPerSlot)} (${fmt(r.bytesPerProducer)})`,
        ...(big
          ? { target: `≤ ${TARGET.bytesPerAgent}`, status: status(r.bytesPerSlot <= TARGET.bytesPerAgent, TARGET.bytesPerAgent / r.bytesPerSlot, `${fmt(r.bytesPerSlot)} B`) }
          : NO_TARGET),
        load: r.loadavg,
      });
  }
}

tag('population');

// ------------------------------------------------------------------ (c) experiments through the runner
interface ExpResult {
  runs: number;
  workers: number;
  wall: number;
  cpu?: number;
  maxRss?: number;
  runsPerSec: number;
  /** Median duration of one run in timings.csv, ms. */
  runMs?: number;
  load: [number, number];
}
async function experiment(runs: number, workers: number, dir: string): Promise<ExpResult> {
  const file = join(dir, `bench-${runs}.yaml`);
  writeFileSync(
    file,
    [`name: bench-${runs}`, 'seed: 20150718', `replicates: ${runs}`, 'scenarios: [status-quo]', 'outputs: {series: false, months: [120]}', ''].join('\n'),
  );
  const out = join(dir, `out-${runs}-${workers}`);
  rmSync(out, { recursive: true, force: true });
  const load0 = loadNow();
  const r = await runCli(`experiment ${runs} runs, ${workers} worker(s)`, ['experiment', file, '--out', out, '--workers', String(workers)], new RegExp(`${runs} runs \\(0 failed\\)`));
  // timings.csv has each run's duration as measured where it ran (main thread or worker).
  let runMs: number | undefined;
  try {
    const lines = readFileSync(join(out, 'timings.csv'), 'utf8').trim().split('\n').slice(1);
    runMs = median(lines.map((l) => Number(l.slice(l.lastIndexOf(',') + 1))));
  } catch {
    // no timings file: leave it out
  }
  rmSync(out, { recursive: true, force: true });
  return { runs, workers, wall: r.wall, cpu: r.cpu, maxRss: r.maxRss, runsPerSec: runs / r.wall, runMs, load: [load0, loadNow()] };
}
/**
 * What two cores give two model processes on this machine now: rounds of the default
 * model alone, then two side by side; each round's ratio is the pair's runs per wall
 * second over the one alone, and the ceiling is their median. Shared cores slow each
 * other (caches, memory, the host's other tenants), so this, not 2, is what a
 * two-worker speed-up can reach in the same bench run.
 */
async function twoCoreCeiling(): Promise<{ rounds: { alone: number; pair: [number, number] }[]; ratios: number[]; ceiling: number; load: [number, number] }> {
  const args = ['--months', '120', '--reps', quick ? '3' : '5', '--seconds', quick ? '0.7' : '1'];
  const load0 = loadNow();
  const rate = async () => (await runChild<DefaultResult>('child/default-model.ts', args)).result.runsPerSecWall;
  const rounds: { alone: number; pair: [number, number] }[] = [];
  for (let k = 0; k < (quick ? 1 : 3); k++) {
    const alone = await rate();
    const [p0, p1] = await Promise.all([rate(), rate()]);
    rounds.push({ alone, pair: [p0, p1] });
  }
  const ratios = rounds.map((r) => (r.pair[0] + r.pair[1]) / r.alone);
  return { rounds, ratios, ceiling: median(ratios), load: [load0, loadNow()] };
}

/** Alternating rounds of the parallel rows (c, e); one when quick. */
const ROUNDS = quick ? 1 : 3;
/** One alternating round of a parallel row: the job on 1 worker, then on 2. */
interface Round<T> {
  one: T;
  two: T;
  speedup: number;
}
/**
 * ROUNDS alternating rounds of `job` on 1 and 2 workers; each speed-up compares two
 * neighbouring measurements, as the host's speed drifts between minutes.
 */
async function alternatingRounds<T extends { wall: number }>(what: string, job: (workers: number, round: number) => Promise<T>): Promise<Round<T>[]> {
  const rounds: Round<T>[] = [];
  for (let k = 0; k < ROUNDS; k++) {
    log(`${what}, 1 worker, round ${k + 1} of ${ROUNDS}`);
    const one = await job(1, k);
    log(`${what}, 2 workers, round ${k + 1} of ${ROUNDS}`);
    const two = await job(2, k);
    rounds.push({ one, two, speedup: one.wall / two.wall });
  }
  return rounds;
}
/** The round whose speed-up is the median (rounds sorted by speed-up). */
function medianRound<T extends { speedup: number }>(rounds: readonly T[]): T {
  return [...rounds].sort((a, b) => a.speedup - b.speedup)[Math.floor(rounds.length / 2)];
}

if (only.has('experiment')) {
  const dir = mkdtempSync(join(tmpdir(), 'collabsim-bench-'));
  try {
    const N = quick ? 2000 : 10000;
    const small = quick ? 500 : 1000;
    log('experiment: the two-core ceiling (default model alone, two side by side, alone)');
    const two = await twoCoreCeiling();
    raw.twoCoreCeiling = two;
    rows.push({
      id: 'c',
      measurement: `Two-core ceiling: two default-model processes side by side, their runs/s (wall) over one alone just before (median of ${two.ratios.length} rounds)`,
      value: `×${two.ceiling.toFixed(2)} (rounds: ${two.rounds.map((r, k) => `${fmt(r.pair[0])} + ${fmt(r.pair[1])} over ${fmt(r.alone)}: ×${two.ratios[k].toFixed(2)}`).join('; ')})`,
      ...NO_TARGET,
      load: two.load,
    });
    // The row gives the median round's speed-up (and that round in full).
    const rounds = await alternatingRounds(`experiment: ${fmt(N)} runs (CLI, real runner)`, (workers) => experiment(N, workers, dir));
    const { one: e1, two: e2, speedup } = medianRound(rounds);
    log(`experiment: ${fmt(small)} runs, 1 worker (for the cost per run)`);
    const e0 = await experiment(small, 1, dir);
    raw.experiment = [e0, ...rounds.flatMap((r) => [r.one, r.two])];
    const rss = (e: ExpResult) => (e.maxRss ? mb(e.maxRss) : 'n/a');
    rows.push({
      id: 'c',
      measurement: `Experiment of ${fmt(N)} runs (CLI, series off, month 120 kept), 1 worker: runs/s (wall); peak RSS`,
      value: `${fmt(e1.runsPerSec)}; ${rss(e1)}`,
      ...NO_TARGET,
      load: e1.load,
    });
    rows.push({
      id: 'c',
      measurement: `… 2 workers: runs/s (wall); speed-up over 1 worker, median of ${ROUNDS} alternating rounds (parallel efficiency); peak RSS`,
      value: `${fmt(e2.runsPerSec)}; ×${speedup.toFixed(2)} (${((100 * speedup) / 2).toFixed(0)} %; rounds ${rounds.map((r) => `×${r.speedup.toFixed(2)}`).join(', ')}); ${rss(e2)}`,
      target: `≥ ×${TARGET.twoWorkerSpeedup}`,
      status: status(speedup >= TARGET.twoWorkerSpeedup, speedup / TARGET.twoWorkerSpeedup, `×${speedup.toFixed(2)}`) + `; ${((100 * speedup) / two.ceiling).toFixed(0)} % of the two-core ceiling`,
      load: [rounds[0].one.load[0], rounds[rounds.length - 1].two.load[1]],
    });
    const lin = linearFit([e0.runs, e1.runs], [e0.wall, e1.wall]);
    const linCpu = e0.cpu !== undefined && e1.cpu !== undefined ? linearFit([e0.runs, e1.runs], [e0.cpu, e1.cpu]) : undefined;
    fits.runs = { fixedSeconds: lin.intercept, msPerRun: lin.slope * 1000, cpuFixedSeconds: linCpu?.intercept, cpuMsPerRun: linCpu ? linCpu.slope * 1000 : undefined };
    details.experiment = [
      '| runs | workers | wall s | CPU s (all threads) | runs/s (wall) | median ms per run (timings.csv) | peak RSS | load avg (start → end) |',
      '|---:|---:|---:|---:|---:|---:|---:|---|',
      ...[e0, ...rounds.flatMap((r) => [r.one, r.two])].map(
        (e) =>
          `| ${fmt(e.runs)} | ${e.workers} | ${fmt(e.wall)} | ${e.cpu !== undefined ? fmt(e.cpu) : 'n/a'} | ${fmt(e.runsPerSec)} | ${e.runMs !== undefined ? fmt(e.runMs) : 'n/a'} | ${rss(e)} | ${e.load[0].toFixed(1)} → ${e.load[1].toFixed(1)} |`,
      ),
      '',
      `Fit over ${fmt(small)} and ${fmt(N)} runs (1 worker): ${fmt(lin.intercept)} s fixed (start-up, plan, output files) + ${fmt(lin.slope * 1000)} ms per run (wall)` +
        (linCpu ? `; CPU: ${fmt(linCpu.intercept)} s + ${fmt(linCpu.slope * 1000)} ms per run.` : '.'),
    ];
  } catch (e) {
    log((e as Error).message);
    rows.push({ id: 'c', measurement: 'Experiment through the CLI', value: `failed: ${(e as Error).message.slice(0, 200)}`, target: 'see the rows above', status: 'error (not measured)' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

tag('experiment');

// ------------------------------------------------------------------ (e) calibrate on the pool
interface CalResult {
  workers: number;
  simulations: number;
  wall: number;
  cpu?: number;
  /** os.loadavg() (1, 5, 15 minutes) before and after. */
  load: [number[], number[]];
}
if (only.has('calibrate')) {
  const dir = mkdtempSync(join(tmpdir(), 'collabsim-bench-'));
  try {
    // The shipped calibration (200 particles, 8 populations), with a smaller budget when quick.
    const budget = quick ? 4000 : 20000;
    const file = join(dir, 'cal.yaml');
    const shipped = readFileSync(join(ROOT, 'experiments/serengan.calibration.yaml'), 'utf8');
    writeFileSync(file, shipped.replace(/^maxSimulations: \d+$/m, `maxSimulations: ${budget}`));
    const calibrate = async (workers: number, round: number): Promise<CalResult> => {
      const out = join(dir, `out-${workers}-${round}`);
      const before = loadavg();
      const r = await runCli(`calibrate on ${workers} worker(s)`, ['calibrate', file, '--out', out, '--workers', String(workers)], /ABC-SMC: \d+ populations, (\d+) simulations/);
      return { workers, simulations: Number(r.match[1]), wall: r.wall, cpu: r.cpu, load: [before, loadavg()] };
    };
    const rounds = await alternatingRounds(`calibrate: serengan.calibration.yaml, ${fmt(budget)} simulations at most`, calibrate);
    const { one: c1, two: c2, speedup } = medianRound(rounds);
    // The same bytes in every folder (the pool must not change results).
    const files = ['calibration.json', 'posterior.csv', 'predictive.csv', 'posterior-design.csv', 'calibrated-scenario.json', 'report.html'];
    const same = rounds.every((_, k) =>
      [1, 2].every((w) => files.every((f) => readFileSync(join(dir, 'out-1-0', f)).equals(readFileSync(join(dir, `out-${w}-${k}`, f))))),
    );
    raw.calibrate = { budget, runs: rounds.flatMap((r) => [r.one, r.two]), identical: same };
    const ceiling = (raw.twoCoreCeiling as { ceiling: number } | undefined)?.ceiling;
    const loads = (c: CalResult) => `${c.load[0].map((x) => x.toFixed(1)).join('/')} → ${c.load[1].map((x) => x.toFixed(1)).join('/')}`;
    rows.push({
      id: 'e',
      measurement: `calibrate serengan.calibration.yaml (${fmt(c1.simulations)} simulations + 200 predictive), 1 → 2 workers: wall s; speed-up (outputs identical: ${same ? 'yes' : 'NO'})`,
      value: `${fmt(c1.wall)} → ${fmt(c2.wall)} s; ×${speedup.toFixed(2)} (median of ${ROUNDS} alternating rounds: ${rounds.map((r) => `×${r.speedup.toFixed(2)}`).join(', ')})`,
      target: `≥ ×${TARGET.calibrateSpeedup}`,
      status: same
        ? status(speedup >= TARGET.calibrateSpeedup, speedup / TARGET.calibrateSpeedup, `×${speedup.toFixed(2)}`) +
          (ceiling ? `; ${((100 * speedup) / ceiling).toFixed(0)} % of the two-core ceiling (row c)` : '')
        : 'outputs differ',
      load: [rounds[0].one.load[0][0], rounds[rounds.length - 1].two.load[1][0]],
    });
    details.calibrate = [
      '| workers | simulations | wall s | CPU s (all threads) | load avg 1/5/15 min (start → end) |',
      '|---:|---:|---:|---:|---|',
      ...rounds.flatMap((r) => [r.one, r.two]).map((c) => `| ${c.workers} | ${fmt(c.simulations)} | ${fmt(c.wall)} | ${c.cpu !== undefined ? fmt(c.cpu) : 'n/a'} | ${loads(c)} |`),
      '',
      'Wall and CPU of the whole command (start-up, workers, files); 1 worker runs in the main thread.',
    ];
  } catch (e) {
    log((e as Error).message);
    rows.push({ id: 'e', measurement: 'calibrate on 1 and 2 workers', value: `failed: ${(e as Error).message.slice(0, 200)}`, target: '-', status: 'error' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

tag('calibrate');

// ------------------------------------------------------------------ (f) start-up of the command line
interface StartupResult {
  rounds: number;
  /** Per command: wall and CPU seconds of each round. */
  times: Record<string, { wall: number[]; cpu: number[] }>;
  load: [number, number];
}
if (only.has('startup')) {
  const dir = mkdtempSync(join(tmpdir(), 'collabsim-bench-'));
  try {
    const bin = cli();
    const rounds = quick ? 3 : 7;
    // The variants interleave within each round, so each sees the same load.
    const commands: Record<string, string[]> = {
      'node -e 0 (for scale)': ['-e', '0'],
      'collabsim --version (compiled)': [bin, '--version'],
      'collabsim run status-quo --replicates 1 (compiled)': [bin, 'run', 'status-quo', '--replicates', '1', '--out', join(dir, 'run'), '--force'],
      'collabsim --version (clone: sources through tsx)': [join(ROOT, 'bin/collabsim.js'), '--version'],
    };
    const times: StartupResult['times'] = Object.fromEntries(Object.keys(commands).map((k) => [k, { wall: [] as number[], cpu: [] as number[] }]));
    log(`start-up: ${Object.keys(commands).length} commands × ${rounds} rounds`);
    const load0 = loadNow();
    for (let r = 0; r < rounds; r++)
      for (const [k, args] of Object.entries(commands)) {
        const res = await runCommand(process.execPath, args, { timeoutMs: 120_000 });
        if (res.code !== 0) throw new Error(`${k} failed (exit ${res.code}): ${res.stderr.trim().split('\n').slice(-2).join(' | ')}`);
        times[k].wall.push(res.wall);
        times[k].cpu.push(res.cpu ?? Number.NaN);
      }
    const st: StartupResult = { rounds, times, load: [load0, loadNow()] };
    raw.startup = st;
    const med = (k: string) => ({ wall: median(times[k].wall), cpu: median(times[k].cpu) });
    const version = med('collabsim --version (compiled)');
    const run1 = med('collabsim run status-quo --replicates 1 (compiled)');
    rows.push({
      id: 'f',
      measurement: `CLI start-up, compiled: \`collabsim --version\`, wall s (CPU s), median of ${rounds}`,
      value: `${fmt(version.wall)} s (${fmt(version.cpu)} s)`,
      target: `≤ ${TARGET.startupSeconds} s`,
      status: status(version.wall <= TARGET.startupSeconds, TARGET.startupSeconds / version.wall, `${fmt(version.wall)} s`),
      load: st.load,
    });
    rows.push({
      id: 'f',
      measurement: '… `collabsim run status-quo --replicates 1` (all files and the report), wall s (CPU s)',
      value: `${fmt(run1.wall)} s (${fmt(run1.cpu)} s)`,
      ...NO_TARGET,
      load: st.load,
    });
    details.startup = [
      '| command | wall s (median) | CPU s (median) | wall s of each round |',
      '|---|---:|---:|---|',
      ...Object.keys(commands).map((k) => `| ${k} | ${fmt(med(k).wall)} | ${fmt(med(k).cpu)} | ${times[k].wall.map((w) => w.toFixed(2)).join(', ')} |`),
      '',
      'Each command in a fresh process, the variants interleaved within each round; CPU = user + system time of the process.',
    ];
  } catch (e) {
    log((e as Error).message);
    rows.push({ id: 'f', measurement: 'CLI start-up', value: `failed: ${(e as Error).message.slice(0, 200)}`, target: '-', status: 'error (not measured)' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
tag('startup');

// ------------------------------------------------------------------ (g) a large Saltelli design on 2 workers
if (only.has('saltelli')) {
  const dir = mkdtempSync(join(tmpdir(), 'collabsim-bench-'));
  try {
    // 10 parameters, second order: N x (2D + 2) = 22,528 rows x 10 replicates = 225,280 runs
    // (rows that the Sobol sequence repeats share one design point). Summaries only.
    const N = quick ? 64 : 1024;
    const params: [string, number, number][] = [
      ['mouMonitoring', 0, 1],
      ['mouSanction', 0, 4],
      ['trustErosion', 0.1, 0.5],
      ['trustBuild', 0.05, 0.2],
      ['initialTrust', 0.3, 0.7],
      ['commitBase', 0.5, 2],
      ['promiseCost', 0.4, 1.6],
      ['motivationWeight', 0.5, 2.5],
      ['reputationWeight', 0.5, 2],
      ['undercutGain', 0.1, 0.6],
    ];
    const file = join(dir, 'saltelli.yaml');
    writeFileSync(
      file,
      [
        `name: saltelli-${N}`,
        'seed: 11',
        'replicates: 10',
        'scenarios: [mou]',
        'design:',
        '  type: saltelli',
        `  samples: ${N}`,
        '  secondOrder: true',
        '  parameters:',
        ...params.map(([n, lo, hi]) => `    - { name: ${n}, range: [${lo}, ${hi}] }`),
        'outputs: {series: false, months: [120]}',
        '',
      ].join('\n'),
    );
    const out = join(dir, 'out');
    log(`saltelli: N = ${N}, 10 parameters, second order, 10 replicates, 2 workers`);
    const load0 = loadNow();
    const r = await runCli('saltelli experiment', ['experiment', file, '--out', out, '--workers', '2'], /(\d+) runs \(0 failed\)/, 1_800_000);
    const runs = Number(r.match[1]);
    const load: [number, number] = [load0, loadNow()];
    const rssMB = (r.maxRss ?? Number.NaN) / 1e6;
    raw.saltelli = { samples: N, runs, wall: r.wall, cpu: r.cpu, maxRss: r.maxRss, load };
    const full = !quick;
    rows.push({
      id: 'g',
      measurement: `Saltelli design, 10 parameters, N = ${N.toLocaleString("en-US")}, second order, ×10 replicates (${fmt(runs)} runs, summaries only), 2 workers: wall s (CPU s); runs/s`,
      value: `${fmt(r.wall)} s (${r.cpu !== undefined ? fmt(r.cpu) : 'n/a'} s); ${fmt(runs / r.wall)}`,
      ...(full
        ? { target: `≤ ${TARGET.saltelliSeconds} s`, status: status(r.wall <= TARGET.saltelliSeconds, TARGET.saltelliSeconds / r.wall, `${fmt(r.wall)} s`) }
        : { target: `≤ ${TARGET.saltelliSeconds} s at N = 1,024`, status: 'n/a (quick: smaller design)' }),
      load,
    });
    rows.push({
      id: 'g',
      measurement: '… peak RSS of the command (main thread and workers)',
      value: r.maxRss ? `${fmt(rssMB)} MB` : 'n/a',
      ...(full && r.maxRss
        ? { target: `≤ ${TARGET.saltelliRssMB} MB`, status: status(rssMB <= TARGET.saltelliRssMB, TARGET.saltelliRssMB / rssMB, `${fmt(rssMB)} MB`) }
        : { target: `≤ ${TARGET.saltelliRssMB} MB at N = 1,024`, status: 'n/a (quick: smaller design)' }),
      load,
    });
  } catch (e) {
    log((e as Error).message);
    rows.push({ id: 'g', measurement: 'Saltelli design on 2 workers', value: `failed: ${(e as Error).message.slice(0, 200)}`, target: '-', status: 'error (not measured)' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
tag('saltelli');

// ------------------------------------------------------------------ (d) Boltzmann wealth reference model
interface BoltzResult {
  steps: number;
  sizes: number[];
  results: Record<string, Record<'engine' | 'hand' | 'flocc' | 'floccAlea', { wall: number; cpu: number; agentStepsPerSec: number; agentStepsPerCpuSec: number; finalGini: number }>>;
  engineEqualsHand: Record<string, boolean>;
  loadavg: [number, number];
}
if (only.has('boltzmann')) {
  log('Boltzmann wealth model: engine, flocc, hand-written');
  const { result: b } = await runChild<BoltzResult>('child/boltzmann.ts', ['--reps', quick ? '3' : '5']);
  raw.boltzmann = b;
  details.boltzmann = [
    `| agents | collabsim engine | flocc | flocc, Alea choices | hand-written | engine ÷ flocc | engine ÷ hand | engine = hand |`,
    '|---:|---:|---:|---:|---:|---:|---:|---|',
  ];
  for (const n of b.sizes) {
    const r = b.results[n];
    const rate = (k: keyof typeof r) => r[k].agentStepsPerCpuSec;
    const vsFlocc = rate('engine') / rate('flocc');
    const vsHand = rate('engine') / rate('hand');
    details.boltzmann.push(
      `| ${fmt(n)} | ${fmt(rate('engine'))} | ${fmt(rate('flocc'))} | ${fmt(rate('floccAlea'))} | ${fmt(rate('hand'))} | ×${vsFlocc.toFixed(1)} | ×${vsHand.toFixed(2)} | ${b.engineEqualsHand[n] ? 'identical' : 'DIFFERENT'} |`,
    );
    rows.push({
      id: 'd',
      measurement: `Boltzmann wealth, ${fmt(n)} agents × ${b.steps} steps: agent-steps/s engine; flocc; hand-written`,
      value: `${fmt(rate('engine'))}; ${fmt(rate('flocc'))}; ${fmt(rate('hand'))}`,
      ...NO_TARGET,
      load: b.loadavg,
    });
    rows.push({
      id: 'd',
      measurement: `… engine ÷ flocc`,
      value: `×${vsFlocc.toFixed(1)}`,
      target: `≥ ×${TARGET.engineOverFlocc}`,
      status: status(vsFlocc >= TARGET.engineOverFlocc, vsFlocc / TARGET.engineOverFlocc, `×${vsFlocc.toFixed(1)}`),
      load: b.loadavg,
    });
    rows.push({
      id: 'd',
      measurement: `… engine ÷ hand-written (results identical: ${b.engineEqualsHand[n] ? 'yes' : 'NO'})`,
      value: `×${vsHand.toFixed(2)}`,
      target: `≥ ×${TARGET.engineOverHand}`,
      status: status(vsHand >= TARGET.engineOverHand, vsHand / TARGET.engineOverHand, `×${vsHand.toFixed(2)}`),
      load: b.loadavg,
    });
  }
  details.boltzmann.push('', 'Agent-steps per CPU-second, median of repetitions after warm-up; Gini recorded every step.');
}

tag('boltzmann');

// ------------------------------------------------------------------ output
info.loadEnd = loadNow();
const seconds = (performance.now() - T0) / 1000;
const today = new Date().toISOString().slice(0, 10);
const resultsFile = join(ROOT, 'bench/results.json');
// A partial run (--only) keeps the other sections' rows, details and raw results from the
// previous results.json, each row marked with the commit and date it was measured at.
if (only.size < SECTIONS.length && existsSync(resultsFile)) {
  try {
    const prev = JSON.parse(readFileSync(resultsFile, 'utf8')) as { rows?: Row[]; details?: Record<string, string[]>; raw?: Record<string, unknown>; machine?: Machine; date?: string };
    const when = `${prev.machine?.commit ?? '?'}, ${prev.date ?? 'date unknown'}`;
    const kept = (prev.rows ?? []).filter((r) => r.section && !only.has(r.section)).map((r) => ({ ...r, measured: r.measured ?? when }));
    rows.push(...kept);
    rows.sort((a, b) => SECTIONS.indexOf(a.section!) - SECTIONS.indexOf(b.section!));
    // Details and raw results are keyed by section, except the default section's floor and baseline.
    const sectionOf = (k: string): string => (k === 'floor' || k === 'baseline' || k === 'defaultV8Defaults' ? 'default' : k);
    const carried = (k: string) => !only.has(sectionOf(k) as Section) && SECTIONS.includes(sectionOf(k) as Section);
    for (const [k, v] of Object.entries(prev.details ?? {})) if (!(k in details) && carried(k)) details[k] = v;
    for (const [k, v] of Object.entries(prev.raw ?? {})) if (!(k in raw) && carried(k)) raw[k] = v;
  } catch {
    log('bench/results.json could not be read: only this run\'s rows are written');
  }
}
const command = `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`;
const table = [
  '| | measurement | value | target | status | load avg (start → end) |',
  '|---|---|---|---|---|---|',
  ...rows.map((r) => `| ${r.id} | ${r.measurement}${r.measured ? ` (earlier bench run: ${r.measured})` : ''} | ${r.value} | ${r.target} | ${r.status} | ${loadText(r.load)} |`),
];
const machineLine = `${info.cpu}, ${info.cores} cores, ${info.memoryGB} GiB, ${info.platform}; Node ${info.node} (V8 ${info.v8}); commit ${info.commit}${info.dirty ? ' + uncommitted changes' : ''}; load average ${info.loadStart.toFixed(1)} at start, ${info.loadEnd.toFixed(1)} at end; ${today}; ${fmt(seconds)} s.`;

const print = [`collabsim benchmarks — ${command}`, machineLine, '', ...table];
for (const [k, v] of Object.entries(details)) print.push('', `${k}:`, ...v);
process.stdout.write(print.join('\n') + '\n');

writeFileSync(resultsFile, JSON.stringify({ command, date: today, quick, sections: [...only], machine: info, seconds, rows, details, fits, raw, targets: TARGET }, null, 2) + '\n');
log('wrote bench/results.json');

const doc = join(ROOT, 'docs/performance.md');
if (!quick && only.size === SECTIONS.length && !o['no-docs'] && existsSync(doc)) {
  const block = [
    '<!-- bench:start (written by `npm run bench`; edit outside these markers) -->',
    `Measured with \`${command}\` on ${machineLine}`,
    '',
    ...table,
    '',
    ...Object.entries(details).flatMap(([k, v]) => [`**${k}**`, '', ...v, '']),
    '<!-- bench:end -->',
  ].join('\n');
  const text = readFileSync(doc, 'utf8');
  const re = /<!-- bench:start[\s\S]*?<!-- bench:end -->/;
  if (re.test(text)) {
    writeFileSync(doc, text.replace(re, block));
    log('updated the tables in docs/performance.md');
  } else log('docs/performance.md has no bench markers: tables not written there');
}
