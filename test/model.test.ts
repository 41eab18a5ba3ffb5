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

describe('costs and benefits', () => {
  const PARTS = ['publicSpendingTraining', 'publicSpendingExhibitions', 'publicSpendingAidGrants', 'publicSpendingAgencyFund', 'publicSpendingBankFund'] as const;
  const total = (s: ReturnType<typeof runModel>['series'], col: (typeof OUTCOME_NAMES)[number]) => Array.from(s.column(col)).reduce((a, b) => a + b, 0);

  it('the parts of public spending sum to publicSpending every month, in every preset', () => {
    for (const sc of PRESETS) {
      const { series } = runModel(resolveScenario(sc), deriveSeed(12, sc.name));
      for (let m = 0; m < series.months; m++) {
        const parts = PARTS.reduce((a, c) => a + series.get(c, m), 0);
        expect(parts, `${sc.name} month ${m + 1}`).toBeCloseTo(series.get('publicSpending', m), 9);
      }
    }
  });

  it('the status quo spends on training and exhibitions in whole sessions, and nothing on a pooled fund', () => {
    const p = resolveScenario(PRESETS.find((s) => s.name === 'status-quo')!);
    const { series } = runModel(p, deriveSeed(12, 'status-quo'));
    expect(total(series, 'publicSpendingTraining')).toBeGreaterThan(0);
    expect(total(series, 'publicSpendingExhibitions')).toBeGreaterThan(0);
    expect(total(series, 'publicSpendingAgencyFund')).toBe(0);
    expect(total(series, 'publicSpendingBankFund')).toBe(0);
    for (let m = 0; m < p.months; m++) {
      const sessions = series.get('publicSpendingTraining', m) / p.trainingCost;
      const exhibitions = series.get('publicSpendingExhibitions', m) / p.exhibitionCost;
      const grants = series.get('publicSpendingAidGrants', m) / p.aidGrant;
      for (const k of [sessions, exhibitions, grants]) expect(k).toBeCloseTo(Math.round(k), 9);
      // Staff time covers at least the meetings and events this month's record shows.
      const events = (sessions + exhibitions) * p.eventStaffDays + series.get('meetings', m) * p.meetingStaffDays;
      expect(series.get('agencyStaffDaysUsed', m)).toBeGreaterThanOrEqual(events - 1e-9);
      expect(series.get('agencyStaffDaysUsed', m)).toBeLessThanOrEqual(p.agencyStaffDays);
    }
  });

  it('a pooled fund gets contributions only while a signed MoU is in force', () => {
    const sc = PRESETS.find((s) => s.name === 'mou-fund')!;
    const p = resolveScenario(sc);
    let before = 0;
    for (let r = 0; r < 5; r++) {
      const { series } = runModel(p, deriveSeed(12, sc.name, r));
      let during = 0;
      for (let m = 0; m < p.months; m++) {
        const fund = series.get('publicSpendingAgencyFund', m) + series.get('publicSpendingBankFund', m);
        if (series.get('mouInForce', m) === 0) {
          expect(fund, `month ${m + 1} without an MoU`).toBe(0);
          before++;
        } else during += fund;
        // Each contribution is one twelfth of each party's half of the yearly fund.
        for (const c of ['publicSpendingAgencyFund', 'publicSpendingBankFund'] as const) expect([0, p.mouPooledFund / 24]).toContain(series.get(c, m));
      }
      expect(during).toBeGreaterThan(0);
    }
    // The negotiated MoU is signed after some months, so the unsigned months were tested.
    expect(before).toBeGreaterThan(0);
  });

  it('loans, revenue and the producers\' account follow what the agents did', () => {
    for (const name of ['status-quo', 'mou-fund']) {
      const p = resolveScenario(PRESETS.find((s) => s.name === name)!);
      const { series } = runModel(p, deriveSeed(12, name));
      let matched = 0;
      for (let m = 0; m < p.months; m++) {
        const loans = series.get('newLoans', m);
        const disbursed = series.get('loansDisbursed', m);
        // Advances may be smaller than a loan; nothing is disbursed without a loan.
        expect(disbursed).toBeLessThanOrEqual(loans * p.loanSize + 1e-9);
        expect(disbursed > 0).toBe(loans > 0);
        if (series.get('defaults', m) === 0) expect(series.get('loansWrittenOff', m)).toBe(0);
        // Revenue is the pieces made at the price charged: those of the workshops still
        // open at the month's end (production and price) and of any that closed after selling.
        const made = series.get('productionPerDay', m) * p.workDaysPerMonth;
        const open = made * series.get('price', m);
        expect(series.get('revenue', m)).toBeGreaterThanOrEqual(open - 1e-9);
        if (Math.abs(series.get('revenue', m) - open) < 1e-9) matched++;
        expect(series.get('materialCosts', m) / p.materialShare / p.pricePerPiece).toBeGreaterThanOrEqual(made - 1e-9);
        // Hired workers are paid for whole months (before this month's hires and lay-offs).
        const workerMonths = series.get('wagesPaid', m) / p.wage;
        expect(workerMonths).toBeCloseTo(Math.round(workerMonths), 9);
        expect(series.get('householdIncome', m)).toBeGreaterThanOrEqual(0);
        expect(series.get('loanRepayments', m)).toBeGreaterThanOrEqual(0);
      }
      // Closures are rare, so most months match exactly.
      expect(matched).toBeGreaterThan(0.8 * p.months);
      expect(total(series, 'loansDisbursed')).toBeGreaterThan(0);
      expect(total(series, 'householdIncome')).toBeGreaterThan(0);
      expect(total(series, 'wagesPaid')).toBeGreaterThan(0);
      expect(total(series, 'loanRepayments')).toBeGreaterThan(0);
    }
  });
});
