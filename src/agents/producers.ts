import type { Rng } from '../engine/rng.js';
import { Slab } from '../engine/slab.js';
import type { Params } from '../params/index.js';

export { AGENCY, BANK, ASSOCIATION, PRODUCERS, STAKEHOLDERS } from './ids.js';

/**
 * The producer population as a struct of arrays, one slot per potential producer in
 * the pool. A slot is either active (a running workshop) or a would-be producer who
 * may start up later. Hot loops index these arrays directly.
 */
export class Producers {
  // Fields are `declare`d and assigned in the constructor: a class field declared
  // without `declare` would first be defined as undefined, and V8 would then no
  // longer know the field's type in the hot loops.
  declare readonly size: number;
  /** 1 while the workshop operates. */
  declare readonly active: Uint8Array;
  /** Month the workshop (re)started; seniority for order sharing. */
  declare readonly joined: Int32Array;
  declare readonly workers: Int32Array;
  /** Working capital, Rp M. */
  declare readonly capital: Float64Array;
  /** Productivity multiplier (1 = cluster mean). */
  declare readonly skill: Float64Array;
  /** 1 once the person attended agency training (also for would-be producers). */
  declare readonly trained: Uint8Array;
  /** Would-be producers: savings toward the start-up capital (Rp M) and monthly saving rate. */
  declare readonly savings: Float64Array;
  declare readonly saveRate: Float64Array;
  /** 1 if working capital limited this month's production. */
  declare readonly constrained: Uint8Array;
  /** Consecutive loss-making months. */
  declare readonly lossStreak: Int32Array;
  /** Principal still owed on the current loan, Rp M; its fixed monthly instalment (annuity) and monthly rate. */
  declare readonly loanDue: Float64Array;
  declare readonly instalment: Float64Array;
  declare readonly loanRate: Float64Array;
  declare readonly missed: Int32Array;
  /** 1 if the loan came from the MoU pooled fund (repayments go back to it). */
  declare readonly pooledLoan: Uint8Array;
  /** 1 after a default: the bank will not lend again. */
  declare readonly blacklisted: Uint8Array;
  /** Trust toward agency, bank and association, and reputation damage capping each. */
  declare readonly trust: readonly [Float64Array, Float64Array, Float64Array];
  declare readonly damage: readonly [Float64Array, Float64Array, Float64Array];
  /** View on the common purpose in [0,1] (shared understanding). */
  declare readonly view: Float64Array;
  /** Month a pending aid proposal was submitted, or -1. */
  declare readonly proposalSince: Int32Array;
  /** Last month the producer received information from a stakeholder, or -1. */
  declare readonly informedAt: Int32Array;
  /** Last month the producer got a loan, aid or a pooled-fund loan, or -1. */
  declare readonly resourcedAt: Int32Array;
  /** This month: orders allocated, pieces made, price charged, profit. */
  declare readonly orders: Float64Array;
  declare readonly made: Float64Array;
  declare readonly price: Float64Array;
  declare readonly profit: Float64Array;
  /** This month's operating surplus (the household's income before its draw), Rp M. */
  declare readonly income: Float64Array;
  /** 1 if the producer undercuts the standard price this month. */
  declare readonly undercut: Uint8Array;
  /** Extra direct sales from an exhibition this month, pieces. */
  declare readonly fairSales: Float64Array;
  count = 0;

  constructor(size: number) {
    // An int32 (p.producerPool may be held as a double): the workshop loops compare
    // and index with an integer bound.
    this.size = size | 0;
    // All attributes live in one buffer: 20 float64, 7 int32 and 6 uint8 arrays.
    const slab = new Slab(20 * size, 7 * size, 6 * size);
    this.active = slab.u8(size);
    this.joined = slab.i32(size);
    this.workers = slab.i32(size);
    this.capital = slab.f64(size);
    this.skill = slab.f64(size);
    this.trained = slab.u8(size);
    this.savings = slab.f64(size);
    this.saveRate = slab.f64(size);
    this.constrained = slab.u8(size);
    this.lossStreak = slab.i32(size);
    this.loanDue = slab.f64(size);
    this.instalment = slab.f64(size);
    this.loanRate = slab.f64(size);
    this.missed = slab.i32(size);
    this.pooledLoan = slab.u8(size);
    this.blacklisted = slab.u8(size);
    this.trust = [slab.f64(size), slab.f64(size), slab.f64(size)];
    this.damage = [slab.f64(size), slab.f64(size), slab.f64(size)];
    this.view = slab.f64(size);
    this.proposalSince = slab.i32(size).fill(-1);
    this.informedAt = slab.i32(size).fill(-1);
    this.resourcedAt = slab.i32(size).fill(-1);
    this.orders = slab.f64(size);
    this.made = slab.f64(size);
    this.price = slab.f64(size);
    this.profit = slab.f64(size);
    this.income = slab.f64(size);
    this.undercut = slab.u8(size);
    this.fairSales = slab.f64(size);
  }

  /** Monthly production capacity of slot i, in pieces. */
  capacity(i: number, p: Params): number {
    return this.workers[i] * p.piecesPerWorkerDay * this.skill[i] * p.workDaysPerMonth;
  }

  /** Pieces a month that slot i's working capital can finance, given `capitalPerPiece(p)` (computed once per stage). */
  financeable(i: number, perPiece: number): number {
    const c = this.capital[i];
    return c > 0 ? c / perPiece : 0;
  }

  /** Output slot i would need to finance to hire one more worker: one more worker's capacity at the hiring utilisation. */
  hireOutput(i: number, p: Params): number {
    return this.capacity(i, p) * (1 + 1 / this.workers[i]) * p.hireUtilisation;
  }
}

/**
 * Working capital tied up per piece made a month: materials and the labour cost of a
 * piece, carried for the cash cycle until buyers pay.
 */
export function capitalPerPiece(p: Params): number {
  return (p.materialShare * p.pricePerPiece + p.wage / (p.piecesPerWorkerDay * p.workDaysPerMonth)) * p.cashCycleMonths;
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
    pop.saveRate[i] = p.startupSavingRate * lognormal1(rng, p.savingSpread);
  }
  // Spread the observed initial workforce so the cluster total matches exactly in expectation.
  const totalWorkers = Math.round(p.initialProducers * p.initialWorkersPerProducer);
  for (let i = 0; i < p.initialProducers; i++) {
    const share = Math.floor(totalWorkers / p.initialProducers) + (i < totalWorkers % p.initialProducers ? 1 : 0);
    activate(pop, i, -12 * (1 + rng.int(20)), Math.min(p.maxWorkers, Math.max(1, share)), p.initialCapital * lognormal1(rng, p.initialCapitalSpread));
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

/** Workers a new workshop starts with: the owner and one to three others. */
export function entrantWorkers(rng: Rng, p: Params): number {
  return Math.min(p.maxWorkers, 2 + rng.int(3));
}

export function clamp01(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x;
}
