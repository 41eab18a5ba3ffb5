/**
 * One run of the Serengan collaboration model: parameters + seed in, monthly series
 * out. Pure and synchronous (no I/O, no Node-only API, no global state), so the same
 * code runs in Node, in worker threads and in the browser.
 *
 * Read `stepMonth` top to bottom for one month of the simulation; the stage order is
 * the schedule documented in docs/ODD.md ("Process overview and scheduling").
 */
import { divideOrders, setPrices } from './agents/association.js';
import { agencyNewMonth, runCoaching, runExhibitions, runProposals, runTraining } from './agents/agency.js';
import { runCredit, runSocialisation } from './agents/bank.js';
import { firmOffer } from './agents/firm.js';
import { AGENCY, ASSOCIATION, BANK, PRODUCERS } from './agents/producers.js';
import { updateDemand } from './economy/demand.js';
import { entryAndExit } from './economy/entry.js';
import { produceAndSell } from './economy/production.js';
import { makeRng } from './engine/rng.js';
import { Series } from './engine/series.js';
import { computeDeSeve, DESEVE_ITEMS, meanDirectedTrust } from './governance/deseve.js';
import { shareInformation } from './governance/information.js';
import { followUpMeeting, holdMeeting } from './governance/meetings.js';
import { updateMou } from './governance/mou.js';
import { heal } from './governance/trust.js';
import { OUTCOME_NAMES, type OutcomeName } from './outcomes.js';
import type { Params } from './params/index.js';
import { createWorld, type World } from './world.js';

export interface RunResult {
  readonly seed: number;
  readonly params: Params;
  readonly series: Series<OutcomeName>;
}

/** The stages of one month, in order. Names are used in docs and error messages. */
export const STAGES = [
  'begin month: budgets, reputations, dependence, reputation healing',
  'MoU: signing, lapse, pooled fund',
  'follow-up of last meeting\'s coordination promises',
  'demand',
  'coordination meeting',
  'agency programmes: training, coaching, exhibitions; outside firm offers',
  'aid proposals and decisions',
  'bank: socialisation, loans',
  'information flows',
  'association: prices and order division',
  'production, sales, repayment, labour',
  'exit and entry',
  'record outcomes',
] as const;

export function runModel(params: Params, seed: number): RunResult {
  const world = createWorld(params, makeRng(seed));
  const series = new Series<OutcomeName>(OUTCOME_NAMES, params.months);
  const scores = new Float64Array(DESEVE_ITEMS.length);
  for (let m = 0; m < params.months; m++) {
    world.month = m;
    stepMonth(world);
    record(world, series, scores);
  }
  return { seed, params, series };
}

/** Advances the world by one month. */
export function stepMonth(w: World): void {
  beginMonth(w);
  updateMou(w);
  followUpMeeting(w);
  updateDemand(w);
  holdMeeting(w);
  runTraining(w);
  runCoaching(w);
  runExhibitions(w);
  firmOffer(w);
  runProposals(w);
  runSocialisation(w);
  runCredit(w);
  shareInformation(w);
  setPrices(w);
  divideOrders(w);
  produceAndSell(w);
  entryAndExit(w);
}

function beginMonth(w: World): void {
  const p = w.p;
  const pop = w.producers;
  if (w.month > 0) w.window.advance();
  agencyNewMonth(w);
  pop.fairSales.fill(0);
  heal(w.instDamage, p);
  for (let k = 0; k < 3; k++) heal(pop.damage[k], p);

  // Reputation: the mean trust others place in each stakeholder.
  // Accumulated in place in w.reputation: no allocation in the monthly loop.
  let toProducers = 0;
  const rep = w.reputation;
  rep[0] = rep[1] = rep[2] = 0;
  for (let i = 0; i < pop.size; i++) {
    if (!pop.active[i]) continue;
    for (let k = 0; k < 3; k++) rep[k] += pop.trust[k][i];
  }
  const n = Math.max(1, pop.count);
  for (let s = 0; s < 3; s++) {
    let t = rep[s] / n;
    for (let j = 0; j < 3; j++) if (j !== s) t += w.instTrust[j * 4 + s];
    rep[s] = t / 3;
  }
  for (let j = 0; j < 3; j++) toProducers += w.instTrust[j * 4 + PRODUCERS];
  w.reputation[PRODUCERS] = toProducers / 3;

  // Resources each stakeholder controls, and resource dependence R_b / (R_a + R_b).
  let capital = 0;
  let lent = 0;
  for (let i = 0; i < pop.size; i++) {
    if (!pop.active[i]) continue;
    capital += Math.max(0, pop.capital[i]);
    lent += pop.loanDue[i];
  }
  w.resources[AGENCY] = p.agencyBudget;
  w.resources[BANK] = Math.max(0, w.bank.funds) + lent;
  // The association controls the bulk orders it brokers (a year's value).
  w.resources[ASSOCIATION] = Math.min(1, p.associationShare * p.associationCapacity) * w.demandBulk * p.pricePerPiece * 12;
  w.resources[PRODUCERS] = capital;
  for (let a = 0; a < 4; a++)
    for (let b = 0; b < 4; b++) {
      const sum = w.resources[a] + w.resources[b];
      w.dependence[a * 4 + b] = a === b || sum <= 0 ? 0 : w.resources[b] / sum;
    }
}

function record(w: World, s: Series<OutcomeName>, scores: Float64Array): void {
  const p = w.p;
  const pop = w.producers;
  const m = w.month;
  let workers = 0;
  let capital = 0;
  let loans = 0;
  let made = 0;
  let trained = 0;
  let revenue = 0;
  let undercut = 0;
  let orders = 0;
  for (let i = 0; i < pop.size; i++) {
    loans += pop.loanDue[i];
    if (!pop.active[i]) continue;
    workers += pop.workers[i];
    capital += pop.capital[i];
    made += pop.made[i];
    trained += pop.trained[i];
    revenue += pop.made[i] * pop.price[i];
    undercut += pop.undercut[i];
    orders += pop.orders[i] + pop.fairSales[i];
  }
  const n = pop.count;
  const days = p.workDaysPerMonth;
  const perDay = made / days;
  s.set('producers', m, n);
  s.set('workers', m, workers);
  s.set(
    'productionPerDay',
    m,
    p.productionReading === 'cluster' ? perDay : n > 0 ? (perDay * p.piecesPerWorkerDayProducerReading) / p.piecesPerWorkerDay / n : 0,
  );
  s.set('meanCapital', m, n > 0 ? capital / n : 0);
  s.set('totalCapital', m, capital);
  s.set('loansOutstanding', m, loans);
  s.set('newLoans', m, w.window.now('loans'));
  s.set('defaults', m, w.window.now('defaults'));
  s.set('shareTrained', m, n > 0 ? trained / n : 0);
  s.set('ordersPerDay', m, orders / days);
  s.set('unmetPerDay', m, w.unmet / days);
  s.set('price', m, made > 0 ? revenue / made : p.pricePerPiece);
  s.set('undercutShare', m, n > 0 ? undercut / n : 0);
  s.set('meetings', m, w.window.now('meetings'));
  s.set('jointEvents', m, w.window.now('jointEvents'));
  s.set('commitmentsKept', m, w.window.now('kept'));
  s.set('commitmentsDenied', m, w.window.now('denied'));
  s.set('meanTrust', m, meanDirectedTrust(w));
  s.set('mouInForce', m, w.mouInForce ? 1 : 0);
  computeDeSeve(w, scores);
  let sum = 0;
  for (let k = 0; k < DESEVE_ITEMS.length; k++) {
    s.set(DESEVE_ITEMS[k], m, scores[k]);
    sum += scores[k];
  }
  s.set('composite', m, sum / DESEVE_ITEMS.length);
}
