/**
 * Entries of World.powMemo: results of Math.pow for inputs that take few values in a
 * run, kept across months (the loan terms at the current annual rate; the demand
 * shift of the last two prices seen). Its own module so that the stages and world.ts
 * share the layout without importing each other.
 */
export const POW = { annualRate: 0, monthlyRate: 1, instalment: 2, priceA: 3, shiftA: 4, priceB: 5, shiftB: 6 } as const;
export const POW_SIZE = 8;
