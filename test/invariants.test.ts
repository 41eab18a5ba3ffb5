/**
 * Invariants under random parameter sets drawn from the declared ranges (issue 7).
 * `npm test` tries INVARIANT_RUNS (default 150) sets; `npm run check:invariants`
 * tries 10,000. Every run is checked every month: finite state, nothing negative,
 * producers within the pool, trust and scores in [0,1], money conserved.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FLOW } from '../src/economy/accounts.js';
import { checkInvariants, InvariantError, moneyInside } from '../src/invariants.js';
import { runModel, stepMonth } from '../src/model.js';
import { defaults, MONTH_PARAMS, PARAMS, withOverrides, type ParamDecl } from '../src/params/index.js';
import { findPreset, resolveScenario } from '../src/scenarios/index.js';
import { createWorld } from '../src/world.js';

const RUNS = Number(process.env.INVARIANT_RUNS ?? 150);
const SEED = Number(process.env.INVARIANT_SEED ?? 20150718);

/** Parameters left at sizes that keep one run fast; everything else spans its declared range. */
const FIXED = new Set(['months', 'startYear', 'producerPool', 'initialProducers']);

function arbitraryFor(d: ParamDecl): fc.Arbitrary<unknown> {
  switch (d.kind) {
    case 'real':
      return fc.double({ min: d.min, max: d.max, noNaN: true, noDefaultInfinity: true });
    case 'int':
      return fc.integer({ min: d.min, max: Math.min(d.max, d.min + 1000) });
    case 'bool':
      return fc.boolean();
    case 'enum':
      return fc.constantFrom(...d.options);
  }
}

const overrides = fc.record(
  Object.fromEntries(PARAMS.filter((d) => !FIXED.has(d.name)).map((d) => [d.name, arbitraryFor(d as ParamDecl)])),
) as fc.Arbitrary<Record<string, unknown>>;

describe('invariants hold for random parameter sets from the declared ranges', () => {
  it(`${RUNS} random sets, 48 months, checked every month`, () => {
    let tried = 0;
    let skipped = 0;
    fc.assert(
      fc.property(overrides, fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 0, max: 2 ** 31 }), (over, pool, seed) => {
        const o: Record<string, unknown> = { ...over, months: 48, producerPool: pool, initialProducers: Math.max(1, Math.ceil(pool * 0.6)) };
        // Month parameters take -1 or a 1-based month; cross rules as declared.
        for (const n of MONTH_PARAMS) if (o[n] === 0) o[n] = -1;
        let params;
        try {
          params = withOverrides(defaults(), o);
        } catch {
          skipped++; // a combination the declarations reject (e.g. layoff >= hire threshold)
          return;
        }
        tried++;
        runModel(params, seed, { check: true });
      }),
      { numRuns: RUNS, seed: SEED },
    );
    expect(tried).toBeGreaterThan(RUNS * 0.3);
    console.log(`[invariants] ${tried} parameter sets run with checks, ${skipped} rejected by the declarations`);
  }, 60_000 + RUNS * 30);

  it('a violation names the month, the invariant and the values', () => {
    const w = createWorld(defaults(), 1);
    w.ledger.initial = moneyInside(w);
    w.month = 0;
    stepMonth(w);
    w.month = 1;
    stepMonth(w);
    w.producers.capital[0] = Number.NaN;
    expect(() => checkInvariants(w, [0.5])).toThrow(InvariantError);
    expect(() => checkInvariants(w, [0.5])).toThrow(/invariant "finite capital" violated in month 2: producer=0, capital=NaN/);
    w.producers.capital[0] = 3;
    expect(() => checkInvariants(w, [0.5])).toThrow(/money conserved/);
  });

  it('money is conserved in every preset scenario, month by month', () => {
    const p = withOverrides(defaults(), { mouSignMonth: 1, mouPooledFund: 60, months: 120 });
    expect(() => runModel(p, 5, { check: true })).not.toThrow();
  });

  it('the ledger is exact to the rupiah at city scale: a planted 1-rupiah leak is caught, a clean run passes', () => {
    const p = resolveScenario(findPreset('city-scale')!, { months: 60 });
    const w = createWorld(p, 3);
    w.ledger.initial = moneyInside(w);
    for (let m = 0; m < 60; m++) {
      w.month = m;
      stepMonth(w);
      checkInvariants(w, [0.5]);
    }
    // One rupiah is 1e-6 Rp M: it appears in a workshop's capital without being booked.
    const i = w.producers.active.indexOf(1);
    w.producers.capital[i] += 1e-6;
    expect(() => checkInvariants(w, [0.5])).toThrow(/money conserved/);
    w.producers.capital[i] -= 2e-6;
    expect(() => checkInvariants(w, [0.5])).toThrow(/money conserved/);
  });

  it('the recorded accounts add up, and an unbooked amount is caught', () => {
    const p = withOverrides(defaults(), { mouSignMonth: 1, mouAdoption: 'imposed', mouPooledFund: 60, months: 24 });
    const w = createWorld(p, 4);
    w.ledger.initial = moneyInside(w);
    let fund = 0;
    let grants = 0;
    for (let m = 0; m < 24; m++) {
      w.month = m;
      stepMonth(w);
      checkInvariants(w, [0.5]);
      fund += w.flows[FLOW.agencyFund] + w.flows[FLOW.bankFund];
      grants += w.flows[FLOW.aidGrants];
    }
    // Both accounts were exercised: fund contributions and grants into workshops' capital.
    expect(fund).toBeGreaterThan(0);
    expect(grants).toBeGreaterThan(0);
    // Spending counted in a programme but not in the total (or the reverse).
    w.flows[FLOW.training] += 1e-3;
    expect(() => checkInvariants(w, [0.5])).toThrow(/public spending parts sum to the total/);
    w.flows[FLOW.training] -= 1e-3;
    // A transfer inside the network (money conserved) that the producers' account did not
    // book: Rp 1,000 from the agency to a workshop, like a grant left out of the accounts.
    const i = w.producers.active.indexOf(1);
    expect(w.agency.budgetLeft).toBeGreaterThan(1e-3);
    w.agency.budgetLeft -= 1e-3;
    w.producers.capital[i] += 1e-3;
    expect(() => checkInvariants(w, [0.5])).toThrow(/producers' capital changes by the booked flows/);
    // Booked as a grant in the producers' account only, it breaks the spending total instead.
    w.flows[FLOW.aidGrants] += 1e-3;
    expect(() => checkInvariants(w, [0.5])).toThrow(/public spending parts sum to the total/);
    w.spending += 1e-3;
    expect(() => checkInvariants(w, [0.5])).not.toThrow();
  });
});
