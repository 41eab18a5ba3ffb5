import { institutionPromise, KEPT, producerPromise } from '../governance/commitments.js';
import { EV } from '../governance/record.js';
import type { Params } from '../params/index.js';
import { POW } from '../economy/powMemo.js';
import type { World } from '../world.js';
import { ASSOCIATION } from './ids.js';
import { capitalPerPiece } from './producers.js';

/** The producers' association (paguyuban): order broker, price setter and relay. */
export interface Association {
  /** View on the common purpose: commitment is only "kept trust". */
  view: number;
}

export function createAssociation(p: Params): Association {
  return { view: p.initialViewAssociation };
}

/**
 * Price standardisation as a cartel dilemma: keeping the standard price is a
 * promise to the association; a member tempted by the gain (more so after losses)
 * undercuts unless motivation, reputation and, under an MoU, the sanction outweigh it.
 * The association checks some members' prices (a peer check with no sanction).
 */
export function setPrices(w: World): void {
  const p = w.p;
  const pop = w.producers;
  const rng = w.rng.prices;
  // Counted here and added once: the counts are integers, so the window's sums are the same bits.
  let decisions = 0;
  let undercuts = 0;
  // Parameters and attribute arrays in locals (see produceAndSell).
  const { exitLossMonths, undercutGain, priceMonitoring, pricePerPiece, undercutDiscount } = p;
  const { active, lossStreak, undercut, price } = pop;
  for (let i = 0; i < pop.size; i++) {
    if (!active[i]) continue;
    const stress = Math.min(1, lossStreak[i] / exitLossMonths);
    const kept = (producerPromise(w, i, 1 << ASSOCIATION, undercutGain * (1 + stress), rng, priceMonitoring) & KEPT) !== 0;
    undercut[i] = kept ? 0 : 1;
    price[i] = pricePerPiece * (kept ? 1 : 1 - undercutDiscount);
    decisions++;
    if (!kept) undercuts++;
  }
  w.rec.window.add(EV.priceDecisions, decisions);
  w.rec.window.add(EV.undercuts, undercuts);
}

/**
 * Splits orders. Bulk orders (dress rule, ceremonies) pass through the association
 * as far as its strength allows and are divided by the chosen rule; fair division is
 * the association's monthly promise to its members, and a denied month favours the
 * senior members. The capacity rule weighs what each workshop can deliver (labour
 * and materials), which is what minimises unmet orders (Albino et al. 2003). Everyday orders go straight to workshops in proportion to their
 * capacity, shifted toward cheaper ones by the price elasticity.
 */
export function divideOrders(w: World): void {
  const p = w.p;
  const pop = w.producers;
  // Joint orders are brokered in full: dividing them is the association's part of the plan.
  const bulkBrokered = w.demandBulk * Math.min(1, p.associationShare * p.associationCapacity);
  const brokered = bulkBrokered + w.demandJoint;
  const direct = w.demandDirect + w.demandBulk - bulkBrokered;
  const rng = w.rng.orders;
  const perPiece = capitalPerPiece(p);

  const members = w.queue;
  // Attribute arrays in locals (see produceAndSell).
  const { active, joined, orders, made, price: priceOf } = pop;
  const trustInAssociation = pop.trust[ASSOCIATION];
  let n = 0;
  for (let i = 0; i < pop.size; i++) if (active[i]) members[n++] = i;
  // Each cluster's association promises its own members a fair division (slot i is in
  // cluster i mod C); with one cluster, that is all active workshops.
  const C = p.clusters;
  const fair = w.clusterFair;
  const count = w.clusterCount;
  const sumRule = w.clusterRule;
  sumRule.fill(0);
  if (C === 1) {
    count[0] = n;
    fair[0] = n > 0 ? (institutionPromise(w, ASSOCIATION, w.association.view, false, 0, members, n, rng) & KEPT ? 1 : 0) : 1;
  } else {
    const list = w.order;
    for (let c = 0; c < C; c++) {
      let k = 0;
      for (let i = c; i < pop.size; i += C) if (active[i]) list[k++] = i;
      count[c] = k;
      fair[c] = k > 0 ? (institutionPromise(w, ASSOCIATION, w.association.view, false, 0, list, k, rng) & KEPT ? 1 : 0) : 1;
    }
  }

  let sumDirect = 0;
  // Workshops charge the standard or the undercut price: remember the demand shift of
  // the last two prices seen (across months: the prices rarely change in a run) rather
  // than calling Math.pow for every workshop.
  const memo = w.powMemo;
  let priceA = memo[POW.priceA];
  let shiftA = memo[POW.shiftA];
  let priceB = memo[POW.priceB];
  let shiftB = memo[POW.shiftB];
  // The rule is fixed for the run: compared once, not once per workshop.
  const equalRule = p.orderRule === 'equal';
  const capacityRule = p.orderRule === 'capacity';
  const month = w.month;
  for (let q = 0; q < n; q++) {
    const i = members[q];
    const cap = pop.capacity(i, p);
    // What the workshop can really deliver: labour, or what its working capital finances.
    const deliverable = Math.min(cap, pop.financeable(i, perPiece));
    const years = 1 + (month - joined[i]) / 12;
    let rule: number;
    if (equalRule) rule = 1;
    else if (capacityRule) rule = deliverable;
    else rule = years * (0.5 + trustInAssociation[i]);
    const c = C === 1 ? 0 : i % C;
    if (!fair[c]) rule *= years;
    // Store both weights temporarily: orders holds the rule weight, made the direct weight.
    orders[i] = rule;
    const price = priceOf[i];
    if (price !== priceA) {
      if (price !== priceB) {
        priceB = price;
        shiftB = Math.pow(price / p.pricePerPiece, -p.priceElasticity);
      }
      // Swap, so that A is the price seen last.
      const ps = priceA;
      const ss = shiftA;
      priceA = priceB;
      shiftA = shiftB;
      priceB = ps;
      shiftB = ss;
    }
    made[i] = cap * shiftA;
    sumRule[c] += orders[i];
    sumDirect += made[i];
  }
  memo[POW.priceA] = priceA;
  memo[POW.shiftA] = shiftA;
  memo[POW.priceB] = priceB;
  memo[POW.shiftB] = shiftB;
  for (let q = 0; q < n; q++) {
    const i = members[q];
    const c = C === 1 ? 0 : i % C;
    // A cluster's association brokers its members' share of the bulk orders.
    const share = C === 1 ? brokered : (brokered * count[c]) / n;
    orders[i] = (sumRule[c] > 0 ? (share * orders[i]) / sumRule[c] : 0) + (sumDirect > 0 ? (direct * made[i]) / sumDirect : 0);
    made[i] = 0;
  }
}
