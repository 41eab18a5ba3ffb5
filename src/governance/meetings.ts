import { AGENCY, ASSOCIATION, BANK, PRODUCERS } from '../agents/producers.js';
import { WIN, contact, type World } from '../world.js';
import { contains } from '../engine/select.js';
import { institutionPromise } from './commitments.js';
import { isBound } from './mou.js';


/**
 * Coordination meetings. Without an MoU they are incidental (a chance each month);
 * with one, they are held on its schedule and holding them is the agency's promise
 * to the signatories. A meeting needs agency staff time (Bitterman & Koliba 2020:
 * an understaffed convener is a bottleneck). Unbound stakeholders come if they trust
 * the convener; bound ones attend. At the meeting views on the common purpose
 * converge (bounded confidence, Deffuant et al. 2000) and each institution present
 * makes a coordination promise, resolved next month (Ansell & Gash 2008: dialogue,
 * then commitment, then small wins feeding trust).
 */
export function holdMeeting(w: World): void {
  const p = w.p;
  const ag = w.agency;
  const scheduled = w.mouInForce && (w.month - w.mouSigned) % p.mouMeetingInterval === 0;
  if (!scheduled && !w.rng.chance(p.incidentalMeetingProb)) return;
  const strained = ag.staffLeft < p.meetingStaffDays;
  if (scheduled) {
    const others = (1 << BANK) | (isBound(w, ASSOCIATION) ? 1 << ASSOCIATION : 0);
    if (!institutionPromise(w, AGENCY, ag.view, strained, others, null, 0).kept) return;
  } else if (strained) return;
  ag.staffLeft -= p.meetingStaffDays;

  const bankComes = isBound(w, BANK) || w.rng.chance(w.instTrust[BANK * 4 + AGENCY]);
  const assocComes =
    isBound(w, ASSOCIATION) || w.rng.chance(Math.min(1, p.associationCapacity * w.instTrust[ASSOCIATION * 4 + AGENCY]));
  w.window.add(WIN.meetings);
  w.meetingMonths[w.meetingCount % w.meetingMonths.length] = w.month;
  w.meetingCount++;

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
      const i = w.rng.int(pop.size);
      if (pop.active[i] && !contains(reps, nReps, i)) reps[nReps++] = i;
    }
    for (let q = 0; q < nReps; q++) views[nViews++] = w.producers.view[reps[q]];
    w.window.add(WIN.infoUp, nReps + 1);
  }
  converge(w, views, nViews);
  let k = 1;
  if (bankComes) w.bank.view = views[k++];
  if (assocComes) w.association.view = views[k++];
  for (let q = 0; q < nReps; q++) w.producers.view[reps[q]] = views[k++];
  ag.view = views[0];

  // Everyone present has met everyone else present.
  const present = (1 << AGENCY) | (bankComes ? 1 << BANK : 0) | (assocComes ? (1 << ASSOCIATION) | (1 << PRODUCERS) : 0);
  for (let a = 0; a < 4; a++)
    for (let b = a + 1; b < 4; b++) if (present & (1 << a) && present & (1 << b)) contact(w, a, b);
  w.coordinationDue[AGENCY] = 1;
  if (bankComes) w.coordinationDue[BANK] = 1;
  if (assocComes) w.coordinationDue[ASSOCIATION] = 1;
}

/** Deffuant bounded confidence: random pairs move toward each other if close enough. */
function converge(w: World, views: Float64Array, n: number): void {
  const p = w.p;
  for (let r = 0; r < n; r++) {
    const a = w.rng.int(n);
    const b = w.rng.int(n);
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
    if (institutionPromise(w, s, view, false, all, null, 0).kept) w.lastCoordinationKept = w.month;
  }
}

/**
 * Registers a programme event (training, exhibition, socialisation) by `organiser`.
 * Shortly after a kept coordination promise, events may be planned jointly: that is
 * distributed responsibility, and it connects all stakeholders.
 */
export function programmeEvent(w: World, organiser: number): void {
  w.window.add(WIN.events);
  contact(w, organiser, PRODUCERS);
  contact(w, organiser, ASSOCIATION);
  if (w.month - w.lastCoordinationKept <= w.p.jointPlanningMonths && w.rng.chance(w.p.jointActionProb)) {
    w.window.add(WIN.jointEvents);
    for (let a = 0; a < 4; a++) for (let b = a + 1; b < 4; b++) contact(w, a, b);
  }
}
