import type { DictionaryMatch } from '../dictionary-matcher';

interface TrieNode<T> {
  next: Map<number, TrieNode<T>>;
  value?: T;
}

/**
 * A small trie that reports, for every position of a text, the longest pattern starting there —
 * overlapping matches included.
 *
 * Why not `DictionaryMatcher`: it resolves overlaps among its own patterns (leftmost-longest)
 * and skips what it passed over, but the reader's matches must be resolved together with the
 * built-in detector's mentions. A reader match skipped because another reader match started
 * earlier may be the one that wins once a base mention has taken that earlier one's place, so
 * every start has to stay a candidate. Built per reader layer, it holds a few hundred names at
 * most, so building it again on every edit is cheap.
 */
export class LongestMatchMatcher<T> {
  private readonly root: TrieNode<T> = { next: new Map() };
  /** Number of distinct non-empty patterns. */
  readonly size: number = 0;

  /** Builds the trie; when a pattern repeats, the last value given for it is kept. */
  constructor(patterns: Iterable<readonly [pattern: string, value: T]>) {
    let size = 0;
    for (const [pattern, value] of patterns) {
      if (pattern.length === 0) continue;
      let node = this.root;
      for (let i = 0; i < pattern.length; i++) {
        const code = pattern.charCodeAt(i);
        let child = node.next.get(code);
        if (!child) {
          child = { next: new Map() };
          node.next.set(code, child);
        }
        node = child;
      }
      if (node.value === undefined) size++;
      node.value = value;
    }
    this.size = size;
  }

  /** For every start in `text` where a pattern begins, the longest such pattern; sorted by `start`. */
  longestAtEachStart(text: string): DictionaryMatch<T>[] {
    const matches: DictionaryMatch<T>[] = [];
    if (this.size === 0) return matches;
    for (let i = 0; i < text.length; i++) {
      let node = this.root.next.get(text.charCodeAt(i));
      let best: DictionaryMatch<T> | undefined;
      for (let j = i + 1; node; j++) {
        if (node.value !== undefined) best = { start: i, end: j, value: node.value };
        if (j >= text.length) break;
        node = node.next.get(text.charCodeAt(j));
      }
      if (best) matches.push(best);
    }
    return matches;
  }
}
