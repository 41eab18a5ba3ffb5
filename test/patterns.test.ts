/**
 * Pattern-oriented validation (MODEL-BRIEF section 4), with replicates. These are the
 * checks the calibrated defaults must pass; each can fail if the model drifts.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { OutcomeName } from '../src/outcomes.js';
import { mean, median, replicates, scenarioParams, sd, sumOver, yearly } from './support/model.js';

const R = 60;
const statusQuo = replicates(scenarioParams('status-quo'), R, 'patterns');
const mou = replicates(scenarioParams('mou'), R, 'patterns');

function medianAt(runs: typeof statusQuo, metric: OutcomeName, year: number): number {
  return median(runs.map((r) => yearly(r, metric, year)));
}

describe('pattern A: the case 2012-2014 (Table 1.2), status quo, median of replicates', () => {
  const data = JSON.parse(readFileSync(new URL('../data/serengan.json', import.meta.url), 'utf8')) as {
    observations: { year: number; producers: number; workers: number; productionPerDay: number }[];
  };
  for (const o of data.observations) {
    it(`${o.year}: producers ${o.producers} ± 2, workers ${o.workers} ± 8, production ${o.productionPerDay} ± 10 %`, () => {
      expect(Math.abs(medianAt(statusQuo, 'producers', o.year) - o.producers)).toBeLessThanOrEqual(2);
      expect(Math.abs(medianAt(statusQuo, 'workers', o.year) - o.workers)).toBeLessThanOrEqual(8);
      expect(Math.abs(medianAt(statusQuo, 'productionPerDay', o.year) / o.productionPerDay - 1)).toBeLessThanOrEqual(0.1);
    });
  }

  it('3 to 4.5 workers per producer', () => {
    for (const y of [2012, 2013, 2014]) {
      const ratio = medianAt(statusQuo, 'workers', y) / medianAt(statusQuo, 'producers', y);
      expect(ratio).toBeGreaterThanOrEqual(3);
      expect(ratio).toBeLessThanOrEqual(4.5);
    }
  });
});

describe('pattern B: the status-quo DeSeve profile', () => {
  const items = ['networkedStructure', 'commitment', 'trust', 'governance', 'accessToAuthority', 'accountability', 'informationSharing', 'accessToResources'] as const;
  const at = Object.fromEntries(items.map((i) => [i, medianAt(statusQuo, i, 2014)])) as Record<(typeof items)[number], number>;

  it('information sharing is the highest item', () => {
    for (const i of items) if (i !== 'informationSharing') expect(at.informationSharing).toBeGreaterThan(at[i]);
  });

  it('governance, distributive accountability and access to resources are the three lowest', () => {
    const low = [at.governance, at.accountability, at.accessToResources];
    const rest = items.filter((i) => !['governance', 'accountability', 'accessToResources'].includes(i)).map((i) => at[i]);
    expect(Math.max(...low)).toBeLessThan(Math.min(...rest));
  });

  it('trust is middling and does not converge to 1', () => {
    expect(at.trust).toBeGreaterThan(0.3);
    expect(at.trust).toBeLessThan(0.65);
    expect(medianAt(statusQuo, 'trust', 2021)).toBeLessThan(0.65);
  });

  it('commitments are kept less than always, with denials every year', () => {
    for (const r of statusQuo) {
      const kept = sumOver(r, 'commitmentsKept');
      const denied = sumOver(r, 'commitmentsDenied');
      expect(kept / (kept + denied)).toBeLessThan(0.9);
      for (let y = 0; y < 10; y++) expect(sumOver(r, 'commitmentsDenied', y * 12, y * 12 + 12)).toBeGreaterThan(0);
    }
  });
});

describe('pattern C: the MoU counterfactual (direction only)', () => {
  const keepRate = (runs: typeof statusQuo) =>
    mean(runs.map((r) => sumOver(r, 'commitmentsKept') / (sumOver(r, 'commitmentsKept') + sumOver(r, 'commitmentsDenied'))));

  it('raises commitment fulfilment and lowers denials', () => {
    expect(keepRate(mou)).toBeGreaterThan(keepRate(statusQuo) + 0.1);
    expect(mean(mou.map((r) => sumOver(r, 'commitmentsDenied')))).toBeLessThan(mean(statusQuo.map((r) => sumOver(r, 'commitmentsDenied'))));
  });

  it('raises trust, meeting regularity and accountability', () => {
    for (const m of ['trust', 'networkedStructure', 'accountability', 'meetings'] as const)
      expect(mean(mou.map((r) => yearly(r, m, 2018)))).toBeGreaterThan(mean(statusQuo.map((r) => yearly(r, m, 2018))));
  });

  it('narrows the spread between replicates of the collaboration index', () => {
    expect(sd(mou.map((r) => yearly(r, 'composite', 2021)))).toBeLessThan(sd(statusQuo.map((r) => yearly(r, 'composite', 2021))));
  });
});

describe('pattern D: mechanism checks', () => {
  it('a negotiated MoU does at least as well as an imposed one', () => {
    const imposed = replicates(scenarioParams('mou-imposed'), R, 'patterns');
    const score = (runs: typeof statusQuo) => mean(runs.map((r) => yearly(r, 'commitment', 2016)));
    expect(score(mou)).toBeGreaterThanOrEqual(score(imposed));
  });

  it('without market linkage most of the cluster\'s growth disappears', () => {
    const none = replicates(scenarioParams('status-quo', { marketLinkage: 0 }), 30, 'linkage');
    const growth = (runs: typeof statusQuo) => mean(runs.map((r) => yearly(r, 'workers', 2021) - yearly(r, 'workers', 2012)));
    expect(growth(none)).toBeLessThan(growth(statusQuo) / 3);
  });
});
