import { repay } from '../agents/bank.js';
import type { World } from '../world.js';

/**
 * Each workshop makes what it was ordered, up to its labour capacity and to the
 * materials its working capital can buy; sells at its price; pays materials, hired
 * workers' wages (the owner is one of the workers and lives on the owner's draw) and
 * the loan instalment; and adjusts its workforce slowly toward its order book.
 * Unserved orders are lost to the cluster.
 */
export function produceAndSell(w: World): void {
  const p = w.p;
  const pop = w.producers;
  const materialPerPiece = p.materialShare * p.pricePerPiece;
  let unmet = 0;
  for (let i = 0; i < pop.size; i++) {
    if (!pop.active[i]) continue;
    const want = pop.orders[i] + pop.fairSales[i];
    const labour = pop.capacity(i, p);
    const materials = pop.capital[i] > 0 ? pop.capital[i] / materialPerPiece : 0;
    const made = Math.min(want, labour, materials);
    pop.made[i] = made;
    unmet += want - made;
    // Operating surplus is the household's income; the household takes up to its
    // usual draw and less in a bad month (consumption smoothing), so only operating
    // losses eat into working capital.
    const surplus = made * pop.price[i] - made * materialPerPiece - (pop.workers[i] - 1) * p.wage;
    const draw = surplus > p.ownerDraw ? p.ownerDraw : surplus > 0 ? surplus : 0;
    const profit = surplus - draw;
    pop.income[i] = surplus;
    pop.profit[i] = profit;
    const kept = profit > 0 ? p.retainedShare * profit : profit;
    pop.capital[i] += kept;
    // Sales come from outside; materials, wages and what the household takes go out.
    w.ledger.inflow += made * pop.price[i];
    w.ledger.outflow += made * materialPerPiece + (pop.workers[i] - 1) * p.wage + (surplus - kept);
    pop.lossStreak[i] = profit < 0 ? pop.lossStreak[i] + 1 : 0;
    repay(w, i);

    // Labour adjusts slowly: hire when the order book outruns capacity and capital
    // can carry one more worker; lay off when it falls well short.
    const utilisation = labour > 0 ? want / labour : 1;
    if (!w.rng.chance(p.adjustProb)) continue;
    if (
      utilisation > p.hireUtilisation &&
      pop.workers[i] < p.maxWorkers &&
      pop.capital[i] >= p.capitalPerWorker * (pop.workers[i] + 1)
    ) {
      pop.workers[i]++;
    } else if (utilisation < p.layoffUtilisation && pop.workers[i] > 1) {
      pop.workers[i]--;
    }
  }
  w.unmet = unmet;
}
