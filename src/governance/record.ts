import { RollingWindow } from '../engine/window.js';

/**
 * The behaviour record: what the stakeholders did, as an observer of the network
 * would log it. The DeSeve indicators read this record and nothing else (no
 * parameter, no MoU setting, no "signed" flag), so a collaboration score can only
 * move when behaviour moves.
 *
 * Events are counted over rolling 12-month windows; hot loops write
 * `rec.window.add(EV.kept)` (an index, no lookup).
 */
export const EV = {
  /** Promises kept / denied (all stakeholders, loan defaults included). */
  kept: 0,
  denied: 1,
  /** Promises whose outcome a monitor checked (MoU monitoring, the association's price check). */
  checked: 2,
  /** Checked promises that were found denied. */
  detected: 3,
  /** Detected denials that were sanctioned. */
  sanctioned: 4,
  /** Coordination meetings held; institutions invited to them and those who came. */
  meetings: 5,
  invited: 6,
  attended: 7,
  /** Producers' aid proposals submitted, decided (with the months each waited), expired. */
  proposals: 8,
  decided: 9,
  decisionDelay: 10,
  expired: 11,
  /** Programme events held, and those planned jointly by more than one stakeholder. */
  events: 12,
  jointEvents: 13,
  /** Messages down to producers, reports up from them. */
  infoDown: 14,
  infoUp: 15,
  /** Price decisions of workshops, and those that undercut the standard price. */
  priceDecisions: 16,
  undercuts: 17,
  /** Loans disbursed and written off. */
  loans: 18,
  defaults: 19,
  /** Joint orders attempted (a joint plan was made) and won (every party delivered its part). */
  jointOrderPlans: 20,
  jointOrders: 21,
  /** Workshop-months observed, and those in which working capital limited production. */
  workshopMonths: 22,
  constrained: 23,
} as const;
export const EVENT_KEYS = Object.keys(EV) as (keyof typeof EV)[];
EVENT_KEYS.forEach((k, i) => {
  if (EV[k] !== i) throw new Error(`EV.${k} must be ${i}`);
});
export type EventKey = (typeof EVENT_KEYS)[number];

/**
 * What an observer sees of the stakeholders' state this month (a survey of the
 * network): filled by the recorder in its single pass over the workshops.
 */
export class Survey {
  /** Mean directed trust among the four stakeholders (12 relations). */
  trust = 0;
  /** Mean agreement with the common purpose of agency, bank, association and producers. */
  agreement = 0;
  /** Share of workshops that received stakeholder information in the last 3 months. */
  informed = 0;
  /** Share of workshops that obtained a loan, aid or an order-backed advance in the last 12 months. */
  resourced = 0;
}

export class BehaviourRecord {
  readonly window = new RollingWindow<EventKey>(EVENT_KEYS, 12);
  /** Current month, 0-based. */
  month = 0;
  /** Months of the last meetings held (ring of 6), for the regularity of coordination. */
  readonly meetingMonths = new Float64Array(6);
  meetingCount = 0;
  /** Last month each pair of the four stakeholders worked together (4 x 4), -inf if never. */
  readonly lastContact = new Float64Array(16).fill(Number.NEGATIVE_INFINITY);
  readonly survey = new Survey();

  /** Records that stakeholders a and b interacted this month (for network density). */
  contact(a: number, b: number): void {
    this.lastContact[a * 4 + b] = this.month;
    this.lastContact[b * 4 + a] = this.month;
  }

  meetingHeld(): void {
    this.window.add(EV.meetings);
    this.meetingMonths[this.meetingCount % this.meetingMonths.length] = this.month;
    this.meetingCount++;
  }
}
