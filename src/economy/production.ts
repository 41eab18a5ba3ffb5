import { repay } from '../agents/bank.js';
import { capitalPerPiece } from '../agents/producers.js';
import { EV } from '../governance/record.js';
import type { World } from '../world.js';
import { FLOW } from './accounts.js';

/**
 * Each workshop makes what it was ordered, up to its labour capacity and to what its
 * working capital can finance (materials and wages carried over the cash cycle:
 * "all producers' money goes into working capital, and it is very little", Lukito &
 * Haryanto 2016); sells at its price; pays materials, hired workers' wages (the owner
 * is one of the workers and lives on the household draw) and the loan instalment; and
 * adjusts its workforce slowly toward its order book. Unserved orders are lost.
 */
export function produceAndSell(w: World): void {
  const p = w.p;
  const pop = w.producers;
  const rng = w.rng.production;
  const materialPerPiece = p.materialShare * p.pricePerPiece;
  const perPiece = capitalPerPiece(p);
  const win = w.rec.window;
  let unmet = 0;
  let sales = 0;
  let materials = 0;
  let wages = 0;
  let draws = 0;
  // Window counts added once after the loop (integers: the same sums).
  let workshops = 0;
  let constrained = 0;
  for (let i = 0; i < pop.size; i++) {
    if (!pop.active[i]) continue;
    // Draw for every workshop, so the stream does not depend on who adjusts.
    const u = rng.next();
    const want = pop.orders[i] + pop.fairSales[i];
    const labour = pop.capacity(i, p);
    const financed = pop.financeable(i, perPiece);
    const made = Math.min(want, labour, financed);
    pop.made[i] = made;
    unmet += want - made;
    // Constrained: capital limits what is made, or blocks the hire the order book calls for.
    const wantsHire = labour > 0 && want / labour > p.hireUtilisation && pop.workers[i] < p.maxWorkers;
    const canHire = pop.capital[i] >= pop.hireOutput(i, p) * perPiece;
    pop.constrained[i] = (financed < want && financed < labour) || (wantsHire && !canHire) ? 1 : 0;
    workshops++;
    constrained += pop.constrained[i];
    // Operating surplus is the household's income. The household draws its usual
    // amount, less in a bad month (consumption smoothing), and a share of anything
    // above it: withdrawals rise with income, so only part of a good month is saved.
    const revenue = made * pop.price[i];
    const material = made * materialPerPiece;
    const wage = (pop.workers[i] - 1) * p.wage;
    const surplus = revenue - material - wage;
    const draw =
      surplus > p.ownerDraw ? p.ownerDraw + (1 - p.retainedShare) * (surplus - p.ownerDraw) : surplus > 0 ? surplus : 0;
    const kept = surplus - draw;
    pop.income[i] = surplus;
    pop.profit[i] = kept;
    pop.capital[i] += kept;
    // Sales come from outside; materials, wages and what the household takes go out.
    w.ledger.in(revenue);
    w.ledger.out(material + wage + draw);
    sales += revenue;
    materials += material;
    wages += wage;
    draws += draw;
    pop.lossStreak[i] = kept < 0 ? pop.lossStreak[i] + 1 : 0;
    repay(w, i);

    // Labour adjusts slowly: hire when the order book outruns capacity and capital
    // can carry one more worker's output; lay off when what the workshop can sell and
    // finance falls well short of its capacity.
    if (!(u < p.adjustProb) || labour <= 0) continue;
    if (wantsHire && canHire) {
      pop.workers[i]++;
    } else if (Math.min(want, financed) / labour < p.layoffUtilisation && pop.workers[i] > 1) {
      pop.workers[i]--;
    }
  }
  win.add(EV.workshopMonths, workshops);
  win.add(EV.constrained, constrained);
  w.unmet = unmet;
  const f = w.flows;
  f[FLOW.revenue] += sales;
  f[FLOW.materials] += materials;
  f[FLOW.wages] += wages;
  f[FLOW.draws] += draws;
}
