import { FLOW } from '../economy/accounts.js';
import { eventsInMonth } from '../engine/calendar.js';
import { shuffle } from '../engine/rng.js';
import { institutionPromise, KEPT, settleProducerDenial } from '../governance/commitments.js';
import { programmeEvent } from '../governance/meetings.js';
import { EV } from '../governance/record.js';
import type { Params } from '../params/index.js';
import { POW } from '../economy/powMemo.js';
import type { World } from '../world.js';
import { AGENCY, ASSOCIATION, BANK } from './ids.js';
import { capitalPerPiece } from './producers.js';

/** Bank Solo, the city-owned bank: soft small-business credit and its own events. */
export interface Bank {
  /** Lending funds not currently lent out, Rp M. */
  funds: number;
  /** Interest earned to date, Rp M. */
  interestEarned: number;
  /** Principal lost to defaults to date, Rp M. */
  writtenOff: number;
  /** View on the common purpose; written in its vision and mission. */
  view: number;
  /** Month of the last socialisation event (credit news reaches producers then). */
  lastSocialisation: number;
}

export function createBank(p: Params): Bank {
  return { funds: p.bankLendingPool, interestEarned: 0, writtenOff: 0, view: p.initialViewBank, lastSocialisation: -1e9 };
}

/**
 * Socialisation events: the bank coordinates with the agency and the association
 * only around its own events, and its information is only about credit.
 */
export function runSocialisation(w: World): void {
  const p = w.p;
  const rng = w.rng.socialisation;
  for (let e = eventsInMonth(w.month, p.socialisationsPerYear); e > 0; e--) {
    const v = institutionPromise(w, BANK, w.bank.view, false, (1 << AGENCY) | (1 << ASSOCIATION), null, 0, rng);
    if (!(v & KEPT)) continue;
    w.bank.lastSocialisation = w.month;
    programmeEvent(w, BANK, rng);
  }
}

/** Effective annual rate of a loan granted this month (KUR schedule). */
export function annualRate(w: World): number {
  const p = w.p;
  return p.loanRateChangeMonth > 0 && w.month >= p.loanRateChangeMonth - 1 ? p.loanRateLater : p.loanRate;
}

/** Monthly instalment of an amortised loan (annuity) of `amount` at monthly rate r over n months. */
export function annuity(amount: number, r: number, n: number): number {
  return r > 0 ? (amount * r) / (1 - Math.pow(1 + r, -n)) : amount / n;
}

/**
 * Monthly rate of a loan granted this month, and the instalment of a standard loan
 * (loanSize over loanTermMonths) at it; the annual rate changes at most once a run, so
 * both are recomputed only when it does.
 */
function loanTerms(w: World): Float64Array {
  const memo = w.powMemo;
  const annual = annualRate(w);
  if (annual !== memo[POW.annualRate]) {
    memo[POW.annualRate] = annual;
    memo[POW.monthlyRate] = Math.pow(1 + annual, 1 / 12) - 1;
    memo[POW.instalment] = annuity(w.p.loanSize, memo[POW.monthlyRate], w.p.loanTermMonths);
  }
  return memo;
}

/**
 * Loan applications and approvals. A workshop whose working capital cannot finance
 * the orders it sees (or the next hire), that has heard of the credit and trusts the
 * bank, applies. The credit assessment asks that last month's profit cover the
 * instalment. Funds are limited, so applicants are served in random order.
 * Processing an application is a promise of the bank. An MoU pooled fund, run as a
 * revolving fund (dana bergulir), lends interest-free first and without the bank's
 * profit test, so it reaches workshops the bank turns down.
 */
export function runCredit(w: World): void {
  const p = w.p;
  const pop = w.producers;
  const rng = w.rng.credit;
  const terms = loanTerms(w);
  const rate = terms[POW.monthlyRate];
  const instalment = terms[POW.instalment];
  const heard = w.month - w.bank.lastSocialisation < p.creditNewsMonths;
  const perPiece = capitalPerPiece(p);
  // Parameters and attribute arrays in locals (see produceAndSell).
  const newsSince = w.month - p.creditNewsMonths;
  const noPooledLoan = w.pooledFund < p.loanSize;
  const { active, loanDue, blacklisted, informedAt, orders, fairSales, capital, profit } = pop;
  const trustInBank = pop.trust[BANK];
  const order = w.order;
  let n = 0;
  for (let i = 0; i < pop.size; i++) {
    if (!active[i]) continue;
    // Draw for every workshop, so the stream does not depend on who applies.
    const u = rng.next();
    if (loanDue[i] > 0 || blacklisted[i]) continue;
    if (!heard && (informedAt[i] < 0 || informedAt[i] < newsSince)) continue;
    const want = Math.max(orders[i] + fairSales[i], pop.hireOutput(i, p));
    if (capital[i] >= want * perPiece) continue;
    // The bank's credit assessment; a pooled fund (a revolving fund, dana bergulir) lends without it.
    if (profit[i] < instalment && noPooledLoan) continue;
    if (u < trustInBank[i]) order[n++] = i;
  }
  shuffle(rng, w.order, n);
  // w.order is reused by the promise below; keep the queue in its own buffer.
  const applicants = w.queue;
  for (let q = 0; q < n; q++) applicants[q] = w.order[q];
  for (let q = 0; q < n; q++) {
    const i = applicants[q];
    if (w.pooledFund >= p.loanSize) {
      w.pooledFund -= p.loanSize;
      lend(w, i, p.loanSize, 0, 1);
      continue;
    }
    if (pop.profit[i] < instalment) continue;
    const short = w.bank.funds < p.loanSize;
    w.order[0] = i;
    const v = institutionPromise(w, BANK, w.bank.view, short, 0, w.order, 1, rng);
    if (v & KEPT) {
      w.bank.funds -= p.loanSize;
      lend(w, i, p.loanSize, rate, 0, p.loanTermMonths, instalment);
    }
  }
}

/**
 * Order-backed advances for a joint order the bank has promised to pre-finance: each
 * member without a loan whose capital cannot carry its share of the order borrows the
 * shortfall (up to loanSize) at the current rate, over the order's months plus one.
 */
export function prefinance(w: World, piecesPerMonth: number): void {
  const p = w.p;
  const pop = w.producers;
  if (pop.count === 0) return;
  const rate = loanTerms(w)[POW.monthlyRate];
  const share = piecesPerMonth / pop.count;
  const perPiece = capitalPerPiece(p);
  for (let i = 0; i < pop.size; i++) {
    if (!pop.active[i] || pop.loanDue[i] > 0 || pop.blacklisted[i]) continue;
    const shortfall = (pop.orders[i] + share) * perPiece - pop.capital[i];
    if (shortfall <= 0) continue;
    const amount = Math.min(p.loanSize, shortfall, w.bank.funds);
    if (amount <= 0) return;
    w.bank.funds -= amount;
    lend(w, i, amount, rate, 0, p.jointOrderMonths + 1);
  }
}

/** `instalment`: annuity(amount, rate, term) when the caller has it already. */
function lend(w: World, i: number, amount: number, rate: number, pooled: 0 | 1, term = w.p.loanTermMonths, instalment = annuity(amount, rate, term)): void {
  const pop = w.producers;
  pop.capital[i] += amount;
  pop.loanDue[i] = amount;
  pop.loanRate[i] = rate;
  pop.instalment[i] = instalment;
  pop.missed[i] = 0;
  pop.pooledLoan[i] = pooled;
  pop.resourcedAt[i] = w.month;
  w.flows[FLOW.loansDisbursed] += amount;
  w.rec.window.add(EV.loans);
}

/**
 * Monthly instalment of producer i, paid from working capital: interest on the
 * balance at the loan's monthly rate, the rest repays principal. Missing
 * `loanDefaultMonths` in a row is a default: the bank writes the rest off, will not
 * lend again, and its trust in the producers drops like after any denied promise.
 */
export function repay(w: World, i: number): void {
  const p = w.p;
  const pop = w.producers;
  if (pop.loanDue[i] <= 0) return;
  const interest = pop.loanDue[i] * pop.loanRate[i];
  const pay = Math.min(pop.instalment[i], pop.loanDue[i] + interest);
  if (pop.capital[i] >= pay) {
    pop.capital[i] -= pay;
    w.flows[FLOW.repayments] += pay;
    pop.loanDue[i] -= pay - interest;
    pop.missed[i] = 0;
    if (pop.pooledLoan[i]) w.pooledFund += pay;
    else {
      w.bank.funds += pay;
      w.bank.interestEarned += interest;
    }
    if (pop.loanDue[i] < 1e-9) pop.loanDue[i] = 0;
    return;
  }
  if (++pop.missed[i] >= p.loanDefaultMonths) writeOff(w, i);
}

/** Default: remaining balance lost; counted as a denied promise of the producer to the bank. */
export function writeOff(w: World, i: number): void {
  const pop = w.producers;
  if (!pop.pooledLoan[i]) w.bank.writtenOff += pop.loanDue[i];
  w.flows[FLOW.loansWrittenOff] += pop.loanDue[i];
  pop.loanDue[i] = 0;
  pop.instalment[i] = 0;
  pop.missed[i] = 0;
  pop.blacklisted[i] = 1;
  w.rec.window.add(EV.defaults);
  w.rec.window.add(EV.denied);
  settleProducerDenial(w, (1 << BANK) | (1 << AGENCY), 0, 1 / Math.max(1, pop.count));
}
