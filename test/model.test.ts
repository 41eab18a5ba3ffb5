import { describe, expect, it } from 'vitest';
import { deriveSeed, makeRng } from '../src/engine/rng.js';
import { runModel } from '../src/model.js';
import { OUTCOME_NAMES } from '../src/outcomes.js';
import { defaults, MONTH_PARAMS, PARAMS, withOverrides, type Params } from '../src/params/index.js';
import { PRESETS, resolveScenario } from '../src/scenarios/index.js';

describe('determinism', () => {
  it('same parameters and seed give identical series; another seed differs', () => {
    const p = defaults();
    const a = runModel(p, 123).series;
    const b = runModel(p, 123).series;
    const c = runModel(p, 124).series;
    let differs = false;
    for (const col of OUTCOME_NAMES) {
      expect(Array.from(b.column(col))).toEqual(Array.from(a.column(col)));
      if (a.column(col).some((v, i) => v !== c.column(col)[i])) differs = true;
    }
    expect(differs).toBe(true);
  });

  it('run seeds hash the identity, so they do not depend on position', () => {
    expect(deriveSeed(1, 'mou', 3)).toBe(deriveSeed(1, 'mou', 3));
    expect(deriveSeed(1, 'mou', 3)).not.toBe(deriveSeed(1, 'mou', 4));
    expect(deriveSeed(1, 'mou', 3)).not.toBe(deriveSeed(2, 'mou', 3));
    expect(Number.isSafeInteger(deriveSeed(99, 'x', 1))).toBe(true);
  });

  it('the generator is seeded alea, not Math.random', () => {
    const r1 = makeRng(5);
    const r2 = makeRng(5);
    const xs = Array.from({ length: 5 }, () => r1.next());
    expect(Array.from({ length: 5 }, () => r2.next())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});

function checkInvariants(p: Params, seed: number): void {
  const { series } = runModel(p, seed);
  for (const col of OUTCOME_NAMES) {
    const xs = series.column(col);
    for (let m = 0; m < xs.length; m++) {
      const v = xs[m];
      if (!Number.isFinite(v)) throw new Error(`${col} month ${m + 1} is ${v}`);
    }
  }
  for (let m = 0; m < p.months; m++) {
    expect(series.get('producers', m)).toBeGreaterThanOrEqual(0);
    expect(series.get('producers', m)).toBeLessThanOrEqual(p.producerPool);
    expect(series.get('workers', m)).toBeGreaterThanOrEqual(series.get('producers', m));
    expect(series.get('loansOutstanding', m)).toBeGreaterThanOrEqual(0);
    expect(series.get('unmetPerDay', m)).toBeGreaterThanOrEqual(-1e-9);
    for (const s of ['networkedStructure', 'commitment', 'trust', 'governance', 'accessToAuthority', 'accountability', 'informationSharing', 'accessToResources', 'composite'] as const) {
      const v = series.get(s, m);
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThanOrEqual(1);
    }
  }
}

describe('invariants', () => {
  it('hold in every preset scenario', () => {
    for (const s of PRESETS) checkInvariants(resolveScenario(s), deriveSeed(7, s.name));
  });

  it('hold for random parameter sets drawn from the declared ranges', () => {
    const rng = makeRng(31);
    for (let k = 0; k < 40; k++) {
      const over: Record<string, unknown> = {};
      for (const d of PARAMS) {
        if (d.name === 'months' || d.name === 'producerPool' || d.name === 'initialProducers') continue;
        if (d.kind === 'real') over[d.name] = d.min + rng.next() * (d.max - d.min);
        else if (d.kind === 'int') over[d.name] = d.min + rng.int(Math.min(d.max - d.min, 100) + 1);
        else if (d.kind === 'bool') over[d.name] = rng.chance(0.5);
        else over[d.name] = d.options[rng.int(d.options.length)];
      }
      over.months = 36;
      over.startYear = 2012;
      // keep the cross-parameter rules: months 1-based or -1; layoff below hire threshold
      for (const n of MONTH_PARAMS) if (over[n] === 0) over[n] = -1;
      if ((over.layoffUtilisation as number) >= (over.hireUtilisation as number)) over.layoffUtilisation = (over.hireUtilisation as number) - 0.05;
      checkInvariants(withOverrides(defaults(), over), k);
    }
  });

  it('extreme but valid settings run to the end', () => {
    const cases: Record<string, unknown>[] = [
      { agencyBudget: 0, agencyStaffDays: 0 },
      { baseDemand: 0, dressRuleDemand: 0, ceremonyDemand: 0, souvenirDemand: 0 },
      { mouSignMonth: 1, mouMonitoring: 1, mouSanction: 10 },
      { initialProducers: 1, producerPool: 1 },
      { initialProducers: 26, producerPool: 26 },
    ];
    for (const c of cases) checkInvariants(withOverrides(defaults(), c), 3);
  });
});
