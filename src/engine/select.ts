/** True if i is among the first n entries of list (small lists: a linear scan beats a set). */
export function contains(list: Int32Array, n: number, i: number): boolean {
  for (let q = 0; q < n; q++) if (list[q] === i) return true;
  return false;
}
