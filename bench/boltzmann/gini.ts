/**
 * Gini coefficient of integer wealth, as Mesa's Boltzmann wealth model computes it
 * (sorted wealth x, B = sum x_i (n - i) / (n sum x), G = 1 + 1/n - 2B), with a counting
 * sort: wealth is a whole number of units, at most the total. Every term is an
 * integer, so the sums are exact and the result is the same as with a full sort.
 * All three implementations call this same function.
 */
export function gini(wealth: ArrayLike<number>, counts: Int32Array): number {
  const n = wealth.length;
  counts.fill(0);
  let total = 0;
  let max = 0;
  for (let i = 0; i < n; i++) {
    const x = wealth[i];
    counts[x]++;
    total += x;
    if (x > max) max = x;
  }
  let b = 0;
  // The zeros come first in sorted order and add nothing.
  let i = counts[0];
  for (let x = 1; x <= max; x++) {
    // c agents with wealth x take sorted positions i .. i + c - 1 (after the zeros).
    const c = counts[x];
    if (c === 0) continue;
    b += x * (c * (n - i) - (c * (c - 1)) / 2);
    i += c;
  }
  return 1 + 1 / n - (2 * b) / (n * total);
}
