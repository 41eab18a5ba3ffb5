import { AGENCY, ASSOCIATION, BANK } from '../agents/ids.js';
import { FLOW, spendPublic } from '../economy/accounts.js';
import { isSignatory } from './binding.js';
import type { Rng } from '../engine/rng.js';
import type { World } from '../world.js';
import { decide, KEPT } from './commitments.js';
import { meanDirectedTrust } from './trust.js';

/**
 * The MoU (joint decree) is a set of parameters, not a switch: when it is signed, by
 * whom, how it is adopted, how it is enforced, how often members meet, whether it
 * opens a channel for proposals or a pooled fund, and whether it lapses. None of it
 * acts on an outcome directly: it changes the incentives and occasions of the
 * stakeholders' decisions (commitments.ts, meetings.ts, agency.ts), and the
 * indicators see only what they then do.
 */

/**
 * Signing, lapsing and the pooled fund. A negotiated MoU is signed at mouSignMonth or
 * later, once mean trust reaches mouMinTrust and the signatory institutions have met
 * together mouNegotiationMeetings times since negotiation began; an imposed one is
 * signed on the date regardless (DeCaro et al. 2015).
 */
export function updateMou(w: World): void {
  const p = w.p;
  const mou = w.mou;
  const signAt = p.mouSignMonth - 1; // parameter months are 1-based
  if (mou.signed < 0 && p.mouSignMonth > 0 && w.month >= signAt) {
    const agreed =
      p.mouAdoption === 'imposed' ||
      (meanDirectedTrust(w) >= p.mouMinTrust && mou.negotiationMeetings >= p.mouNegotiationMeetings);
    if (agreed) {
      mou.signed = w.month;
      mou.inForce = true;
      mou.binding = 1;
      if (p.mouAdoption === 'imposed') crowdOut(w);
    }
  }
  if (mou.inForce && p.mouTermMonths > 0 && w.month - mou.signed >= p.mouTermMonths) mou.inForce = false;
  if (!mou.inForce && mou.binding > 0) mou.binding *= 1 - p.routineDecay;
  if (mou.inForce && p.mouPooledFund > 0) contribute(w, w.rng.mou);
}

/** Is the MoU being negotiated (signing date reached, not yet signed)? */
export function negotiating(w: World): boolean {
  return w.mou.signed < 0 && w.p.mouSignMonth > 0 && w.month >= w.p.mouSignMonth - 1 && w.p.mouAdoption === 'negotiated';
}

/**
 * Monthly contributions to the pooled fund, each a promise of its contributor: the
 * agency pays from the budget line the agreement earmarks (new city money), the bank
 * from its lending funds.
 */
function contribute(w: World, rng: Rng): void {
  const p = w.p;
  const each = p.mouPooledFund / 12 / 2;
  if (decide(w, AGENCY, w.agency.view, w.reputation[AGENCY], false, rng) & KEPT) {
    w.ledger.in(each);
    w.pooledFund += each;
    spendPublic(w, FLOW.agencyFund, each);
  }
  const short = w.bank.funds < each;
  if (decide(w, BANK, w.bank.view, w.reputation[BANK], short, rng) & KEPT) {
    w.bank.funds -= each;
    w.pooledFund += each;
    spendPublic(w, FLOW.bankFund, each);
  }
}

/**
 * An imposed agreement crowds out the voluntary commitment of those it is imposed on
 * and lowers their trust in those who imposed it (DeCaro, Janssen & Lee 2015: imposed
 * rules are seen as less fair, and internalised motivation and trust fall): the
 * association's and producers' agreement with the common purpose, and their trust in
 * the agency and the bank, drop by the crowd-out share at signing. Kept promises and
 * meetings can rebuild both.
 */
function crowdOut(w: World): void {
  const k = 1 - w.p.imposedCrowdOut;
  if (!isSignatory(w, ASSOCIATION)) return;
  w.association.view *= k;
  w.instTrust[ASSOCIATION * 4 + AGENCY] *= k;
  w.instTrust[ASSOCIATION * 4 + BANK] *= k;
  const pop = w.producers;
  for (let i = 0; i < pop.size; i++) {
    pop.view[i] *= k;
    pop.trust[AGENCY][i] *= k;
    pop.trust[BANK][i] *= k;
  }
}
