/**
 * Full factorial grid: every combination of the listed values, first parameter
 * varying slowest. Values are given per parameter (already checked against the
 * declarations by the experiment validator).
 */
export interface Factor {
  readonly name: string;
  readonly values: readonly (number | string | boolean)[];
}

export function gridPoints(factors: readonly Factor[]): Record<string, number | string | boolean>[] {
  let rows: Record<string, number | string | boolean>[] = [{}];
  for (const f of factors) {
    const next: Record<string, number | string | boolean>[] = [];
    for (const r of rows) for (const v of f.values) next.push({ ...r, [f.name]: v });
    rows = next;
  }
  return rows;
}

/** `levels` evenly spaced values from lo to hi (inclusive); integers rounded and deduplicated. */
export function levelsOf(lo: number, hi: number, levels: number, integer: boolean): number[] {
  const out: number[] = [];
  for (let k = 0; k < levels; k++) {
    const v = levels === 1 ? lo : lo + ((hi - lo) * k) / (levels - 1);
    const x = integer ? Math.round(v) : v;
    if (!out.includes(x)) out.push(x);
  }
  return out;
}
