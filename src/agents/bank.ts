import { eventsInMonth } from '../engine/calendar.js';
import { shuffle } from '../engine/rng.js';
import { institutionPromise, settleProducerDenial, type Verdict } from '../governance/commitments.js';
import { programmeEvent } from '../governance/meetings.js';
import type { Params } from '../params/index.js';
import { WIN, type World } from '../world.js';
import { AGENCY, ASSOCIATION, BANK } from './producers.js';

/** Bank Solo, the city-owned bank: soft small-business credit and its own events. */
export interface Bank {
  /** Lending funds not currently lent out, Rp M. */
  funds: number;
  /** Interest earned to date, Rp M. */
  interestEarned: number;
  /** Principal and interest lost to defaults to date, Rp M. */
  writtenOff: number;
  /** View on the common purpose; written in its vision and mission. */
  view: number;
  /** Months since the last socialisation event (credit news reaches producers then). */
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
  for (let e = eventsInMonth(w.month, p.socialisationsPerYear); e > 0; e--) {
    const v = institutionPromise(w, BANK, w.bank.view, false, (1 << AGENCY) | (1 << ASSOCIATION), null, 0);
    if (!v.kept) continue;
    w.bank.lastSocialisation = w.month;
    programmeEvent(w, BANK);
  }
}

/**
 * Loan applications and approvals. A workshop short of working capital for the
 * orders it sees, that has heard of the credit and trusts the bank, applies. Funds
 * are limited, so applicants are served in random order. Processing an application
 * is a promise of the bank; an MoU pooled fund lends interest-free first.
 */
export function runCredit(w: World): void {
  const p = w.p;
  const pop = w.producers;
  const instalment = (p.loanSize * (1 + (p.loanRate * p.loanTermMonths) / 12)) / p.loanTermMonths;
  const heard = w.month - w.bank.lastSocialisation < p.creditNewsMonths;
  let n = 0;
  for (let i = 0; i < pop.size; i++) {
    if (!pop.active[i] || pop.loanDue[i] > 0 || pop.blacklisted[i]) continue;
    if (!heard && (pop.informedAt[i] < 0 || pop.informedAt[i] < w.month - p.creditNewsMonths)) continue;
    const need = p.capitalPerWorker * (pop.workers[i] + 1);
    const busy = pop.orders[i] + pop.fairSales[i] > p.hireUtilisation * pop.capacity(i, p);
    if (pop.capital[i] >= need && !busy) continue;
    // Credit assessment: last month's profit must cover the instalment of a new loan.
    if (pop.profit[i] < instalment) continue;
    if (w.rng.chance(pop.trust[BANK][i])) w.order[n++] = i;
  }
  shuffle(w.rng, w.order, n);
  // w.order is reused by the promise below; keep the queue in its own buffer.
  const applicants = w.queue;
  for (let q = 0; q < n; q++) applicants[q] = w.order[q];
  for (let q = 0; q < n; q++) {
    const i = applicants[q];
    if (w.pooledFund >= p.loanSize) {
      w.pooledFund -= p.loanSize;
      lend(w, i, 0, 1);
      continue;
    }
    const short = w.bank.funds < p.loanSize;
    w.order[0] = i;
    const v = institutionPromise(w, BANK, w.bank.view, short, 0, w.order, 1);
    if (v.kept) {
      w.bank.funds -= p.loanSize;
      lend(w, i, p.loanRate, 0);
    }
  }
}

function lend(w: World, i: number, rate: number, pooled: 0 | 1): void {
  const p = w.p;
  const pop = w.producers;
  const due = p.loanSize * (1 + (rate * p.loanTermMonths) / 12);
  pop.capital[i] += p.loanSize;
  pop.loanDue[i] = due;
  pop.instalment[i] = due / p.loanTermMonths;
  pop.missed[i] = 0;
  pop.pooledLoan[i] = pooled;
  pop.resourcedAt[i] = w.month;
  w.window.add(WIN.loans);
}

const defaultVerdict: Verdict = { kept: false, detected: false };

/**
 * Monthly instalment of producer i, paid from working capital. Missing
 * `loanDefaultMonths` in a row is a default: the bank writes the rest off, will not
 * lend again, and its trust in the producers drops like after any denied promise.
 */
export function repay(w: World, i: number): void {
  const p = w.p;
  const pop = w.producers;
  if (pop.loanDue[i] <= 0) return;
  const pay = Math.min(pop.instalment[i], pop.loanDue[i]);
  if (pop.capital[i] >= pay) {
    pop.capital[i] -= pay;
    pop.loanDue[i] -= pay;
    pop.missed[i] = 0;
    if (pop.pooledLoan[i]) w.pooledFund += pay;
    else {
      // Flat loan: each instalment carries principal and interest in fixed proportion.
      const principalShare = 1 / (1 + (p.loanRate * p.loanTermMonths) / 12);
      w.bank.funds += pay;
      w.bank.interestEarned += pay * (1 - principalShare);
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
  pop.loanDue[i] = 0;
  pop.instalment[i] = 0;
  pop.missed[i] = 0;
  pop.blacklisted[i] = 1;
  w.window.add(WIN.defaults);
  w.window.add(WIN.denied);
  settleProducerDenial(w, (1 << BANK) | (1 << AGENCY), defaultVerdict, 1 / Math.max(1, pop.count));
}
