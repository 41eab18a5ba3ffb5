/**
 * Boltzmann wealth model on collabsim's engine: the same primitives the Serengan
 * model uses. A struct-of-arrays population (one Float64Array per attribute, as in
 * Producers), the seeded Alea stream behind makeRng, the engine's Fisher-Yates
 * shuffle for random activation order (Mesa's shuffle_do), and a Series column for
 * the Gini coefficient recorded every step.
 */
import { makeRng, shuffle } from '../../src/engine/rng.js';
import { Series } from '../../src/engine/series.js';
import { gini } from './gini.js';

export function boltzmannEngine(n: number, steps: number, seed: number): Float64Array {
  const rng = makeRng(seed);
  const wealth = new Float64Array(n).fill(1);
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  const counts = new Int32Array(n + 1);
  const series = new Series(['gini'] as const, steps);
  for (let t = 0; t < steps; t++) {
    shuffle(rng, order, n);
    for (let q = 0; q < n; q++) {
      const i = order[q];
      if (wealth[i] <= 0) continue;
      // A random other agent: draw among the n - 1 others.
      let j = rng.int(n - 1);
      if (j >= i) j++;
      wealth[i]--;
      wealth[j]++;
    }
    series.set('gini', t, gini(wealth, counts));
  }
  return series.column('gini');
}
