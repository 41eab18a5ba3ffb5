/**
 * Child process: the arithmetic floor of the default model (status-quo preset, 120
 * months). First counts, per run, the random draws (by stream), the calls of Math's
 * transcendental functions and the agent-months; then measures the unit cost of each on
 * this machine (CPU time, loop overhead subtracted); prints counts, unit costs and
 * floor = Σ count × unit cost as one JSON line.
 *
 *   node --import tsx bench/child/floor.ts [--runs 200] [--seconds 0.3]
 *
 * The counting is instrumentation of this process only (Math and the generator's
 * `next` are wrapped here, after the counted runs' results are compared with an
 * unwrapped run); the model itself carries no counters, so normal runs pay nothing.
 */
import { parseArgs } from 'node:util';
import { loadavg } from 'node:os';
import { createProducers } from '../../src/agents/producers.js';
import { deriveSeed, makeRng, STREAMS, type StreamName } from '../../src/engine/rng.js';
import { runModel, stepMonth } from '../../src/model.js';
import { withOverrides } from '../../src/params/index.js';
import { findPreset, resolveScenario } from '../../src/scenarios/index.js';
import { createWorld } from '../../src/world.js';
import { cpuSeconds, median } from '../lib.js';

const { values: o } = parseArgs({
  options: {
    runs: { type: 'string', default: '200' },
    seconds: { type: 'string', default: '0.3' },
    reps: { type: 'string', default: '5' },
  },
});
const load0 = loadavg()[0];
const months = 120;
const params = withOverrides(resolveScenario(findPreset('status-quo')!), { months });
const RUNS = Number(o.runs);
// The same seeds as bench/child/default-model.ts, so the counts describe the runs timed there.
const seedOf = (r: number) => deriveSeed(1, 'bench', r);

// ------------------------------------------------------------------ counting
const FNS = ['exp', 'log', 'pow', 'sqrt', 'sin', 'cos'] as const;
type Fn = (typeof FNS)[number];
const calls: Record<Fn, number> = { exp: 0, log: 0, pow: 0, sqrt: 0, sin: 0, cos: 0 };
const original = Object.fromEntries(FNS.map((f) => [f, Math[f]])) as Record<Fn, (...a: number[]) => number>;
const M = Math as unknown as Record<Fn, (...a: number[]) => number>;
const proto = Object.getPrototypeOf(makeRng(1)) as { next(): number };
const nextOriginal = proto.next;
let draws = 0;

// Reference results without instrumentation, to show the wrapped runs are the same runs.
const reference = runModel(params, seedOf(0)).series.column('workers').slice();

for (const f of FNS)
  M[f] = function (...a: number[]) {
    calls[f]++;
    return original[f].apply(Math, a);
  };
proto.next = function (this: { next(): number }) {
  draws++;
  return nextOriginal.call(this);
};

let agentMonths = 0;
let same = true;
for (let r = 0; r < RUNS; r++) {
  const s = runModel(params, seedOf(r)).series;
  for (let m = 0; m < months; m++) agentMonths += s.get('producers', m);
  if (r === 0) {
    const wk = s.column('workers');
    for (let m = 0; m < months; m++) same &&= Object.is(wk[m], reference[m]);
  }
}
const perRun = { draws: draws / RUNS, agentMonths: agentMonths / RUNS, ...Object.fromEntries(FNS.map((f) => [f, calls[f] / RUNS])) } as Record<
  'draws' | 'agentMonths' | Fn,
  number
>;

// Draws by stream: the same runs stepped month by month (stepMonth draws; recording does not).
const byStream = Object.fromEntries(STREAMS.map((s) => [s, 0])) as Record<StreamName, number>;
const owner = new Map<object, StreamName>();
proto.next = function (this: object) {
  // Streams not yet registered are the world's own being set up (createWorld draws from init).
  byStream[owner.get(this) ?? 'init']++;
  return nextOriginal.call(this);
};
for (let r = 0; r < RUNS; r++) {
  const w = createWorld(params, seedOf(r));
  for (const s of STREAMS) owner.set(w.rng[s], s);
  for (let m = 0; m < months; m++) {
    w.month = m;
    stepMonth(w);
  }
  owner.clear();
}
for (const s of STREAMS) byStream[s] /= RUNS;

// Instrumentation off for the timings.
proto.next = nextOriginal;
for (const f of FNS) M[f] = original[f];

// ------------------------------------------------------------------ unit costs
/** Median CPU ns per iteration of `body(n)` (n iterations), minus the same for `empty`. */
function perOp(body: (n: number) => number, empty: (n: number) => number): { ns: number; grossNs: number; loopNs: number } {
  const time = (fn: (n: number) => number) => {
    let n = 1 << 16;
    fn(n);
    for (;;) {
      const c0 = process.cpuUsage();
      sink += fn(n);
      if (cpuSeconds(c0) > 0.05) break;
      n *= 2;
    }
    n = Math.ceil((n * Number(o.seconds)) / 0.05 / 2);
    const xs: number[] = [];
    for (let r = 0; r < Number(o.reps); r++) {
      const c0 = process.cpuUsage();
      sink += fn(n);
      xs.push((cpuSeconds(c0) / n) * 1e9);
    }
    return median(xs);
  };
  const gross = time(body);
  const loop = time(empty);
  return { ns: Math.max(0, gross - loop), grossNs: gross, loopNs: loop };
}

let sink = 0;
// Arguments in the ranges the model uses (logistic and lognormal exponents, 1 - u, price ratios).
const K = 4096;
const xs = new Float64Array(K);
const us = new Float64Array(K);
const gen = makeRng(12345);
for (let k = 0; k < K; k++) {
  xs[k] = 6 * gen.next() - 3;
  us[k] = 1 - gen.next();
}
const empty = (n: number) => {
  let s = 0;
  for (let i = 0; i < n; i++) s += xs[i & (K - 1)];
  return s;
};
const unit: Record<string, { ns: number; grossNs: number; loopNs: number }> = {};
{
  const g = makeRng(777);
  const emptyDraw = (n: number) => {
    let s = 0;
    for (let i = 0; i < n; i++) s += i;
    return s;
  };
  unit.draw = perOp((n) => {
    let s = 0;
    for (let i = 0; i < n; i++) s += g.next();
    return s;
  }, emptyDraw);
}
// One loop per function, each calling Math.<fn> directly as the model does: through a
// function value the call could not be inlined and would cost more than in the model.
unit.exp = perOp((n) => {
  let s = 0;
  for (let i = 0; i < n; i++) s += Math.exp(xs[i & (K - 1)]);
  return s;
}, empty);
unit.log = perOp((n) => {
  let s = 0;
  for (let i = 0; i < n; i++) s += Math.log(us[i & (K - 1)]);
  return s;
}, empty);
unit.pow = perOp((n) => {
  let s = 0;
  for (let i = 0; i < n; i++) s += Math.pow(us[i & (K - 1)] + 0.5, -1.7);
  return s;
}, empty);
unit.sqrt = perOp((n) => {
  let s = 0;
  for (let i = 0; i < n; i++) s += Math.sqrt(us[i & (K - 1)]);
  return s;
}, empty);
unit.sin = perOp((n) => {
  let s = 0;
  for (let i = 0; i < n; i++) s += Math.sin(6.28 * us[i & (K - 1)]);
  return s;
}, empty);
unit.cos = perOp((n) => {
  let s = 0;
  for (let i = 0; i < n; i++) s += Math.cos(6.28 * us[i & (K - 1)]);
  return s;
}, empty);

// An agent-month update at its cheapest: one fused pass that reads and writes every
// attribute of an active workshop once (the state a month must at least touch).
{
  const pop = createProducers({ ...params }, makeRng(5));
  const f64: Float64Array[] = [];
  const i32: Int32Array[] = [];
  const u8: Uint8Array[] = [];
  for (const v of Object.values(pop)) {
    if (v instanceof Float64Array) f64.push(v);
    else if (v instanceof Int32Array) i32.push(v);
    else if (v instanceof Uint8Array) u8.push(v);
  }
  f64.push(...pop.trust, ...pop.damage);
  const size = pop.size;
  const one = 1 + sink * 0; // not a compile-time constant
  unit.agentMonth = perOp(
    (n) => {
      let s = 0;
      let i = 0;
      for (let k = 0; k < n; k++) {
        for (let a = 0; a < f64.length; a++) s += f64[a][i] = f64[a][i] * one;
        for (let a = 0; a < i32.length; a++) s += i32[a][i] = i32[a][i] | 0;
        for (let a = 0; a < u8.length; a++) s += u8[a][i] = u8[a][i] & 255;
        if (++i === size) i = 0;
      }
      return s;
    },
    (n) => {
      let s = 0;
      let i = 0;
      for (let k = 0; k < n; k++) {
        s += i;
        if (++i === size) i = 0;
      }
      return s;
    },
  );
  unit.agentMonth = { ...unit.agentMonth, attributes: f64.length + i32.length + u8.length } as (typeof unit)['x'];
}

const costNs: Record<string, number> = { draws: perRun.draws * unit.draw.ns, agentMonths: perRun.agentMonths * unit.agentMonth.ns };
for (const f of FNS) costNs[f] = perRun[f] * unit[f].ns;
const floorUs = Object.values(costNs).reduce((a, b) => a + b, 0) / 1000;
process.stdout.write(
  JSON.stringify({ months, runs: RUNS, sameResults: same, perRun, byStream, unitNs: unit, costNs, floorUs, load: [load0, loadavg()[0]], sink: sink === 0.5 ? 1 : 0 }) +
    '\n',
);
