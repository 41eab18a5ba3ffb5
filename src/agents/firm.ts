import { exhibitionEffect } from '../economy/demand.js';
import { contains } from '../engine/select.js';
import type { World } from '../world.js';

/**
 * The outside firm (PT Danar Hadi): not a member of the network, it now and then
 * offers producers an exhibition with all costs covered, unasked. Pure market
 * linkage: no budget of the network is used and no promise is involved.
 */
export function firmOffer(w: World): void {
  const p = w.p;
  const pop = w.producers;
  if (pop.count === 0 || !w.rng.firm.chance(p.firmOfferProb)) return;
  let n = 0;
  for (let tries = 0; tries < pop.size * 2 && n < Math.min(p.firmOfferSlots, pop.count); tries++) {
    const i = w.rng.firm.int(pop.size);
    if (pop.active[i] && !contains(w.order, n, i)) w.order[n++] = i;
  }
  exhibitionEffect(w, w.order, n);
}
