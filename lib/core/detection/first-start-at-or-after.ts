/**
 * Index of the first of the first `length` values of `starts` (sorted ascending) that is ≥ `offset`,
 * or `length` when none is: a binary search, shared by the detector's sorted columns (spans, known
 * names, place matches) so each needs no copy of its own.
 * Example: `firstStartAtOrAfter(Int32Array.of(0, 5, 9), 3, 5)` → 1; offset 10 → 3.
 */
export function firstStartAtOrAfter(starts: Int32Array, length: number, offset: number): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (starts[mid]! < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}
