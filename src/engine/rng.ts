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
  return new AleaRng(seed);
}

/**
 * Alea (Baagoe), seeded exactly as seedrandom's `alea(String(seed))` and stepping with
 * the same arithmetic, so it returns the same stream bit for bit. Written as a class
 * with its state in fields (rather than calling seedrandom's closure through another
 * closure) so that the hot `next` inlines into the model's loops.
 */
type AleaWithState = (seed: string, options: { state: true }) => { state(): { c: number; s0: number; s1: number; s2: number } };

class AleaRng implements Rng {
  // Fields start as numbers, never undefined: V8 then stores the doubles in place
  // (a field first seen as undefined would box every new value).
  private s0 = 0.5;
  private s1 = 0.5;
  private s2 = 0.5;
  private c = 1;
  /** Second value of the last Box-Muller pair, or NaN. */
  private spare = Number.NaN;

  constructor(seed: number) {
    const st = (alea as unknown as AleaWithState)(String(seed), { state: true }).state();
    this.s0 = st.s0;
    this.s1 = st.s1;
    this.s2 = st.s2;
    this.c = st.c;
  }

  next(): number {
    const t = 2091639 * this.s0 + this.c * 2.3283064365386963e-10; // 2^-32
    this.s0 = this.s1;
    this.s1 = this.s2;
    this.c = t | 0;
    return (this.s2 = t - this.c);
  }

  normal(): number {
    if (!Number.isNaN(this.spare)) {
      const s = this.spare;
      this.spare = Number.NaN;
      return s;
    }
    let a = this.next();
    while (a <= 1e-300) a = this.next();
    const r = Math.sqrt(-2 * Math.log(a));
    const t = 2 * Math.PI * this.next();
    this.spare = r * Math.sin(t);
    return r * Math.cos(t);
  }

  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  exponential(mean: number): number {
    return -mean * Math.log(1 - this.next());
  }

  poisson(mean: number): number {
    if (mean > 30) return Math.max(0, Math.round(mean + Math.sqrt(mean) * this.normal()));
    const l = Math.exp(-mean);
    let k = 0;
    let p = this.next();
    while (p > l) {
      k++;
      p *= this.next();
    }
    return k;
  }
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

/**
 * The model's stochastic processes, each with its own random stream derived from the
 * run seed. Changing one process's settings (more trainings, a different meeting
 * schedule) then never shifts the random numbers another process sees, which is what
 * makes common random numbers across scenarios effective: two scenarios differ only
 * where their processes really differ.
 */
export const STREAMS = [
  'init',
  'demand',
  'meetings',
  'training',
  'coaching',
  'exhibitions',
  'firm',
  'proposals',
  'socialisation',
  'credit',
  'information',
  'prices',
  'orders',
  'jointOrders',
  'production',
  'entry',
  'mou',
] as const;
export type StreamName = (typeof STREAMS)[number];
export type Streams = { readonly [K in StreamName]: Rng };

export function makeStreams(seed: number): Streams {
  const out = {} as Record<StreamName, Rng>;
  for (const name of STREAMS) out[name] = makeRng(deriveSeed(seed, 'stream', name));
  return out;
}
