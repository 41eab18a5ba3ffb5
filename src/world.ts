import { createAgency, type Agency } from './agents/agency.js';
import { createAssociation, type Association } from './agents/association.js';
import { createBank, type Bank } from './agents/bank.js';
import { createProducers, type Producers } from './agents/producers.js';
import type { Rng } from './engine/rng.js';
import { Slab } from './engine/slab.js';
import { RollingWindow } from './engine/window.js';
import type { Params } from './params/index.js';

/**
 * Counters summed over rolling 12-month windows, read by the DeSeve indicators, with
 * their index in the window: hot loops write `w.window.add(WIN.kept)` (no lookup).
 */
export const WIN = {
  kept: 0,
  denied: 1,
  detected: 2,
  sanctioned: 3,
  meetings: 4,
  proposals: 5,
  decided: 6,
  expired: 7,
  events: 8,
  jointEvents: 9,
  infoDown: 10,
  infoUp: 11,
  undercuts: 12,
  priceDecisions: 13,
  loans: 14,
  defaults: 15,
} as const;
export const WINDOW_KEYS = Object.keys(WIN) as (keyof typeof WIN)[];
WINDOW_KEYS.forEach((k, i) => {
  if (WIN[k] !== i) throw new Error(`WIN.${k} must be ${i}`);
});
export type WindowKey = (typeof WINDOW_KEYS)[number];

/** The whole state of one run. Pure data: the model's stages read and update it. */
export interface World {
  readonly p: Params;
  readonly rng: Rng;
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
  /** Last month each pair of the four stakeholders interacted (4 x 4), -inf if never. */
  readonly lastContact: Float64Array;
  /** Months of the last meetings (ring of 6), for the regularity of coordination. */
  readonly meetingMonths: Float64Array;
  meetingCount: number;
  /** Coordination promises made at this month's meeting, resolved next month (by institution). */
  readonly coordinationDue: Uint8Array;
  /** Last month a coordination promise was kept; joint planning is possible for 3 months after. */
  lastCoordinationKept: number;
  /** MoU status. */
  mouSigned: number;
  mouInForce: boolean;
  /** Pooled fund balance (MoU variant), Rp M. */
  pooledFund: number;
  /**
   * Money booked across the network's boundary (Rp M), for the conservation check:
   * money inside at the start, and cumulative inflows (sales, budgets, start-up
   * capital) and outflows (materials, wages, household draws, spent budgets, exits).
   */
  readonly ledger: { initial: number; inflow: number; outflow: number };
  /** Lasting orders from buyers won at exhibitions, pieces/day. */
  linkage: number;
  /** This month's everyday (direct) and bulk orders, pieces; set by the demand stage. */
  demandDirect: number;
  demandBulk: number;
  /** Orders that could not be served this month, pieces. */
  unmet: number;
  /** Cached at the start of each month: reputation of each stakeholder (mean trust others place in it). */
  readonly reputation: Float64Array;
  /** Resources each stakeholder controls (Rp M) and the resulting dependence (4 x 4, truster row). */
  readonly resources: Float64Array;
  readonly dependence: Float64Array;
  readonly window: RollingWindow<WindowKey>;
  /** Scratch index buffer for random orders within a stage (no allocation per month). */
  readonly order: Int32Array;
  readonly queue: Int32Array;
  /** Per cluster (association): this month's fair-division verdict, member count and rule-weight sum. */
  readonly clusterFair: Uint8Array;
  readonly clusterCount: Int32Array;
  readonly clusterRule: Float64Array;
  /** Scratch buffer for the views present at a meeting. */
  readonly views: Float64Array;
  /** Running averages used by entry: mean profit per producer and unmet share (exponential smoothing). */
  profitSignal: number;
  unmetSignal: number;
}

export function createWorld(params: Params, rng: Rng): World {
  // A fresh copy with the same values: objects built key by key (as defaults() does)
  // are kept by V8 as slow dictionaries; the copy has fast properties and the same
  // shape for every run, so `p.x` in the monthly loops is a plain field load.
  const p: Params = { ...params };
  const producers = createProducers(p, rng);
  // The world's own arrays share one buffer (one allocation per run, see Slab).
  const slab = new Slab(78, 2 * p.producerPool, 3);
  const instTrust = slab.f64(12);
  for (let i = 0; i < 12; i++) instTrust[i] = Math.min(1, Math.max(0, p.initialTrust + 0.1 * rng.normal()));
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
    lastContact: slab.f64(16).fill(Number.NEGATIVE_INFINITY),
    meetingMonths: slab.f64(6),
    meetingCount: 0,
    coordinationDue: slab.u8(3),
    lastCoordinationKept: Number.NEGATIVE_INFINITY,
    mouSigned: -1,
    mouInForce: false,
    pooledFund: 0,
    ledger: { initial: 0, inflow: 0, outflow: 0 },
    linkage: 0,
    demandDirect: 0,
    demandBulk: 0,
    unmet: 0,
    reputation: slab.f64(4),
    resources: slab.f64(4),
    dependence: slab.f64(16),
    window: new RollingWindow(WINDOW_KEYS, 12),
    order: slab.i32(p.producerPool),
    queue: slab.i32(p.producerPool),
    clusterFair: new Uint8Array(p.clusters),
    clusterCount: new Int32Array(p.clusters),
    clusterRule: new Float64Array(p.clusters),
    views: slab.f64(8),
    profitSignal: 0,
    unmetSignal: 0,
  };
}

/** Records that stakeholders a and b interacted this month (for network density). */
export function contact(w: World, a: number, b: number): void {
  w.lastContact[a * 4 + b] = w.month;
  w.lastContact[b * 4 + a] = w.month;
}
