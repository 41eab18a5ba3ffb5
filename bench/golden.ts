/**
 * Bit-identity guard for performance work: saves (or checks against) the full series
 * of a set of runs, plus the final state of the world and the position of the random
 * stream after the last month. Any optimisation must leave every value identical
 * (compared with Object.is on the float64 bits). `check` compares the values the file
 * holds; values added since (new outcomes, new state) are counted as new, not compared.
 *
 *   npx tsx bench/golden.ts write /tmp/golden.json
 *   npx tsx bench/golden.ts check /tmp/golden.json
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { deriveSeed } from '../src/engine/rng.js';
import { runModel, stepMonth } from '../src/model.js';
import { OUTCOME_NAMES } from '../src/outcomes.js';
import { withOverrides, type Params } from '../src/params/index.js';
import { PRESETS, resolveScenario } from '../src/scenarios/index.js';
import { createWorld } from '../src/world.js';

interface Case {
  name: string;
  params: Params;
  seed: number;
}

function cases(): Case[] {
  const out: Case[] = [];
  // Every preset, two seeds each, 120 months.
  for (const s of PRESETS) for (let r = 0; r < 2; r++) out.push({ name: `${s.name}#${r}`, params: resolveScenario(s), seed: deriveSeed(77, s.name, r) });
  const sq = resolveScenario(PRESETS[0]);
  const mou = resolveScenario(PRESETS[1]);
  const extra: [string, Params, Record<string, unknown>][] = [
    ['equal', sq, { orderRule: 'equal' }],
    ['capacity', mou, { orderRule: 'capacity' }],
    ['producer-reading', sq, { productionReading: 'producer' }],
    ['months-240', mou, { months: 240 }],
    ['no-feedback', mou, { mouFeedbackChannel: false, mouPooledFund: 30 }],
    ['pop-1000', sq, { initialProducers: 1000, producerPool: 1625 }],
    ['pop-1000-mou', mou, { initialProducers: 1000, producerPool: 1625, months: 60 }],
    ['pop-10000', sq, { initialProducers: 10000, producerPool: 16250, months: 36 }],
    ['pool-equal', sq, { initialProducers: 200, producerPool: 200 }],
    ['imposed-late', mou, { mouAdoption: 'imposed', mouSignMonth: 30, mouTermMonths: 24 }],
  ];
  for (const [name, base, o] of extra) for (let r = 0; r < 2; r++) out.push({ name: `${name}#${r}`, params: withOverrides(base, o), seed: deriveSeed(78, name, r) });
  return out;
}

function b64(a: ArrayBufferView): string {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');
}

function snapshot(c: Case): Record<string, string> {
  const res: Record<string, string> = {};
  const { series } = runModel(c.params, c.seed);
  for (const col of OUTCOME_NAMES) res[`series.${col}`] = b64(Float64Array.from(series.column(col)));
  // Final state and stream position, through the exported step (the same code path).
  const w = createWorld(c.params, c.seed);
  for (let m = 0; m < c.params.months; m++) {
    w.month = m;
    stepMonth(w);
  }
  const pop = w.producers;
  for (const [k, v] of Object.entries(pop)) if (ArrayBuffer.isView(v)) res[`pop.${k}`] = b64(v);
  pop.trust.forEach((t, k) => (res[`pop.trust${k}`] = b64(t)));
  pop.damage.forEach((t, k) => (res[`pop.damage${k}`] = b64(t)));
  for (const k of ['instTrust', 'instDamage', 'reputation', 'resources', 'dependence', 'flows'] as const) res[`w.${k}`] = b64(w[k]);
  res['rec.lastContact'] = b64(w.rec.lastContact);
  res['rec.meetingMonths'] = b64(w.rec.meetingMonths);
  res['w.scalars'] = b64(
    Float64Array.from([
      pop.count, w.rec.meetingCount, w.lastCoordinationKept, w.mou.signed, w.mou.binding, w.pooledFund, w.linkage, w.demandDirect, w.demandBulk, w.unmet,
      w.profitSignal, w.unmetSignal, w.agency.budgetLeft, w.agency.staffLeft, w.agency.rotation, w.agency.view, w.bank.funds,
      w.bank.interestEarned, w.bank.writtenOff, w.bank.view, w.bank.lastSocialisation, w.association.view,
      w.rec.window.sum('kept'), w.rec.window.sum('denied'), w.rec.window.now('meetings'),
    ]),
  );
  res['rng.next'] = b64(Float64Array.from(Object.values(w.rng).flatMap((r) => [r.next(), r.normal()])));
  return res;
}

const [mode, file] = process.argv.slice(2);
if ((mode !== 'write' && mode !== 'check') || !file) {
  process.stderr.write('usage: tsx bench/golden.ts write|check FILE\n');
  process.exit(2);
}
const t0 = performance.now();
const all: Record<string, Record<string, string>> = {};
for (const c of cases()) all[c.name] = snapshot(c);
if (mode === 'write') {
  writeFileSync(file, JSON.stringify(all));
  process.stdout.write(`wrote ${Object.keys(all).length} cases to ${file} (${((performance.now() - t0) / 1000).toFixed(1)} s)\n`);
} else {
  const gold = JSON.parse(readFileSync(file, 'utf8')) as typeof all;
  let bad = 0;
  let values = 0;
  let added = 0;
  for (const [name, snap] of Object.entries(gold)) {
    const now = all[name];
    if (!now) {
      bad++;
      process.stdout.write(`MISSING case ${name}\n`);
      continue;
    }
    for (const k of Object.keys(now)) if (!(k in snap)) added++;
    for (const [k, v] of Object.entries(snap)) {
      const a = Buffer.from(v, 'base64');
      const b = Buffer.from(now[k] ?? '', 'base64');
      if (!a.equals(b)) {
        bad++;
        if (bad <= 20) process.stdout.write(`DIFF ${name} ${k} (${a.length} vs ${b.length} bytes)\n`);
      }
      values += a.length;
    }
  }
  process.stdout.write(
    `${bad === 0 ? 'IDENTICAL' : `${bad} DIFFERENCES`}: ${Object.keys(gold).length} cases, ${values} bytes compared, ${added} entries not in the file (new, not compared) (${((performance.now() - t0) / 1000).toFixed(1)} s)\n`,
  );
  process.exit(bad === 0 ? 0 : 1);
}
