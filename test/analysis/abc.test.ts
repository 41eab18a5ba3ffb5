/** ABC-SMC on a model with a known answer: the mean and sd of a normal sample. */
import { describe, expect, it } from 'vitest';
import { abcSmc, abcSmcAsync, posteriorSummary, weightedQuantile, type AbcOptions } from '../../src/analysis/abc.js';
import { makeRng } from '../../src/engine/rng.js';

const TRUE_MU = 3;
const TRUE_SIGMA = 1.5;

function stats(xs: number[]): [number, number] {
  const m = xs.reduce((a, b) => a + b, 0) / xs.length;
  return [m, Math.sqrt(xs.reduce((a, b) => a + (b - m) ** 2, 0) / (xs.length - 1))];
}

// 50 observations from N(3, 1.5²), fixed data (sample mean 3.07, sd 1.50).
const dataRng = makeRng(1);
const observed = Array.from({ length: 50 }, () => TRUE_MU + TRUE_SIGMA * dataRng.normal());
const [obsMean, obsSd] = stats(observed);

function simulate(theta: number[], seed: number): number {
  const rng = makeRng(seed);
  const xs = Array.from({ length: 50 }, () => theta[0] + theta[1] * rng.normal());
  const [m, s] = stats(xs);
  return Math.hypot(m - obsMean, s - obsSd);
}

const options: AbcOptions = {
  prior: { names: ['mu', 'sigma'], bounds: [[-10, 10], [0.1, 5]] },
  simulate,
  particles: 300,
  populations: 10,
  maxSimulations: 30_000,
  seed: 7,
};

describe('ABC-SMC: normal mean and sd from 50 observations', () => {
  const res = abcSmc(options);
  const [mu, sigma] = posteriorSummary(res.posterior, res.names);

  it('runs all populations with decreasing epsilon, within the budget', () => {
    expect(res.populations).toHaveLength(10);
    expect(res.stoppedBy).toBe('populations');
    expect(res.populations[0].epsilon).toBe(Number.POSITIVE_INFINITY);
    for (let t = 1; t < res.populations.length; t++) {
      const p = res.populations[t];
      expect(p.epsilon).toBeLessThan(res.populations[t - 1].epsilon);
      expect(Math.max(...p.distances)).toBeLessThanOrEqual(p.epsilon);
      expect(p.particles).toHaveLength(300);
      expect(p.weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
      expect(p.ess).toBeGreaterThan(100);
      expect(p.acceptanceRate).toBeGreaterThan(0);
      expect(p.acceptanceRate).toBeLessThanOrEqual(1);
    }
    expect(res.simulations).toBeLessThanOrEqual(30_000);
    expect(res.populations[9].epsilon).toBeLessThan(0.5);
  });

  it('95 % credible intervals contain the truth; posterior means within 0.3 of it', () => {
    expect(mu.lo).toBeLessThan(TRUE_MU);
    expect(mu.hi).toBeGreaterThan(TRUE_MU);
    expect(sigma.lo).toBeLessThan(TRUE_SIGMA);
    expect(sigma.hi).toBeGreaterThan(TRUE_SIGMA);
    expect(Math.abs(mu.mean - TRUE_MU)).toBeLessThan(0.3);
    expect(Math.abs(sigma.mean - TRUE_SIGMA)).toBeLessThan(0.3);
    // ... and the posterior is informative (the prior is 20 and 4.9 wide).
    expect(mu.hi - mu.lo).toBeLessThan(1.5);
    expect(sigma.hi - sigma.lo).toBeLessThan(1.2);
  });

  it('is deterministic with the same seed, independent of the batch size, and changes with the seed', () => {
    const again = abcSmc(options);
    expect(again.populations.map((p) => p.particles)).toEqual(res.populations.map((p) => p.particles));
    const batched = abcSmc({ ...options, batchSize: 97 });
    expect(batched.posterior.particles).toEqual(res.posterior.particles);
    expect(batched.posterior.weights).toEqual(res.posterior.weights);
    const other = abcSmc({ ...options, seed: 8 });
    expect(other.posterior.particles).not.toEqual(res.posterior.particles);
  });

  it('simulateBatch is called with whole batches of proposals and their seeds', () => {
    const sizes: number[] = [];
    const r = abcSmc({
      ...options,
      simulate: undefined,
      simulateBatch: (thetas, seeds) => {
        sizes.push(thetas.length);
        return thetas.map((th, k) => simulate(th, seeds[k]));
      },
      populations: 3,
    });
    expect(sizes.every((s) => s === 300)).toBe(true);
    expect(r.posterior.particles).toEqual(abcSmc({ ...options, populations: 3 }).posterior.particles);
  });

  it('abcSmcAsync (a pool answering late and out of order, with look-ahead) gives the same result as abcSmc', async () => {
    const { simulate: _s, ...rest } = options;
    const s = abcSmc({ ...options, populations: 4 });
    for (const lookahead of [false, true]) {
      const signals: AbortSignal[] = [];
      const r = await abcSmcAsync({
        ...rest,
        populations: 4,
        lookahead,
        // Each half of a batch resolves after a delay that depends on nothing the algorithm sees.
        simulateBatch: async (thetas, seeds, signal) => {
          signals.push(signal);
          const half = thetas.length >> 1;
          const part = (a: number, b: number, ms: number) =>
            new Promise<number[]>((res) => setTimeout(() => res(thetas.slice(a, b).map((th, k) => simulate(th, seeds[a + k]))), ms));
          const [x, y] = await Promise.all([part(0, half, 3), part(half, thetas.length, 0)]);
          return [...x, ...y];
        },
      });
      expect(r.populations).toEqual(s.populations);
      expect(r.simulations).toBe(s.simulations);
      // Without look-ahead every batch is used; with it, one batch per population that
      // needed more than one is started early and aborted when the population completes.
      const used = signals.filter((g) => !g.aborted).length;
      expect(used).toBe(s.simulations / 300);
      if (lookahead) expect(signals.length).toBeGreaterThan(used);
      else expect(signals.length).toBe(used);
    }
  });

  it('stops at the simulation budget, keeping the completed populations', () => {
    const r = abcSmc({ ...options, maxSimulations: 2000 });
    expect(r.stoppedBy).toBe('budget');
    expect(r.simulations).toBeLessThanOrEqual(2000);
    expect(r.populations.length).toBeGreaterThanOrEqual(2);
    expect(r.posterior).toBe(r.populations[r.populations.length - 1]);
  });

  it('full-covariance kernel and a custom prior also recover the parameters', () => {
    const r = abcSmc({
      ...options,
      kernel: 'full',
      prior: {
        names: ['mu', 'sigma'],
        sample: (rng) => [-10 + 20 * rng.next(), 0.1 + 4.9 * rng.next()],
        density: (th) => (th[0] >= -10 && th[0] <= 10 && th[1] >= 0.1 && th[1] <= 5 ? 1 : 0),
      },
    });
    const [m, s] = posteriorSummary(r.posterior, r.names);
    expect(m.lo).toBeLessThan(TRUE_MU);
    expect(m.hi).toBeGreaterThan(TRUE_MU);
    expect(s.lo).toBeLessThan(TRUE_SIGMA);
    expect(s.hi).toBeGreaterThan(TRUE_SIGMA);
  });

  it('weighted quantiles', () => {
    expect(weightedQuantile([1, 2, 3], [1, 1, 1], 0.5)).toBe(2);
    expect(weightedQuantile([3, 1, 2], [0, 0, 1], 0.5)).toBe(2);
    expect(weightedQuantile([1, 2], [1, 1], 0.5)).toBe(1.5);
  });
});
