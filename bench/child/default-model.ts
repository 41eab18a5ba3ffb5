/**
 * Child process: runs per second of the default model (the status-quo preset, i.e.
 * the Serengan defaults, all series recorded) on one core.
 *
 *   node --import tsx bench/child/default-model.ts [--months 120] [--reps 7] [--seconds 1.5] [--root DIR]
 *
 * --root runs another checkout's model (e.g. the commit before an optimisation) with
 * the same harness. Prints one JSON line.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { cpuSeconds, median, ROOT } from '../lib.js';

const { values: o } = parseArgs({
  options: {
    months: { type: 'string', default: '120' },
    reps: { type: 'string', default: '7' },
    seconds: { type: 'string', default: '1.5' },
    warmup: { type: 'string', default: '1.5' },
    root: { type: 'string', default: ROOT },
    params: { type: 'string', default: 'preset' },
  },
});
const root = o.root!;
const load = (rel: string) => import(pathToFileURL(join(root, rel)).href);
const { runModel } = await load('src/model.ts');
const { deriveSeed } = await load('src/engine/rng.ts');
const { defaults, withOverrides } = await load('src/params/index.ts');
const { findPreset, resolveScenario } = await load('src/scenarios/index.ts');

const months = Number(o.months);
// The preset path is what the CLI and the experiment runner use (a params object
// built by withOverrides); `--params defaults` passes defaults() itself.
const params = o.params === 'defaults' ? defaults() : withOverrides(resolveScenario(findPreset('status-quo')), { months });
let seed = 0;
let sink = 0;
function batch(n: number): void {
  for (let i = 0; i < n; i++) {
    const r = runModel(params, deriveSeed(1, 'bench', seed++));
    sink += r.series.get('producers', months - 1);
  }
}

// Warm-up: let the JIT optimise, and size a batch to about `seconds`.
let n = 50;
const w0 = performance.now();
while ((performance.now() - w0) / 1000 < Number(o.warmup)) batch(n);
const t1 = performance.now();
batch(n);
const per = (performance.now() - t1) / 1000 / n;
n = Math.max(20, Math.round(Number(o.seconds) / per));

const reps: { runs: number; wall: number; cpu: number }[] = [];
for (let r = 0; r < Number(o.reps); r++) {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  batch(n);
  reps.push({ runs: n, wall: (performance.now() - t0) / 1000, cpu: cpuSeconds(c0) });
}
const wallRate = median(reps.map((r) => r.runs / r.wall));
const cpuRate = median(reps.map((r) => r.runs / r.cpu));
process.stdout.write(JSON.stringify({ months, root, runsPerSecWall: wallRate, runsPerSecCpu: cpuRate, msPerRun: 1000 / wallRate, reps, sink }) + '\n');
