import { ASSOCIATION, PRODUCERS } from '../agents/producers.js';
import type { World } from '../world.js';
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

/** Writes the eight scores, in DESEVE_ITEMS order, into out[0..7]. */
export function computeDeSeve(w: World, out: Float64Array): void {
  const p = w.p;
  const win = w.window;
  const pop = w.producers;

  // 1. networked structure
  let ties = 0;
  for (let a = 0; a < 4; a++) for (let b = a + 1; b < 4; b++) if (w.month - w.lastContact[a * 4 + b] < 12) ties++;
  out[0] = 0.5 * (ties / 6) + 0.5 * regularity(w);

  // 2. commitment to a common purpose
  const kept = win.sum('kept');
  const denied = win.sum('denied');
  let producerView = 0;
  for (let i = 0; i < pop.size; i++) if (pop.active[i]) producerView += pop.view[i];
  producerView = pop.count > 0 ? producerView / pop.count : 0;
  const agreement = (w.agency.view + w.bank.view + w.association.view + producerView) / 4;
  out[1] = rate(kept, kept + denied) * agreement;

  // 3. trust among participants
  out[2] = meanDirectedTrust(w);

  // 4. governance: agreed rules and their enforcement
  const compliance = 1 - rate(win.sum('undercuts'), win.sum('priceDecisions'));
  let covered = 0;
  for (let a = 0; a < 4; a++)
    for (let b = a + 1; b < 4; b++) {
      if (isBound(w, a) && isBound(w, b)) covered += 1;
      else if (a === ASSOCIATION && b === PRODUCERS) covered += compliance;
    }
  out[3] = 0.5 * (covered / 6) + 0.5 * (denied > 0 ? win.sum('detected') / denied : 0);

  // 5. access to authority
  const decided = win.sum('decided');
  out[4] = rate(decided, decided + win.sum('expired'));

  // 6. distributive accountability / responsibility
  out[5] = rate(win.sum('jointEvents'), win.sum('events'));

  // 7. information sharing
  let informed = 0;
  let adequacy = 0;
  let resourced = 0;
  const full = p.capitalPerWorker * p.maxWorkers;
  for (let i = 0; i < pop.size; i++) {
    if (!pop.active[i]) continue;
    if (w.month - pop.informedAt[i] < 3) informed++;
    adequacy += Math.min(1, Math.max(0, pop.capital[i]) / full);
    if (pop.resourcedAt[i] >= 0 && w.month - pop.resourcedAt[i] < 12) resourced++;
  }
  const n = Math.max(1, pop.count);
  const down = win.sum('infoDown');
  out[6] = 0.75 * (informed / n) + 0.25 * (down > 0 ? Math.min(1, win.sum('infoUp') / down) : 0);

  // 8. access to resources
  out[7] = 0.5 * (adequacy / n) + 0.5 * (resourced / n);
}

/** Mean of the 12 directed trust relations among agency, bank, association and producers. */
export function meanDirectedTrust(w: World): number {
  let s = 0;
  for (let a = 0; a < 3; a++) for (let b = 0; b < 4; b++) if (a !== b) s += w.instTrust[a * 4 + b];
  const pop = w.producers;
  let t = 0;
  for (let i = 0; i < pop.size; i++) if (pop.active[i]) t += pop.trust[0][i] + pop.trust[1][i] + pop.trust[2][i];
  if (pop.count > 0) s += t / pop.count;
  return s / 12;
}

/** Regularity of coordination: 1 - CV of gaps between recent meetings, times meeting frequency (4+/year = 1). */
function regularity(w: World): number {
  const k = Math.min(w.meetingCount, w.meetingMonths.length);
  const perYear = w.window.sum('meetings');
  if (k < 3 || perYear < 2) return 0;
  const months: number[] = [];
  for (let j = 0; j < k; j++) months.push(w.meetingMonths[(w.meetingCount - 1 - j) % w.meetingMonths.length]);
  let mean = 0;
  for (let j = 0; j + 1 < k; j++) mean += months[j] - months[j + 1];
  mean /= k - 1;
  let v = 0;
  for (let j = 0; j + 1 < k; j++) v += (months[j] - months[j + 1] - mean) ** 2;
  const cv = Math.sqrt(v / (k - 1)) / mean;
  return Math.max(0, 1 - cv) * Math.min(1, perYear / 4);
}

