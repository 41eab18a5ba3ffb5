/**
 * Validation report of the model (issue 10's "done when" figures): runs the named
 * comparisons with common random numbers (replicate r of every scenario uses the
 * same seed, and each process has its own random stream) and prints paired
 * differences with 95 % t intervals, and the status-quo fit to Table 1.2.
 *
 *   npx tsx scripts/validate.ts [replicates=100]
 */
import { readFileSync } from 'node:fs';
import { pairedInterval, quantile, yearMean } from '../src/analysis/stats.js';
import { deriveSeed } from '../src/engine/rng.js';
import { EV } from '../src/governance/record.js';
import { runModel, simulate, type RunResult } from '../src/model.js';
import type { OutcomeName } from '../src/outcomes.js';
import { findPreset, resolveScenario } from '../src/scenarios/index.js';

const R = Number(process.argv[2] ?? 100);
const cache = new Map<string, RunResult[]>();

function runs(name: string, extra: Record<string, unknown> = {}): RunResult[] {
  const key = `${name} ${JSON.stringify(extra)}`;
  let out = cache.get(key);
  if (!out) {
    const p = resolveScenario(findPreset(name)!, extra);
    // Common random numbers: the seed depends on the replicate only.
    out = Array.from({ length: R }, (_, r) => runModel(p, deriveSeed(2026, 'validate', r)));
    cache.set(key, out);
  }
  return out;
}

function yearly(run: RunResult, metric: OutcomeName, year: number): number {
  return yearMean(run.series.column(metric), run.params.startYear, year);
}

const median = (xs: number[]) => quantile(xs, 0.5);

/** Paired difference b - a on one metric and year: mean, 95 % t interval, % of a's mean. */
function paired(a: RunResult[], b: RunResult[], metric: OutcomeName, year: number) {
  const d = pairedInterval(
    a.map((r) => yearly(r, metric, year)),
    b.map((r) => yearly(r, metric, year)),
  );
  return { m: d.diff, lo: d.lo, hi: d.hi, pct: d.percent };
}

function line(label: string, a: string, b: string, metric: OutcomeName, year: number, ea = {}, eb = {}) {
  const d = paired(runs(a, ea), runs(b, eb), metric, year);
  const f = (x: number) => (Math.abs(x) < 10 ? x.toFixed(3) : x.toFixed(1));
  console.log(`${label.padEnd(58)} ${metric}@${year}: ${f(d.m)} [${f(d.lo)}, ${f(d.hi)}] (${d.pct.toFixed(1)} %)`);
}

console.log(`# collabsim validation, ${R} replicates per scenario, common random numbers, paired 95 % t intervals\n`);
console.log('## Table 1.2 (status quo, median over replicates of yearly means)');
const data = JSON.parse(readFileSync(new URL('../data/serengan.json', import.meta.url), 'utf8')) as {
  observations: { year: number; producers: number; workers: number; productionPerDay: number }[];
};
for (const o of data.observations) {
  const sq = runs('status-quo');
  const med = (m: OutcomeName) => median(sq.map((r) => yearly(r, m, o.year))).toFixed(1);
  console.log(`${o.year}: producers ${med('producers')} (data ${o.producers}), workers ${med('workers')} (data ${o.workers}), production ${med('productionPerDay')} (data ${o.productionPerDay})`);
}
const sq = runs('status-quo');
const rise = (m: OutcomeName) => median(sq.map((r) => yearly(r, m, 2014) - yearly(r, m, 2013))).toFixed(1);
console.log(`2013 -> 2014 rise (median of runs): producers ${rise('producers')}, workers ${rise('workers')}`);

console.log('\n## Status-quo DeSeve profile (2014, median)');
const items: OutcomeName[] = ['informationSharing', 'networkedStructure', 'trust', 'commitment', 'accessToAuthority', 'accessToResources', 'accountability', 'governance'];
console.log(items.map((i) => `${i} ${median(sq.map((r) => yearly(r, i, 2014))).toFixed(2)}`).join(', '));

console.log('\n## Signing alone (mou-hollow - status quo)');
line('mou-hollow - status-quo', 'status-quo', 'mou-hollow', 'composite', 2021);
console.log('\n## MoU against the status quo and the equal-spending control');
for (const m of ['workers', 'producers', 'productionPerDay', 'composite', 'publicSpending'] as OutcomeName[]) {
  line('mou - status-quo', 'status-quo', 'mou', m, 2021);
  line('mou - status-quo-equal-spending', 'status-quo-equal-spending', 'mou', m, 2021);
}
console.log('\n## Per-item index gain of each MoU variant over the status quo (2021)');
for (const v of ['mou', 'mou-weak', 'mou-hollow', 'mou-imposed', 'mou-partial', 'mou-fund', 'mou-lapse', 'mou-late']) {
  const gains = items.map((i) => `${i} ${paired(runs('status-quo'), runs(v), i, 2021).m.toFixed(3)}`);
  console.log(`${v}: ${gains.join(', ')}`);
}
console.log('\n## The behaviour behind each item in 2021 (means over the first 50 replicates of the 2021 window; raw ratios, not Beta-smoothed)');
console.log('Each item is computed from these recorded behaviours only (docs/ODD.md §7.14).');
const BEHAVIOUR_R = Math.min(R, 50);
const behaviourColumns = [
  ['networkedStructure', 'tie pairs used (of 6)', 'meetings held', 'attendance of invited'],
  ['commitment', 'promises kept share', 'agreement'],
  ['trust', 'mean directed trust'],
  ['governance', 'checked share', 'compliance when checked', 'sanctioned of detected'],
  ['accessToAuthority', 'decided of decided+expired', 'months waited'],
  ['accountability', 'joint events', 'events'],
  ['informationSharing', 'informed share', 'reports up / down'],
  ['accessToResources', 'unconstrained share', 'resourced share'],
] as const;
const behaviour = (name: string): number[][] => {
  const p = resolveScenario(findPreset(name)!);
  const sums = behaviourColumns.map((c) => new Array(c.length - 1).fill(0));
  for (let r = 0; r < BEHAVIOUR_R; r++) {
    // The world as it ends: month 119's window is January-December 2021.
    const { world: w } = simulate(p, deriveSeed(2026, 'validate', r));
    const win = w.rec.window;
    const survey = w.rec.survey;
    let ties = 0;
    for (let a = 0; a < 4; a++) for (let b = a + 1; b < 4; b++) if (w.month - w.rec.lastContact[a * 4 + b] < 12) ties++;
    const kept = win.sum(EV.kept);
    const promises = kept + win.sum(EV.denied);
    const checked = win.sum(EV.checked);
    const detected = win.sum(EV.detected);
    const decided = win.sum(EV.decided);
    const unconstrained = 1 - win.sum(EV.constrained) / Math.max(1, win.sum(EV.workshopMonths));
    const row = [
      [ties, win.sum(EV.meetings), win.sum(EV.invited) > 0 ? win.sum(EV.attended) / win.sum(EV.invited) : 0],
      [kept / Math.max(1, promises), survey.agreement],
      [survey.trust],
      [checked / Math.max(1, promises), checked > 0 ? 1 - detected / checked : 0, detected > 0 ? win.sum(EV.sanctioned) / detected : 0],
      [decided / Math.max(1, decided + win.sum(EV.expired)), decided > 0 ? win.sum(EV.decisionDelay) / decided : 0],
      [win.sum(EV.jointEvents), win.sum(EV.events)],
      [survey.informed, win.sum(EV.infoUp) / Math.max(1, win.sum(EV.infoDown))],
      [unconstrained, survey.resourced],
    ];
    row.forEach((vals, k) => vals.forEach((v, j) => (sums[k][j] += v / BEHAVIOUR_R)));
  }
  return sums;
};
const variants = ['status-quo', 'status-quo-equal-spending', 'mou', 'mou-weak', 'mou-hollow', 'mou-imposed', 'mou-partial', 'mou-fund', 'mou-lapse', 'mou-late'];
const table = new Map(variants.map((v) => [v, behaviour(v)]));
behaviourColumns.forEach((cols, k) => {
  console.log(`\n${cols[0]}: ${cols.slice(1).join(' | ')}`);
  for (const v of variants) console.log(`  ${v.padEnd(27)} ${table.get(v)![k].map((x) => x.toFixed(3)).join(' | ')}`);
});

console.log('\n## Adoption, lapse, fund');
line('mou - mou-imposed (negotiated - imposed)', 'mou-imposed', 'mou', 'trust', 2018);
line('mou - mou-imposed (negotiated - imposed)', 'mou-imposed', 'mou', 'workers', 2021);
for (const y of [2015, 2016, 2017, 2018, 2021]) line('mou-lapse - status-quo (lapsed Jan 2015)', 'status-quo', 'mou-lapse', 'composite', y);
line('mou-lapse - status-quo', 'status-quo', 'mou-lapse', 'workers', 2021);
line('mou-fund - mou', 'mou', 'mou-fund', 'accessToResources', 2021);
line('mou-fund - mou', 'mou', 'mou-fund', 'workers', 2021);

console.log('\n## Credit and market linkage (pattern D)');
line('bankLendingPool=0 - status-quo', 'status-quo', 'status-quo', 'workers', 2021, {}, { bankLendingPool: 0 });
line('bankLendingPool=0 - status-quo, marketLinkage=0', 'status-quo', 'status-quo', 'workers', 2021, { marketLinkage: 0 }, { marketLinkage: 0, bankLendingPool: 0 });
line('mou bankLendingPool=0 - mou', 'mou', 'mou', 'workers', 2021, {}, { bankLendingPool: 0 });
line('marketLinkage=0 - status-quo', 'status-quo', 'status-quo', 'workers', 2021, {}, { marketLinkage: 0 });
