import { deriveSeed } from '../engine/rng.js';
import type { ParamValue } from '../params/index.js';

/**
 * The identities runs are seeded by: design points and run seeds. A small module of
 * its own, so that the explorer seeds its runs exactly as `run`, `compare` and
 * experiments do without loading the designs.
 */

export function canonical(values: Record<string, ParamValue>): string {
  return JSON.stringify(Object.keys(values).sort().map((k) => [k, values[k]]));
}

/** Identity of a design point: a hash of its values ('base' for no values). */
export function pointId(values: Record<string, ParamValue>): string {
  if (Object.keys(values).length === 0) return 'base';
  return 'p' + deriveSeed('design-point', canonical(values)).toString(16).padStart(14, '0');
}

/** Identity of the single design point of an experiment without a design (no parameter varied). */
export const NO_DESIGN_POINT = pointId({});

/**
 * Seed of a run. With common random numbers (the default) replicate r of every
 * scenario at a design point gets the same seed, so with one random stream per
 * process two scenarios differ only where their processes differ and their
 * difference can be read pairwise (a much narrower interval). Seeds hash identities,
 * never positions: adding scenarios, points or replicates changes no existing seed.
 */
export function runSeed(experimentSeed: number, point: string, scenario: string, replicate: number, randomNumbers: 'common' | 'independent'): number {
  return randomNumbers === 'common' ? deriveSeed(experimentSeed, point, replicate) : deriveSeed(experimentSeed, point, scenario, replicate);
}
