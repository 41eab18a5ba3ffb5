import { createAgency, type Agency } from './agents/agency.js';
import { createAssociation, type Association } from './agents/association.js';
import { createBank, type Bank } from './agents/bank.js';
import { createProducers, type Producers } from './agents/producers.js';
import { FLOW_COUNT } from './economy/accounts.js';
import { POW_SIZE } from './economy/powMemo.js';
import { makeStreams, type Streams } from './engine/rng.js';
import { Ledger } from './engine/ledger.js';
import { Slab } from './engine/slab.js';
import { BehaviourRecord } from './governance/record.js';
import type { Params } from './params/index.js';

/** The MoU's state: what was agreed and how strongly it still binds. */
export interface MouState {
  /** Month of signing, or -1. */
  signed: number;
  inForce: boolean;
  /**
   * How strongly the agreement's routines bind, in [0,1]: 1 while in force; after a
   * lapse it fades by routineDecay a month (institutional memory), 0 if never signed.
   */
  binding: number;
  /** Meetings attended by every signatory institution since negotiation began. */
  negotiationMeetings: number;
}

/** A joint order being delivered: pieces a month for the members, and months left. */
export interface JointOrder {
  piecesPerMonth: number;
  monthsLeft: number;
}

/** The whole state of one run. Pure data: the model's stages read and update it. */
export interface World {
  readonly p: Params;
  /** One random stream per stochastic process (engine/rng.ts, STREAMS). */
  readonly rng: Streams;
  /** Current month, 0-based (0 = January of startYear). */
  month: number;
  readonly producers: Producers;
  readonly agency: Agency;
  readonly bank: Bank;
  readonly association: Association;
  /**
   * Trust of the institutions (rows: agency, bank, association) toward each
   * stakeholder (columns: agency, bank, association, producers), row-major 3 x 4,
   * and the reputation damage that caps each entry.
   */
  readonly instTrust: Float64Array;
  readonly instDamage: Float64Array;
  /** What the stakeholders did: the only input of the DeSeve indicators. */
  readonly rec: BehaviourRecord;
  /** Coordination promises made at this month's meeting, resolved next month (by institution). */
  readonly coordinationDue: Uint8Array;
  /** Stakeholders present at this month's meeting (bit mask), 0 if none was held. */
  meetingPresent: number;
  /** A joint order plan made at this month's meeting, resolved next month. */
  jointPlanDue: boolean;
  /** Last month a coordination promise was kept; joint planning is possible for a while after. */
  lastCoordinationKept: number;
  readonly mou: MouState;
  readonly jointOrder: JointOrder;
  /** Pooled fund balance (MoU variant), Rp M. */
  pooledFund: number;
  /**
   * Money booked across the network's boundary (Rp M), for the conservation check:
   * money inside at the start, and cumulative inflows (sales, budgets, start-up
   * capital) and outflows (materials, wages, household draws, spent budgets, exits).
   */
  readonly ledger: Ledger;
  /** Public money spent on the cluster this month (agency programmes, grants, fund contributions), Rp M. */
  spending: number;
  /** This month's flows by kind (economy/accounts.ts FLOW), Rp M: costs and benefits, for the record only. */
  readonly flows: Float64Array;
  /** Working capital of the active workshops at the start of the month, Rp M (for the producers' account check). */
  openingCapital: number;
  /** Lasting orders from buyers won at exhibitions, pieces/day. */
  linkage: number;
  /** This month's everyday (direct), bulk and joint orders, pieces; set by the demand stage. */
  demandDirect: number;
  demandBulk: number;
  demandJoint: number;
  /** Orders that could not be served this month, pieces. */
  unmet: number;
  /** Cached at the start of each month: reputation of each stakeholder (mean trust others place in it). */
  readonly reputation: Float64Array;
  /** Resources each stakeholder controls (Rp M) and the resulting dependence (4 x 4, truster row). */
  readonly resources: Float64Array;
  readonly dependence: Float64Array;
  /** Scratch index buffer for random orders within a stage (no allocation per month). */
  readonly order: Int32Array;
  readonly queue: Int32Array;
  /** Per cluster (association): this month's fair-division verdict, member count and rule-weight sum. */
  readonly clusterFair: Uint8Array;
  readonly clusterCount: Int32Array;
  readonly clusterRule: Float64Array;
  /** Scratch buffer for the views present at a meeting. */
  readonly views: Float64Array;
  /**
   * Results of Math.pow kept across months for inputs that take few values in a run
   * (economy/powMemo.ts): recomputed only when the input changes, so the values are the same bits.
   */
  readonly powMemo: Float64Array;
  /** Running averages used by entry: mean profit per producer and unmet share (exponential smoothing). */
  profitSignal: number;
  unmetSignal: number;
}

export function createWorld(params: Params, seed: number): World {
  // A fresh copy with the same values: objects built key by key (as defaults() does)
  // are kept by V8 as slow dictionaries; the copy has fast properties and the same
  // shape for every run, so `p.x` in the monthly loops is a plain field load.
  const p: Params = { ...params };
  const rng = makeStreams(seed);
  const producers = createProducers(p, rng.init);
  // The world's own arrays share one buffer (one allocation per run, see Slab).
  const slab = new Slab(56 + POW_SIZE + FLOW_COUNT, 2 * p.producerPool, 3);
  const instTrust = slab.f64(12);
  for (let i = 0; i < 12; i++) instTrust[i] = Math.min(1, Math.max(0, p.initialTrust + 0.1 * rng.init.normal()));
  return {
    p,
    rng,
    month: 0,
    producers,
    agency: createAgency(p),
    bank: createBank(p),
    association: createAssociation(p),
    instTrust,
    instDamage: slab.f64(12),
    rec: new BehaviourRecord(),
    coordinationDue: slab.u8(3),
    meetingPresent: 0,
    jointPlanDue: false,
    lastCoordinationKept: Number.NEGATIVE_INFINITY,
    mou: { signed: -1, inForce: false, binding: 0, negotiationMeetings: 0 },
    jointOrder: { piecesPerMonth: 0, monthsLeft: 0 },
    pooledFund: 0,
    ledger: new Ledger(),
    spending: 0,
    flows: slab.f64(FLOW_COUNT),
    openingCapital: 0,
    linkage: 0,
    demandDirect: 0,
    demandBulk: 0,
    demandJoint: 0,
    unmet: 0,
    reputation: slab.f64(4),
    resources: slab.f64(4),
    dependence: slab.f64(16),
    order: slab.i32(p.producerPool),
    queue: slab.i32(p.producerPool),
    clusterFair: new Uint8Array(p.clusters),
    clusterCount: new Int32Array(p.clusters),
    clusterRule: new Float64Array(p.clusters),
    views: slab.f64(8),
    powMemo: slab.f64(POW_SIZE).fill(Number.NaN),
    profitSignal: 0,
    unmetSignal: 0,
  };
}
