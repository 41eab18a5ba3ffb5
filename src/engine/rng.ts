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
 * the same arithmetic, so it returns the same stream bit for bit (test/model.test.ts
 * compares it with seedrandom). Written as a class with its state in fields (rather
 * than calling seedrandom's closure through another closure) so that the hot `next`
 * inlines into the model's loops; seeded by its own copy of seedrandom's Mash, since
 * seedrandom's set-up (closures, a state object) was most of a run's set-up time.
 */
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
    // seedrandom's Alea(seed): s_k = mash(' ') - mash(seed), wrapped into [0, 1).
    const key = String(seed);
    const m = new Mash();
    const a = m.mash(' ');
    const b = m.mash(' ');
    const c = m.mash(' ');
    let s0 = a - m.mash(key);
    if (s0 < 0) s0 += 1;
    let s1 = b - m.mash(key);
    if (s1 < 0) s1 += 1;
    let s2 = c - m.mash(key);
    if (s2 < 0) s2 += 1;
    this.s0 = s0;
    this.s1 = s1;
    this.s2 = s2;
    this.c = 1;
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

/** Baagoe's Mash hash as seedrandom's Alea uses it to seed (same arithmetic, same order). */
class Mash {
  private n = 0xefc8249d;

  mash(data: string): number {
    let n = this.n;
    for (let i = 0; i < data.length; i++) {
      n += data.charCodeAt(i);
      let h = 0.02519603282416938 * n;
      n = h >>> 0;
      h -= n;
      h *= n;
      n = h >>> 0;
      h -= n;
      n += h * 0x100000000; // 2^32
    }
    this.n = n;
    return (n >>> 0) * 2.3283064365386963e-10; // 2^-32
  }
}

/** cyrb53's running state: [h1, h2] after the characters fed so far. */
type Cyrb = [number, number];
const cyrbStart = (): Cyrb => [0xdeadbeef, 0x41c6ce57];
function cyrbFeed(h: Cyrb, str: string): void {
  let h1 = h[0];
  let h2 = h[1];
  for (let i = 0; i < str.length; i++) {
    const ch = str.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h[0] = h1;
  h[1] = h2;
}
function cyrbEnd([a, b]: Cyrb): number {
  const h1 = Math.imul(a ^ (a >>> 16), 2246822507) ^ Math.imul(b ^ (b >>> 13), 3266489909);
  const h2 = Math.imul(b ^ (b >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/**
 * Derives a run's seed from the experiment seed and the run's identity (e.g. scenario
 * name and replicate number) by hashing, not by position, so adding scenarios or
 * replicates never changes the seeds of existing runs. cyrb53: a well-mixed 53-bit
 * string hash, so the result is an exact integer in JSON and CSV.
 */
export function deriveSeed(experimentSeed: number | string, ...identity: (string | number)[]): number {
  // The hash of the identity joined by \u001f, fed piece by piece (no joined string).
  const h = cyrbStart();
  cyrbFeed(h, String(experimentSeed));
  for (const id of identity) {
    cyrbFeed(h, '\u001f');
    cyrbFeed(h, String(id));
  }
  return cyrbEnd(h);
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
  // deriveSeed(seed, 'stream', name) for every name, hashing the common prefix once.
  const prefix = cyrbStart();
  cyrbFeed(prefix, String(seed));
  cyrbFeed(prefix, '\u001fstream\u001f');
  const out = {} as Record<StreamName, Rng>;
  for (const name of STREAMS) {
    const h: Cyrb = [prefix[0], prefix[1]];
    cyrbFeed(h, name);
    out[name] = makeRng(cyrbEnd(h));
  }
  return out;
}
