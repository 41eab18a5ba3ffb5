import type { World } from '../world.js';

/**
 * The month's costs and benefits by kind (Rp M): public money by programme, credit,
 * and the producers' account. Each is added where the model books the flow, into one
 * Float64Array of the world (`w.flows`, no allocation per month); `beginMonth` clears
 * it and `record` reports it. Measurement only: nothing in the model reads it.
 */
export const FLOW = {
  // Public spending, the parts of `w.spending`: agency training, exhibitions, aid grants,
  // pooled-fund contributions of agency and bank.
  training: 0,
  exhibitions: 1,
  aidGrants: 2,
  agencyFund: 3,
  bankFund: 4,
  // Loans paid out (bank loans, pooled-fund loans, order-backed advances) and balances written off.
  loansDisbursed: 5,
  loansWrittenOff: 6,
  // Producers' account: sales, materials, hired workers' wages, household draws, loan instalments paid.
  revenue: 7,
  materials: 8,
  wages: 9,
  draws: 10,
  repayments: 11,
  // Capital entrants bring in and exiting workshops take out (negative when they leave owing).
  startupCapital: 12,
  exitCapital: 13,
} as const;

export type Flow = (typeof FLOW)[keyof typeof FLOW];
export const FLOW_COUNT = 14;

/** The flows that make up public spending. */
export const PUBLIC_SPENDING_FLOWS = [FLOW.training, FLOW.exhibitions, FLOW.aidGrants, FLOW.agencyFund, FLOW.bankFund] as const;
export type PublicSpendingFlow = (typeof PUBLIC_SPENDING_FLOWS)[number];

/** Counts public money spent on the cluster, in the total and in its programme. */
export function spendPublic(w: World, flow: PublicSpendingFlow, amount: number): void {
  w.spending += amount;
  w.flows[flow] += amount;
}
