/**
 * Money booked across the network's boundary, summed exactly enough to find a leak of
 * one rupiah at city scale: each side is a Neumaier compensated sum (Neumaier 1974),
 * whose error does not grow with the number of bookings the way a plain `+=` does.
 */
export class CompensatedSum {
  private sum = 0;
  private c = 0;

  add(x: number): void {
    const t = this.sum + x;
    // Keep the low-order bits lost in the addition.
    if (Math.abs(this.sum) >= Math.abs(x)) this.c += this.sum - t + x;
    else this.c += x - t + this.sum;
    this.sum = t;
  }

  get value(): number {
    return this.sum + this.c;
  }
}

export class Ledger {
  /** Money inside the network at the start, Rp M. */
  initial = 0;
  /** Cumulative inflows (sales, budgets, start-up savings) and outflows (materials, wages, draws, spent budgets, exits), Rp M. */
  readonly inflow = new CompensatedSum();
  readonly outflow = new CompensatedSum();

  in(x: number): void {
    this.inflow.add(x);
  }

  out(x: number): void {
    this.outflow.add(x);
  }
}
