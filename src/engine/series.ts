/**
 * Time series of one run: one Float64Array per column, one slot per month.
 * Filled in place by the model; no per-row objects are ever built.
 */
export class Series<C extends string = string> {
  // `declare`d fields are only assigned in the constructor (see Producers).
  declare readonly columns: readonly C[];
  declare readonly months: number;
  private declare readonly data: Float64Array;
  private declare readonly index: ReadonlyMap<C, number>;

  constructor(columns: readonly C[], months: number) {
    this.columns = columns;
    this.months = months;
    this.data = new Float64Array(columns.length * months);
    // Built per series (about 50 entries, once per run): no module-level cache to share.
    this.index = new Map(columns.map((c, i) => [c, i]));
  }

  set(column: C, month: number, value: number): void {
    this.data[this.col(column) * this.months + month] = value;
  }

  /** Index of a column for `setAt` (look it up once, outside hot loops). */
  indexOf(column: C): number {
    return this.col(column);
  }

  /** `set` by column index. */
  setAt(index: number, month: number, value: number): void {
    this.data[index * this.months + month] = value;
  }

  get(column: C, month: number): number {
    return this.data[this.col(column) * this.months + month];
  }

  /** A view (no copy) of one column over all months. */
  column(column: C): Float64Array {
    const i = this.col(column);
    return this.data.subarray(i * this.months, (i + 1) * this.months);
  }

  private col(column: C): number {
    const i = this.index.get(column);
    if (i === undefined) throw new Error(`unknown series column ${column}`);
    return i;
  }
}

