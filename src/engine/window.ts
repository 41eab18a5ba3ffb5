/**
 * Rolling sums over the last `span` months for a fixed set of counters, kept in one
 * typed array (a ring of monthly slots). Used for indicators such as "share of
 * promises kept over the last 12 months".
 */
export class RollingWindow<K extends string> {
  private readonly slots: Float64Array;
  private readonly keyIndex: ReadonlyMap<K, number>;
  private readonly width: number;
  private head = 0;

  constructor(
    keys: readonly K[],
    readonly span: number,
  ) {
    this.width = keys.length;
    this.slots = new Float64Array(keys.length * span);
    this.keyIndex = new Map(keys.map((k, i) => [k, i]));
  }

  add(key: K, v = 1): void {
    this.slots[this.head * this.width + this.keyIndex.get(key)!] += v;
  }

  /** Value of the current month only. */
  now(key: K): number {
    return this.slots[this.head * this.width + this.keyIndex.get(key)!];
  }

  sum(key: K): number {
    const k = this.keyIndex.get(key)!;
    let s = 0;
    for (let m = 0; m < this.span; m++) s += this.slots[m * this.width + k];
    return s;
  }

  /** Starts a new month: the oldest slot is cleared and becomes the current one. */
  advance(): void {
    this.head = (this.head + 1) % this.span;
    this.slots.fill(0, this.head * this.width, (this.head + 1) * this.width);
  }
}
