/** A match of one dictionary pattern: `[start, end)` in the searched text and the pattern's value. */
export interface DictionaryMatch<T> {
  start: number;
  end: number;
  value: T;
}

interface TrieNode<T> {
  next: Map<number, TrieNode<T>>;
  value?: T;
}

/**
 * Finds dictionary words in text in one left-to-right pass, leftmost-longest: at each position the
 * longest pattern starting there wins and the scan resumes after it, so matches never overlap.
 *
 * Why hand-written: the engine research measured a small Map trie at 5–10× the throughput of the
 * Aho–Corasick packages on npm for this workload (a few thousand short CJK patterns), and
 * leftmost-longest is exactly the policy we need, which the libraries do not offer directly.
 */
export class DictionaryMatcher<T> {
  private readonly root: TrieNode<T> = { next: new Map() };
  // One bit per UTF-16 code: set when a pattern starts with it. Most characters of a page start no
  // name, and a bit read answers that faster than a Map lookup (the trie pass is a tenth of
  // detection); 8 KB, so that a matcher built per page (the article's person names) stays cheap.
  private readonly starts = new Uint8Array(0x2000);
  /** Number of distinct non-empty patterns. */
  readonly size: number = 0;

  /** Builds the trie; when a pattern repeats, the first value given for it is kept. */
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
      if (node.value === undefined) {
        node.value = value;
        size++;
      }
    }
    this.size = size;
    for (const code of this.root.next.keys()) this.starts[code >> 3]! |= 1 << (code & 7);
  }

  /** The longest pattern starting at `start` in `text`, if any. */
  private longestAt(text: string, start: number): DictionaryMatch<T> | undefined {
    const code = text.charCodeAt(start);
    if ((this.starts[code >> 3]! & (1 << (code & 7))) === 0) return undefined;
    let node = this.root.next.get(code);
    let bestEnd = -1;
    let bestValue: T | undefined;
    for (let j = start + 1; node; j++) {
      if (node.value !== undefined) {
        bestEnd = j;
        bestValue = node.value;
      }
      if (j >= text.length) break;
      node = node.next.get(text.charCodeAt(j));
    }
    return bestEnd < 0 ? undefined : { start, end: bestEnd, value: bestValue as T };
  }

  findAll(text: string): DictionaryMatch<T>[] {
    const matches: DictionaryMatch<T>[] = [];
    let i = 0;
    while (i < text.length) {
      const best = this.longestAt(text, i);
      if (best) {
        matches.push(best);
        i = best.end;
      } else {
        i++;
      }
    }
    return matches;
  }

  /**
   * For every position of `text` where a pattern begins, the longest pattern starting there —
   * overlapping matches included, sorted by `start`. For callers that resolve overlaps together
   * with matches from elsewhere (the reader's layer against the built-in detector): a match that
   * leftmost-longest would skip may be the one that wins there.
   */
  longestAtEachStart(text: string): DictionaryMatch<T>[] {
    const matches: DictionaryMatch<T>[] = [];
    if (this.size === 0) return matches;
    for (let i = 0; i < text.length; i++) {
      const best = this.longestAt(text, i);
      if (best) matches.push(best);
    }
    return matches;
  }

  /**
   * Every occurrence of every pattern in `text`, overlapping ones included, sorted by start and then
   * by end: one trie walk per position, so the cost is the text's length times the longest pattern's,
   * whatever the number of patterns. Example: patterns 李明, 李明华 in `李明华说` → 李明 [0, 2), 李明华 [0, 3).
   */
  findEvery(text: string): DictionaryMatch<T>[] {
    const matches: DictionaryMatch<T>[] = [];
    if (this.size === 0) return matches;
    for (let start = 0; start < text.length; start++) {
      const code = text.charCodeAt(start);
      if ((this.starts[code >> 3]! & (1 << (code & 7))) === 0) continue;
      let node = this.root.next.get(code);
      for (let j = start + 1; node; j++) {
        if (node.value !== undefined) matches.push({ start, end: j, value: node.value });
        if (j >= text.length) break;
        node = node.next.get(text.charCodeAt(j));
      }
    }
    return matches;
  }
}
