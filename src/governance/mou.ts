import { AGENCY, BANK } from '../agents/producers.js';
import type { World } from '../world.js';
import { meanDirectedTrust } from './deseve.js';

/**
 * The MoU (joint decree) is a set of parameters, not a switch: when it is signed,
 * by whom, how it is enforced, how often members meet, whether it opens a feedback
 * channel or a pooled fund, whether it lapses, and how it was adopted.
 */

/** Is stakeholder s (0 agency, 1 bank, 2 association, 3 producers) bound by an MoU in force? */
export function isBound(w: World, s: number): boolean {
  if (!w.mouInForce) return false;
  return w.p.mouSignatories === 'all' || s === AGENCY || s === BANK;
}


/**
 * Signing, lapsing and the pooled fund. A negotiated MoU is signed at mouSignMonth
 * or as soon as mean trust reaches mouMinTrust afterwards; an imposed one is signed
 * on the date regardless (DeCaro et al. 2015).
 */
export function updateMou(w: World): void {
  const p = w.p;
  const signAt = p.mouSignMonth - 1; // parameter months are 1-based
  if (w.mouSigned < 0 && p.mouSignMonth > 0 && w.month >= signAt) {
    if (p.mouAdoption === 'imposed' || meanDirectedTrust(w) >= p.mouMinTrust) {
      w.mouSigned = w.month;
      w.mouInForce = true;
      if (p.mouAdoption === 'imposed') crowdOut(w);
    }
  }
  if (w.mouInForce && p.mouTermMonths > 0 && w.month - w.mouSigned >= p.mouTermMonths) w.mouInForce = false;
  if (w.mouInForce && p.mouPooledFund > 0) {
    // Agency and bank pay in equal monthly shares.
    const each = p.mouPooledFund / 12 / 2;
    const fromAgency = Math.min(each, Math.max(0, w.agency.budgetLeft));
    const fromBank = Math.min(each, Math.max(0, w.bank.funds));
    w.agency.budgetLeft -= fromAgency;
    w.bank.funds -= fromBank;
    w.pooledFund += fromAgency + fromBank;
  }
}

/**
 * An imposed agreement crowds out the voluntary commitment of those it is imposed
 * on (DeCaro, Janssen & Lee 2015): the association's and producers' agreement with
 * the common purpose drops by the crowd-out share at signing. Meetings can rebuild it.
 */
function crowdOut(w: World): void {
  const k = 1 - w.p.imposedCrowdOut;
  w.association.view *= k;
  const pop = w.producers;
  for (let i = 0; i < pop.size; i++) pop.view[i] *= k;
}
