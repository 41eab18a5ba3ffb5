/**
 * Before/after of the default model in one process, robust to a busy machine: loads the
 * model of two checkouts (A = --before, B = this tree or --after), alternates short
 * batches of each, and reports the median over pairs of B's rate ÷ A's (CPU time), so
 * both sides of each ratio ran within a fraction of a second of each other.
 *
 *   git archive main src package.json | (mkdir -p /tmp/base && tar -x -C /tmp/base) && ln -s $PWD/node_modules /tmp/base/
 *   node --import tsx bench/child/ab.ts --before /tmp/base [--pairs 15] [--seconds 0.3]
 */
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { cpuSeconds, median, ROOT } from '../lib.js';

const { values: o } = parseArgs({
  options: {
    before: { type: 'string' },
    after: { type: 'string', default: ROOT },
    pairs: { type: 'string', default: '15' },
    seconds: { type: 'string', default: '0.3' },
  },
});
if (!o.before) throw new Error('--before DIR is required');
const load0 = loadavg()[0];

type Runner = (n: number) => number;
async function runner(root: string, months: number): Promise<Runner> {
  const load = (rel: string) => import(pathToFileURL(join(root, rel)).href);
  const { runModel } = await load('src/model.ts');
  const { deriveSeed } = await load('src/engine/rng.ts');
  const { withOverrides } = await load('src/params/index.ts');
  const { findPreset, resolveScenario } = await load('src/scenarios/index.ts');
  const params = withOverrides(resolveScenario(findPreset('status-quo')), { months });
  let seed = 0;
  return (n) => {
    let sink = 0;
    for (let i = 0; i < n; i++) sink += runModel(params, deriveSeed(1, 'bench', seed++ % 1000)).series.get('producers', months - 1);
    return sink;
  };
}
const A = await runner(o.before, 120);
const B = await runner(o.after!, 120);
// Warm-up both and size a batch to about `seconds`.
let n = 50;
for (let k = 0; k < 20; k++) {
  A(n);
  B(n);
}
const t = process.cpuUsage();
A(n);
n = Math.max(20, Math.round((Number(o.seconds) / cpuSeconds(t)) * n));
const rate = (f: Runner) => {
  const c0 = process.cpuUsage();
  f(n);
  return n / cpuSeconds(c0);
};
const ratios: number[] = [];
const ra: number[] = [];
const rb: number[] = [];
for (let k = 0; k < Number(o.pairs); k++) {
  // Alternate which goes first, so a drift in load favours neither.
  const [a, b] = k % 2 ? [rate(A), rate(B)] : (([y, x]) => [x, y])([rate(B), rate(A)]);
  ra.push(a);
  rb.push(b);
  ratios.push(b / a);
}
process.stdout.write(
  JSON.stringify({ before: o.before, after: o.after, batch: n, beforeRunsPerCpuSec: median(ra), afterRunsPerCpuSec: median(rb), speedup: median(ratios), ratios, load: [load0, loadavg()[0]] }) +
    '\n',
);
