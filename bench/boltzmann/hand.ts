/**
 * Boltzmann wealth model as a minimal hand-written loop: one Float64Array, the Alea
 * generator inlined (seeded and stepped exactly as makeRng, so the stream and the
 * results equal the engine version's), no classes, no calls in the inner loop. The
 * ceiling for this model in JavaScript.
 */
import alea from 'seedrandom/lib/alea.js';
import { gini } from './gini.js';

type AleaWithState = (seed: string, options: { state: true }) => { state(): { c: number; s0: number; s1: number; s2: number } };

export function boltzmannHand(n: number, steps: number, seed: number): Float64Array {
  const st = (alea as unknown as AleaWithState)(String(seed), { state: true }).state();
  let s0 = st.s0;
  let s1 = st.s1;
  let s2 = st.s2;
  let c = st.c;
  const wealth = new Float64Array(n).fill(1);
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  const counts = new Int32Array(n + 1);
  const out = new Float64Array(steps);
  for (let t = 0; t < steps; t++) {
    for (let i = n - 1; i > 0; i--) {
      const x = 2091639 * s0 + c * 2.3283064365386963e-10;
      s0 = s1;
      s1 = s2;
      c = x | 0;
      s2 = x - c;
      const j = Math.floor(s2 * (i + 1));
      const tmp = order[i];
      order[i] = order[j];
      order[j] = tmp;
    }
    for (let q = 0; q < n; q++) {
      const i = order[q];
      if (wealth[i] <= 0) continue;
      const x = 2091639 * s0 + c * 2.3283064365386963e-10;
      s0 = s1;
      s1 = s2;
      c = x | 0;
      s2 = x - c;
      let j = Math.floor(s2 * (n - 1));
      if (j >= i) j++;
      wealth[i]--;
      wealth[j]++;
    }
    out[t] = gini(wealth, counts);
  }
  return out;
}
