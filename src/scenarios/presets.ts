/**
 * Named scenarios (MODEL-BRIEF section 5): each is only a set of parameter
 * overrides on the declared defaults, so a user scenario file is the same thing.
 */
export interface ScenarioDef {
  readonly name: string;
  readonly description: string;
  /** Another scenario this one starts from (its overrides are applied first). */
  readonly base?: string;
  readonly params: Readonly<Record<string, unknown>>;
}

export const PRESETS: readonly ScenarioDef[] = [
  { name: 'status-quo', description: 'No MoU: incidental coordination, promises can be denied (the 2015 situation).', params: {} },
  {
    name: 'mou',
    description: 'Binding MoU negotiated by all four stakeholders from month 1 and signed once trust and two meetings with every signatory allow (median month 11): monitoring, sanctions, meetings every 2 months, clear roles, a channel for proposals.',
    params: { mouSignMonth: 1 },
  },
  {
    name: 'mou-hollow',
    description: 'MoU signed by all with nothing behind it: no monitoring, no sanction, no scheduled meetings, no role clarity, no feedback channel, no fund, no negotiation. A check that signing alone changes nothing.',
    base: 'mou',
    params: { mouMonitoring: 0, mouSanction: 0, mouMeetingInterval: 0, mouRoleClarity: 0, mouFeedbackChannel: false, mouNegotiationMeetings: 0 },
  },
  {
    name: 'status-quo-equal-spending',
    description: 'No MoU, but about the same public money and programme delivery as under `mou`: more scheduled trainings and exhibitions. The control that separates what binding adds from what spending adds.',
    params: { trainingsPerYear: 3, exhibitionsPerYear: 6 },
  },
  { name: 'mou-late', description: 'The same MoU, negotiated from January of year 3 (month 25).', base: 'mou', params: { mouSignMonth: 25 } },
  { name: 'mou-weak', description: 'MoU signed but not enforced: no monitoring and no sanction.', base: 'mou', params: { mouMonitoring: 0, mouSanction: 0 } },
  { name: 'mou-imposed', description: 'MoU imposed from above rather than negotiated: signed regardless of trust, crowds out motivation.', base: 'mou', params: { mouAdoption: 'imposed' } },
  { name: 'mou-partial', description: 'Partial MoU: only the agency and the bank sign.', base: 'mou', params: { mouSignatories: 'agency-bank' } },
  { name: 'mou-fund', description: 'MoU plus a pooled fund of Rp 60 M a year from agency and bank, lent interest-free.', base: 'mou', params: { mouPooledFund: 60 } },
  { name: 'mou-lapse', description: 'MoU that lapses after a 3-year term and is not renewed.', base: 'mou', params: { mouTermMonths: 36 } },
  { name: 'strong-association', description: 'No MoU, but a strengthened association (more brokering, relaying and attendance).', params: { associationCapacity: 1.8 } },
  { name: 'market-linkage', description: 'No MoU, more market linkage: twice the exhibitions and three times the outside firm\'s offers (the Danar Hadi channel).', params: { exhibitionsPerYear: 8, firmOfferProb: 0.12 } },
  { name: 'dress-rule-dropped', description: 'Status quo with the Thursday dress rule dropped from January 2015 (month 37).', params: { dressRuleEndMonth: 37 } },
  {
    name: 'city-scale',
    description: 'Status quo at city scale: Surakarta\'s 1,512 small firms in 5 districts, each with its own association; demand scaled by 1512/26 (agency and bank programmes keep their Serengan size).',
    params: { clusters: 5, producerPool: 1512, initialProducers: 930, demandScale: 58.15 },
  },
  { name: 'mou-dress-rule-dropped', description: 'MoU negotiated from month 1, and the Thursday dress rule dropped from January 2015.', base: 'mou', params: { dressRuleEndMonth: 37 } },
];
