import { writeOff } from '../agents/bank.js';
import { activate, deactivate, entrantWorkers } from '../agents/producers.js';
import type { World } from '../world.js';
import { FLOW } from './accounts.js';

/**
 * Exit and entry of workshops (Weijland 1999). A workshop exits after
 * `exitLossMonths` loss-making months in a row with no working capital left (a loan
 * still owed is then a default).
 *
 * Start-up needs a skill and capital. The skill comes from the agency's training
 * (blangkon making is learned; McKenzie & Woodruff 2014: training matters most for
 * start-ups); the capital is saved after training, at a rate that differs between
 * people, until it reaches `startupCapital` (de Mel et al. 2008: start-up is
 * capital-constrained). A trained would-be producer with the capital starts with a
 * hazard that follows the cluster's recent income above household needs and its
 * unmet orders (what an observer in the neighbourhood sees), falling as the active
 * count approaches the pool (crowding). So a training cohort shows up as workshops
 * only after the months it takes to save: the timing of growth is set by the
 * training calendar and the saving lag, not by a date in the code.
 */
export function entryAndExit(w: World): void {
  const p = w.p;
  const pop = w.producers;
  const rng = w.rng.entry;
  let income = 0;
  let want = 0;
  // Attribute arrays in locals (see produceAndSell).
  const { active, trained, savings } = pop;
  for (let i = 0; i < pop.size; i++) {
    if (!active[i]) continue;
    income += pop.income[i];
    want += pop.orders[i] + pop.fairSales[i];
    if (pop.lossStreak[i] >= p.exitLossMonths && pop.capital[i] <= 0) {
      if (pop.loanDue[i] > 0) writeOff(w, i);
      // What is left (or owed) leaves with the household.
      w.ledger.out(pop.capital[i]);
      w.flows[FLOW.exitCapital] += pop.capital[i];
      deactivate(pop, i);
      savings[i] = 0;
    }
  }
  const a = 1 / p.entryMemoryMonths;
  // Income relative to a household's needs: > 0 when workshops earn more than the usual draw.
  const meanIncome = pop.count > 0 ? income / pop.count : 0;
  w.profitSignal += a * (meanIncome / Math.max(p.ownerDraw, 1e-9) - 1 - w.profitSignal);
  w.unmetSignal += a * ((want > 0 ? w.unmet / want : 0) - w.unmetSignal);

  // Attraction saturates at 1: a cluster that pays well enough draws everyone ready to start.
  const attraction = Math.min(1, Math.max(0, w.profitSignal) + w.unmetSignal);
  const crowding = 1 - pop.count / pop.size;
  const h = Math.min(1, p.entryRate * attraction * crowding);
  const startupCapital = p.startupCapital;
  for (let i = 0; i < pop.size; i++) {
    if (active[i] || !trained[i]) continue;
    // Draw for every trained would-be producer, so the stream does not depend on savings.
    const u = rng.next();
    if (savings[i] < startupCapital) {
      savings[i] += pop.saveRate[i];
      continue;
    }
    if (!(u < h)) continue;
    activate(pop, i, w.month, entrantWorkers(rng, p), pop.savings[i]);
    w.ledger.in(pop.savings[i]);
    w.flows[FLOW.startupCapital] += pop.savings[i];
    pop.savings[i] = 0;
  }
}
