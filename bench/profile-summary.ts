/**
 * Self time by function from V8 CPU profiles (node --cpu-prof): the busiest profile
 * in a folder (tsx adds an idle loader thread) or the given files.
 *
 *   npx tsx bench/profile-summary.ts /tmp/prof [top=30]
 *
 * Small functions inlined by the optimising compiler count toward their caller.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
}

const [target, topArg] = process.argv.slice(2);
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

const best = files.map((f) => summarise(JSON.parse(readFileSync(f, 'utf8')) as Profile)).sort((a, b) => b.busy - a.busy)[0];
for (const [k, share] of best.rows.slice(0, Number(topArg ?? 30))) process.stdout.write(`${(100 * share).toFixed(1).padStart(5)} %  ${k}\n`);
