/**
 * Helpers for lists kept as columns of typed arrays that double when full (MatchList, the detector's
 * PlaceMatches and PlaceSpans).
 *
 * STORED_TWICE — why such a list stores each column twice when it is made (one of these empty
 * arrays first, then its room): V8 takes a field stored only once for a constant and compiles the
 * code that reads it on that assumption. The first grow on a long page broke it and threw away the
 * optimised code of every pass over the columns (about 15 of the detector's functions, compiled
 * again over the next two long pages).
 */
export const NO_INT32 = new Int32Array(0);

/** The empty byte column (see STORED_TWICE above). */
export const NO_UINT8 = new Uint8Array(0);

/** A copy of `array` with twice its length: its values, then zeros. Example: [3, 5] → [3, 5, 0, 0]. */
export function doubled<A extends Int32Array | Uint8Array>(array: A): A {
  const copy = new (array.constructor as new (length: number) => A)(array.length * 2);
  copy.set(array);
  return copy;
}
