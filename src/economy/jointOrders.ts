import { prefinance } from '../agents/bank.js';
import { AGENCY, ASSOCIATION, BANK } from '../agents/ids.js';
import { institutionPromise, KEPT } from '../governance/commitments.js';
import { EV } from '../governance/record.js';
import type { World } from '../world.js';

/**
 * Joint orders: the growth channel that needs the partnership (collective efficiency,
 * Schmitz 1995; Schmitz & Nadvi 1999). At a meeting attended by agency, bank and
 * association a joint order may be planned: the agency brokers a bulk buyer (an
 * office's uniforms, a hotel's or an event's souvenirs; Sandee & Rietveld 2001 on
 * government-brokered links), the bank pre-finances members' materials, the
 * association divides the order and sees it delivered. Each part is a promise,
 * resolved the month after the meeting; the order is won only if all three keep
 * theirs, and a failed part erodes the others' trust in the one that failed. So
 * producers' growth depends on trust and commitment, and an MoU can act on it only
 * through these decisions.
 */
export function resolveJointPlan(w: World): void {
  if (!w.jointPlanDue) return;
  w.jointPlanDue = false;
  const p = w.p;
  const rng = w.rng.jointOrders;
  const rec = w.rec;
  rec.window.add(EV.jointOrderPlans);
  // A joint order plan is a programme of shared responsibility: it counts among the events.
  rec.window.add(EV.events);
  const all = (1 << AGENCY) | (1 << BANK) | (1 << ASSOCIATION);
  const ag = w.agency;
  const pieces = p.jointOrderSize * p.marketLinkage * p.demandScale * p.workDaysPerMonth;
  // Every part is decided (and recorded) even after another has failed: each party acts on its own.
  const agency = institutionPromise(w, AGENCY, ag.view, ag.staffLeft < p.eventStaffDays, all, null, 0, rng);
  const bank = institutionPromise(w, BANK, w.bank.view, w.bank.funds <= 0, all, null, 0, rng);
  const assoc = institutionPromise(w, ASSOCIATION, w.association.view, false, all, null, 0, rng);
  if (!(agency & bank & assoc & KEPT) || pieces <= 0) return;
  ag.staffLeft -= p.eventStaffDays;
  rec.window.add(EV.jointOrders);
  rec.window.add(EV.jointEvents);
  for (let a = 0; a < 4; a++) for (let b = a + 1; b < 4; b++) rec.contact(a, b);
  const order = w.jointOrder;
  order.piecesPerMonth = order.monthsLeft > 0 ? order.piecesPerMonth + pieces : pieces;
  order.monthsLeft = p.jointOrderMonths;
  prefinance(w, pieces);
}
