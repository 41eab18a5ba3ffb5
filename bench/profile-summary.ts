/**
 * Self time by function from V8 CPU profiles (node --cpu-prof): the busiest profile
 * in a folder (tsx adds an idle loader thread) or the given files.
 *
 *   npx tsx bench/profile-summary.ts /tmp/prof [top=30]
 *   npx tsx bench/profile-summary.ts /tmp/prof --stages
 *
 * Small functions inlined by the optimising compiler count toward their caller.
 * `--stages` gives total (inclusive) time by stage of `stepMonth` instead: each sample
 * goes to the function called directly by stepMonth on its stack, or to `record`,
 * the rest of the run loop (`simulate`: world set-up, series), or outside the model.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

interface Node {
  id: number;
  children?: number[];
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
}

const args = process.argv.slice(2);
const stages = args.includes('--stages');
const [target, topArg] = args.filter((a) => a !== '--stages');
if (!target) {
  process.stderr.write('usage: bench/profile-summary.ts DIR|FILE [top]\n');
  process.exit(2);
}
const files = statSync(target).isDirectory()
  ? readdirSync(target)
      .filter((f) => f.endsWith('.cpuprofile'))
      .map((f) => join(target, f))
  : [target];

function summarise(p: Profile): { busy: number; rows: [string, number][] } {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  let total = 0;
  let idle = 0;
  p.samples.forEach((id, k) => {
    const dt = p.timeDeltas[k] ?? 0;
    const f = byId.get(id)!.callFrame;
    const name = f.functionName || '(anonymous)';
    if (name === '(idle)' || name === '(program)') idle += dt;
    const where = f.url ? ` ${f.url.replace(/^file:\/\/.*?\/(src|bench|node_modules)\//, '$1/')}` : '';
    const key = `${name}${where}`;
    self.set(key, (self.get(key) ?? 0) + dt);
    total += dt;
  });
  const rows = [...self].map(([k, t]) => [k, t / total] as [string, number]).sort((a, b) => b[1] - a[1]);
  return { busy: total - idle, rows };
}

/** Inclusive time by stage of stepMonth (shares of the samples inside `simulate`). */
function byStage(p: Profile): { busy: number; rows: [string, number][] } {
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const name = (id: number) => byId.get(id)!.callFrame.functionName;
  // Stage of a profile node, memoised: walk up to the frame below stepMonth / simulate.
  const stageOf = new Map<number, string>();
  const resolve = (id: number): string => {
    const known = stageOf.get(id);
    if (known !== undefined) return known;
    let s = 'outside the model run';
    for (let at: number | undefined = id, below: number | undefined; at !== undefined; below = at, at = parent.get(at)) {
      const f = name(at);
      if (f === 'stepMonth') {
        s = below === undefined ? 'stepMonth (self)' : name(below);
        break;
      }
      if (f === 'record' || f === 'checkInvariants') {
        s = f;
        break;
      }
      if (f === 'simulate') {
        s = below === undefined ? 'simulate (self)' : `simulate: ${name(below)}`;
        break;
      }
    }
    stageOf.set(id, s);
    return s;
  };
  const t = new Map<string, number>();
  let inRun = 0;
  let busy = 0;
  p.samples.forEach((id, k) => {
    const dt = p.timeDeltas[k] ?? 0;
    const f = name(id);
    if (f === '(idle)' || f === '(program)') return;
    busy += dt;
    const s = resolve(id);
    if (s === 'outside the model run') return;
    inRun += dt;
    t.set(s, (t.get(s) ?? 0) + dt);
  });
  const rows = [...t].map(([k, v]) => [k, v / inRun] as [string, number]).sort((a, b) => b[1] - a[1]);
  rows.push([`(model run: ${((100 * inRun) / busy).toFixed(1)} % of busy samples)`, NaN]);
  return { busy, rows };
}

const best = files.map((f) => (stages ? byStage : summarise)(JSON.parse(readFileSync(f, 'utf8')) as Profile)).sort((a, b) => b.busy - a.busy)[0];
for (const [k, share] of best.rows.slice(0, Number(topArg ?? 30)))
  process.stdout.write(Number.isNaN(share) ? `         ${k}\n` : `${(100 * share).toFixed(1).padStart(5)} %  ${k}\n`);
