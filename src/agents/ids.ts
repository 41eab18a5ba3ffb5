/**
 * Stakeholder ids: a leaf module (imports nothing), so that governance code can name
 * stakeholders without importing the agents' implementations.
 */
export const AGENCY = 0;
export const BANK = 1;
export const ASSOCIATION = 2;
/** The producers as a group, when institutions trust or promise to "the producers". */
export const PRODUCERS = 3;
export const STAKEHOLDERS = ['agency', 'bank', 'association', 'producers'] as const;
