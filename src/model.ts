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
import { AGENCY, ASSOCIATION, BANK, PRODUCERS } from './agents/ids.js';
import { FLOW } from './economy/accounts.js';
import { updateDemand } from './economy/demand.js';
import { entryAndExit } from './economy/entry.js';
import { resolveJointPlan } from './economy/jointOrders.js';
import { produceAndSell } from './economy/production.js';
import { Series } from './engine/series.js';
import { computeDeSeve, DESEVE_ITEMS } from './governance/deseve.js';
import { shareInformation } from './governance/information.js';
import { followUpMeeting, holdMeeting } from './governance/meetings.js';
import { updateMou } from './governance/mou.js';
import { EV } from './governance/record.js';
import { heal, meanDirectedTrustOf } from './governance/trust.js';
import { checkInvariants, moneyInside } from './invariants.js';
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
  'MoU: signing, lapse, routine decay, pooled-fund contributions',
  'follow-up of last meeting\'s coordination promises and joint order plan',
  'demand',
  'coordination meeting',
  'agency programmes: training, coaching, exhibitions; outside firm offers',
  'aid proposals and decisions (tabled at this month\'s meeting under an MoU channel)',
  'bank: socialisation, loans',
  'information flows',
  'association: prices and order division',
  'production, sales, repayment, labour',
  'exit and entry',
  'record outcomes',
] as const;

export interface RunOptions {
  /** Check every invariant each month (docs/ODD.md); a violation throws an InvariantError naming the month. */
  readonly check?: boolean;
}

export function runModel(params: Params, seed: number, options: RunOptions = {}): RunResult {
  return simulate(params, seed, options).result;
}

/** One run, also returning the world as it ends (its behaviour record covers the last 12 months). */
export function simulate(params: Params, seed: number, options: RunOptions = {}): { world: World; result: RunResult } {
  const world = createWorld(params, seed);
  world.ledger.initial = moneyInside(world);
  const series = new Series<OutcomeName>(OUTCOME_NAMES, params.months);
  const rec = new Recorder(series);
  for (let m = 0; m < params.months; m++) {
    world.month = m;
    stepMonth(world);
    record(world, rec);
    if (options.check) checkInvariants(world, rec.scores);
  }
  return { world, result: { seed, params, series } };
}

/** Advances the world by one month. */
export function stepMonth(w: World): void {
  beginMonth(w);
  updateMou(w);
  followUpMeeting(w);
  resolveJointPlan(w);
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

export function beginMonth(w: World): void {
  const p = w.p;
  const pop = w.producers;
  if (w.month > 0) w.rec.window.advance();
  w.rec.month = w.month;
  w.spending = 0;
  w.flows.fill(0);
  w.meetingPresent = 0;
  agencyNewMonth(w);
  pop.fairSales.fill(0);
  heal(w.instDamage, p);
  for (let k = 0; k < 3; k++) heal(pop.damage[k], p);

  // One pass over the workshops: the trust they place in each institution (for
  // reputations), and the capital and loans they hold (for resources).
  let trust0 = 0;
  let trust1 = 0;
  let trust2 = 0;
  let capital = 0;
  let opening = 0;
  let lent = 0;
  const [tr0, tr1, tr2] = pop.trust;
  const { active, capital: capitalOf, loanDue } = pop;
  for (let i = 0; i < pop.size; i++) {
    if (!active[i]) continue;
    trust0 += tr0[i];
    trust1 += tr1[i];
    trust2 += tr2[i];
    capital += Math.max(0, capitalOf[i]);
    opening += capitalOf[i];
    lent += loanDue[i];
  }
  w.openingCapital = opening;

  // Reputation: the mean trust others place in each stakeholder (in place: no allocation).
  const rep = w.reputation;
  rep[0] = trust0;
  rep[1] = trust1;
  rep[2] = trust2;
  const n = Math.max(1, pop.count);
  for (let s = 0; s < 3; s++) {
    let t = rep[s] / n;
    for (let j = 0; j < 3; j++) if (j !== s) t += w.instTrust[j * 4 + s];
    rep[s] = t / 3;
  }
  let toProducers = 0;
  for (let j = 0; j < 3; j++) toProducers += w.instTrust[j * 4 + PRODUCERS];
  rep[PRODUCERS] = toProducers / 3;

  // Resources each stakeholder controls, and resource dependence R_b / (R_a + R_b).
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

/**
 * Column index of each outcome in a run's series, which is created with OUTCOME_NAMES:
 * record() writes by index, with no lookup per value. (Spread for fast properties.)
 */
const COL: Readonly<Record<OutcomeName, number>> = { ...Object.fromEntries(OUTCOME_NAMES.map((name, i) => [name, i])) } as Record<OutcomeName, number>;
const DESEVE_COL = Int32Array.from(DESEVE_ITEMS, (d) => COL[d]);

/** Scratch space of `record`, allocated once per run: the DeSeve scores. */
class Recorder {
  readonly scores = new Float64Array(DESEVE_ITEMS.length);
  constructor(readonly series: Series<OutcomeName>) {}
}

/**
 * Records the month's outcomes, and fills the behaviour record's survey (what an
 * observer sees of the stakeholders' state) in the same single pass over the
 * workshops; the DeSeve scores are then computed from the behaviour record alone.
 */
function record(w: World, r: Recorder): void {
  const p = w.p;
  const pop = w.producers;
  const m = w.month;
  const s = r.series;
  const [tr0, tr1, tr2] = pop.trust;
  let workers = 0;
  let capital = 0;
  let loans = 0;
  let made = 0;
  let trained = 0;
  let revenue = 0;
  let undercut = 0;
  let orders = 0;
  let constrained = 0;
  let trust = 0;
  let view = 0;
  let informed = 0;
  let resourced = 0;
  // The attribute arrays in locals (see produceAndSell).
  const { loanDue, active, price, fairSales, view: viewOf, informedAt, resourcedAt } = pop;
  const { workers: workersOf, capital: capitalOf, made: madeOf, trained: trainedOf, undercut: undercutOf, orders: ordersOf, constrained: constrainedOf } = pop;
  for (let i = 0; i < pop.size; i++) {
    loans += loanDue[i];
    if (!active[i]) continue;
    workers += workersOf[i];
    capital += capitalOf[i];
    made += madeOf[i];
    trained += trainedOf[i];
    revenue += madeOf[i] * price[i];
    undercut += undercutOf[i];
    orders += ordersOf[i] + fairSales[i];
    constrained += constrainedOf[i];
    trust += tr0[i] + tr1[i] + tr2[i];
    view += viewOf[i];
    if (informedAt[i] >= 0 && m - informedAt[i] < 3) informed++;
    if (resourcedAt[i] >= 0 && m - resourcedAt[i] < 12) resourced++;
  }
  const n = pop.count;
  const meanTrust = meanDirectedTrustOf(w, trust);
  const survey = w.rec.survey;
  survey.trust = meanTrust;
  survey.agreement = (w.agency.view + w.bank.view + w.association.view + (n > 0 ? view / n : 0)) / 4;
  survey.informed = n > 0 ? informed / n : 0;
  survey.resourced = n > 0 ? resourced / n : 0;

  const win = w.rec.window;
  const days = p.workDaysPerMonth;
  const perDay = made / days;
  s.setAt(COL.producers, m, n);
  s.setAt(COL.workers, m, workers);
  s.setAt(
    COL.productionPerDay,
    m,
    p.productionReading === 'cluster' ? perDay : n > 0 ? (perDay * p.piecesPerWorkerDayProducerReading) / p.piecesPerWorkerDay / n : 0,
  );
  s.setAt(COL.meanCapital, m, n > 0 ? capital / n : 0);
  s.setAt(COL.totalCapital, m, capital);
  s.setAt(COL.loansOutstanding, m, loans);
  s.setAt(COL.newLoans, m, win.now(EV.loans));
  s.setAt(COL.defaults, m, win.now(EV.defaults));
  s.setAt(COL.constrainedShare, m, n > 0 ? constrained / n : 0);
  s.setAt(COL.shareTrained, m, n > 0 ? trained / n : 0);
  s.setAt(COL.ordersPerDay, m, orders / days);
  s.setAt(COL.unmetPerDay, m, w.unmet / days);
  s.setAt(COL.jointOrdersPerDay, m, w.demandJoint / days);
  s.setAt(COL.price, m, made > 0 ? revenue / made : p.pricePerPiece);
  s.setAt(COL.undercutShare, m, n > 0 ? undercut / n : 0);
  s.setAt(COL.meetings, m, win.now(EV.meetings));
  s.setAt(COL.jointEvents, m, win.now(EV.jointEvents));
  s.setAt(COL.jointOrders, m, win.now(EV.jointOrders));
  s.setAt(COL.commitmentsKept, m, win.now(EV.kept));
  s.setAt(COL.commitmentsDenied, m, win.now(EV.denied));
  s.setAt(COL.meanTrust, m, meanTrust);
  s.setAt(COL.publicSpending, m, w.spending);
  const f = w.flows;
  s.setAt(COL.publicSpendingTraining, m, f[FLOW.training]);
  s.setAt(COL.publicSpendingExhibitions, m, f[FLOW.exhibitions]);
  s.setAt(COL.publicSpendingAidGrants, m, f[FLOW.aidGrants]);
  s.setAt(COL.publicSpendingAgencyFund, m, f[FLOW.agencyFund]);
  s.setAt(COL.publicSpendingBankFund, m, f[FLOW.bankFund]);
  // Staff time is reset each month and only spent, so what is missing was used.
  s.setAt(COL.agencyStaffDaysUsed, m, p.agencyStaffDays - w.agency.staffLeft);
  s.setAt(COL.loansDisbursed, m, f[FLOW.loansDisbursed]);
  s.setAt(COL.loansWrittenOff, m, f[FLOW.loansWrittenOff]);
  s.setAt(COL.revenue, m, f[FLOW.revenue]);
  s.setAt(COL.materialCosts, m, f[FLOW.materials]);
  s.setAt(COL.wagesPaid, m, f[FLOW.wages]);
  s.setAt(COL.householdIncome, m, f[FLOW.draws]);
  s.setAt(COL.loanRepayments, m, f[FLOW.repayments]);
  s.setAt(COL.mouInForce, m, w.mou.inForce ? 1 : 0);
  const scores = r.scores;
  computeDeSeve(w.rec, scores);
  let sum = 0;
  for (let k = 0; k < DESEVE_ITEMS.length; k++) {
    s.setAt(DESEVE_COL[k], m, scores[k]);
    sum += scores[k];
  }
  s.setAt(COL.composite, m, sum / DESEVE_ITEMS.length);
}
