/**
 * Pattern-oriented validation (MODEL-BRIEF section 4), with replicates and common
 * random numbers (replicate r of every scenario has the same seed). None of these
 * patterns was a calibration target: the defaults were fitted to Table 1.2's levels
 * (docs/ODD.md, calibration account), which `scripts/validate.ts` reports but no test
 * asserts. Each check below can fail if the mechanisms change.
 */
import { describe, expect, it } from 'vitest';
import { pairedInterval } from '../src/analysis/stats.js';
import type { OutcomeName } from '../src/outcomes.js';
import { mean, median, replicates, scenarioParams, sumOver, yearly } from './support/model.js';

const R = 60;
const runsOf = (name: string, extra: Record<string, unknown> = {}) => replicates(scenarioParams(name, extra), R, 'patterns');
const statusQuo = runsOf('status-quo');
const mou = runsOf('mou');

function medianAt(runs: typeof statusQuo, metric: OutcomeName, year: number): number {
  return median(runs.map((r) => yearly(r, metric, year)));
}
/** Paired difference b - a (replicate i of both has the same seed): mean m and 95 % half-width h. */
function paired(a: typeof statusQuo, b: typeof statusQuo, metric: OutcomeName, year: number): { m: number; h: number } {
  const d = pairedInterval(
    a.map((r) => yearly(r, metric, year)),
    b.map((r) => yearly(r, metric, year)),
  );
  return { m: d.diff, h: d.halfWidth };
}

describe('pattern A: the shape of the case (not its fitted levels)', () => {
  it('3 to 4.5 workers per producer in 2012-2014', () => {
    for (const y of [2012, 2013, 2014]) {
      const ratio = medianAt(statusQuo, 'workers', y) / medianAt(statusQuo, 'producers', y);
      expect(ratio).toBeGreaterThanOrEqual(3);
      expect(ratio).toBeLessThanOrEqual(4.5);
    }
  });

  it('working capital binds for some workshops, and credit relieves it (Lukito & Haryanto: capital "very minimal")', () => {
    expect(medianAt(statusQuo, 'constrainedShare', 2013)).toBeGreaterThan(0.05);
    const noCredit = runsOf('status-quo', { bankLendingPool: 0 });
    const d = paired(statusQuo, noCredit, 'workers', 2021);
    expect(d.m + d.h).toBeLessThan(0);
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
    expect(at.trust).toBeLessThan(0.7);
    expect(medianAt(statusQuo, 'trust', 2021)).toBeLessThan(0.7);
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

  it('raises trust, networked structure and accountability (paired, interval above 0)', () => {
    for (const m of ['trust', 'networkedStructure', 'accountability'] as const) {
      const d = paired(statusQuo, mou, m, 2018);
      expect(d.m - d.h).toBeGreaterThan(0);
    }
  });

  it('signing alone changes nothing: a hollow MoU scores as the status quo (within ±0.03)', () => {
    const hollow = runsOf('mou-hollow');
    const d = paired(statusQuo, hollow, 'composite', 2021);
    expect(d.m - d.h).toBeGreaterThan(-0.03);
    expect(d.m + d.h).toBeLessThan(0.03);
  });

  it('governance rises only where rules are monitored: an MoU without monitoring keeps status-quo governance', () => {
    const weak = runsOf('mou-weak');
    const d = paired(statusQuo, weak, 'governance', 2021);
    expect(Math.abs(d.m)).toBeLessThan(0.03);
    expect(paired(statusQuo, mou, 'governance', 2021).m).toBeGreaterThan(0.2);
  });
});

describe('pattern D: mechanism checks', () => {
  it('a lapsed MoU keeps part of its gains for a while, fading over the years', () => {
    const lapse = runsOf('mou-lapse');
    const at2016 = paired(statusQuo, lapse, 'composite', 2016).m;
    const at2021 = paired(statusQuo, lapse, 'composite', 2021).m;
    expect(at2016).toBeGreaterThan(0.05);
    expect(at2021).toBeLessThan(at2016);
  });

  it('a pooled fund widens producers\' access to resources', () => {
    const fund = runsOf('mou-fund');
    expect(paired(mou, fund, 'accessToResources', 2021).m).toBeGreaterThan(0);
  });

  it('without market linkage most of the cluster\'s growth disappears, and so does most of credit\'s effect', () => {
    const none = runsOf('status-quo', { marketLinkage: 0 });
    const growth = (runs: typeof statusQuo) => mean(runs.map((r) => yearly(r, 'workers', 2021) - yearly(r, 'workers', 2012)));
    expect(growth(none)).toBeLessThan(growth(statusQuo) / 3);
    const credit = paired(runsOf('status-quo', { bankLendingPool: 0 }), statusQuo, 'workers', 2021).m;
    const creditNoLinkage = paired(runsOf('status-quo', { bankLendingPool: 0, marketLinkage: 0 }), none, 'workers', 2021).m;
    expect(credit).toBeGreaterThan(creditNoLinkage);
  });
});
