/**
 * Fitting to data: ABC-SMC over a calibration's parameters against the observed
 * yearly means (root mean square relative error), then a posterior predictive check.
 * Takes a checked calibration (experiments/calibration.ts) and returns the data the
 * CLI writes and prints.
 */
import { abcSmc, posteriorSummary, type AbcPopulation, type AbcResult, type ParameterSummary } from '../analysis/abc.js';
import { quantilesOf, yearMean, type Quantiles } from '../analysis/stats.js';
import type { Problem } from '../design/problem.js';
import { deriveSeed } from '../engine/rng.js';
import { CALIBRATED_OUTCOMES, type Calibration } from '../experiments/calibration.js';
import { runModel } from '../model.js';
import { withOverrides } from '../params/index.js';

/** Posterior predictive band of one outcome in one year, against the observation. */
export interface PredictiveRow extends Quantiles {
  readonly year: number;
  readonly metric: (typeof CALIBRATED_OUTCOMES)[number];
  readonly observed: number;
}

export interface CalibrationOutcome {
  readonly problem: Problem;
  readonly result: AbcResult;
  /** The last population: the posterior sample. */
  readonly posterior: AbcPopulation;
  readonly summary: ParameterSummary[];
  readonly predictive: PredictiveRow[];
  /** Posterior medians (integers rounded): the calibrated scenario's overrides. */
  readonly medians: Record<string, number>;
}

/** Posterior draws simulated for the predictive check (at most). */
const PREDICTIVE_DRAWS = 200;

/** The distance of simulated yearly means from the observations: root mean square relative error. */
export function rmsRelativeError(sim: readonly (readonly number[])[], obs: readonly (readonly number[])[]): number {
  let s = 0;
  let n = 0;
  sim.forEach((row, y) =>
    row.forEach((v, k) => {
      s += ((v - obs[y][k]) / obs[y][k]) ** 2;
      n++;
    }),
  );
  return Math.sqrt(s / n);
}

/** Runs ABC-SMC and the posterior predictive check; `onSimulation` is told the count so far. */
export function calibrate(c: Calibration, onSimulation?: (simulations: number) => void): CalibrationOutcome {
  const { problem } = c;
  const round = (v: number, k: number) => (problem.integer?.[k] ? Math.round(v) : v);
  // Yearly means of the calibrated outcomes for one parameter draw: years x outcomes.
  const simulateYears = (theta: readonly number[], seed: number) => {
    const params = withOverrides(c.base, Object.fromEntries(theta.map((v, k) => [problem.names[k], round(v, k)])));
    const { series } = runModel(params, seed);
    return c.years.map((year) => CALIBRATED_OUTCOMES.map((m) => yearMean(series.column(m), params.startYear, year)));
  };
  let sims = 0;
  const result = abcSmc({
    prior: problem,
    simulate: (theta, seed) => {
      onSimulation?.(++sims);
      return rmsRelativeError(simulateYears(theta, seed), c.observations);
    },
    particles: c.particles,
    populations: c.populations,
    maxSimulations: c.maxSimulations,
    seed: c.seed,
  });
  const posterior = result.populations[result.populations.length - 1];
  const summary = posteriorSummary(posterior, problem.names);
  const draws = Math.min(PREDICTIVE_DRAWS, posterior.particles.length);
  const pred = Array.from({ length: draws }, (_, k) => simulateYears(posterior.particles[k], deriveSeed(c.seed, 'predictive', k)));
  const predictive = c.years.flatMap((year, y) =>
    CALIBRATED_OUTCOMES.map((metric, k) => {
      return { year, metric, observed: c.observations[y][k], ...quantilesOf(pred.map((p) => p[y][k])) };
    }),
  );
  const medians = Object.fromEntries(summary.map((s) => [s.name, round(s.median, problem.names.indexOf(s.name))]));
  return { problem, result, posterior, summary, predictive, medians };
}
