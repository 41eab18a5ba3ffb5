import { EV, type BehaviourRecord } from './record.js';

/**
 * DeSeve's (2007) eight items of a working network, as used by Sudarmo (2011) and
 * scored by Lukito & Haryanto (2016). Each is computed every month, in [0,1], from the
 * behaviour record alone: `computeDeSeve` receives no parameters and no MoU settings,
 * so a score moves only when what the stakeholders did moves. Windows are the last 12
 * months; rates use a Beta(1,1) prior, (x+1)/(n+2), so a quiet year reads 0.5 rather
 * than 0 or 1 (Jøsang & Ismail 2002). docs/ODD.md §7.14 gives each formula, the
 * behaviour it reads and how the paper's low/medium/high map to numbers.
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
    'Networked structure: half the density of working ties (pairs of the four stakeholders that worked together in the last 12 months), half the regularity of the meetings actually held (1 - coefficient of variation of their gaps, scaled by meetings/4 a year) times the share of invited institutions that came.',
  commitment:
    'Commitment to a common purpose: share of promises kept (Beta-smoothed, 12 months) times the stakeholders\' mean agreement with the common purpose.',
  trust: 'Trust among participants: mean directed trust over the 12 pairs of the four stakeholders (producers\' trust averaged over active workshops).',
  governance:
    'Governance: share of promises whose outcome a monitor checked, times the mean of compliance among checked promises and the share of detected denials that were sanctioned (Beta-smoothed; 12 months). Rules nobody checks score 0.',
  accessToAuthority:
    'Access to authority: share of producers\' proposals that got a decision before expiring (Beta-smoothed, 12 months), weighted by timeliness (1/2 + 1/2 / mean months waited).',
  accountability:
    'Distributive accountability/responsibility: share of programme events (training, exhibitions, socialisation) and joint order plans carried out jointly by more than one stakeholder (Beta-smoothed, 12 months).',
  informationSharing:
    'Information sharing: 3/4 reach (share of workshops that received stakeholder information in the last 3 months) plus 1/4 two-way balance (reports up / messages down, capped at 1).',
  accessToResources:
    'Access to resources (producers\' side): geometric mean of the share of workshop-months in which working capital did not limit production and the share of workshops that obtained a loan, aid or an order-backed advance in the last 12 months (12 months).',
};

function rate(x: number, n: number): number {
  return (x + 1) / (n + 2);
}

/** Writes the eight scores, in DESEVE_ITEMS order, into out[0..7], from the behaviour record only. */
export function computeDeSeve(rec: BehaviourRecord, out: Float64Array): void {
  const win = rec.window;
  const survey = rec.survey;

  // 1. networked structure: ties that were used, and coordination that was regular and attended
  let ties = 0;
  for (let a = 0; a < 4; a++) for (let b = a + 1; b < 4; b++) if (rec.month - rec.lastContact[a * 4 + b] < 12) ties++;
  const invited = win.sum(EV.invited);
  const attendance = invited > 0 ? win.sum(EV.attended) / invited : 0;
  out[0] = 0.5 * (ties / 6) + 0.5 * regularity(rec) * attendance;

  // 2. commitment to a common purpose
  const kept = win.sum(EV.kept);
  const denied = win.sum(EV.denied);
  out[1] = rate(kept, kept + denied) * survey.agreement;

  // 3. trust among participants
  out[2] = survey.trust;

  // 4. governance: rules that are monitored, complied with and enforced
  const promises = kept + denied;
  const checked = win.sum(EV.checked);
  const detected = win.sum(EV.detected);
  const monitored = promises > 0 ? Math.min(1, checked / promises) : 0;
  const compliance = checked > 0 ? 1 - detected / checked : 0;
  const enforcement = rate(win.sum(EV.sanctioned), detected);
  out[3] = monitored * 0.5 * (compliance + enforcement);

  // 5. access to authority: proposals decided, and how soon
  const decided = win.sum(EV.decided);
  const delay = decided > 0 ? win.sum(EV.decisionDelay) / decided : 1;
  out[4] = rate(decided, decided + win.sum(EV.expired)) * (0.5 + 0.5 / Math.max(1, delay));

  // 6. distributive accountability / responsibility
  out[5] = rate(win.sum(EV.jointEvents), win.sum(EV.events));

  // 7. information sharing
  const down = win.sum(EV.infoDown);
  out[6] = 0.75 * survey.informed + 0.25 * (down > 0 ? Math.min(1, win.sum(EV.infoUp) / down) : 0);

  // 8. access to resources (producers' side)
  const months = win.sum(EV.workshopMonths);
  const unconstrained = months > 0 ? 1 - win.sum(EV.constrained) / months : 0;
  // Both are needed: money obtained from others, and enough of it to work unconstrained.
  out[7] = Math.sqrt(unconstrained * survey.resourced);
}

/** Regularity of coordination: 1 - CV of gaps between recent meetings held, times meeting frequency (4+/year = 1). */
function regularity(rec: BehaviourRecord): number {
  const k = Math.min(rec.meetingCount, rec.meetingMonths.length);
  const perYear = rec.window.sum(EV.meetings);
  if (k < 3 || perYear < 2) return 0;
  let mean = 0;
  for (let j = 0; j + 1 < k; j++) mean += recentMeeting(rec, j) - recentMeeting(rec, j + 1);
  mean /= k - 1;
  let v = 0;
  for (let j = 0; j + 1 < k; j++) v += (recentMeeting(rec, j) - recentMeeting(rec, j + 1) - mean) ** 2;
  const cv = Math.sqrt(v / (k - 1)) / mean;
  return Math.max(0, 1 - cv) * Math.min(1, perYear / 4);
}

/** Month of the j-th most recent meeting (0 = the last one). */
function recentMeeting(rec: BehaviourRecord, j: number): number {
  return rec.meetingMonths[(rec.meetingCount - 1 - j) % rec.meetingMonths.length];
}
