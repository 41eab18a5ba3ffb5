import type { World } from '../world.js';

/**
 * Monthly orders for the cluster (pieces). Everyday orders from traders and buyers
 * grow slowly; souvenir orders need market linkage; buyers won at exhibitions stay
 * for a while and then drift away. Bulk orders come from the Thursday dress rule
 * (until it is dropped) and from ceremonies, which follow a yearly season.
 */
export function updateDemand(w: World): void {
  const p = w.p;
  const years = w.month / 12;
  const growth = Math.pow(1 + p.demandGrowth, years);
  const calendarMonth = (w.month % 12) + 1;
  const season = 1 + p.ceremonySeasonality * Math.cos((2 * Math.PI * (calendarMonth - p.ceremonyPeakMonth)) / 12);
  const dressRule = p.dressRuleEndMonth > 0 && w.month >= p.dressRuleEndMonth - 1 ? 0 : p.dressRuleDemand;
  w.linkage *= 1 - p.linkageDecay;
  // demandScale sizes the market for populations beyond one Serengan-sized cluster;
  // buyers won at exhibitions (linkage) already scale with the exhibitors.
  const everydayPerDay = (p.baseDemand + p.souvenirDemand * p.marketLinkage) * growth * p.demandScale + w.linkage;
  const bulkPerDay = (dressRule + p.ceremonyDemand * season) * p.demandScale;
  // Everyday orders arrive one by one: Poisson noise around the expected level.
  w.demandDirect = w.rng.demand.poisson(everydayPerDay * p.workDaysPerMonth);
  w.demandBulk = bulkPerDay * p.workDaysPerMonth;
  const joint = w.jointOrder;
  w.demandJoint = joint.monthsLeft > 0 ? joint.piecesPerMonth : 0;
  if (joint.monthsLeft > 0 && --joint.monthsLeft === 0) joint.piecesPerMonth = 0;
}

/** Pieces of orders from producers' exhibition sales and lasting buyers, for `n` exhibitors. */
export function exhibitionEffect(w: World, exhibitors: Int32Array, n: number): void {
  const p = w.p;
  for (let q = 0; q < n; q++) w.producers.fairSales[exhibitors[q]] += p.exhibitionSales * p.marketLinkage;
  w.linkage += n * p.exhibitionBuyers * p.marketLinkage;
}
