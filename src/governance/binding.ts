import { AGENCY, ASSOCIATION, BANK } from '../agents/ids.js';
import type { World } from '../world.js';

/**
 * How an MoU binds each stakeholder: read by every decision that an agreement can
 * change (promises, attendance, proposals). Kept apart from mou.ts, which signs and
 * runs the agreement, so that decisions and the agreement do not import each other.
 */

/** Is stakeholder s (0 agency, 1 bank, 2 association, 3 producers) a signatory of a signed MoU? */
export function isSignatory(w: World, s: number): boolean {
  return w.mou.signed >= 0 && (w.p.mouSignatories === 'all' || s === AGENCY || s === BANK);
}

/**
 * How strongly the agreement binds stakeholder s now, in [0,1]: 1 for a signatory
 * while the MoU is in force, fading after a lapse (routines and monitoring outlive
 * the text for a while), 0 otherwise.
 */
export function bindingOf(w: World, s: number): number {
  return isSignatory(w, s) ? w.mou.binding : 0;
}

/**
 * Motivation multiplier of stakeholder s: an imposed agreement crowds out the
 * voluntary cooperation of those it is imposed on (association and producers;
 * DeCaro, Janssen & Lee 2015) as far as it binds them (fading after a lapse).
 */
export function crowdFactor(w: World, s: number): number {
  return w.p.mouAdoption === 'imposed' && s >= ASSOCIATION ? 1 - w.p.imposedCrowdOut * bindingOf(w, s) : 1;
}
