/**
 * Approximate Bayesian computation by sequential Monte Carlo (ABC-SMC; Toni et al.
 * 2009, with the importance weights and adaptive kernel of Beaumont et al. 2009).
 *
 * The caller supplies the prior (independent uniforms over a Problem's bounds, or a
 * custom sampler + density) and a stochastic simulator that returns a *distance*
 * between simulated and observed data: `simulate(theta, seed)`, or
 * `simulateBatch(thetas, seeds)` to evaluate many proposals at once. `abcSmcAsync`
 * takes a batch evaluator that returns a promise (a worker pool); both drive the
 * same algorithm (a generator that hands out batches), so they give the same result.
 *
 * Population 0 samples the prior (epsilon = Infinity unless a schedule says
 * otherwise). Population t then
 *   - sets epsilon_t to the `epsilonQuantile` (default 0.5) quantile of the
 *     previous population's distances (or takes it from `epsilons`);
 *   - proposes theta* by drawing a previous particle by weight and perturbing it
 *     with a Gaussian kernel whose covariance is twice the weighted covariance of
 *     the previous population (Beaumont et al. 2009; "diagonal" by default, "full"
 *     for the whole matrix); proposals outside the prior are redrawn without a
 *     simulation;
 *   - simulates proposals in batches and accepts, in proposal order, the first
 *     `particles` with distance <= epsilon_t;
 *   - weights each particle by prior(theta) / sum_j w_j K(theta | theta_j).
 * It stops after `populations` populations, when epsilon reaches `minEpsilon`, when
 * a population's acceptance rate falls below `minAcceptanceRate`, or when the
 * `maxSimulations` budget would be exceeded (the unfinished population is dropped).
 *
 * Deterministic given `seed`: proposal k of population t is always drawn from the
 * same generator position and simulated with seed deriveSeed(seed, 'abc', t, k), so
 * the result does not depend on the batch size (only the count of surplus
 * simulations does).
 */
import type { Problem } from '../design/problem.js';
import { deriveSeed, makeRng, type Rng } from '../engine/rng.js';
import { InputError } from '../errors.js';
import { quantile } from './stats.js';

export interface CustomPrior {
  names: string[];
  /** One draw from the prior. */
  sample(rng: Rng): number[];
  /** Prior density (up to a constant); 0 outside the support. */
  density(theta: readonly number[]): number;
}

export type AbcPrior = Problem | CustomPrior;

export interface AbcOptions {
  prior: AbcPrior;
  /** Returns the distance of one simulation from the observed data. */
  simulate?: (theta: number[], seed: number) => number;
  /** Evaluates many proposals at once; results in the same order. */
  simulateBatch?: (thetas: number[][], seeds: number[]) => ArrayLike<number>;
  /** Particles per population (default 200). */
  particles?: number;
  /** Most populations, the prior one included (default 10). */
  populations?: number;
  /** Quantile of the previous distances that sets the next epsilon (default 0.5). */
  epsilonQuantile?: number;
  /** Explicit epsilon schedule (population t uses epsilons[t]; default: adaptive). */
  epsilons?: readonly number[];
  /** Stop once epsilon is at or below this (default 0). */
  minEpsilon?: number;
  /** Stop after a population whose acceptance rate is below this (default 0). */
  minAcceptanceRate?: number;
  /** Simulation budget (default 100 000). */
  maxSimulations?: number;
  /** Perturbation kernel covariance: 2 x weighted covariance, "diagonal" (default) or "full". */
  kernel?: 'diagonal' | 'full';
  /** Proposals per call of simulateBatch (default: particles). */
  batchSize?: number;
  seed: number;
}

/** abcSmcAsync's options: a batch evaluator that may run elsewhere (a worker pool). */
export interface AbcAsyncOptions extends Omit<AbcOptions, 'simulate' | 'simulateBatch'> {
  /**
   * Distances of the proposals, in their order. A batch may be asked for before the
   * previous one is answered (look-ahead, to keep a pool busy); `signal` aborts it
   * when it turns out not to be needed (its population is complete).
   */
  simulateBatch: (thetas: number[][], seeds: number[], signal: AbortSignal) => Promise<ArrayLike<number>>;
  /** Ask for the next batch while one is simulated (default false: pointless when simulateBatch computes in this thread). */
  lookahead?: boolean;
}

/** One batch of proposals to simulate; the driver answers with their distances, in order. */
interface AbcBatch {
  thetas: number[][];
  seeds: number[];
  /** The following batch of the same population, if the budget allows one (drawn once, on first call). */
  next?: () => AbcBatch;
}

export interface AbcPopulation {
  t: number;
  epsilon: number;
  particles: number[][];
  /** Normalised importance weights. */
  weights: number[];
  distances: number[];
  /** Simulations run for this population (surplus of the last batch included). */
  simulations: number;
  /** Accepted / proposals examined (in order, up to the last accepted one). */
  acceptanceRate: number;
  /** Effective sample size 1 / sum w^2. */
  ess: number;
}

export interface AbcResult {
  names: string[];
  populations: AbcPopulation[];
  /** The last complete population: the posterior sample. */
  posterior: AbcPopulation;
  simulations: number;
  stoppedBy: 'populations' | 'minEpsilon' | 'acceptance' | 'budget' | 'epsilon-stalled';
}

export interface ParameterSummary {
  name: string;
  mean: number;
  sd: number;
  median: number;
  /** Equal-tailed credible interval at `level` (default 95 %). */
  lo: number;
  hi: number;
}

function isProblem(p: AbcPrior): p is Problem {
  return (p as Problem).bounds !== undefined;
}

function uniformPrior(problem: Problem): CustomPrior {
  const { bounds } = problem;
  let vol = 1;
  for (const [lo, hi] of bounds) vol *= hi - lo;
  return {
    names: problem.names,
    sample: (rng) => bounds.map(([lo, hi]) => lo + rng.next() * (hi - lo)),
    density: (theta) => {
      for (let j = 0; j < bounds.length; j++) if (!(theta[j] >= bounds[j][0] && theta[j] <= bounds[j][1])) return 0;
      return 1 / vol;
    },
  };
}

/** Weighted quantile: linear interpolation between the mid-points of the cumulative weights. */
export function weightedQuantile(values: readonly number[], weights: readonly number[], q: number): number {
  const idx = values.map((_, i) => i).sort((a, b) => values[a] - values[b]);
  let total = 0;
  for (const w of weights) total += w;
  let cum = 0;
  let prevP = Number.NaN;
  let prevV = Number.NaN;
  for (const i of idx) {
    const p = (cum + weights[i] / 2) / total;
    cum += weights[i];
    if (p >= q) {
      if (Number.isNaN(prevP)) return values[i];
      return prevV + ((q - prevP) / (p - prevP)) * (values[i] - prevV);
    }
    prevP = p;
    prevV = values[i];
  }
  return prevV;
}

/** Weighted mean, sd, median and equal-tailed credible interval per parameter. */
export function posteriorSummary(pop: Pick<AbcPopulation, 'particles' | 'weights'>, names?: readonly string[], level = 0.95): ParameterSummary[] {
  const d = pop.particles[0]?.length ?? 0;
  const tail = (1 - level) / 2;
  return Array.from({ length: d }, (_, j) => {
    const v = pop.particles.map((p) => p[j]);
    let wsum = 0;
    let m = 0;
    for (let i = 0; i < v.length; i++) {
      wsum += pop.weights[i];
      m += pop.weights[i] * v[i];
    }
    m /= wsum;
    let s = 0;
    for (let i = 0; i < v.length; i++) s += pop.weights[i] * (v[i] - m) ** 2;
    return {
      name: names?.[j] ?? `theta${j}`,
      mean: m,
      sd: Math.sqrt(s / wsum),
      median: weightedQuantile(v, pop.weights, 0.5),
      lo: weightedQuantile(v, pop.weights, tail),
      hi: weightedQuantile(v, pop.weights, 1 - tail),
    };
  });
}

/** Weighted covariance matrix of the particles. */
function weightedCov(particles: number[][], weights: number[]): number[][] {
  const d = particles[0].length;
  const mean = new Array<number>(d).fill(0);
  for (let i = 0; i < particles.length; i++) for (let j = 0; j < d; j++) mean[j] += weights[i] * particles[i][j];
  const c = Array.from({ length: d }, () => new Array<number>(d).fill(0));
  for (let i = 0; i < particles.length; i++)
    for (let j = 0; j < d; j++)
      for (let k = 0; k <= j; k++) c[j][k] += weights[i] * (particles[i][j] - mean[j]) * (particles[i][k] - mean[k]);
  for (let j = 0; j < d; j++) for (let k = 0; k < j; k++) c[k][j] = c[j][k];
  return c;
}

/** Lower Cholesky factor, or undefined if not positive definite. */
function cholesky(a: number[][]): number[][] | undefined {
  const d = a.length;
  const l = Array.from({ length: d }, () => new Array<number>(d).fill(0));
  for (let i = 0; i < d; i++)
    for (let j = 0; j <= i; j++) {
      let s = a[i][j];
      for (let k = 0; k < j; k++) s -= l[i][k] * l[j][k];
      if (i === j) {
        if (!(s > 0)) return undefined;
        l[i][i] = Math.sqrt(s);
      } else l[i][j] = s / l[j][j];
    }
  return l;
}

interface Kernel {
  /** theta + L z */
  perturb(theta: readonly number[], rng: Rng): number[];
  /** Unnormalised kernel density K(x | centre) (the constant cancels in the weights). */
  density(x: readonly number[], centre: readonly number[]): number;
}

function makeKernel(particles: number[][], weights: number[], kind: 'diagonal' | 'full', scaleFloor: number[]): Kernel {
  const d = particles[0].length;
  const cov = weightedCov(particles, weights).map((row) => row.map((v) => 2 * v));
  // A collapsed dimension (all particles equal) would freeze the chain: keep a tiny spread.
  for (let j = 0; j < d; j++) if (!(cov[j][j] > scaleFloor[j] ** 2)) cov[j][j] = scaleFloor[j] ** 2;
  let l: number[][] | undefined;
  if (kind === 'full') l = cholesky(cov);
  if (!l) {
    l = Array.from({ length: d }, (_, j) => Array.from({ length: d }, (_, k) => (j === k ? Math.sqrt(cov[j][j]) : 0)));
  }
  const L = l;
  return {
    perturb(theta, rng) {
      const z = Array.from({ length: d }, () => rng.normal());
      return theta.map((v, j) => {
        let s = v;
        for (let k = 0; k <= j; k++) s += L[j][k] * z[k];
        return s;
      });
    },
    density(x, centre) {
      // Solve L u = x - centre by forward substitution; K = exp(-|u|^2 / 2).
      const u = new Array<number>(d);
      let q = 0;
      for (let j = 0; j < d; j++) {
        let s = x[j] - centre[j];
        for (let k = 0; k < j; k++) s -= L[j][k] * u[k];
        u[j] = s / L[j][j];
        q += u[j] * u[j];
      }
      return Math.exp(-0.5 * q);
    },
  };
}

/** ABC-SMC with a synchronous simulator (see the file's comment). */
export function abcSmc(options: AbcOptions): AbcResult {
  if (!options.simulate && !options.simulateBatch) throw new InputError('simulate', 'a simulate or simulateBatch function');
  const simulateBatch =
    options.simulateBatch ?? ((thetas: number[][], seeds: number[]) => thetas.map((th, k) => options.simulate!(th, seeds[k])));
  const steps = abcSteps(options);
  for (let step = steps.next(); ; ) {
    if (step.done) return step.value;
    step = steps.next(simulateBatch(step.value.thetas, step.value.seeds));
  }
}

/** ABC-SMC whose batches are simulated asynchronously (a worker pool); same result as abcSmc. */
export async function abcSmcAsync(options: AbcAsyncOptions): Promise<AbcResult> {
  type Started = { thetas: number[][]; result: Promise<ArrayLike<number>>; abort: AbortController };
  const start = (b: AbcBatch): Started => {
    const abort = new AbortController();
    const result = options.simulateBatch(b.thetas, b.seeds, abort.signal);
    // An aborted look-ahead rejects unobserved: that is expected, not an error.
    result.catch(() => undefined);
    return { thetas: b.thetas, result, abort };
  };
  const steps = abcSteps(options);
  // While a batch is simulated, the next one of the same population is already on its
  // way: no pause between batches. The algorithm sees the same batches either way.
  let ahead: Started | undefined;
  try {
    for (let step = steps.next(); ; ) {
      if (step.done) return step.value;
      const b = step.value;
      let current: Started;
      if (ahead?.thetas === b.thetas) current = ahead;
      else {
        ahead?.abort.abort();
        current = start(b);
      }
      const following = options.lookahead ? b.next?.() : undefined;
      ahead = following ? start(following) : undefined;
      step = steps.next(await current.result);
    }
  } finally {
    ahead?.abort.abort();
  }
}

/** The algorithm: yields each batch of proposals and resumes with their distances. */
function* abcSteps(options: Omit<AbcOptions, 'simulate' | 'simulateBatch'>): Generator<AbcBatch, AbcResult, ArrayLike<number>> {
  const prior = isProblem(options.prior) ? uniformPrior(options.prior) : options.prior;
  const d = prior.names.length;
  const nPart = options.particles ?? 200;
  const maxPops = options.populations ?? 10;
  const q = options.epsilonQuantile ?? 0.5;
  const minEps = options.minEpsilon ?? 0;
  const minAcc = options.minAcceptanceRate ?? 0;
  const budget = options.maxSimulations ?? 100_000;
  const kernelKind = options.kernel ?? 'diagonal';
  const batchSize = options.batchSize ?? nPart;
  const seed = options.seed;
  if (!Number.isInteger(nPart) || nPart < 2) throw new InputError('particles', 'an integer >= 2', nPart);
  if (!Number.isInteger(maxPops) || maxPops < 1) throw new InputError('populations', 'a positive integer', maxPops);
  if (!(q > 0 && q < 1)) throw new InputError('epsilonQuantile', 'a number in (0, 1)', q);
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new InputError('batchSize', 'a positive integer', batchSize);

  // Kernel floor: a millionth of the prior's spread in each dimension.
  const floorRng = makeRng(deriveSeed(seed, 'abc-floor'));
  const probe = Array.from({ length: 64 }, () => prior.sample(floorRng));
  const scaleFloor = Array.from({ length: d }, (_, j) => {
    const v = probe.map((p) => p[j]);
    const spread = Math.max(...v) - Math.min(...v);
    return (spread > 0 ? spread : 1) * 1e-6;
  });

  const populations: AbcPopulation[] = [];
  let simulations = 0;
  let stoppedBy: AbcResult['stoppedBy'] = 'populations';

  for (let t = 0; t < maxPops; t++) {
    const prev = populations[t - 1];
    let epsilon: number;
    if (options.epsilons && t < options.epsilons.length) epsilon = options.epsilons[t];
    else if (t === 0) epsilon = Number.POSITIVE_INFINITY;
    else epsilon = quantile(prev.distances, q);
    if (prev && !(epsilon < prev.epsilon)) {
      stoppedBy = 'epsilon-stalled';
      break;
    }

    const rng = makeRng(deriveSeed(seed, 'abc-proposals', t));
    let kernel: Kernel | undefined;
    let cumw: number[] = [];
    if (prev) {
      kernel = makeKernel(prev.particles, prev.weights, kernelKind, scaleFloor);
      let c = 0;
      cumw = prev.weights.map((w) => (c += w));
    }
    const propose = (): number[] => {
      if (!prev || !kernel) return prior.sample(rng);
      for (let tries = 0; tries < 1_000_000; tries++) {
        const u = rng.next() * cumw[cumw.length - 1];
        let i = 0;
        while (i < cumw.length - 1 && cumw[i] < u) i++;
        const theta = kernel.perturb(prev.particles[i], rng);
        if (prior.density(theta) > 0) return theta;
      }
      throw new Error('abcSmc: could not propose a particle inside the prior support');
    };

    // Proposals `from`, `from` + 1, … of this population and their seeds.
    const draw = (size: number, from: number): AbcBatch => {
      const batch: AbcBatch = { thetas: [], seeds: [] };
      for (let k = 0; k < size; k++) {
        batch.thetas.push(propose());
        batch.seeds.push(deriveSeed(seed, 'abc', t, from + k));
      }
      return batch;
    };
    // The next batch, when a driver asked for it before this one's distances came back.
    let ahead: AbcBatch | undefined;
    const particles: number[][] = [];
    const distances: number[] = [];
    let proposed = 0; // proposals simulated in this population
    let examined = 0; // proposals looked at up to the last acceptance
    let sims = 0;
    let outOfBudget = false;
    while (particles.length < nPart) {
      const room = budget - simulations;
      if (room <= 0) {
        outOfBudget = true;
        break;
      }
      const size = Math.min(batchSize, room);
      const { thetas, seeds } = ahead ?? draw(size, proposed);
      ahead = undefined;
      // The batch after this one is known already (proposals use only this
      // population's generator, in order), so a driver may start it early.
      const nextSize = Math.min(batchSize, room - size);
      const from = proposed + size;
      const dist = yield { thetas, seeds, next: nextSize > 0 ? () => (ahead ??= draw(nextSize, from)) : undefined };
      if (dist.length !== size) throw new Error(`abcSmc: simulateBatch returned ${dist.length} distances for ${size} proposals`);
      simulations += size;
      sims += size;
      for (let k = 0; k < size && particles.length < nPart; k++) {
        examined++;
        const dk = dist[k];
        if (Number.isFinite(dk) && dk <= epsilon) {
          particles.push(thetas[k]);
          distances.push(dk);
        }
      }
      proposed += size;
    }
    if (outOfBudget) {
      stoppedBy = 'budget';
      break;
    }

    // Importance weights (uniform for the prior population).
    let weights: number[];
    if (!prev || !kernel) weights = particles.map(() => 1);
    else {
      const k = kernel;
      weights = particles.map((theta) => {
        let denom = 0;
        for (let j = 0; j < prev.particles.length; j++) denom += prev.weights[j] * k.density(theta, prev.particles[j]);
        return denom > 0 ? prior.density(theta) / denom : 0;
      });
    }
    let wsum = 0;
    for (const w of weights) wsum += w;
    weights = weights.map((w) => w / wsum);
    let w2 = 0;
    for (const w of weights) w2 += w * w;
    const pop: AbcPopulation = {
      t,
      epsilon,
      particles,
      weights,
      distances,
      simulations: sims,
      acceptanceRate: particles.length / examined,
      ess: 1 / w2,
    };
    populations.push(pop);
    if (epsilon <= minEps) {
      stoppedBy = 'minEpsilon';
      break;
    }
    if (pop.acceptanceRate < minAcc) {
      stoppedBy = 'acceptance';
      break;
    }
  }
  if (populations.length === 0)
    throw new InputError('maxSimulations', `enough simulations for the first population of ${nPart} particles`, budget);
  return { names: [...prior.names], populations, posterior: populations[populations.length - 1], simulations, stoppedBy };
}
