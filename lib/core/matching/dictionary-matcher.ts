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
  }

  /** The longest pattern starting at `start` in `text`, if any. */
  private longestAt(text: string, start: number): DictionaryMatch<T> | undefined {
    let node = this.root.next.get(text.charCodeAt(start));
    let best: DictionaryMatch<T> | undefined;
    for (let j = start + 1; node; j++) {
      if (node.value !== undefined) best = { start, end: j, value: node.value };
      if (j >= text.length) break;
      node = node.next.get(text.charCodeAt(j));
    }
    return best;
  }

  /** Returns every leftmost-longest match in `text`, sorted by `start`. */
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
      let node = this.root.next.get(text.charCodeAt(start));
      for (let j = start + 1; node; j++) {
        if (node.value !== undefined) matches.push({ start, end: j, value: node.value });
        if (j >= text.length) break;
        node = node.next.get(text.charCodeAt(j));
      }
    }
    return matches;
  }
}
