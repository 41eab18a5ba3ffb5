/**
 * A workload to profile, without the benchmark harness around it:
 *
 *   node --cpu-prof --cpu-prof-dir /tmp/prof --import tsx bench/profile.ts default [seconds]
 *   node --cpu-prof --cpu-prof-dir /tmp/prof --import tsx bench/profile.ts population 100000
 *   node --cpu-prof --cpu-prof-dir /tmp/prof --import tsx bench/profile.ts clusters 100000
 *   npx tsx bench/profile-summary.ts /tmp/prof        # self time by function
 *
 * `default` runs the status-quo preset (120 months) for the given seconds after a
 * warm-up; `population N` runs N producers (pool N x 26/16) for 120 months once, in
 * one cluster; `clusters N` the same split into Serengan-sized clusters of 26 slots with
 * demand scaled to the pool, as the bench's population rows (bench/child/population.ts).
 */
import { deriveSeed } from '../src/engine/rng.js';
import { runModel } from '../src/model.js';
import { defaults, withOverrides } from '../src/params/index.js';
import { findPreset, resolveScenario } from '../src/scenarios/index.js';

const [what = 'default', arg] = process.argv.slice(2);
let sink = 0;
if (what === 'default') {
  const p = resolveScenario(findPreset('status-quo')!);
  const seconds = Number(arg ?? 5);
  for (let i = 0; i < 2000; i++) sink += runModel(p, deriveSeed(3, 'warm', i)).series.get('producers', 119);
  const t0 = performance.now();
  let runs = 0;
  while (performance.now() - t0 < seconds * 1000) sink += runModel(p, deriveSeed(3, 'profile', runs++)).series.get('producers', 119);
  process.stdout.write(`${runs} runs in ${seconds} s (${((runs / (performance.now() - t0)) * 1000).toFixed(0)} runs/s)\n`);
} else if (what === 'population' || what === 'clusters') {
  const n = Number(arg ?? 100000);
  const pool = Math.ceil((n * 26) / 16);
  const split = what === 'clusters' ? { clusters: Math.max(1, Math.round(pool / 26)), demandScale: pool / 26 } : {};
  const p = withOverrides(defaults(), { initialProducers: n, producerPool: pool, ...split });
  const t0 = performance.now();
  sink += runModel(p, 1).series.get('producers', 119);
  process.stdout.write(`${n} producers x 120 months: ${((performance.now() - t0) / 1000).toFixed(2)} s\n`);
} else {
  process.stderr.write('usage: bench/profile.ts default [seconds] | population N | clusters N\n');
  process.exit(2);
}
if (sink < 0) process.stdout.write('\n');
