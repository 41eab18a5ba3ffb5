/**
 * Child process: one run of a large population, for speed and peak memory. One
 * size per process, so that peaks of different sizes do not mix.
 *
 *   node --import tsx bench/child/population.ts --producers 100000 [--pool 162500] [--months 120] [--reps 1]
 *
 * --root DIR measures another checkout's model with the same harness.
 * --reps R: R more runs after the first for the time (median); 0 = the first run's.
 * Prints one JSON line: seconds per run, agent-steps (active producers summed over
 * months) and slot-steps (pool slots x months) per second, peak RSS, and the bytes
 * the model's own arrays take per pool slot.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { Params } from '../../src/params/index.js';
import { cpuSeconds, median, peakRss, ROOT } from '../lib.js';

const { values: o } = parseArgs({
  options: {
    producers: { type: 'string' },
    pool: { type: 'string' },
    months: { type: 'string', default: '120' },
    reps: { type: 'string', default: '0' },
    // Another checkout's model (e.g. the commit before an optimisation), same harness.
    root: { type: 'string', default: ROOT },
  },
});
const load = (rel: string) => import(pathToFileURL(join(o.root!, rel)).href);
const { deriveSeed, makeRng } = await load('src/engine/rng.ts');
const { runModel } = await load('src/model.ts');
const { checkConsistency, defaults, withOverrides } = await load('src/params/index.ts');
const { createWorld } = await load('src/world.ts');
const producers = Number(o.producers);
// The default pool is the model's own ratio: 26 registered for 16 active.
const pool = o.pool ? Number(o.pool) : Math.ceil((producers * 26) / 16);
const months = Number(o.months);

/**
 * Params through withOverrides. The population is split into Serengan-sized clusters
 * (26 slots), each with its own association, and demand is scaled with the pool so
 * that orders per workshop stay as calibrated.
 */
function params(n: number, size: number, m: number): { p: Params; outsideRange: boolean } {
  const max = 2000000;
  const clusters = Math.max(1, Math.min(100000, Math.round(size / 26)));
  const base = withOverrides(defaults(), { initialProducers: Math.min(n, max), producerPool: size, months: m, clusters, demandScale: size / 26 });
  if (n <= max) return { p: base, outsideRange: false };
  const p = { ...base, initialProducers: n };
  checkConsistency(p);
  return { p, outsideRange: true };
}

const { p, outsideRange } = params(producers, pool, months);
// Warm-up on a small population (the same code paths), collected before measuring.
const warm = params(2000, 3250, 120).p;
for (let i = 0; i < 3; i++) runModel(warm, i);
if (global.gc) global.gc();
const rssBefore = process.memoryUsage().rss;
const peakBefore = peakRss();

function timed(seed: number): { wall: number; cpu: number; agentSteps: number; finalActive: number } {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const res = runModel(p, seed);
  const wall = (performance.now() - t0) / 1000;
  const cpu = cpuSeconds(c0);
  let agentSteps = 0;
  for (let m = 0; m < months; m++) agentSteps += res.series.get('producers', m);
  return { wall, cpu, agentSteps, finalActive: res.series.get('producers', months - 1) };
}
// The first run of this size gives the peak memory (nothing else big is alive yet).
const first = timed(deriveSeed(2, 'population', producers, 0));
const peak = peakRss();
// Then `reps` more runs for the time (a first run of a new size is slower: the
// optimiser specialises on it). Without more repetitions, the first run's time.
const runs = [];
for (let r = 1; r <= Number(o.reps); r++) runs.push(timed(deriveSeed(2, 'population', producers, r)));
if (runs.length === 0) runs.push(first);
const finalActive = first.finalActive;
const mem = process.memoryUsage();

// Bytes of the model's own state per pool slot (producer arrays and scratch buffers).
const w = createWorld(p, makeRng(1));
let stateBytes = 0;
for (const v of Object.values(w.producers)) if (ArrayBuffer.isView(v)) stateBytes += v.byteLength;
for (const arr of [...w.producers.trust, ...w.producers.damage, w.order, w.queue]) stateBytes += arr.byteLength;

const wall = median(runs.map((r) => r.wall));
const cpu = median(runs.map((r) => r.cpu));
const agentSteps = median(runs.map((r) => r.agentSteps));
process.stdout.write(
  JSON.stringify({
    producers,
    pool,
    months,
    outsideRange,
    secondsWall: wall,
    secondsCpu: cpu,
    agentSteps,
    meanActive: agentSteps / months,
    finalActive,
    agentStepsPerSec: median(runs.map((r) => r.agentSteps / r.wall)),
    agentStepsPerCpuSec: median(runs.map((r) => r.agentSteps / r.cpu)),
    slotStepsPerSec: (pool * months) / wall,
    peakRss: peak,
    peakRssBefore: peakBefore,
    rssBefore,
    heapUsed: mem.heapUsed,
    arrayBuffers: mem.arrayBuffers,
    bytesPerSlot: (peak - rssBefore) / pool,
    bytesPerProducer: (peak - rssBefore) / producers,
    stateBytesPerSlot: stateBytes / pool,
    runs,
  }) + '\n',
);
