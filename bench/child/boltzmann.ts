/**
 * Child process: the Boltzmann wealth reference model (Mesa's benchmark model: each
 * step, in random order, every agent with wealth > 0 gives one unit to a random other
 * agent; the Gini coefficient is recorded every step) on collabsim's engine, in flocc,
 * and as a hand-written loop.
 *
 *   node --import tsx bench/child/boltzmann.ts [--sizes 1000,10000] [--steps 100] [--reps 5]
 *
 * Prints one JSON line: per size and implementation, the median seconds (wall and
 * CPU) and agent-steps per second; and whether engine and hand-written results are
 * identical value for value (they share the random stream).
 */
import { parseArgs } from 'node:util';
import { boltzmannEngine } from '../boltzmann/engine.js';
import { boltzmannFlocc, boltzmannFloccAlea } from '../boltzmann/flocc.js';
import { boltzmannHand } from '../boltzmann/hand.js';
import { cpuSeconds, median } from '../lib.js';

const { values: o } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000' },
    steps: { type: 'string', default: '100' },
    reps: { type: 'string', default: '5' },
  },
});
const sizes = o.sizes!.split(',').map(Number);
const steps = Number(o.steps);
const IMPLS = { engine: boltzmannEngine, hand: boltzmannHand, flocc: boltzmannFlocc, floccAlea: boltzmannFloccAlea } as const;
type Impl = keyof typeof IMPLS;

// Warm-up: every implementation, small and large, so all are optimised before timing.
for (const f of Object.values(IMPLS)) for (let r = 0; r < 3; r++) f(1000, steps, 100 + r);
for (const f of Object.values(IMPLS)) f(Math.max(...sizes), 10, 99);

const results: Record<string, Record<Impl, { wall: number; cpu: number; agentStepsPerSec: number; agentStepsPerCpuSec: number; finalGini: number }>> = {};
const identical: Record<string, boolean> = {};
for (const n of sizes) {
  const row = {} as (typeof results)[string];
  let engineOut: Float64Array | undefined;
  let handOut: Float64Array | undefined;
  for (const [name, f] of Object.entries(IMPLS) as [Impl, (typeof IMPLS)[Impl]][]) {
    // Each measurement repeats the model (new seeds) for at least ~0.25 s; flocc at
    // large n takes seconds a run, so it gets fewer repetitions.
    const t1 = performance.now();
    f(n, steps, 1);
    const once = (performance.now() - t1) / 1000;
    const batch = Math.max(1, Math.round(0.25 / once));
    const reps = once > 0.5 ? Math.min(3, Number(o.reps)) : Number(o.reps);
    const walls: number[] = [];
    const cpus: number[] = [];
    let out: Float64Array = new Float64Array(0);
    let seed = 7;
    for (let r = 0; r < reps; r++) {
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      for (let b = 0; b < batch; b++) {
        out = f(n, steps, seed++);
        if (seed === 8 && name === 'engine') engineOut = out;
        if (seed === 8 && name === 'hand') handOut = out;
      }
      walls.push((performance.now() - t0) / 1000 / batch);
      cpus.push(cpuSeconds(c0) / batch);
    }
    const wall = median(walls);
    const cpu = median(cpus);
    row[name] = { wall, cpu, agentStepsPerSec: (n * steps) / wall, agentStepsPerCpuSec: (n * steps) / cpu, finalGini: out[steps - 1] };
  }
  identical[n] = !!engineOut && !!handOut && engineOut.length === handOut.length && engineOut.every((v, i) => Object.is(v, handOut![i]));
  results[n] = row;
}
process.stdout.write(JSON.stringify({ steps, sizes, results, engineEqualsHand: identical }) + '\n');
