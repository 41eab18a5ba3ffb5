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
  // Parameters and attribute arrays read into locals once: V8 does not keep them in
  // registers across the loop's stores on its own (a store to any object's field at
  // the same offset makes it load them again), and this loop is the hottest of a month.
  const { hireUtilisation, maxWorkers, wage: wagePerWorker, ownerDraw, retainedShare, adjustProb, layoffUtilisation } = p;
  const { active, orders, fairSales, capital, workers, price, made: madeOf, income, profit, lossStreak, constrained: limited } = pop;
  const ledger = w.ledger;
  let unmet = 0;
  let sales = 0;
  let materials = 0;
  let wages = 0;
  let draws = 0;
  // Window counts added once after the loop (integers: the same sums).
  let workshops = 0;
  let constrained = 0;
  for (let i = 0; i < pop.size; i++) {
    if (!active[i]) continue;
    // Draw for every workshop, so the stream does not depend on who adjusts.
    const u = rng.next();
    const want = orders[i] + fairSales[i];
    const labour = pop.capacity(i, p);
    const financed = pop.financeable(i, perPiece);
    const made = Math.min(want, labour, financed);
    madeOf[i] = made;
    unmet += want - made;
    // Constrained: capital limits what is made, or blocks the hire the order book calls for.
    const wantsHire = labour > 0 && want / labour > hireUtilisation && workers[i] < maxWorkers;
    const canHire = capital[i] >= pop.hireOutput(i, p) * perPiece;
    limited[i] = (financed < want && financed < labour) || (wantsHire && !canHire) ? 1 : 0;
    workshops++;
    constrained += limited[i];
    // Operating surplus is the household's income. The household draws its usual
    // amount, less in a bad month (consumption smoothing), and a share of anything
    // above it: withdrawals rise with income, so only part of a good month is saved.
    const revenue = made * price[i];
    const material = made * materialPerPiece;
    const wage = (workers[i] - 1) * wagePerWorker;
    const surplus = revenue - material - wage;
    const draw = surplus > ownerDraw ? ownerDraw + (1 - retainedShare) * (surplus - ownerDraw) : surplus > 0 ? surplus : 0;
    const kept = surplus - draw;
    income[i] = surplus;
    profit[i] = kept;
    capital[i] += kept;
    // Sales come from outside; materials, wages and what the household takes go out.
    ledger.in(revenue);
    ledger.out(material + wage + draw);
    sales += revenue;
    materials += material;
    wages += wage;
    draws += draw;
    lossStreak[i] = kept < 0 ? lossStreak[i] + 1 : 0;
    repay(w, i);

    // Labour adjusts slowly: hire when the order book outruns capacity and capital
    // can carry one more worker's output; lay off when what the workshop can sell and
    // finance falls well short of its capacity.
    if (!(u < adjustProb) || labour <= 0) continue;
    if (wantsHire && canHire) {
      workers[i]++;
    } else if (Math.min(want, financed) / labour < layoffUtilisation && workers[i] > 1) {
      workers[i]--;
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
