/**
 * Fitting to data: ABC-SMC over a calibration's parameters against the observed
 * yearly means (root mean square relative error), then a posterior predictive check.
 * Takes a checked calibration (experiments/calibration.ts) and returns the data the
 * CLI writes and prints. The simulations go through a batch evaluator: this thread's
 * (calibrationSimulator) or one the caller supplies (the runner's worker pool). A
 * simulation's seed depends only on the calibration seed and its identity
 * (population and proposal index, or predictive draw), so where it ran never matters.
 */
import { abcSmcAsync, posteriorSummary, type AbcPopulation, type AbcResult, type ParameterSummary } from '../analysis/abc.js';
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

/**
 * Simulates a batch of parameter draws: the yearly means of CALIBRATED_OUTCOMES of
 * each, years x outcomes row-major, draw after draw (thetas.length x years x outcomes).
 */
export type YearlyMeansBatch = (thetas: readonly (readonly number[])[], seeds: readonly number[], signal?: AbortSignal) => Float64Array | Promise<Float64Array>;

/** The calibration's simulator in this thread (also what each pool worker runs). */
export function calibrationSimulator(c: Calibration): (thetas: readonly (readonly number[])[], seeds: readonly number[]) => Float64Array {
  const { problem } = c;
  const width = c.years.length * CALIBRATED_OUTCOMES.length;
  return (thetas, seeds) => {
    const out = new Float64Array(thetas.length * width);
    thetas.forEach((theta, i) => {
      const params = withOverrides(c.base, Object.fromEntries(theta.map((v, k) => [problem.names[k], problem.integer?.[k] ? Math.round(v) : v])));
      const { series } = runModel(params, seeds[i]);
      c.years.forEach((year, y) =>
        CALIBRATED_OUTCOMES.forEach((m, k) => (out[i * width + y * CALIBRATED_OUTCOMES.length + k] = yearMean(series.column(m), params.startYear, year))),
      );
    });
    return out;
  };
}

export interface CalibrateOptions {
  /** Where the simulations run (default: this thread). */
  simulate?: YearlyMeansBatch;
  /** Told the count of simulations so far, after each batch. */
  onSimulation?: (simulations: number) => void;
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

/** Runs ABC-SMC and the posterior predictive check. */
export async function calibrate(c: Calibration, options: CalibrateOptions = {}): Promise<CalibrationOutcome> {
  const { problem } = c;
  const round = (v: number, k: number) => (problem.integer?.[k] ? Math.round(v) : v);
  const simulate = options.simulate ?? calibrationSimulator(c);
  const nYears = c.years.length;
  const nOut = CALIBRATED_OUTCOMES.length;
  // Yearly means of each draw (years x outcomes).
  const simulateYears = async (thetas: number[][], seeds: number[], signal?: AbortSignal) => {
    const flat = await simulate(thetas, seeds, signal);
    if (flat.length !== thetas.length * nYears * nOut) throw new Error(`calibrate: ${flat.length} yearly means for ${thetas.length} simulations`);
    return thetas.map((_, i) => c.years.map((_, y) => Array.from(flat.subarray((i * nYears + y) * nOut, (i * nYears + y + 1) * nOut))));
  };
  let sims = 0;
  const result = await abcSmcAsync({
    prior: problem,
    simulateBatch: async (thetas, seeds, signal) => {
      const years = await simulateYears(thetas, seeds, signal);
      options.onSimulation?.((sims += thetas.length));
      return years.map((y) => rmsRelativeError(y, c.observations));
    },
    // A supplied evaluator runs elsewhere (a pool): keep it fed across batches.
    lookahead: options.simulate !== undefined,
    particles: c.particles,
    populations: c.populations,
    maxSimulations: c.maxSimulations,
    seed: c.seed,
  });
  const posterior = result.populations[result.populations.length - 1];
  const summary = posteriorSummary(posterior, problem.names);
  const draws = Math.min(PREDICTIVE_DRAWS, posterior.particles.length);
  const pred = await simulateYears(
    posterior.particles.slice(0, draws),
    Array.from({ length: draws }, (_, k) => deriveSeed(c.seed, 'predictive', k)),
  );
  const predictive = c.years.flatMap((year, y) =>
    CALIBRATED_OUTCOMES.map((metric, k) => {
      return { year, metric, observed: c.observations[y][k], ...quantilesOf(pred.map((p) => p[y][k])) };
    }),
  );
  const medians = Object.fromEntries(summary.map((s) => [s.name, round(s.median, problem.names.indexOf(s.name))]));
  return { problem, result, posterior, summary, predictive, medians };
}
