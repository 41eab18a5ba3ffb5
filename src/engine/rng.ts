import alea from 'seedrandom/lib/alea.js';

/**
 * The only source of randomness in the model: one fast seeded generator per run
 * (seedrandom's Alea). Nothing in the core may call Math.random.
 */
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Standard normal (Box-Muller). */
  normal(): number;
  /** Uniform integer in [0, n). */
  int(n: number): number;
  /** Bernoulli trial. */
  chance(p: number): boolean;
  /** Exponential with the given mean. */
  exponential(mean: number): number;
  /** Poisson count (Knuth for small means, normal approximation above 30). */
  poisson(mean: number): number;
}

export function makeRng(seed: number): Rng {
  const u = alea(String(seed));
  let spare = Number.NaN;
  const rng: Rng = {
    next: () => u(),
    normal() {
      if (!Number.isNaN(spare)) {
        const s = spare;
        spare = Number.NaN;
        return s;
      }
      let a = u();
      while (a <= 1e-300) a = u();
      const r = Math.sqrt(-2 * Math.log(a));
      const t = 2 * Math.PI * u();
      spare = r * Math.sin(t);
      return r * Math.cos(t);
    },
    int: (n) => Math.floor(u() * n),
    chance: (p) => u() < p,
    exponential: (mean) => -mean * Math.log(1 - u()),
    poisson(mean) {
      if (mean > 30) return Math.max(0, Math.round(mean + Math.sqrt(mean) * rng.normal()));
      const l = Math.exp(-mean);
      let k = 0;
      let p = u();
      while (p > l) {
        k++;
        p *= u();
      }
      return k;
    },
  };
  return rng;
}

/**
 * Derives a run's seed from the experiment seed and the run's identity (e.g. scenario
 * name and replicate number) by hashing, not by position, so adding scenarios or
 * replicates never changes the seeds of existing runs. cyrb53: a well-mixed 53-bit
 * string hash, so the result is an exact integer in JSON and CSV.
 */
export function deriveSeed(experimentSeed: number | string, ...identity: (string | number)[]): number {
  const str = [String(experimentSeed), ...identity.map(String)].join('\u001f');
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < str.length; i++) {
    const ch = str.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** In-place Fisher-Yates shuffle of the first n entries: random order within a stage. */
export function shuffle(rng: Rng, a: Int32Array | number[], n = a.length): void {
  for (let i = n - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    const t = a[i];
    a[i] = a[j];
    a[j] = t;
  }
}
