/**
 * Rolling sums over the last `span` months for a fixed set of counters, kept in one
 * typed array (a ring of monthly slots). Used for indicators such as "share of
 * promises kept over the last 12 months".
 *
 * A counter is named by its index in `keys` (no lookup) or, when read, also by its key.
 * Rolling totals are kept up to date as values are added, so `sum` costs nothing;
 * they are exact (the same bits as adding the slots up) while every value added is
 * an integer, as counts are. After a fractional value, `sum` adds the slots up.
 */
export class RollingWindow<K extends string> {
  // `declare`d fields are only assigned in the constructor (see Producers).
  /** span monthly slots of `width` counters, then the rolling totals (one array: one allocation). */
  private declare readonly slots: Float64Array;
  private declare readonly totalsAt: number;
  private declare readonly keyIndex: ReadonlyMap<K, number>;
  private declare readonly width: number;
  private head = 0;
  /** Offset of the current month's slot in `slots` (head * width). */
  private at = 0;
  private integral = true;

  constructor(
    keys: readonly K[],
    readonly span: number,
  ) {
    this.width = keys.length;
    this.slots = new Float64Array(keys.length * (span + 1));
    this.totalsAt = keys.length * span;
    this.keyIndex = new Map(keys.map((k, i) => [k, i]));
  }

  /** Index of a key, for the numeric forms of add/now/sum. */
  indexOf(key: K): number {
    const k = this.keyIndex.get(key);
    if (k === undefined) throw new Error(`unknown window key ${key}`);
    return k;
  }

  /**
   * Adds v to counter k (an index: the stages write `add(EV.x)`). Free of the key
   * lookup, so it is small and cheap where V8 inlines it in the stages' loops.
   */
  add(k: number, v = 1): void {
    this.slots[this.at + k] += v;
    this.slots[this.totalsAt + k] += v;
    if (!Number.isInteger(v)) this.integral = false;
  }

  /** Value of the current month only. */
  now(key: K | number): number {
    return this.slots[this.at + (typeof key === 'number' ? key : this.indexOf(key))];
  }

  sum(key: K | number): number {
    const k = typeof key === 'number' ? key : this.indexOf(key);
    return this.integral ? this.slots[this.totalsAt + k] : this.sumSlots(k);
  }

  /** The sum of counter k over the slots, once a fractional value was added (the rare path of `sum`, kept out of it). */
  private sumSlots(k: number): number {
    let s = 0;
    for (let m = 0; m < this.span; m++) s += this.slots[m * this.width + k];
    return s;
  }

  /** Starts a new month: the oldest slot is cleared and becomes the current one. */
  advance(): void {
    this.head = (this.head + 1) % this.span;
    this.at = this.head * this.width;
    // Fields in locals: V8 would load them again after each store to the slots.
    const { slots, totalsAt, at, width } = this;
    for (let k = 0; k < width; k++) {
      slots[totalsAt + k] -= slots[at + k];
      slots[at + k] = 0;
    }
  }
}
