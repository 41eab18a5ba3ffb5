import { AGENCY, BANK, PRODUCERS } from '../agents/ids.js';
import type { Rng } from '../engine/rng.js';
import type { World } from '../world.js';
import { bindingOf, crowdFactor } from './binding.js';
import { EV } from './record.js';
import { build, erode } from './trust.js';

/**
 * Promises, kept or denied. The probability of keeping one rises with the promiser's
 * shared motivation (its view on the common purpose, crowded out if an agreement was
 * imposed on it) and reputational concern (the trust others place in it) and, for a
 * party bound by an MoU, with the expected sanction m·F; it falls with the cost of the
 * promised action, which clear roles reduce. A promiser without the budget, staff or
 * funds to deliver cannot keep it: that promise is denied outright (Bitterman &
 * Koliba 2020: an under-resourced convener becomes the bottleneck). Without an MoU,
 * m·F = 0: the promise is "only coordinative" and can be denied at no formal cost.
 *
 * A monitor may check the outcome: MoU monitoring for a bound party, or a peer check
 * (the association watching its members' prices). A denial found by MoU monitoring
 * is sanctioned. Checks and sanctions are recorded: governance is scored from them.
 */

/** Verdict flags returned by `decide`. */
export const KEPT = 1;
export const CHECKED = 2;
export const SANCTIONED = 4;

/** Probability of keeping a promise at promise-keeping score x (exported: the explorer states it in words). */
export function logistic(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/**
 * Decides one promise by stakeholder `s` (0-3) with the calling process's random
 * stream. `view` and `reputation` in [0,1]; `unable` when the promiser lacks the
 * means to deliver; `temptation` an extra cost (e.g. the gain from undercutting);
 * `peerCheck` the probability that a non-MoU monitor checks it. Returns verdict flags.
 */
export function decide(
  w: World,
  s: number,
  view: number,
  reputation: number,
  unable: boolean,
  rng: Rng,
  temptation = 0,
  peerCheck = 0,
): number {
  const p = w.p;
  const b = bindingOf(w, s);
  const m = b * p.mouMonitoring;
  const cost = rng.exponential(p.promiseCost) * (1 - b * p.mouRoleClarity) + temptation;
  const z =
    p.commitBase + p.motivationWeight * view * crowdFactor(w, s) + p.reputationWeight * reputation + m * p.mouSanction - cost;
  // Every draw is made whatever the outcome, so the stream does not depend on budgets or the MoU.
  const kept = rng.next() < logistic(z) && !unable;
  const u = rng.next();
  const mouCheck = u < m;
  const checked = mouCheck || u < m + (1 - m) * peerCheck;
  w.rec.window.add(kept ? EV.kept : EV.denied);
  return checked ? recordCheck(w, kept, mouCheck) : kept ? KEPT : 0;
}

/**
 * Records a checked promise, a detected denial and its sanction; returns the verdict
 * flags. Apart from `decide` (about one promise in three is checked) to keep the
 * common path of `decide` short.
 */
function recordCheck(w: World, kept: boolean, mouCheck: boolean): number {
  const win = w.rec.window;
  win.add(EV.checked);
  if (kept) return KEPT | CHECKED;
  win.add(EV.detected);
  if (!(mouCheck && w.p.mouSanction > 0)) return CHECKED;
  win.add(EV.sanctioned);
  return CHECKED | SANCTIONED;
}

/** Relief from trust loss for a detected, sanctioned denial (Poppo & Zenger 2002). */
export function relief(w: World, flags: number): number {
  return flags & SANCTIONED ? w.p.contractTrustComplement : 0;
}

/**
 * A promise by institution `s` (0-2) to other institutions (bit mask over 0-2) and to
 * some producers (indices in `to`, first `n` of them). Updates the recipients' trust
 * in the promiser and returns the verdict flags.
 */
export function institutionPromise(
  w: World,
  s: number,
  view: number,
  unable: boolean,
  institutions: number,
  to: Int32Array | null,
  n: number,
  rng: Rng,
): number {
  const v = decide(w, s, view, w.reputation[s], unable, rng);
  const p = w.p;
  const kept = (v & KEPT) !== 0;
  const r = relief(w, v);
  // Small wins (Ansell & Gash 2008): a kept promise also strengthens the recipient's
  // commitment to the common purpose, a denied one weakens it.
  const g = kept ? p.smallWinsGain : -p.smallWinsGain;
  for (let j = 0; j < 3; j++) {
    if (j === s || !(institutions & (1 << j))) continue;
    const k = j * 4 + s;
    if (kept) build(w.instTrust, w.instDamage, k, p);
    else erode(w.instTrust, w.instDamage, k, w.dependence[k], r, p);
    const inst = j === AGENCY ? w.agency : j === BANK ? w.bank : w.association;
    inst.view = nudge(inst.view, g);
  }
  if (to) {
    const pop = w.producers;
    const trust = pop.trust[s];
    const damage = pop.damage[s];
    for (let q = 0; q < n; q++) {
      const i = to[q];
      if (kept) build(trust, damage, i, p);
      else erode(trust, damage, i, producerDependence(w, i, s), r, p);
      pop.view[i] = nudge(pop.view[i], g);
    }
  }
  return v;
}

/** Moves a view in [0,1] by share g of the distance to 1 (g > 0) or to 0 (g < 0). */
function nudge(view: number, g: number): number {
  return g >= 0 ? view + g * (1 - view) : view + g * view;
}

/**
 * A promise by producer i (keeping the standard price) to
 * institutions in the bit mask; their trust toward the producers moves.
 */
export function producerPromise(w: World, i: number, institutions: number, temptation: number, rng: Rng, peerCheck = 0): number {
  const pop = w.producers;
  const v = decide(w, PRODUCERS, pop.view[i], w.reputation[PRODUCERS], false, rng, temptation, peerCheck);
  // One workshop's act is 1/n of the group's record.
  const weight = 1 / Math.max(1, pop.count);
  if (!(v & KEPT)) settleProducerDenial(w, institutions, relief(w, v), weight);
  else {
    for (let j = 0; j < 3; j++) if (institutions & (1 << j)) build(w.instTrust, w.instDamage, j * 4 + PRODUCERS, w.p, weight);
  }
  return v;
}

/** Trust loss of institutions toward the producers after a producer denies a promise (e.g. a default). */
export function settleProducerDenial(w: World, institutions: number, relief: number, weight: number): void {
  for (let j = 0; j < 3; j++) {
    if (!(institutions & (1 << j))) continue;
    const k = j * 4 + PRODUCERS;
    erode(w.instTrust, w.instDamage, k, w.dependence[k], relief, w.p, weight);
  }
}

/**
 * Resource dependence (Pfeffer & Salancik): a producer depends on an institution as
 * much as the institution's resources outweigh the producer's own capital.
 */
export function producerDependence(w: World, i: number, s: number): number {
  const r = w.resources[s];
  const own = Math.max(0, w.producers.capital[i]);
  return r + own > 0 ? r / (r + own) : 0;
}
