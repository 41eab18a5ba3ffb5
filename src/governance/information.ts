import { AGENCY, ASSOCIATION, BANK, PRODUCERS } from '../agents/producers.js';
import { WIN, contact, type World } from '../world.js';
import { isBound } from './mou.js';

/**
 * Information flows. In a month with agency or bank news (training, exhibition, aid,
 * credit), each workshop hears it directly (database, brochures) or through the
 * association's relay. Flows are one-way (agency and bank give, producers receive)
 * unless an MoU opens a feedback channel, through which informed producers who trust
 * the agency report back.
 */
export function shareInformation(w: World): void {
  const p = w.p;
  const news = w.agency.news || w.bank.lastSocialisation === w.month;
  if (!news) return;
  const pop = w.producers;
  const feedback = w.mouInForce && p.mouFeedbackChannel && isBound(w, AGENCY);
  const relay = Math.min(1, p.relayProb * p.associationCapacity);
  let reached = 0;
  for (let i = 0; i < pop.size; i++) {
    if (!pop.active[i]) continue;
    if (!w.rng.chance(p.directReach) && !w.rng.chance(relay * pop.trust[ASSOCIATION][i])) continue;
    pop.informedAt[i] = w.month;
    reached++;
    if (feedback && w.rng.chance(pop.trust[AGENCY][i])) w.window.add(WIN.infoUp);
  }
  w.window.add(WIN.infoDown, reached);
  if (reached > 0) {
    contact(w, AGENCY, PRODUCERS);
    if (w.bank.lastSocialisation === w.month) contact(w, BANK, PRODUCERS);
  }
}
