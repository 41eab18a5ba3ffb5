import { describe, expect, it } from 'vitest';
import { makeRng } from '../src/engine/rng.js';
import { decide } from '../src/governance/commitments.js';
import { isBound } from '../src/governance/mou.js';
import { build, erode, heal } from '../src/governance/trust.js';
import { runModel, stepMonth } from '../src/model.js';
import { defaults, withOverrides } from '../src/params/index.js';
import { createWorld } from '../src/world.js';
import { mean, replicates, scenarioParams, sumOver, yearly } from './support/model.js';

describe('asymmetric trust', () => {
  const p = defaults();

  it('one denial removes about three times what one kept promise adds (Pant & Yu 3:1)', () => {
    const t = new Float64Array([0.5, 0.5]);
    const d = new Float64Array(2);
    build(t, d, 0, p);
    erode(t, d, 1, 0, 0, p);
    const gain = t[0] - 0.5;
    const loss = 0.5 - t[1];
    expect(gain).toBeGreaterThan(0);
    expect(loss / gain).toBeGreaterThan(2.9);
    expect(loss / gain).toBeLessThan(3.1);
  });

  it('dependence amplifies the loss; an explained, sanctioned denial hurts less', () => {
    const t = new Float64Array([0.5, 0.5, 0.5]);
    const d = new Float64Array(3);
    erode(t, d, 0, 0, 0, p);
    erode(t, d, 1, 1, 0, p);
    erode(t, d, 2, 0, p.contractTrustComplement, p);
    expect(t[1]).toBeLessThan(t[0]);
    expect(t[2]).toBeGreaterThan(t[0]);
  });

  it('recovers slowly: reputation damage caps trust and fades at reputationDecay per month', () => {
    const t = new Float64Array([0.8]);
    const d = new Float64Array(1);
    erode(t, d, 0, 0, 0, p);
    let months = 0;
    while (t[0] < 0.79 && months < 600) {
      heal(d, p);
      build(t, d, 0, p);
      months++;
      expect(t[0]).toBeLessThanOrEqual(1 - d[0] + 1e-12);
    }
    // Losing 0.24 took one denial; getting it back takes several months of kept promises.
    expect(months).toBeGreaterThanOrEqual(5);
  });

  it('does not rise on its own: with no interactions trust stays put', () => {
    const t = new Float64Array([0.4]);
    const d = new Float64Array(1);
    for (let m = 0; m < 24; m++) heal(d, p);
    expect(t[0]).toBe(0.4);
  });
});

describe('commitments and enforcement', () => {
  it('without an MoU nobody is bound and no denial is ever detected or sanctioned', () => {
    const w = createWorld(defaults(), makeRng(1));
    for (let m = 0; m < 120; m++) {
      w.month = m;
      stepMonth(w);
      for (let s = 0; s < 4; s++) expect(isBound(w, s)).toBe(false);
    }
    expect(w.window.sum('denied')).toBeGreaterThan(0);
    expect(w.window.sum('detected')).toBe(0);
  });

  it('m·F raises the probability of keeping a promise; a bound denial can be detected', () => {
    const keepRate = (over: Record<string, unknown>) => {
      const w = createWorld(withOverrides(defaults(), over), makeRng(9));
      w.mouInForce = over.mouSignMonth !== undefined;
      let kept = 0;
      let detected = 0;
      for (let k = 0; k < 4000; k++) {
        const v = decide(w, 0, 0.6, 0.5, false);
        if (v.kept) kept++;
        if (v.detected) detected++;
      }
      return { kept: kept / 4000, detected };
    };
    const none = keepRate({});
    const weak = keepRate({ mouSignMonth: 1, mouMonitoring: 0, mouSanction: 0, mouRoleClarity: 0 });
    const enforced = keepRate({ mouSignMonth: 1, mouRoleClarity: 0 });
    expect(none.detected).toBe(0);
    expect(Math.abs(weak.kept - none.kept)).toBeLessThan(0.03);
    expect(enforced.kept).toBeGreaterThan(none.kept + 0.1);
    expect(enforced.detected).toBeGreaterThan(0);
  });

  it('a negotiated MoU waits for enough trust; an imposed one is signed on the date', () => {
    const run = (over: Record<string, unknown>) => {
      const w = createWorld(withOverrides(defaults(), { mouSignMonth: 1, initialTrust: 0.1, ...over }), makeRng(2));
      w.month = 0;
      stepMonth(w);
      return w.mouInForce;
    };
    expect(run({ mouMinTrust: 0.6 })).toBe(false);
    expect(run({ mouMinTrust: 0.6, mouAdoption: 'imposed' })).toBe(true);
  });

  it('an MoU with a term lapses', () => {
    const [r] = replicates(scenarioParams('mou-lapse'), 1);
    expect(r.series.get('mouInForce', 0)).toBe(1);
    expect(r.series.get('mouInForce', 35)).toBe(1);
    expect(r.series.get('mouInForce', 36)).toBe(0);
    expect(r.series.get('mouInForce', 119)).toBe(0);
  });
});

describe('economy', () => {
  it('capacity-proportional order sharing leaves less unmet demand than seniority-weighted', () => {
    const unmet = (rule: string) =>
      mean(replicates(scenarioParams('status-quo', { orderRule: rule }), 40, 'orders').map((r) => sumOver(r, 'unmetPerDay')));
    expect(unmet('capacity')).toBeLessThan(unmet('seniority'));
  });

  it('entry slows as producers approach the pool', () => {
    const runs = replicates(scenarioParams('status-quo'), 40, 'entry');
    const early = mean(runs.map((r) => yearly(r, 'producers', 2015) - yearly(r, 'producers', 2012)));
    const late = mean(runs.map((r) => yearly(r, 'producers', 2021) - yearly(r, 'producers', 2018)));
    expect(late).toBeLessThan(early);
    for (const r of runs) for (let m = 0; m < 120; m++) expect(r.series.get('producers', m)).toBeLessThanOrEqual(26);
  });

  it('dropping the Thursday dress rule cuts orders', () => {
    const base = replicates(scenarioParams('status-quo'), 20, 'dress');
    const shock = replicates(scenarioParams('dress-rule-dropped'), 20, 'dress');
    expect(mean(shock.map((r) => yearly(r, 'ordersPerDay', 2016)))).toBeLessThan(mean(base.map((r) => yearly(r, 'ordersPerDay', 2016))) - 5);
  });

  it('the production reading changes only the unit of reported production', () => {
    const c = replicates(scenarioParams('status-quo'), 1, 'reading')[0];
    const q = replicates(scenarioParams('status-quo', { productionReading: 'producer' }), 1, 'reading')[0];
    expect(q.series.get('workers', 30)).toBe(c.series.get('workers', 30));
    const p = q.params;
    const expected = (c.series.get('productionPerDay', 30) * p.piecesPerWorkerDayProducerReading) / p.piecesPerWorkerDay / c.series.get('producers', 30);
    expect(q.series.get('productionPerDay', 30)).toBeCloseTo(expected, 9);
  });
});

describe('parameter rules', () => {
  it('month parameters take -1 for never or a 1-based month, not 0', () => {
    expect(() => withOverrides(defaults(), { mouSignMonth: 0 })).toThrow(/mouSignMonth: expected -1 \(never\) or a month from 1/);
    expect(() => withOverrides(defaults(), { dressRuleEndMonth: 0 })).toThrow(/dressRuleEndMonth/);
    expect(withOverrides(defaults(), { mouSignMonth: 1 }).mouSignMonth).toBe(1);
  });
});

describe('several clusters', () => {
  it('the city-scale preset runs with every invariant checked, each cluster with its own association', () => {
    const p = scenarioParams('city-scale', { months: 36 });
    const r = runModel(p, 3, { check: true });
    expect(r.series.get('producers', 35)).toBeLessThanOrEqual(1512);
    expect(r.series.get('producers', 0)).toBeGreaterThanOrEqual(900);
    // Five associations make five fair-division promises a month instead of one.
    const one = runModel(withOverrides(p, { clusters: 1 }), 3);
    expect(sumOver(r, 'commitmentsKept', 0, 12) + sumOver(r, 'commitmentsDenied', 0, 12)).toBeGreaterThan(
      sumOver(one, 'commitmentsKept', 0, 12) + sumOver(one, 'commitmentsDenied', 0, 12),
    );
  });
});
