import { FLOW, spendPublic, type PublicSpendingFlow } from '../economy/accounts.js';
import { exhibitionEffect } from '../economy/demand.js';
import { eventsInMonth } from '../engine/calendar.js';
import { contains } from '../engine/select.js';
import { decide, institutionPromise, KEPT, producerDependence } from '../governance/commitments.js';
import { programmeEvent } from '../governance/meetings.js';
import { bindingOf, crowdFactor } from '../governance/binding.js';
import { EV } from '../governance/record.js';
import { build, erode } from '../governance/trust.js';
import type { Params } from '../params/index.js';
import type { World } from '../world.js';
import { AGENCY, ASSOCIATION, PRODUCERS } from './ids.js';

/** City industry & trade agency (Dinas Perindustrian dan Perdagangan): the facilitator. */
export interface Agency {
  /** Budget left in the current calendar year, Rp M. */
  budgetLeft: number;
  /** Staff-days left in the current month. */
  staffLeft: number;
  /** Next database position for the fair exhibition rotation. */
  rotation: number;
  /** View on the common purpose; high because it is written in its vision and mission. */
  view: number;
  /** True in a month with agency news for producers (a training or an exhibition held). */
  news: boolean;
}

export function createAgency(p: Params): Agency {
  return { budgetLeft: p.agencyBudget, staffLeft: p.agencyStaffDays, rotation: 0, view: p.initialViewAgency, news: false };
}

/** New year's budget and each month's staff time. */
export function agencyNewMonth(w: World): void {
  if (w.month % 12 === 0) {
    // The year's unspent budget returns to the city; the new one comes from it.
    if (w.month > 0) w.ledger.out(w.agency.budgetLeft);
    w.agency.budgetLeft = w.p.agencyBudget;
    if (w.month > 0) w.ledger.in(w.p.agencyBudget);
  }
  w.agency.staffLeft = w.p.agencyStaffDays;
  w.agency.news = false;
}

/**
 * Spends programme budget; it counts as public spending. Money paid outside the
 * network (trainers, venues) leaves it; a grant to a workshop stays inside.
 */
function spend(w: World, flow: PublicSpendingFlow, amount: number, leaves = true): void {
  w.agency.budgetLeft -= amount;
  if (leaves) w.ledger.out(amount);
  spendPublic(w, flow, amount);
}

/**
 * Scheduled training: seats go to randomly chosen people of the pool who have not
 * been trained (workshops and would-be producers alike) and accept when they trust
 * the agency. The session is a promise to them; cancelled sessions erode trust.
 */
export function runTraining(w: World): void {
  const p = w.p;
  const pop = w.producers;
  const ag = w.agency;
  const rng = w.rng.training;
  for (let e = eventsInMonth(w.month, p.trainingsPerYear); e > 0; e--) {
    let n = 0;
    for (let tries = 0; tries < pop.size * 2 && n < p.trainingSeats; tries++) {
      const i = rng.int(pop.size);
      if (pop.trained[i] || contains(w.order, n, i)) continue;
      if (rng.chance(pop.trust[AGENCY][i])) w.order[n++] = i;
    }
    const strained = ag.budgetLeft < p.trainingCost || ag.staffLeft < p.eventStaffDays;
    const v = institutionPromise(w, AGENCY, ag.view, strained, 1 << ASSOCIATION, w.order, n, rng);
    if (!(v & KEPT)) continue;
    spend(w, FLOW.training, p.trainingCost);
    ag.staffLeft -= p.eventStaffDays;
    ag.news = true;
    for (let q = 0; q < n; q++) {
      const i = w.order[q];
      pop.trained[i] = 1;
      pop.skill[i] *= 1 + p.trainingSkillGain;
    }
    programmeEvent(w, AGENCY, rng);
  }
}

/** Coaching visits (pembinaan) to a share of active workshops, while staff time lasts. */
export function runCoaching(w: World): void {
  const p = w.p;
  const pop = w.producers;
  const ag = w.agency;
  const rng = w.rng.coaching;
  const { coachingShare } = p;
  const active = pop.active;
  for (let i = 0; i < pop.size; i++) {
    if (!active[i] || !rng.chance(coachingShare)) continue;
    w.order[0] = i;
    const strained = ag.staffLeft < p.coachingStaffDays;
    const v = institutionPromise(w, AGENCY, ag.view, strained, 0, w.order, 1, rng);
    if (v & KEPT) {
      ag.staffLeft -= p.coachingStaffDays;
      pop.informedAt[i] = w.month;
    }
  }
}

/**
 * Exhibitions on the published schedule; places rotate fairly through the producer
 * database so that nothing is monopolised (as the agency described it).
 */
export function runExhibitions(w: World): void {
  const p = w.p;
  const pop = w.producers;
  const ag = w.agency;
  const rng = w.rng.exhibitions;
  for (let e = eventsInMonth(w.month, p.exhibitionsPerYear); e > 0; e--) {
    let n = 0;
    for (let step = 0; step < pop.size && n < p.exhibitionSlots; step++) {
      const i = ag.rotation;
      ag.rotation = (ag.rotation + 1) % pop.size;
      if (pop.active[i]) w.order[n++] = i;
    }
    const strained = ag.budgetLeft < p.exhibitionCost || ag.staffLeft < p.eventStaffDays;
    const v = institutionPromise(w, AGENCY, ag.view, strained, 1 << ASSOCIATION, w.order, n, rng);
    if (!(v & KEPT)) continue;
    spend(w, FLOW.exhibitions, p.exhibitionCost);
    ag.staffLeft -= p.eventStaffDays;
    ag.news = true;
    exhibitionEffect(w, w.order, n);
    programmeEvent(w, AGENCY, rng);
  }
}

/**
 * Producers' aid proposals (through the association) and the agency's decisions.
 * A producer proposes when the association carries it (its strength) and the
 * producer is willing (crowded out if an agreement was imposed on it). A pending
 * proposal is decided when the agency gets round to it in its routine; with the
 * MoU's channel, pending proposals are also tabled at each meeting the association
 * attends, where deciding them is the agency's promise. Decisions cost staff time.
 * Proposals left without a decision past the expiry count as ignored and cost the
 * agency the producer's trust.
 */
export function runProposals(w: World): void {
  const p = w.p;
  const pop = w.producers;
  const ag = w.agency;
  const rng = w.rng.proposals;
  const rec = w.rec;
  // After a lapse the channel survives only as far as the routine does.
  const uTable = rng.next();
  const tabled = p.mouFeedbackChannel && uTable < bindingOf(w, AGENCY) && (w.meetingPresent & (1 << ASSOCIATION)) !== 0;
  const willing = Math.min(1, p.proposalProb * p.associationCapacity) * crowdFactor(w, PRODUCERS);
  // Parameters and attribute arrays in locals (see produceAndSell).
  const { coachingStaffDays, proposalDecisionProb } = p;
  const { active, proposalSince } = pop;
  for (let i = 0; i < pop.size; i++) {
    if (!active[i]) continue;
    // Draw both every month, so the stream does not depend on the channel.
    const uPropose = rng.next();
    const uRoutine = rng.next();
    if (proposalSince[i] < 0) {
      if (uPropose < willing) {
        proposalSince[i] = w.month;
        rec.window.add(EV.proposals);
        rec.window.add(EV.infoUp);
      }
      continue;
    }
    const strained = ag.staffLeft < coachingStaffDays;
    let decided = uRoutine < proposalDecisionProb && !strained;
    if (!decided && tabled) decided = (decide(w, AGENCY, ag.view, w.reputation[AGENCY], strained, rng) & KEPT) !== 0;
    if (decided) {
      ag.staffLeft -= coachingStaffDays;
      rec.window.add(EV.decided);
      rec.window.add(EV.decisionDelay, w.month - proposalSince[i]);
      rec.contact(AGENCY, PRODUCERS);
      proposalSince[i] = -1;
      if (ag.budgetLeft >= p.aidGrant) {
        spend(w, FLOW.aidGrants, p.aidGrant, false);
        pop.capital[i] += p.aidGrant;
        pop.resourcedAt[i] = w.month;
        build(pop.trust[AGENCY], pop.damage[AGENCY], i, p);
      }
    } else if (w.month - pop.proposalSince[i] >= p.proposalExpiryMonths) {
      rec.window.add(EV.expired);
      pop.proposalSince[i] = -1;
      erode(pop.trust[AGENCY], pop.damage[AGENCY], i, producerDependence(w, i, AGENCY), 0, p);
    }
  }
}
