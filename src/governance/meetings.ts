import { AGENCY, ASSOCIATION, BANK, PRODUCERS } from '../agents/ids.js';
import { contains } from '../engine/select.js';
import type { World } from '../world.js';
import { institutionPromise, KEPT } from './commitments.js';
import { bindingOf, crowdFactor, isSignatory } from './binding.js';
import { negotiating } from './mou.js';
import { EV } from './record.js';

/**
 * Coordination meetings. Without an MoU they are incidental (a chance each month);
 * an MoU adds meetings on its schedule (also while it is being negotiated), and
 * holding a scheduled one is the agency's promise to the signatories. After a lapse
 * the schedule is kept only as far as the routine survives. A meeting needs agency
 * staff time (Bitterman & Koliba 2020: an understaffed convener is a bottleneck).
 *
 * Coming is each institution's choice: it comes as far as it trusts the convener
 * (the association also as far as its members' time allows), and a bound party is
 * pushed by the expected sanction for staying away; an imposed agreement crowds out
 * the association's will to come. At the meeting views on the common purpose converge
 * (bounded confidence, Deffuant et al. 2000), producers' representatives report up,
 * each institution present makes a coordination promise resolved next month (Ansell &
 * Gash 2008: dialogue, then commitment, then small wins feeding trust), and if agency,
 * bank and association are all there they may plan a joint order.
 */
export function holdMeeting(w: World): void {
  const p = w.p;
  const ag = w.agency;
  const rng = w.rng.meetings;
  const mou = w.mou;
  const since = mou.signed >= 0 ? w.month - mou.signed : negotiating(w) ? w.month - (p.mouSignMonth - 1) : -1;
  const onSchedule = since >= 0 && p.mouMeetingInterval > 0 && since % p.mouMeetingInterval === 0;
  // Draw every month whatever the schedule, so the stream does not depend on the MoU.
  const uSchedule = rng.next();
  const uIncidental = rng.next();
  const routine = mou.signed >= 0 ? mou.binding : 1;
  const scheduled = onSchedule && uSchedule < routine;
  if (!scheduled && !(uIncidental < p.incidentalMeetingProb)) return;
  const strained = ag.staffLeft < p.meetingStaffDays;
  if (scheduled && mou.signed >= 0) {
    const others = (1 << BANK) | (isSignatory(w, ASSOCIATION) ? 1 << ASSOCIATION : 0);
    if (!(institutionPromise(w, AGENCY, ag.view, strained, others, null, 0, rng) & KEPT)) return;
  } else if (strained) return;
  ag.staffLeft -= p.meetingStaffDays;

  const bankComes = rng.next() < attendance(w, BANK, w.instTrust[BANK * 4 + AGENCY]);
  const assocComes = rng.next() < attendance(w, ASSOCIATION, Math.min(1, p.associationCapacity * w.instTrust[ASSOCIATION * 4 + AGENCY]));
  const rec = w.rec;
  rec.meetingHeld();
  rec.window.add(EV.invited, 2);
  rec.window.add(EV.attended, (bankComes ? 1 : 0) + (assocComes ? 1 : 0));
  // Negotiation advances only at meetings where every signatory institution sat at the table.
  if (negotiating(w) && bankComes && (assocComes || p.mouSignatories !== 'all')) mou.negotiationMeetings++;

  // Views present: institutions, and producers' representatives with the association
  // (in a scratch buffer of the world: no allocation per meeting).
  const views = w.views;
  let nViews = 0;
  views[nViews++] = ag.view;
  if (bankComes) views[nViews++] = w.bank.view;
  if (assocComes) views[nViews++] = w.association.view;
  const reps = w.queue;
  let nReps = 0;
  if (assocComes) {
    const pop = w.producers;
    for (let tries = 0; tries < pop.size * 2 && nReps < p.meetingRepresentatives && nReps < pop.count; tries++) {
      const i = rng.int(pop.size);
      if (pop.active[i] && !contains(reps, nReps, i)) reps[nReps++] = i;
    }
    for (let q = 0; q < nReps; q++) views[nViews++] = w.producers.view[reps[q]];
    // The association and the representatives report the members' situation.
    rec.window.add(EV.infoUp, nReps + 1);
  }
  converge(w, views, nViews);
  let k = 1;
  if (bankComes) w.bank.view = views[k++];
  if (assocComes) w.association.view = views[k++];
  for (let q = 0; q < nReps; q++) w.producers.view[reps[q]] = views[k++];
  ag.view = views[0];

  // Everyone present has met everyone else present.
  const present = (1 << AGENCY) | (bankComes ? 1 << BANK : 0) | (assocComes ? (1 << ASSOCIATION) | (1 << PRODUCERS) : 0);
  w.meetingPresent = present;
  for (let a = 0; a < 4; a++)
    for (let b = a + 1; b < 4; b++) if (present & (1 << a) && present & (1 << b)) rec.contact(a, b);
  w.coordinationDue[AGENCY] = 1;
  if (bankComes) w.coordinationDue[BANK] = 1;
  if (assocComes) w.coordinationDue[ASSOCIATION] = 1;
  // Draw whether or not all three came, so the stream does not depend on attendance.
  if (rng.next() < p.jointOrderProb && bankComes && assocComes) w.jointPlanDue = true;
}

/**
 * Probability that institution s comes to a meeting: its voluntary will `base`
 * (crowded out if an agreement was imposed on it), raised by the expected sanction
 * for staying away when it is bound: 1 - (1 - base)·exp(-b·m·F).
 */
function attendance(w: World, s: number, base: number): number {
  const b = bindingOf(w, s);
  const will = base * crowdFactor(w, s);
  return 1 - (1 - will) * Math.exp(-b * w.p.mouMonitoring * w.p.mouSanction);
}

/** Deffuant bounded confidence: random pairs move toward each other if close enough. */
function converge(w: World, views: Float64Array, n: number): void {
  const p = w.p;
  const rng = w.rng.meetings;
  for (let r = 0; r < n; r++) {
    const a = rng.int(n);
    const b = rng.int(n);
    if (a === b || Math.abs(views[a] - views[b]) >= p.opinionBound) continue;
    const d = views[b] - views[a];
    views[a] += p.opinionRate * d;
    views[b] -= p.opinionRate * d;
  }
}

/**
 * Resolves the coordination promises made at last month's meeting: each institution
 * that promised either follows up (trust among institutions grows and joint
 * planning opens) or lets it drop.
 */
export function followUpMeeting(w: World): void {
  const all = (1 << AGENCY) | (1 << BANK) | (1 << ASSOCIATION);
  for (let s = 0; s < 3; s++) {
    if (!w.coordinationDue[s]) continue;
    w.coordinationDue[s] = 0;
    // (Promises do not move views, so each institution's view is as at the start.)
    const view = s === AGENCY ? w.agency.view : s === BANK ? w.bank.view : w.association.view;
    if (institutionPromise(w, s, view, false, all, null, 0, w.rng.meetings) & KEPT) w.lastCoordinationKept = w.month;
  }
}

/**
 * Registers a programme event (training, exhibition, socialisation) by `organiser`.
 * Shortly after a kept coordination promise, events may be planned jointly: that is
 * distributed responsibility, and it connects all stakeholders.
 */
export function programmeEvent(w: World, organiser: number, rng: { next(): number }): void {
  const rec = w.rec;
  rec.window.add(EV.events);
  rec.contact(organiser, PRODUCERS);
  rec.contact(organiser, ASSOCIATION);
  const u = rng.next();
  if (w.month - w.lastCoordinationKept <= w.p.jointPlanningMonths && u < w.p.jointActionProb) {
    rec.window.add(EV.jointEvents);
    for (let a = 0; a < 4; a++) for (let b = a + 1; b < 4; b++) rec.contact(a, b);
  }
}
