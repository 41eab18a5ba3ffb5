/**
 * Invariants of a run, checked every month in `--check` mode and by the property
 * tests: finite state, nothing negative that cannot be, producers within the pool,
 * trust and scores in [0,1], the recorded accounts adding up, and money conserved
 * (every flow booked on both sides: the change of the money held by producers, bank,
 * pooled fund and agency equals what came in from outside minus what went out).
 */
import { FLOW, PUBLIC_SPENDING_FLOWS, type Flow } from './economy/accounts.js';
import { CompensatedSum } from './engine/ledger.js';
import type { World } from './world.js';

/** Largest difference between money inside and money booked that is not a leak: half a rupiah, in Rp M. */
export const MONEY_TOLERANCE = 5e-7;

export class InvariantError extends Error {
  constructor(
    readonly month: number,
    readonly invariant: string,
    readonly values: Record<string, number>,
  ) {
    super(
      `invariant "${invariant}" violated in month ${month + 1}: ${Object.entries(values)
        .map(([k, v]) => `${k}=${v}`)
        .join(', ')}`,
    );
    this.name = 'InvariantError';
  }
}

/** Money held inside the network: producers' working capital, bank funds, pooled fund, agency budget (a compensated sum). */
export function moneyInside(w: World): number {
  const pop = w.producers;
  const s = new CompensatedSum();
  for (let i = 0; i < pop.size; i++) if (pop.active[i]) s.add(pop.capital[i]);
  s.add(w.bank.funds);
  s.add(w.pooledFund);
  s.add(w.agency.budgetLeft);
  return s.value;
}

function fail(w: World, invariant: string, values: Record<string, number>): never {
  throw new InvariantError(w.month, invariant, values);
}

/** Checks every invariant; `scores` are this month's recorded values to check against [0,1]. */
export function checkInvariants(w: World, scores: ArrayLike<number>): void {
  const pop = w.producers;
  let active = 0;
  for (let i = 0; i < pop.size; i++) {
    if (!pop.active[i]) continue;
    active++;
    if (!Number.isFinite(pop.capital[i])) fail(w, 'finite capital', { producer: i, capital: pop.capital[i] });
    if (!(pop.workers[i] >= 1)) fail(w, 'active workshops have at least one worker', { producer: i, workers: pop.workers[i] });
    if (!(pop.skill[i] > 0) || !Number.isFinite(pop.skill[i])) fail(w, 'positive finite skill', { producer: i, skill: pop.skill[i] });
    if (!(pop.loanDue[i] >= 0)) fail(w, 'loan balances are not negative', { producer: i, loanDue: pop.loanDue[i] });
    if (!(pop.made[i] >= 0) || !(pop.orders[i] >= 0)) fail(w, 'orders and production are not negative', { producer: i, orders: pop.orders[i], made: pop.made[i] });
    for (let k = 0; k < 3; k++) {
      const t = pop.trust[k][i];
      if (!(t >= 0 && t <= 1)) fail(w, 'trust in [0,1]', { producer: i, institution: k, trust: t });
    }
  }
  if (active !== pop.count) fail(w, 'producer count matches active slots', { count: pop.count, active });
  if (pop.count < 0 || pop.count > pop.size) fail(w, 'producers within the pool', { producers: pop.count, pool: pop.size });
  for (let k = 0; k < w.instTrust.length; k++)
    if (!(w.instTrust[k] >= 0 && w.instTrust[k] <= 1)) fail(w, 'trust in [0,1]', { entry: k, trust: w.instTrust[k] });
  if (!(w.bank.funds >= -1e-9)) fail(w, 'bank funds are not negative', { funds: w.bank.funds });
  if (!(w.pooledFund >= -1e-9)) fail(w, 'pooled fund is not negative', { pooledFund: w.pooledFund });
  if (!(w.agency.budgetLeft >= -1e-9)) fail(w, 'agency budget is not negative', { budgetLeft: w.agency.budgetLeft });
  if (!(w.agency.staffLeft >= -1e-9)) fail(w, 'agency staff time is not overdrawn', { staffLeft: w.agency.staffLeft });
  if (!(w.demandDirect >= 0 && w.demandBulk >= 0 && w.unmet >= -1e-9)) fail(w, 'demand is not negative', { direct: w.demandDirect, bulk: w.demandBulk, unmet: w.unmet });
  for (let k = 0; k < scores.length; k++)
    if (!(scores[k] >= 0 && scores[k] <= 1)) fail(w, 'scores in [0,1]', { item: k, score: scores[k] });

  const inside = moneyInside(w);
  const ledger = new CompensatedSum();
  ledger.add(w.ledger.initial);
  ledger.add(w.ledger.inflow.value);
  ledger.add(-w.ledger.outflow.value);
  const booked = ledger.value;
  // To half a rupiah (Rp M 5e-7) at any scale: the sums are compensated, so rounding stays far below it.
  if (!Number.isFinite(inside) || Math.abs(inside - booked) > MONEY_TOLERANCE)
    fail(w, 'money conserved (inside = initial + inflows - outflows)', { inside, initial: w.ledger.initial, inflow: w.ledger.inflow.value, outflow: w.ledger.outflow.value });
  checkAccounts(w);
}

/** The producers' working capital account: flows into it (+1) and out of it (-1). */
const CAPITAL_FLOWS: readonly (readonly [Flow, 1 | -1])[] = [
  [FLOW.revenue, 1],
  [FLOW.materials, -1],
  [FLOW.wages, -1],
  [FLOW.draws, -1],
  [FLOW.repayments, -1],
  [FLOW.loansDisbursed, 1],
  [FLOW.aidGrants, 1],
  [FLOW.startupCapital, 1],
  [FLOW.exitCapital, -1],
];

/**
 * The recorded costs and benefits add up: the programmes' public spending sums to the
 * total, and the change in producers' working capital over the month equals the flows
 * booked into and out of it.
 */
function checkAccounts(w: World): void {
  const f = w.flows;
  let parts = 0;
  for (const k of PUBLIC_SPENDING_FLOWS) parts += f[k];
  if (!(Math.abs(parts - w.spending) <= MONEY_TOLERANCE))
    fail(w, 'public spending parts sum to the total', { parts, publicSpending: w.spending });

  const pop = w.producers;
  const closing = new CompensatedSum();
  for (let i = 0; i < pop.size; i++) if (pop.active[i]) closing.add(pop.capital[i]);
  const flows = new CompensatedSum();
  let gross = Math.abs(w.openingCapital);
  for (const [k, sign] of CAPITAL_FLOWS) {
    flows.add(sign * f[k]);
    gross += Math.abs(f[k]);
  }
  const change = closing.value - w.openingCapital;
  // The hot path sums these plainly, so allow their rounding in proportion to the money
  // moved (measured: below 5e-13 of it up to 16,250 workshops); an unbooked flow is far larger.
  const tolerance = MONEY_TOLERANCE + 1e-10 * gross;
  if (!(Math.abs(change - flows.value) <= tolerance))
    fail(w, "producers' capital changes by the booked flows", { change, flows: flows.value, opening: w.openingCapital, closing: closing.value });
}
