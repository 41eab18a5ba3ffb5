import { AGENCY, ASSOCIATION, BANK, PRODUCERS } from '../agents/ids.js';
import type { World } from '../world.js';
import { EV } from './record.js';

/**
 * Information flows down. In a month with agency or bank news (a training or an
 * exhibition held, a credit socialisation), each workshop hears it directly (database, brochures) or through the
 * association's relay, as far as it trusts the association. Reports up travel
 * through proposals and through the association and producers' representatives at
 * meetings (meetings.ts, agency.ts): the flow is two-way only as far as those happen.
 */
export function shareInformation(w: World): void {
  const p = w.p;
  const news = w.agency.news || w.bank.lastSocialisation === w.month;
  if (!news) return;
  const pop = w.producers;
  const rng = w.rng.information;
  const relay = Math.min(1, p.relayProb * p.associationCapacity);
  let reached = 0;
  for (let i = 0; i < pop.size; i++) {
    if (!pop.active[i]) continue;
    const direct = rng.next() < p.directReach;
    const relayed = rng.next() < relay * pop.trust[ASSOCIATION][i];
    if (!direct && !relayed) continue;
    pop.informedAt[i] = w.month;
    reached++;
  }
  w.rec.window.add(EV.infoDown, reached);
  if (reached > 0) {
    w.rec.contact(AGENCY, PRODUCERS);
    if (w.bank.lastSocialisation === w.month) w.rec.contact(BANK, PRODUCERS);
  }
}
