import { ASSOCIATION, PRODUCERS } from '../agents/producers.js';
import { WIN, type World } from '../world.js';
import { isBound } from './mou.js';

/**
 * DeSeve's (2007) eight items of a working network, as used by Sudarmo (2011) and
 * scored by Lukito & Haryanto (2016). Each is computed from the model state every
 * month, in [0,1]; none is ever set directly. Windows are the last 12 months unless
 * said otherwise; rates use a Beta(1,1) prior, (x+1)/(n+2), so a quiet year reads 0.5
 * rather than 0 or 1 (Jøsang & Ismail 2002).
 */
export const DESEVE_ITEMS = [
  'networkedStructure',
  'commitment',
  'trust',
  'governance',
  'accessToAuthority',
  'accountability',
  'informationSharing',
  'accessToResources',
] as const;
export type DeSeveItem = (typeof DESEVE_ITEMS)[number];

export const DESEVE_DESCRIPTIONS: Record<DeSeveItem, string> = {
  networkedStructure:
    'Networked structure: half the density of working ties (pairs of the four stakeholders that interacted in the last 12 months), half the regularity of coordination (1 - coefficient of variation of the gaps between the last meetings, scaled by meetings/4 a year). Ties that exist but meet incidentally score medium.',
  commitment:
    'Commitment to a common purpose: share of promises kept (Beta-smoothed, 12 months) times the stakeholders\' mean agreement with the common purpose. A purpose that is agreed but can be denied scores medium-low.',
  trust: 'Trust among participants: mean directed trust over the 12 pairs of the four stakeholders (producers\' trust averaged over active workshops).',
  governance:
    'Governance: half the share of the 6 stakeholder pairs bound by agreed written rules (MoU pairs; the association\'s price standard counts for the producer-association pair in proportion to compliance), half the share of denials that were detected and sanctioned.',
  accessToAuthority:
    'Access to authority: share of producers\' proposals that got a decision from the agency before expiring (Beta-smoothed, 12 months).',
  accountability:
    'Distributive accountability/responsibility: share of programme events (training, exhibitions, socialisation) planned and run jointly by more than one stakeholder (Beta-smoothed, 12 months).',
  informationSharing:
    'Information sharing: 3/4 reach (share of workshops that received stakeholder information in the last 3 months) plus 1/4 two-way balance (upward reports / downward messages, capped at 1).',
  accessToResources:
    'Access to resources (producers\' side): half capital adequacy (mean working capital relative to what a full-size workshop needs, capped at 1), half external reach (share of workshops that received a loan or aid in the last 12 months).',
};

function rate(x: number, n: number): number {
  return (x + 1) / (n + 2);
}

/**
 * Sums over the active workshops that the indicators need, filled by the recorder
 * (`record` in model.ts) in its single pass over the workshops each month.
 */
export class ProducerTotals {
  /** Sum over workshops of their trust in agency + bank + association. */
  trust = 0;
  /** Sum of views on the common purpose. */
  view = 0;
  /** Workshops informed in the last 3 months. */
  informed = 0;
  /** Sum of capital adequacy, min(1, capital / capital of a full-size workshop). */
  adequacy = 0;
  /** Workshops that received a loan or aid in the last 12 months. */
  resourced = 0;
}

/** Writes the eight scores, in DESEVE_ITEMS order, into out[0..7]. */
export function computeDeSeve(w: World, out: Float64Array, totals: ProducerTotals): void {
  const win = w.window;
  const pop = w.producers;

  // 1. networked structure
  let ties = 0;
  for (let a = 0; a < 4; a++) for (let b = a + 1; b < 4; b++) if (w.month - w.lastContact[a * 4 + b] < 12) ties++;
  out[0] = 0.5 * (ties / 6) + 0.5 * regularity(w);

  // 2. commitment to a common purpose
  const kept = win.sum(WIN.kept);
  const denied = win.sum(WIN.denied);
  const producerView = pop.count > 0 ? totals.view / pop.count : 0;
  const agreement = (w.agency.view + w.bank.view + w.association.view + producerView) / 4;
  out[1] = rate(kept, kept + denied) * agreement;

  // 3. trust among participants
  out[2] = meanDirectedTrustOf(w, totals.trust);

  // 4. governance: agreed rules and their enforcement
  const compliance = 1 - rate(win.sum(WIN.undercuts), win.sum(WIN.priceDecisions));
  let covered = 0;
  for (let a = 0; a < 4; a++)
    for (let b = a + 1; b < 4; b++) {
      if (isBound(w, a) && isBound(w, b)) covered += 1;
      else if (a === ASSOCIATION && b === PRODUCERS) covered += compliance;
    }
  out[3] = 0.5 * (covered / 6) + 0.5 * (denied > 0 ? win.sum(WIN.detected) / denied : 0);

  // 5. access to authority
  const decided = win.sum(WIN.decided);
  out[4] = rate(decided, decided + win.sum(WIN.expired));

  // 6. distributive accountability / responsibility
  out[5] = rate(win.sum(WIN.jointEvents), win.sum(WIN.events));

  // 7. information sharing
  const n = Math.max(1, pop.count);
  const down = win.sum(WIN.infoDown);
  out[6] = 0.75 * (totals.informed / n) + 0.25 * (down > 0 ? Math.min(1, win.sum(WIN.infoUp) / down) : 0);

  // 8. access to resources
  out[7] = 0.5 * (totals.adequacy / n) + 0.5 * (totals.resourced / n);
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

/** Regularity of coordination: 1 - CV of gaps between recent meetings, times meeting frequency (4+/year = 1). */
function regularity(w: World): number {
  const k = Math.min(w.meetingCount, w.meetingMonths.length);
  const perYear = w.window.sum(WIN.meetings);
  if (k < 3 || perYear < 2) return 0;
  let mean = 0;
  for (let j = 0; j + 1 < k; j++) mean += recentMeeting(w, j) - recentMeeting(w, j + 1);
  mean /= k - 1;
  let v = 0;
  for (let j = 0; j + 1 < k; j++) v += (recentMeeting(w, j) - recentMeeting(w, j + 1) - mean) ** 2;
  const cv = Math.sqrt(v / (k - 1)) / mean;
  return Math.max(0, 1 - cv) * Math.min(1, perYear / 4);
}

/** Month of the j-th most recent meeting (0 = the last one). */
function recentMeeting(w: World, j: number): number {
  return w.meetingMonths[(w.meetingCount - 1 - j) % w.meetingMonths.length];
}
