import { doubled, NO_INT32 } from './growable-columns';

/**
 * Matches as three parallel typed arrays: match `k` (0 <= k < length) is `[starts[k], ends[k])`
 * with the pattern that ends at trie node `nodes[k]` (see DictionaryMatcher.valueAt). Filled by
 * DictionaryMatcher.scanInto; kept and cleared between scans, grown as needed.
 *
 * Why not match objects: a page has tens of thousands of name matches, and a caller that drops
 * some or reads only a few fields need not allocate (and have the collector copy) an object for
 * each. Example: after scanning `去宁波` for 宁波, length 1, starts[0] 1, ends[0] 3.
 */
export class MatchList {
  // The columns start empty and get their room in the constructor: see STORED_TWICE in
  // growable-columns.ts.
  starts = NO_INT32;
  ends = NO_INT32;
  nodes = NO_INT32;
  length = 0;

  /** An empty list with room for `capacity` matches before it grows. */
  constructor(capacity = 64) {
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
    this.nodes = new Int32Array(capacity);
  }

  /** Empties the list (its arrays are kept). */
  clear(): void {
    this.length = 0;
  }

  /** Appends the match `[start, end)` of the pattern ending at `node`. */
  push(start: number, end: number, node: number): void {
    if (this.length === this.starts.length) this.grow();
    const k = this.length++;
    this.starts[k] = start;
    this.ends[k] = end;
    this.nodes[k] = node;
  }

  /** Doubles the room. Example: a full 64-entry list has room for 128 after. */
  private grow(): void {
    this.starts = doubled(this.starts);
    this.ends = doubled(this.ends);
    this.nodes = doubled(this.nodes);
  }
}
