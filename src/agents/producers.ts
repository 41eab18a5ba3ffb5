import type { Rng } from '../engine/rng.js';
import type { Params } from '../params/index.js';

/** Institutions a producer holds trust toward (the association relays for the producers). */
export const AGENCY = 0;
export const BANK = 1;
export const ASSOCIATION = 2;
/** The producers as a group, when institutions trust or promise to "the producers". */
export const PRODUCERS = 3;
export const STAKEHOLDERS = ['agency', 'bank', 'association', 'producers'] as const;

/**
 * The producer population as a struct of arrays, one slot per potential producer in
 * the pool. A slot is either active (a running workshop) or a would-be producer who
 * may start up later. Hot loops index these arrays directly.
 */
export class Producers {
  readonly size: number;
  /** 1 while the workshop operates. */
  readonly active: Uint8Array;
  /** Month the workshop (re)started; seniority for order sharing. */
  readonly joined: Int32Array;
  readonly workers: Int32Array;
  /** Working capital, Rp M. */
  readonly capital: Float64Array;
  /** Productivity multiplier (1 = cluster mean). */
  readonly skill: Float64Array;
  /** 1 once the person attended agency training (also for would-be producers). */
  readonly trained: Uint8Array;
  /** Consecutive loss-making months. */
  readonly lossStreak: Int32Array;
  /** Loan balance still to repay (principal + flat interest), Rp M. */
  readonly loanDue: Float64Array;
  readonly instalment: Float64Array;
  readonly missed: Int32Array;
  /** 1 if the loan came from the MoU pooled fund (repayments go back to it). */
  readonly pooledLoan: Uint8Array;
  /** 1 after a default: the bank will not lend again. */
  readonly blacklisted: Uint8Array;
  /** Trust toward agency, bank and association, and reputation damage capping each. */
  readonly trust: readonly [Float64Array, Float64Array, Float64Array];
  readonly damage: readonly [Float64Array, Float64Array, Float64Array];
  /** View on the common purpose in [0,1] (shared understanding). */
  readonly view: Float64Array;
  /** Month a pending aid proposal was submitted, or -1. */
  readonly proposalSince: Int32Array;
  /** Last month the producer received information from a stakeholder, or -1. */
  readonly informedAt: Int32Array;
  /** Last month the producer got a loan, aid or a pooled-fund loan, or -1. */
  readonly resourcedAt: Int32Array;
  /** This month: orders allocated, pieces made, price charged, profit. */
  readonly orders: Float64Array;
  readonly made: Float64Array;
  readonly price: Float64Array;
  readonly profit: Float64Array;
  /** This month's operating surplus (the household's income before its draw), Rp M. */
  readonly income: Float64Array;
  /** 1 if the producer undercuts the standard price this month. */
  readonly undercut: Uint8Array;
  /** Extra direct sales from an exhibition this month, pieces. */
  readonly fairSales: Float64Array;
  count = 0;

  constructor(size: number) {
    this.size = size;
    this.active = new Uint8Array(size);
    this.joined = new Int32Array(size);
    this.workers = new Int32Array(size);
    this.capital = new Float64Array(size);
    this.skill = new Float64Array(size);
    this.trained = new Uint8Array(size);
    this.lossStreak = new Int32Array(size);
    this.loanDue = new Float64Array(size);
    this.instalment = new Float64Array(size);
    this.missed = new Int32Array(size);
    this.pooledLoan = new Uint8Array(size);
    this.blacklisted = new Uint8Array(size);
    this.trust = [new Float64Array(size), new Float64Array(size), new Float64Array(size)];
    this.damage = [new Float64Array(size), new Float64Array(size), new Float64Array(size)];
    this.view = new Float64Array(size);
    this.proposalSince = new Int32Array(size).fill(-1);
    this.informedAt = new Int32Array(size).fill(-1);
    this.resourcedAt = new Int32Array(size).fill(-1);
    this.orders = new Float64Array(size);
    this.made = new Float64Array(size);
    this.price = new Float64Array(size);
    this.profit = new Float64Array(size);
    this.income = new Float64Array(size);
    this.undercut = new Uint8Array(size);
    this.fairSales = new Float64Array(size);
  }

  /** Monthly production capacity of slot i, in pieces. */
  capacity(i: number, p: Params): number {
    return this.workers[i] * p.piecesPerWorkerDay * this.skill[i] * p.workDaysPerMonth;
  }
}

/** Lognormal draw with mean 1 and the given log-sd. */
function lognormal1(rng: Rng, sd: number): number {
  return Math.exp(sd * rng.normal() - (sd * sd) / 2);
}

/** Initialises every slot of the pool: personal traits for all, a workshop for the first active ones. */
export function createProducers(p: Params, rng: Rng): Producers {
  const pop = new Producers(p.producerPool);
  for (let i = 0; i < pop.size; i++) {
    pop.skill[i] = lognormal1(rng, p.skillSpread);
    pop.view[i] = 0.2 + 0.6 * rng.next();
    for (let k = 0; k < 3; k++) pop.trust[k][i] = clamp01(p.initialTrust + 0.1 * rng.normal());
  }
  // Spread the observed initial workforce so the cluster total matches exactly in expectation.
  const totalWorkers = Math.round(p.initialProducers * p.initialWorkersPerProducer);
  for (let i = 0; i < p.initialProducers; i++) {
    const share = Math.floor(totalWorkers / p.initialProducers) + (i < totalWorkers % p.initialProducers ? 1 : 0);
    activate(pop, i, -12 * (1 + rng.int(20)), Math.min(p.maxWorkers, Math.max(1, share)), p.initialCapital * lognormal1(rng, 0.5));
  }
  return pop;
}

export function activate(pop: Producers, i: number, month: number, workers: number, capital: number): void {
  pop.active[i] = 1;
  pop.joined[i] = month;
  pop.workers[i] = workers;
  pop.capital[i] = capital;
  pop.lossStreak[i] = 0;
  pop.count++;
}

export function deactivate(pop: Producers, i: number): void {
  pop.active[i] = 0;
  pop.workers[i] = 0;
  pop.capital[i] = 0;
  pop.orders[i] = 0;
  pop.made[i] = 0;
  pop.profit[i] = 0;
  pop.income[i] = 0;
  pop.undercut[i] = 0;
  pop.proposalSince[i] = -1;
  pop.count--;
}

export function entrantTraits(rng: Rng, p: Params): { workers: number; capital: number } {
  return {
    workers: Math.min(p.maxWorkers, 2 + rng.int(3)),
    capital: p.initialCapital * lognormal1(rng, 0.5),
  };
}

export function clamp01(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x;
}
