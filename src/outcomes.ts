import { DESEVE_DESCRIPTIONS, DESEVE_ITEMS } from './governance/deseve.js';

/**
 * The outcomes recorded for every month of a run (EMA Workbench's "outcomes"): the
 * single list that the recorder, CSV writer, metadata and summaries read.
 */
export interface Outcome {
  readonly name: string;
  readonly unit: string;
  readonly description: string;
}

const BASE = [
  { name: 'producers', unit: 'workshops', description: 'Active blangkon workshops.' },
  { name: 'workers', unit: 'persons', description: 'Workers in all active workshops (owners included).' },
  {
    name: 'productionPerDay',
    unit: 'pieces/day',
    description:
      'Pieces made per working day, in the chosen productionReading: cluster total ("cluster") or mean per workshop ("producer").',
  },
  { name: 'meanCapital', unit: 'Rp M', description: 'Mean working capital per active workshop.' },
  { name: 'totalCapital', unit: 'Rp M', description: 'Working capital of all active workshops.' },
  { name: 'loansOutstanding', unit: 'Rp M', description: 'Loan balances still to be repaid (bank and pooled fund).' },
  { name: 'newLoans', unit: 'loans', description: 'Loans disbursed this month (bank and pooled fund).' },
  { name: 'defaults', unit: 'loans', description: 'Loans written off as defaulted this month.' },
  { name: 'constrainedShare', unit: 'share', description: 'Share of active workshops whose working capital limited this month\'s production.' },
  { name: 'shareTrained', unit: 'share', description: 'Share of active workshops whose owner attended agency training.' },
  { name: 'ordersPerDay', unit: 'pieces/day', description: 'Orders received by the cluster per working day (incl. exhibition sales), cluster total.' },
  { name: 'unmetPerDay', unit: 'pieces/day', description: 'Orders the cluster could not serve, per working day.' },
  { name: 'jointOrdersPerDay', unit: 'pieces/day', description: 'Joint orders (brokered by the agency, pre-financed by the bank, divided by the association) being delivered, per working day.' },
  { name: 'price', unit: 'Rp M/piece', description: 'Mean price charged per piece (standard price less undercutting).' },
  { name: 'undercutShare', unit: 'share', description: 'Share of workshops undercutting the standard price this month.' },
  { name: 'meetings', unit: 'meetings', description: 'Coordination meetings held this month.' },
  { name: 'jointEvents', unit: 'events', description: 'Programme events run jointly by more than one stakeholder this month, and joint orders won.' },
  { name: 'jointOrders', unit: 'orders', description: 'Joint orders won this month (agency, bank and association all kept their part).' },
  { name: 'commitmentsKept', unit: 'promises', description: 'Promises kept this month (all stakeholders).' },
  { name: 'commitmentsDenied', unit: 'promises', description: 'Promises denied this month (all stakeholders, defaults included).' },
  { name: 'meanTrust', unit: '[0,1]', description: 'Mean directed trust among agency, bank, association and producers.' },
  { name: 'publicSpending', unit: 'Rp M', description: 'Public money spent on the cluster this month: agency training, exhibitions and aid grants, and agency and bank contributions to a pooled fund.' },
  { name: 'publicSpendingTraining', unit: 'Rp M', description: 'Part of public spending: agency training sessions held this month.' },
  { name: 'publicSpendingExhibitions', unit: 'Rp M', description: 'Part of public spending: agency exhibitions held this month.' },
  { name: 'publicSpendingAidGrants', unit: 'Rp M', description: 'Part of public spending: agency aid grants paid to workshops this month (decided proposals).' },
  { name: 'publicSpendingAgencyFund', unit: 'Rp M', description: 'Part of public spending: the agency\'s contributions to an MoU pooled fund this month.' },
  { name: 'publicSpendingBankFund', unit: 'Rp M', description: 'Part of public spending: the city bank\'s contributions to an MoU pooled fund this month (from its lending funds).' },
  { name: 'agencyStaffDaysUsed', unit: 'staff-days', description: 'Agency staff time used this month: meetings, training, exhibitions, coaching, proposal decisions, brokering joint orders.' },
  { name: 'loansDisbursed', unit: 'Rp M', description: 'Loan money paid out to workshops this month (bank loans, pooled-fund loans, order-backed advances).' },
  { name: 'loansWrittenOff', unit: 'Rp M', description: 'Loan balances written off as defaulted this month (bank and pooled fund).' },
  { name: 'revenue', unit: 'Rp M', description: 'Producers\' sales this month (pieces made times the price charged), cluster total.' },
  { name: 'materialCosts', unit: 'Rp M', description: 'Producers\' spending on materials this month, cluster total.' },
  { name: 'wagesPaid', unit: 'Rp M', description: 'Wages paid to hired workers this month (owners are unpaid), cluster total.' },
  { name: 'householdIncome', unit: 'Rp M', description: 'What owners\' households drew from their workshops this month, cluster total.' },
  { name: 'loanRepayments', unit: 'Rp M', description: 'Loan instalments paid this month (principal and interest; bank, pooled fund and advances), cluster total.' },
  { name: 'mouInForce', unit: '0/1', description: '1 while a signed MoU is in force.' },
] as const satisfies readonly Outcome[];

export const OUTCOMES: readonly Outcome[] = [
  ...BASE,
  ...DESEVE_ITEMS.map((d) => ({ name: d, unit: '[0,1]', description: DESEVE_DESCRIPTIONS[d] })),
  { name: 'composite', unit: '[0,1]', description: 'Collaboration index: unweighted mean of the eight DeSeve scores.' },
];

export type OutcomeName = (typeof BASE)[number]['name'] | (typeof DESEVE_ITEMS)[number] | 'composite';
export const OUTCOME_NAMES = OUTCOMES.map((o) => o.name) as OutcomeName[];
