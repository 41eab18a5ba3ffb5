import { ASSOCIATION, PRODUCERS } from '../agents/producers.js';
import { WIN, type World } from '../world.js';
import { isBound } from './mou.js';
import { build, erode } from './trust.js';

/**
 * Promises, kept or denied. The probability of keeping one rises with the promiser's
 * shared motivation (its view on the common purpose) and reputational concern (the
 * trust others place in it) and, for a party bound by an MoU, with the expected
 * sanction m·F; it falls with the cost of the promised action, which clear roles
 * reduce. A promiser without the budget, staff or funds to deliver cannot keep it:
 * that promise is denied outright (Bitterman & Koliba 2020: an under-resourced
 * convener becomes the bottleneck). Without an MoU, m·F = 0: the promise is
 * "only coordinative" and can be denied at no formal cost.
 */
export interface Verdict {
  kept: boolean;
  /** A denial seen by MoU monitoring (and sanctioned). */
  detected: boolean;
}

const verdict: Verdict = { kept: true, detected: false };

function logistic(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/**
 * Decides one promise by stakeholder `s` (0-3). `view` and `reputation` in [0,1];
 * `unable` when the promiser lacks the budget, staff or funds to deliver; `temptation` is an
 * extra cost (e.g. the gain from undercutting). Returns a shared object: read it at once.
 */
export function decide(w: World, s: number, view: number, reputation: number, unable: boolean, temptation = 0): Verdict {
  const p = w.p;
  const bound = isBound(w, s);
  const motivation = bound && p.mouAdoption === 'imposed' && s >= ASSOCIATION ? view * (1 - p.imposedCrowdOut) : view;
  const enforcement = bound ? p.mouMonitoring * p.mouSanction : 0;
  const cost =
    w.rng.exponential(p.promiseCost) * (bound ? 1 - p.mouRoleClarity : 1) + temptation;
  const z = p.commitBase + p.motivationWeight * motivation + p.reputationWeight * reputation + enforcement - cost;
  // Draw even when unable, so that the random stream does not depend on budgets.
  verdict.kept = w.rng.next() < logistic(z) && !unable;
  verdict.detected = !verdict.kept && bound && w.rng.chance(p.mouMonitoring);
  w.window.add(verdict.kept ? WIN.kept : WIN.denied);
  if (verdict.detected) {
    w.window.add(WIN.detected);
    w.window.add(WIN.sanctioned);
  }
  return verdict;
}

/** Relief from trust loss for a detected, sanctioned denial (Poppo & Zenger 2002). */
export function relief(w: World, v: Verdict): number {
  return v.detected ? w.p.contractTrustComplement : 0;
}

/**
 * A promise by institution `s` (0-2) to other institutions (bit mask over 0-2) and to
 * some producers (indices in `to`, first `n` of them). Updates the recipients' trust
 * in the promiser and returns the verdict.
 */
export function institutionPromise(
  w: World,
  s: number,
  view: number,
  unable: boolean,
  institutions: number,
  to: Int32Array | null,
  n: number,
): Verdict {
  const v = decide(w, s, view, w.reputation[s], unable);
  const p = w.p;
  const r = relief(w, v);
  for (let j = 0; j < 3; j++) {
    if (j === s || !(institutions & (1 << j))) continue;
    const k = j * 4 + s;
    if (v.kept) build(w.instTrust, w.instDamage, k, p);
    else erode(w.instTrust, w.instDamage, k, w.dependence[k], r, p);
  }
  if (to) {
    const pop = w.producers;
    const trust = pop.trust[s];
    const damage = pop.damage[s];
    for (let q = 0; q < n; q++) {
      const i = to[q];
      if (v.kept) build(trust, damage, i, p);
      else erode(trust, damage, i, producerDependence(w, i, s), r, p);
    }
  }
  return v;
}

/**
 * A promise by producer i (keeping the standard price, repaying a loan) to
 * institutions in the bit mask; their trust toward the producers moves.
 */
export function producerPromise(w: World, i: number, institutions: number, temptation: number): Verdict {
  const pop = w.producers;
  const v = decide(w, PRODUCERS, pop.view[i], w.reputation[PRODUCERS], false, temptation);
  // One workshop's act is 1/n of the group's record.
  const weight = 1 / Math.max(1, pop.count);
  if (!v.kept) settleProducerDenial(w, institutions, v, weight);
  else {
    for (let j = 0; j < 3; j++) if (institutions & (1 << j)) build(w.instTrust, w.instDamage, j * 4 + PRODUCERS, w.p, weight);
  }
  return v;
}

/** Trust loss of institutions toward the producers after a producer denies a promise (e.g. a default). */
export function settleProducerDenial(w: World, institutions: number, v: Verdict, weight: number): void {
  const r = relief(w, v);
  for (let j = 0; j < 3; j++) {
    if (!(institutions & (1 << j))) continue;
    const k = j * 4 + PRODUCERS;
    erode(w.instTrust, w.instDamage, k, w.dependence[k], r, w.p, weight);
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
