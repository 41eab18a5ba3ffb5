import { activate, deactivate, entrantTraits } from '../agents/producers.js';
import { writeOff } from '../agents/bank.js';
import type { World } from '../world.js';

/**
 * Exit and entry of workshops (Weijland 1999). A workshop exits after
 * `exitLossMonths` loss-making months in a row with no working capital left (a loan
 * still owed is then a default). Would-be producers in the pool start up with a
 * hazard that follows the cluster's recent income above household needs and unmet orders (what an observer
 * in the neighbourhood sees), is higher for those the agency trained (McKenzie &
 * Woodruff 2014), and falls as the active count approaches the pool (crowding).
 */
export function entryAndExit(w: World): void {
  const p = w.p;
  const pop = w.producers;
  let income = 0;
  let want = 0;
  for (let i = 0; i < pop.size; i++) {
    if (!pop.active[i]) continue;
    income += pop.income[i];
    want += pop.orders[i] + pop.fairSales[i];
    if (pop.lossStreak[i] >= p.exitLossMonths && pop.capital[i] <= 0) {
      if (pop.loanDue[i] > 0) writeOff(w, i);
      // What is left (or owed) leaves with the household.
      w.ledger.outflow += pop.capital[i];
      deactivate(pop, i);
    }
  }
  const a = 1 / p.entryMemoryMonths;
  // Income relative to a household's needs: > 0 when workshops earn more than the usual draw.
  const meanIncome = pop.count > 0 ? income / pop.count : 0;
  w.profitSignal += a * (meanIncome / Math.max(p.ownerDraw, 1e-9) - 1 - w.profitSignal);
  w.unmetSignal += a * ((want > 0 ? w.unmet / want : 0) - w.unmetSignal);

  const attraction = Math.max(0, w.profitSignal) + w.unmetSignal;
  const crowding = 1 - pop.count / pop.size;
  const base = p.entryRate * attraction * crowding;
  if (base <= 0) return;
  for (let i = 0; i < pop.size; i++) {
    if (pop.active[i]) continue;
    const h = base * (1 + p.trainingStartupBoost * pop.trained[i]);
    if (!w.rng.chance(h)) continue;
    const t = entrantTraits(w.rng, p);
    activate(pop, i, w.month, t.workers, t.capital);
    w.ledger.inflow += t.capital;
  }
}
