import type { Params } from '../params/index.js';
import type { World } from '../world.js';

/**
 * Asymmetric trust (Slovic 1993; Pant & Yu 2025): a kept promise closes a share
 * `trustBuild` of the gap to the cap, a denied one removes a share `trustErosion` of
 * current trust, amplified by the truster's dependence on the trustee, and adds
 * reputation damage that caps trust and fades slowly. Trust never moves on its own
 * with time (Vanneste et al. 2014): only experiences change it.
 *
 * Each function updates entry i of a trust array and its matching damage array.
 */
export function build(trust: Float64Array, damage: Float64Array, i: number, p: Params, weight = 1): void {
  const cap = 1 - damage[i];
  if (trust[i] < cap) trust[i] += weight * p.trustBuild * (cap - trust[i]);
}

/**
 * `relief` in [0,1]: share of the loss avoided (an explained, sanctioned denial under an MoU).
 * `weight` in (0,1]: trust in a group (e.g. "the producers") moves by 1/n of a full
 * experience per member's act, so a group's trust is the average of its members' record.
 */
export function erode(
  trust: Float64Array,
  damage: Float64Array,
  i: number,
  dependence: number,
  relief: number,
  p: Params,
  weight = 1,
): void {
  const keep = (1 - relief) * weight;
  const loss = Math.min(1, p.trustErosion * (1 + p.dependenceAmplifier * dependence) * keep);
  trust[i] -= loss * trust[i];
  damage[i] = Math.min(1, damage[i] + p.reputationHit * keep);
  if (trust[i] > 1 - damage[i]) trust[i] = 1 - damage[i];
}

/** Reputation damage fades by `reputationDecay` a month. */
export function heal(damage: Float64Array, p: Params, n = damage.length): void {
  const decay = p.reputationDecay;
  for (let i = 0; i < n; i++) {
    const d = damage[i] - decay;
    damage[i] = d > 0 ? d : 0;
  }
}

/** Mean of the 12 directed trust relations among agency, bank, association and producers. */
export function meanDirectedTrust(w: World): number {
  const pop = w.producers;
  const [tr0, tr1, tr2] = pop.trust;
  let t = 0;
  for (let i = 0; i < pop.size; i++) if (pop.active[i]) t += tr0[i] + tr1[i] + tr2[i];
  return meanDirectedTrustOf(w, t);
}

/** The same, given the sum over active workshops of their trust in the three institutions. */
export function meanDirectedTrustOf(w: World, producerTrust: number): number {
  let s = 0;
  for (let a = 0; a < 3; a++) for (let b = 0; b < 4; b++) if (a !== b) s += w.instTrust[a * 4 + b];
  if (w.producers.count > 0) s += producerTrust / w.producers.count;
  return s / 12;
}
