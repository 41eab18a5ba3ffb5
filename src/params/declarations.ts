/**
 * Every model parameter, declared exactly once.
 *
 * The CLI (`--set`, `collabsim params`), scenario validation, docs and later the
 * explorer sliders and experiment designs all read this list; nothing else in the
 * code base may invent a parameter or a default.
 *
 * Money is in millions of constant 2012 rupiah ("Rp M"); pieces are blangkon in the
 * "cluster" reading of Table 1.2 (see `productionReading`); time is in months.
 */

export type ParamGroup =
  | 'simulation'
  | 'demand'
  | 'producers'
  | 'agency'
  | 'bank'
  | 'association'
  | 'firm'
  | 'trust'
  | 'commitment'
  | 'meetings'
  | 'mou';

interface Base<N extends string> {
  readonly name: N;
  readonly group: ParamGroup;
  readonly description: string;
  readonly unit: string;
  /** Where the default comes from: a citation, a data table, or "assumption" (with why). */
  readonly source: string;
}
export interface RealDecl<N extends string = string> extends Base<N> {
  readonly kind: 'real';
  readonly default: number;
  readonly min: number;
  readonly max: number;
}
export interface IntDecl<N extends string = string> extends Base<N> {
  readonly kind: 'int';
  readonly default: number;
  readonly min: number;
  readonly max: number;
}
export interface BoolDecl<N extends string = string> extends Base<N> {
  readonly kind: 'bool';
  readonly default: boolean;
}
export interface EnumDecl<N extends string = string, O extends string = string> extends Base<N> {
  readonly kind: 'enum';
  readonly options: readonly O[];
  readonly default: O;
}
export type ParamDecl = RealDecl | IntDecl | BoolDecl | EnumDecl;

const ASSUME = 'assumption';

export const PARAMS = [
  // ---------------------------------------------------------------- simulation
  { name: 'months', kind: 'int', group: 'simulation', default: 120, min: 1, max: 600, unit: 'months',
    description: 'Simulated horizon in monthly steps, starting January of startYear.',
    source: 'assumption: ten years from the first year of Table 1.2 (Lukito & Haryanto 2016), 2012-2021' },
  { name: 'startYear', kind: 'int', group: 'simulation', default: 2012, min: 1975, max: 2100, unit: 'year',
    description: 'Calendar year of month 1 (used for dates and observation years).',
    source: 'Table 1.2 starts in 2012 (Lukito & Haryanto 2016)' },
  { name: 'productionReading', kind: 'enum', group: 'simulation', default: 'cluster', options: ['cluster', 'producer'], unit: '-',
    description: 'How Table 1.2 "production per day" is read and reported: "cluster" = total pieces/day of the whole cluster; "producer" = mean pieces/day per producer (pieces rescaled by piecesPerWorkerDayProducerReading).',
    source: 'Lukito & Haryanto 2016 Table 1.2 (the unit of production per day is not stated); defaults are calibrated to "cluster"' },
  { name: 'piecesPerWorkerDayProducerReading', kind: 'real', group: 'simulation', default: 16.5, min: 4, max: 30, unit: 'pieces/worker-day',
    description: 'Labour productivity implied by the "producer" reading; only changes the unit of reported pieces.',
    source: 'Table 1.2 read per producer: 60 x 16 / 58 = 16.5 (Lukito & Haryanto 2016)' },

  // ---------------------------------------------------------------- demand
  { name: 'baseDemand', kind: 'real', group: 'demand', default: 25, min: 0, max: 200, unit: 'pieces/day',
    description: 'Everyday orders from traders and individual buyers in 2012.',
    source: 'assumption, calibrated so total 2012 orders ~ 60/day (Table 1.2)' },
  { name: 'demandGrowth', kind: 'real', group: 'demand', default: 0.03, min: -0.1, max: 0.2, unit: '1/year',
    description: 'Annual growth of everyday and souvenir orders (population, tourism).',
    source: ASSUME },
  { name: 'demandScale', kind: 'real', group: 'demand', default: 1, min: 0, max: 100000, unit: 'multiplier',
    description: 'Multiplies every demand channel; for populations larger than the Serengan cluster (e.g. pool / 26).',
    source: 'scenario lever (city-scale runs)' },
  { name: 'dressRuleDemand', kind: 'real', group: 'demand', default: 14, min: 0, max: 100, unit: 'pieces/day',
    description: 'Orders due to the mayoral rule that civil servants wear Javanese dress on Thursdays, and regencies\' anniversaries.',
    source: 'Lukito & Haryanto 2016 (demand driver); size is an assumption' },
  { name: 'dressRuleEndMonth', kind: 'int', group: 'demand', default: -1, min: -1, max: 600, unit: 'month',
    description: 'Month from which the Thursday dress rule is dropped (demand shock); -1 = never.',
    source: 'scenario lever (the Thursday dress rule as demand driver, Lukito & Haryanto 2016)' },
  { name: 'ceremonyDemand', kind: 'real', group: 'demand', default: 10, min: 0, max: 100, unit: 'pieces/day',
    description: 'Mean orders for weddings, anniversaries and performances.',
    source: 'Lukito & Haryanto 2016 (demand driver); size is an assumption' },
  { name: 'ceremonySeasonality', kind: 'real', group: 'demand', default: 0.5, min: 0, max: 1, unit: '-',
    description: 'Relative amplitude of the yearly wedding-season cycle of ceremony orders.',
    source: ASSUME },
  { name: 'ceremonyPeakMonth', kind: 'int', group: 'demand', default: 7, min: 1, max: 12, unit: 'calendar month',
    description: 'Calendar month in which ceremony orders peak.',
    source: ASSUME },
  { name: 'souvenirDemand', kind: 'real', group: 'demand', default: 6, min: 0, max: 100, unit: 'pieces/day',
    description: 'Souvenir orders at tourist sites (reached only through market linkage).',
    source: 'Lukito & Haryanto 2016 (demand driver); size is an assumption' },
  { name: 'marketLinkage', kind: 'real', group: 'demand', default: 1, min: 0, max: 3, unit: 'multiplier',
    description: 'Strength of market linkage: scales souvenir orders, exhibition sales, the buyers won at exhibitions and joint orders. 0 removes market linkage.',
    source: 'Tambunan 2005 (linkage as precondition of growth)' },
  { name: 'exhibitionBuyers', kind: 'real', group: 'demand', default: 0.5, min: 0, max: 10, unit: 'pieces/day per exhibitor',
    description: 'Lasting orders won per producer per exhibition attended (new buyers), before decay.',
    source: ASSUME },
  { name: 'exhibitionSales', kind: 'real', group: 'demand', default: 40, min: 0, max: 500, unit: 'pieces per exhibitor',
    description: 'Direct sales of one producer at one exhibition.',
    source: ASSUME },
  { name: 'linkageDecay', kind: 'real', group: 'demand', default: 0.015, min: 0, max: 0.5, unit: '1/month',
    description: 'Monthly loss of buyers won at exhibitions.',
    source: ASSUME },

  // ---------------------------------------------------------------- producers
  { name: 'initialProducers', kind: 'int', group: 'producers', default: 16, min: 1, max: 2000000, unit: 'producers',
    description: 'Active producers in January of startYear.',
    source: 'Table 1.2 (2012: 16)' },
  { name: 'producerPool', kind: 'int', group: 'producers', default: 26, min: 1, max: 2000000, unit: 'producers',
    description: 'Potential producers (the city-wide registry); active producers never exceed it.',
    source: 'Lukito & Haryanto 2016: 26 registered blangkon producers' },
  { name: 'initialWorkersPerProducer', kind: 'real', group: 'producers', default: 3.625, min: 1, max: 20, unit: 'workers/producer',
    description: 'Mean workers per producer at start (owner included).',
    source: 'Table 1.2: 58 workers / 16 producers' },
  { name: 'maxWorkers', kind: 'int', group: 'producers', default: 19, min: 1, max: 100, unit: 'workers',
    description: 'Largest workforce of one workshop.',
    source: 'BPS size classes: small industry 5-19 workers' },
  { name: 'piecesPerWorkerDay', kind: 'real', group: 'producers', default: 1.2, min: 0.2, max: 5, unit: 'pieces/worker-day',
    description: 'Mean labour productivity at skill 1 (cluster reading).',
    source: 'Table 1.2 read as cluster total: 60/58 = 1.03 pieces per worker-day at ~85% utilisation' },
  { name: 'skillSpread', kind: 'real', group: 'producers', default: 0.15, min: 0, max: 1, unit: 'log-sd',
    description: 'Heterogeneity of producers\' skill (lognormal, mean 1).',
    source: 'de Mel et al. 2008 (very heterogeneous returns); value assumption' },
  { name: 'workDaysPerMonth', kind: 'int', group: 'producers', default: 25, min: 1, max: 31, unit: 'days',
    description: 'Working days per month (six-day week).',
    source: ASSUME },
  { name: 'pricePerPiece', kind: 'real', group: 'producers', default: 0.075, min: 0.01, max: 1, unit: 'Rp M/piece',
    description: 'Standard price agreed by the association (Rp 75,000).',
    source: 'assumption (mid-range hand-made blangkon)' },
  { name: 'materialShare', kind: 'real', group: 'producers', default: 0.35, min: 0, max: 0.9, unit: 'share of price',
    description: 'Cost of cloth and materials per piece, as a share of the price.',
    source: ASSUME },
  { name: 'wage', kind: 'real', group: 'producers', default: 0.9, min: 0.1, max: 5, unit: 'Rp M/worker-month',
    description: 'Monthly wage of a hired worker.',
    source: 'Surakarta minimum wage 2012: Rp 864,500' },
  { name: 'ownerDraw', kind: 'real', group: 'producers', default: 1.5, min: 0, max: 10, unit: 'Rp M/month',
    description: 'Usual household spending taken from the business each month (less in a month with a smaller surplus); part of the rest stays as working capital.',
    source: 'Lukito & Haryanto 2016: "modal" all goes to working capital; value assumption' },
  { name: 'retainedShare', kind: 'real', group: 'producers', default: 0.2, min: 0, max: 1, unit: 'share',
    description: 'Share of a month\'s surplus beyond the owner\'s usual draw kept as working capital; the rest goes to the household (withdrawals rise with income). Losses hit capital in full.',
    source: 'assumption, value calibrated to Table 1.2 (2012-14 production)' },
  { name: 'initialCapital', kind: 'real', group: 'producers', default: 10, min: 0, max: 1000, unit: 'Rp M',
    description: 'Mean working capital of a producer at start (lognormal, log-sd initialCapitalSpread).',
    source: 'assumption, calibrated so that 2012 production is ~60 pieces/day with working capital binding for some workshops (Lukito & Haryanto 2016: capital "very minimal")' },
  { name: 'initialCapitalSpread', kind: 'real', group: 'producers', default: 0.4, min: 0, max: 2, unit: 'log-sd',
    description: 'Heterogeneity of producers\' initial working capital (lognormal, mean initialCapital).',
    source: 'de Mel et al. 2008 (very heterogeneous microenterprise capital); value assumption' },
  { name: 'cashCycleMonths', kind: 'real', group: 'producers', default: 1.5, min: 0.25, max: 6, unit: 'months',
    description: 'Months between paying for materials and wages and being paid by buyers (traders take goods on consignment): working capital must carry this many months of production costs, so it limits what a workshop can make.',
    source: 'Lukito & Haryanto 2016 (all producers\' money is tied up as working capital); length assumption' },
  { name: 'hireUtilisation', kind: 'real', group: 'producers', default: 0.9, min: 0.5, max: 1, unit: 'share',
    description: 'Utilisation above which a producer hires one worker.',
    source: ASSUME },
  { name: 'layoffUtilisation', kind: 'real', group: 'producers', default: 0.55, min: 0, max: 0.9, unit: 'share',
    description: 'Utilisation below which a producer lays off one worker.',
    source: ASSUME },
  { name: 'adjustProb', kind: 'real', group: 'producers', default: 0.25, min: 0, max: 1, unit: '1/month',
    description: 'Probability that a producer acts on a hire/layoff signal in a month (labour adjustment is slow).',
    source: ASSUME },
  { name: 'entryRate', kind: 'real', group: 'producers', default: 8, min: 0, max: 20, unit: '1/month',
    description: 'Monthly start-up hazard of a trained would-be producer who has saved the start-up capital, when the cluster looks profitable, before crowding.',
    source: 'Weijland 1999 (entry responds to income, slowed by crowding); value calibrated to Table 1.2' },
  { name: 'startupCapital', kind: 'real', group: 'producers', default: 5, min: 0, max: 100, unit: 'Rp M',
    description: 'Savings a would-be producer needs before starting a workshop (tools, first materials); they become its working capital.',
    source: 'assumption (two to three months of a small workshop\'s costs)' },
  { name: 'startupSavingRate', kind: 'real', group: 'producers', default: 0.36, min: 0, max: 10, unit: 'Rp M/month',
    description: 'Mean monthly saving of a trained would-be producer toward the start-up capital (lognormal across people, log-sd savingSpread); saving starts at training.',
    source: 'McKenzie & Woodruff 2014 (training helps start-ups, with a lag); de Mel et al. 2008 (start-up is capital-constrained); value calibrated to the timing of Table 1.2' },
  { name: 'savingSpread', kind: 'real', group: 'producers', default: 0.2, min: 0, max: 2, unit: 'log-sd',
    description: 'Heterogeneity of would-be producers\' saving rates (lognormal, mean startupSavingRate): how spread out in time a training cohort\'s start-ups are.',
    source: ASSUME },
  { name: 'entryMemoryMonths', kind: 'real', group: 'producers', default: 6, min: 1, max: 60, unit: 'months',
    description: 'Memory of would-be producers: profit and unmet-demand signals are averaged with this time constant.',
    source: ASSUME },
  { name: 'exitLossMonths', kind: 'int', group: 'producers', default: 6, min: 1, max: 60, unit: 'months',
    description: 'Consecutive loss-making months after which a producer with no capital left exits.',
    source: 'Weijland 1999 (exit after sustained losses); value assumption' },

  // ---------------------------------------------------------------- agency (Dinas Perindustrian dan Perdagangan)
  { name: 'agencyBudget', kind: 'real', group: 'agency', default: 60, min: 0, max: 10000, unit: 'Rp M/year',
    description: 'Agency budget for the blangkon cluster (training, exhibitions, aid).',
    source: ASSUME },
  { name: 'agencyStaffDays', kind: 'real', group: 'agency', default: 12, min: 0, max: 1000, unit: 'staff-days/month',
    description: 'Agency staff time available for the cluster.',
    source: ASSUME },
  { name: 'trainingsPerYear', kind: 'int', group: 'agency', default: 2, min: 0, max: 24, unit: 'sessions/year',
    description: 'Scheduled training (pelatihan) sessions.',
    source: 'Lukito & Haryanto 2016 (agency trains); count assumption' },
  { name: 'trainingSeats', kind: 'int', group: 'agency', default: 8, min: 0, max: 10000, unit: 'participants',
    description: 'Participants per training session (producers and would-be producers).',
    source: 'Sandee et al. 1994 (programmes reach few producers per year); value assumption' },
  { name: 'trainingCost', kind: 'real', group: 'agency', default: 6, min: 0, max: 1000, unit: 'Rp M/session',
    description: 'Budget cost of one training session.',
    source: ASSUME },
  { name: 'trainingSkillGain', kind: 'real', group: 'agency', default: 0.04, min: 0, max: 0.5, unit: 'share',
    description: 'Productivity gain of a trained producer (modest: practices improve, profits rarely).',
    source: 'McKenzie & Woodruff 2014' },
  { name: 'coachingShare', kind: 'real', group: 'agency', default: 0.08, min: 0, max: 1, unit: 'share/month',
    description: 'Share of producers visited for coaching (pembinaan) each month.',
    source: ASSUME },
  { name: 'eventStaffDays', kind: 'real', group: 'agency', default: 2, min: 0, max: 100, unit: 'staff-days/event',
    description: 'Agency staff time to run one training session or exhibition.',
    source: ASSUME },
  { name: 'coachingStaffDays', kind: 'real', group: 'agency', default: 0.5, min: 0, max: 10, unit: 'staff-days/visit',
    description: 'Agency staff time per coaching visit.',
    source: ASSUME },
  { name: 'directReach', kind: 'real', group: 'agency', default: 0.7, min: 0, max: 1, unit: 'probability',
    description: 'Probability that agency or bank news reaches a producer directly (database, brochures) in a month with news.',
    source: 'Lukito & Haryanto 2016 (direct and brochure socialisation)' },
  { name: 'exhibitionsPerYear', kind: 'int', group: 'agency', default: 4, min: 0, max: 52, unit: 'exhibitions/year',
    description: 'Exhibitions (pameran) on the agency\'s published schedule.',
    source: 'Lukito & Haryanto 2016 (fair published schedule); count assumption' },
  { name: 'exhibitionSlots', kind: 'int', group: 'agency', default: 3, min: 0, max: 10000, unit: 'producers',
    description: 'Producers taken to each exhibition, chosen by fair rotation over the database.',
    source: ASSUME },
  { name: 'exhibitionCost', kind: 'real', group: 'agency', default: 5, min: 0, max: 1000, unit: 'Rp M/exhibition',
    description: 'Budget cost of one exhibition.',
    source: ASSUME },
  { name: 'proposalProb', kind: 'real', group: 'agency', default: 0.02, min: 0, max: 1, unit: '1/month',
    description: 'Monthly probability that a producer (via the association) submits an aid proposal.',
    source: 'Lukito & Haryanto 2016 (producers can submit proposals); value tuned so that status-quo access to resources reads low' },
  { name: 'proposalDecisionProb', kind: 'real', group: 'agency', default: 0.3, min: 0, max: 1, unit: '1/month',
    description: 'Monthly probability that a pending proposal gets a decision in the agency\'s routine (staff time permitting).',
    source: 'assumption, value tuned so that access to authority reads medium in the status quo' },
  { name: 'proposalExpiryMonths', kind: 'int', group: 'agency', default: 3, min: 1, max: 36, unit: 'months',
    description: 'A proposal with no decision after this many months is dropped (counted as ignored).',
    source: ASSUME },
  { name: 'aidGrant', kind: 'real', group: 'agency', default: 3, min: 0, max: 1000, unit: 'Rp M',
    description: 'Equipment or capital aid granted on an approved proposal.',
    source: ASSUME },

  // ---------------------------------------------------------------- bank (Bank Solo)
  { name: 'bankLendingPool', kind: 'real', group: 'bank', default: 40, min: 0, max: 100000, unit: 'Rp M',
    description: 'Bank funds set aside for soft loans to the cluster.',
    source: ASSUME },
  { name: 'loanSize', kind: 'real', group: 'bank', default: 5, min: 0.1, max: 1000, unit: 'Rp M',
    description: 'Size of one soft small-business loan.',
    source: 'assumption (KUR micro loans up to Rp 25 M)' },
  { name: 'loanRate', kind: 'real', group: 'bank', default: 0.22, min: 0, max: 1, unit: '1/year',
    description: 'Effective annual interest on soft loans until loanRateChangeMonth; loans are amortised in equal monthly instalments (annuity).',
    source: 'Indonesian KUR rate 2012-14: 22%/yr' },
  { name: 'loanRateLater', kind: 'real', group: 'bank', default: 0.09, min: 0, max: 1, unit: '1/year',
    description: 'Effective annual interest on loans granted from loanRateChangeMonth on.',
    source: 'Indonesian KUR rate from 2016: 9%/yr (the 12% of mid-2015 is folded into the change month)' },
  { name: 'loanRateChangeMonth', kind: 'int', group: 'bank', default: 49, min: -1, max: 600, unit: 'month',
    description: 'Month from which loanRateLater applies to new loans (49 = January 2016); -1 = never.',
    source: 'Indonesian KUR rate cuts 2015-16' },
  { name: 'loanTermMonths', kind: 'int', group: 'bank', default: 24, min: 1, max: 240, unit: 'months',
    description: 'Repayment term of a loan.',
    source: ASSUME },
  { name: 'loanDefaultMonths', kind: 'int', group: 'bank', default: 3, min: 1, max: 24, unit: 'months',
    description: 'Missed instalments after which a loan is written off as defaulted.',
    source: ASSUME },
  { name: 'creditNewsMonths', kind: 'int', group: 'bank', default: 12, min: 1, max: 60, unit: 'months',
    description: 'Months after a socialisation event (or other stakeholder news reaching a workshop) during which producers know of the soft credit and may apply.',
    source: ASSUME },
  { name: 'socialisationsPerYear', kind: 'int', group: 'bank', default: 2, min: 0, max: 52, unit: 'events/year',
    description: 'Bank credit socialisation events.',
    source: 'Lukito & Haryanto 2016 (bank socialises credit)' },

  // ---------------------------------------------------------------- association (paguyuban)
  { name: 'clusters', kind: 'int', group: 'association', default: 1, min: 1, max: 100000, unit: 'clusters',
    description: 'Number of clusters (districts), each with its own association that divides its members\' bulk orders and makes its own fair-division promise; producer slot i belongs to cluster i mod clusters.',
    source: 'scenario lever (city scale: Surakarta\'s 5 districts, Lukito & Haryanto 2016 Table 1.1)' },
  { name: 'orderRule', kind: 'enum', group: 'association', default: 'seniority', options: ['equal', 'capacity', 'seniority'], unit: '-',
    description: 'How the association splits bulk orders among members.',
    source: 'Lukito & Haryanto 2016 (association divides orders); rules from Albino et al. 2003' },
  { name: 'associationShare', kind: 'real', group: 'association', default: 0.5, min: 0, max: 1, unit: 'share',
    description: 'Share of bulk (dress-rule and ceremony) orders that pass through the association.',
    source: ASSUME },
  { name: 'undercutGain', kind: 'real', group: 'association', default: 0.3, min: 0, max: 5, unit: 'utility',
    description: 'Temptation to undercut the standard price (cartel dilemma).',
    source: 'Stigler 1964 (secret price cutting undermines a cartel); value assumption' },
  { name: 'undercutDiscount', kind: 'real', group: 'association', default: 0.1, min: 0, max: 0.5, unit: 'share of price',
    description: 'Price cut of an undercutting producer.',
    source: ASSUME },
  { name: 'priceMonitoring', kind: 'real', group: 'association', default: 0.3, min: 0, max: 1, unit: 'probability',
    description: 'Probability that the association checks whether a member kept the standard price in a month (members see each other\'s prices at the market); it has no sanction of its own.',
    source: 'Lukito & Haryanto 2016 (the association standardises prices); value assumption' },
  { name: 'jointOrderProb', kind: 'real', group: 'association', default: 0.35, min: 0, max: 1, unit: 'probability',
    description: 'Probability that a coordination meeting attended by agency, bank and association produces a joint order plan (agency brokers a bulk buyer, bank pre-finances materials, association divides and delivers).',
    source: 'Schmitz 1995; Schmitz & Nadvi 1999 (collective efficiency from joint action); Sandee & Rietveld 2001 (government-brokered links); value assumption' },
  { name: 'jointOrderSize', kind: 'real', group: 'association', default: 12, min: 0, max: 1000, unit: 'pieces/day',
    description: 'Size of a joint order (e.g. uniforms or souvenirs for an office, hotel or event), scaled by marketLinkage.',
    source: 'assumption (association-brokered bulk orders, Lukito & Haryanto 2016)' },
  { name: 'jointOrderMonths', kind: 'int', group: 'association', default: 4, min: 1, max: 36, unit: 'months',
    description: 'Months over which a joint order is delivered.',
    source: ASSUME },
  { name: 'priceElasticity', kind: 'real', group: 'association', default: 2, min: 0, max: 10, unit: '-',
    description: 'How strongly direct buyers shift toward a cheaper (undercutting) producer.',
    source: ASSUME },
  { name: 'relayProb', kind: 'real', group: 'association', default: 0.6, min: 0, max: 1, unit: 'probability',
    description: 'Probability that the association relays a piece of stakeholder information to a member.',
    source: 'Lukito & Haryanto 2016 (association relays information)' },
  { name: 'associationCapacity', kind: 'real', group: 'association', default: 1, min: 0, max: 3, unit: 'multiplier',
    description: 'Organisational strength of the association (members\' time); scales relay, order brokering and attendance.',
    source: ASSUME },

  // ---------------------------------------------------------------- outside firm (PT Danar Hadi)
  { name: 'firmOfferProb', kind: 'real', group: 'firm', default: 0.04, min: 0, max: 1, unit: '1/month',
    description: 'Monthly probability of an unsolicited, fully paid exhibition offer.',
    source: 'Lukito & Haryanto 2016 (Danar Hadi offered exhibitions unasked)' },
  { name: 'firmOfferSlots', kind: 'int', group: 'firm', default: 5, min: 0, max: 10000, unit: 'producers',
    description: 'Producers taken to one firm-sponsored exhibition.',
    source: ASSUME },

  // ---------------------------------------------------------------- trust
  { name: 'initialTrust', kind: 'real', group: 'trust', default: 0.5, min: 0, max: 1, unit: '[0,1]',
    description: 'Mean trust between stakeholders at start ("no full trust, they are doubtful").',
    source: 'Lukito & Haryanto 2016 (trust medium)' },
  { name: 'trustBuild', kind: 'real', group: 'trust', default: 0.1, min: 0, max: 1, unit: 'rate',
    description: 'Trust gained per kept promise, as a share of the remaining distance to the cap.',
    source: 'Pant & Yu 2025 (build 0.10)' },
  { name: 'trustErosion', kind: 'real', group: 'trust', default: 0.3, min: 0, max: 1, unit: 'rate',
    description: 'Trust lost per denied promise, as a share of current trust.',
    source: 'Pant & Yu 2025 (erosion 0.30; Slovic 1993 asymmetry)' },
  { name: 'dependenceAmplifier', kind: 'real', group: 'trust', default: 0.5, min: 0, max: 3, unit: 'multiplier',
    description: 'Extra erosion when the truster depends on the trustee.',
    source: 'Pant & Yu 2025' },
  { name: 'reputationHit', kind: 'real', group: 'trust', default: 0.15, min: 0, max: 1, unit: '[0,1]',
    description: 'Reputation damage added per denial; trust is capped at 1 - damage.',
    source: 'Pant & Yu 2025' },
  { name: 'reputationDecay', kind: 'real', group: 'trust', default: 0.03, min: 0, max: 1, unit: '1/month',
    description: 'Monthly decay of reputation damage (slow recovery).',
    source: 'Pant & Yu 2025 (0.03/period)' },
  { name: 'contractTrustComplement', kind: 'real', group: 'trust', default: 0.4, min: 0, max: 1, unit: 'share',
    description: 'Under an MoU, share of a monitored denial\'s trust loss avoided because it is explained and sanctioned.',
    source: 'Poppo & Zenger 2002 (contracts and trust are complements)' },

  // ---------------------------------------------------------------- commitment
  { name: 'commitBase', kind: 'real', group: 'commitment', default: 1.2, min: -5, max: 5, unit: 'promise-keeping points',
    description: 'Baseline propensity to keep a promise.',
    source: 'assumption: status-quo fulfilment about 0.8 (commitments "can be denied")' },
  { name: 'motivationWeight', kind: 'real', group: 'commitment', default: 1.5, min: 0, max: 10, unit: 'promise-keeping points',
    description: 'Weight of shared motivation (agreement on the common purpose) on keeping a promise.',
    source: 'Emerson, Nabatchi & Balogh 2012 (shared motivation)' },
  { name: 'reputationWeight', kind: 'real', group: 'commitment', default: 1.0, min: 0, max: 10, unit: 'promise-keeping points',
    description: 'Weight of reputational concern (trust others place in the promiser).',
    source: 'Ostrom 1998 (reputation, trust and reciprocity); value assumption' },
  { name: 'promiseCost', kind: 'real', group: 'commitment', default: 0.8, min: 0, max: 10, unit: 'promise-keeping points',
    description: 'Mean cost of carrying out a promised action (exponentially distributed per promise).',
    source: ASSUME },
  { name: 'initialViewAgency', kind: 'real', group: 'commitment', default: 0.8, min: 0, max: 1, unit: '[0,1]',
    description: 'The agency\'s initial agreement with the common purpose.',
    source: 'Lukito & Haryanto 2016 (purpose written in vision and mission); value assumption' },
  { name: 'initialViewBank', kind: 'real', group: 'commitment', default: 0.7, min: 0, max: 1, unit: '[0,1]',
    description: 'The bank\'s initial agreement with the common purpose.',
    source: 'Lukito & Haryanto 2016 (purpose written in vision and mission); value assumption' },
  { name: 'initialViewAssociation', kind: 'real', group: 'commitment', default: 0.5, min: 0, max: 1, unit: '[0,1]',
    description: 'The association\'s initial agreement with the common purpose.',
    source: 'Lukito & Haryanto 2016 (producers\' commitment is only "kept trust"); value assumption' },
  { name: 'smallWinsGain', kind: 'real', group: 'commitment', default: 0.015, min: 0, max: 0.5, unit: 'rate',
    description: 'Share of the distance to full agreement with the common purpose that a recipient gains from a promise kept to it (and loses, toward 0, from one denied).',
    source: 'Ansell & Gash 2008 (small wins feed commitment); value tuned so that status-quo commitment stays medium-low' },
  { name: 'opinionBound', kind: 'real', group: 'commitment', default: 0.35, min: 0, max: 1, unit: '[0,1]',
    description: 'Bounded-confidence threshold: views on the common purpose only converge when closer than this.',
    source: 'Deffuant et al. 2000' },
  { name: 'opinionRate', kind: 'real', group: 'commitment', default: 0.3, min: 0, max: 0.5, unit: 'rate',
    description: 'Convergence rate of views at a meeting.',
    source: 'Deffuant et al. 2000' },

  // ---------------------------------------------------------------- meetings
  { name: 'incidentalMeetingProb', kind: 'real', group: 'meetings', default: 0.15, min: 0, max: 1, unit: '1/month',
    description: 'Probability of an unscheduled coordination meeting in a month (also under an MoU, besides its scheduled ones).',
    source: 'Lukito & Haryanto 2016 (coordination incidental, around events)' },
  { name: 'meetingStaffDays', kind: 'real', group: 'meetings', default: 3, min: 0, max: 100, unit: 'staff-days',
    description: 'Agency staff time to prepare and hold one meeting.',
    source: ASSUME },
  { name: 'meetingRepresentatives', kind: 'int', group: 'meetings', default: 2, min: 0, max: 5, unit: 'producers',
    description: 'Producers\' representatives who come with the association to a coordination meeting.',
    source: ASSUME },
  { name: 'jointPlanningMonths', kind: 'int', group: 'meetings', default: 3, min: 0, max: 24, unit: 'months',
    description: 'Months after a kept coordination promise during which programme events can be planned jointly.',
    source: ASSUME },
  { name: 'jointActionProb', kind: 'real', group: 'meetings', default: 0.5, min: 0, max: 1, unit: 'probability',
    description: 'Probability that an event is planned jointly when a meeting in the last jointPlanningMonths produced a kept coordination promise.',
    source: ASSUME },

  // ---------------------------------------------------------------- MoU (the governance lever)
  { name: 'mouSignMonth', kind: 'int', group: 'mou', default: -1, min: -1, max: 600, unit: 'month',
    description: 'Month in which the MoU / joint decree is signed (1 = from the start); -1 = no MoU.',
    source: 'Lukito & Haryanto 2016 recommendation' },
  { name: 'mouTermMonths', kind: 'int', group: 'mou', default: 0, min: 0, max: 600, unit: 'months',
    description: 'Months the MoU stays in force before it lapses; 0 = no lapse.',
    source: 'scenario lever' },
  { name: 'mouSignatories', kind: 'enum', group: 'mou', default: 'all', options: ['all', 'agency-bank'], unit: '-',
    description: 'Who signs: all four stakeholders, or only the agency and the bank (partial MoU).',
    source: 'scenario lever' },
  { name: 'mouAdoption', kind: 'enum', group: 'mou', default: 'negotiated', options: ['negotiated', 'imposed'], unit: '-',
    description: 'Negotiated (needs minimum trust to be signed) or imposed (signed regardless, crowds out motivation).',
    source: 'DeCaro, Janssen & Lee 2015' },
  { name: 'mouMinTrust', kind: 'real', group: 'mou', default: 0.45, min: 0, max: 1, unit: '[0,1]',
    description: 'Mean trust among the stakeholders needed before a negotiated MoU can be signed; signing waits until it is reached.',
    source: 'Ansell & Gash 2008 (prehistory of cooperation and trust as starting conditions); value assumption' },
  { name: 'mouNegotiationMeetings', kind: 'int', group: 'mou', default: 2, min: 0, max: 24, unit: 'meetings',
    description: 'Coordination meetings attended by every signatory institution needed (from mouSignMonth on) to agree a negotiated MoU; an imposed one needs none.',
    source: 'Ansell & Gash 2008 (agreements come out of face-to-face dialogue); DeCaro et al. 2015; count assumption' },
  { name: 'imposedCrowdOut', kind: 'real', group: 'mou', default: 0.4, min: 0, max: 1, unit: 'share',
    description: 'When an MoU is imposed: share of the association\'s and producers\' agreement with the common purpose and of their trust in agency and bank lost at signing, and of their motivation to keep promises, to come to meetings and to propose while it binds them.',
    source: 'DeCaro, Janssen & Lee 2015 (imposed rules crowd out voluntary cooperation and lower trust)' },
  { name: 'mouMonitoring', kind: 'real', group: 'mou', default: 0.7, min: 0, max: 1, unit: 'probability',
    description: 'Probability that a denied promise by a signatory is detected (m).',
    source: 'Axelrod 1984; Ostrom 1990 (monitoring)' },
  { name: 'mouSanction', kind: 'real', group: 'mou', default: 2.0, min: 0, max: 10, unit: 'promise-keeping points',
    description: 'Sanction for a detected denial (F), in the same units as the promise cost.',
    source: 'Fudenberg & Maskin 1986; Ostrom 1990 (graduated sanctions)' },
  { name: 'mouMeetingInterval', kind: 'int', group: 'mou', default: 2, min: 0, max: 24, unit: 'months',
    description: 'Scheduled coordination meetings every this many months while the MoU is negotiated and in force; 0 = the MoU schedules no meetings.',
    source: 'Ansell & Gash 2008 (face-to-face dialogue)' },
  { name: 'mouRoleClarity', kind: 'real', group: 'mou', default: 0.5, min: 0, max: 1, unit: 'share',
    description: 'Share of the promise cost removed by clear role assignment in the MoU.',
    source: 'Ostrom 1990 design principle 1 (clear boundaries)' },
  { name: 'mouFeedbackChannel', kind: 'bool', group: 'mou', default: true, unit: '-',
    description: 'The MoU sets up a channel for proposals: pending proposals are tabled at meetings the association attends, where deciding them is the agency\'s promise.',
    source: 'Lukito & Haryanto 2016 (information one-way in status quo)' },
  { name: 'mouPooledFund', kind: 'real', group: 'mou', default: 0, min: 0, max: 10000, unit: 'Rp M/year',
    description: 'Joint fund under the MoU, lent to producers at no interest: half paid by the agency from a budget line the agreement earmarks (new city money, not its programme budget), half by the bank from its lending funds; each monthly contribution is a promise of the contributor.',
    source: 'scenario lever; the financing split is an assumption' },
  { name: 'routineDecay', kind: 'real', group: 'mou', default: 0.06, min: 0, max: 1, unit: '1/month',
    description: 'After an MoU lapses, its routines (scheduled meetings, monitoring, sanction, clear roles) fade by this share a month instead of stopping at once (half-life about 11 months at 0.06).',
    source: 'organisational memory decays (Argote 1999; Levitt & March 1988); value assumption' },
] as const satisfies readonly ParamDecl[];

type Decls = typeof PARAMS;
export type ParamName = Decls[number]['name'];

type ValueOf<D> = D extends { kind: 'enum'; options: readonly (infer O)[] }
  ? O
  : D extends { kind: 'bool' }
    ? boolean
    : number;

/** A complete, validated parameter set. */
export type Params = { readonly [D in Decls[number] as D['name']]: ValueOf<D> };
export type ParamValue = number | boolean | string;
