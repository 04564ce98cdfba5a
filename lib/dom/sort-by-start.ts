/**
 * `items` sorted by `startOf(item)` (a non-negative integer below 2^31), ties kept in their order,
 * as a new array. Why not `Array.prototype.sort` with a comparator: on a 5 MB article's 60k
 * mentions that was one call of the comparator per comparison, ~1M calls in one step of the page's
 * thread; here the keys (start × 2^21 + position) sort as numbers in a Float64Array, with no call.
 * Past 2^21 items the positions would not fit: those sort with a comparator.
 * Example: `sortByStart([{ s: 5 }, { s: 1 }, { s: 5 }], (x) => x.s)` → `[{ s: 1 }, { s: 5 }, { s: 5 }]` (the first 5 first).
 */
export function sortByStart<T>(items: readonly T[], startOf: (item: T) => number): T[] {
  const order = startOrder(items, startOf);
  const sorted = new Array<T>(order.length);
  for (let i = 0; i < order.length; i++) sorted[i] = items[order[i]!]!;
  return sorted;
}

/**
 * The positions of `items` in the order of `startOf(item)` (as {@link sortByStart}: a non-negative
 * integer below 2^31, ties kept in their order), so a caller can walk several parallel lists in
 * that order without building a sorted copy of each.
 * Example: `startOrder([{ s: 5 }, { s: 1 }, { s: 5 }], (x) => x.s)` → `Uint32Array [1, 0, 2]`.
 */
export function startOrder<T>(items: readonly T[], startOf: (item: T) => number): Uint32Array {
  const count = items.length;
  const order = new Uint32Array(count);
  if (count >= POSITIONS) {
    const positions = Array.from(items, (_, i) => i).sort((a, b) => startOf(items[a]!) - startOf(items[b]!) || a - b);
    order.set(positions);
    return order;
  }
  const keys = new Float64Array(count);
  for (let i = 0; i < count; i++) keys[i] = startOf(items[i]!) * POSITIONS + i;
  keys.sort();
  for (let i = 0; i < count; i++) order[i] = keys[i]! % POSITIONS;
  return order;
}

/** Items a key can tell apart: the key is start × POSITIONS + position, exact below 2^52. */
const POSITIONS = 2 ** 21;
