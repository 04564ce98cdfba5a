import { MatchList } from './match-list';

/** A match of one dictionary pattern: `[start, end)` in the searched text and the pattern's value. */
export interface DictionaryMatch<T> {
  start: number;
  end: number;
  value: T;
}

/** A startKinds byte: a pattern starts with the code unit. */
const STARTS = 1;
/** A startKinds bit: the code unit is a pattern by itself. */
const SINGLE = 2;

/** The home slot of the edge (node, code) in a table of 2^(32 - shift) slots: Fibonacci hashing of one 32-bit key. */
function homeSlot(node: number, code: number, shift: number): number {
  return Math.imul(Math.imul(node, 0x10001) ^ code, 0x9e3779b1) >>> shift;
}

/**
 * A trie's transitions in one open-addressing hash table: the edge from node `n` on code unit `c`
 * sits at the first free-or-matching slot from `slotOf(n, c)`. Why not a Map per node: reading a
 * page is a transition lookup per character, and a probe in typed arrays costs a fraction of a
 * `Map.get` (measured on the knowledge base's 9,835 names over 1 MB of news: 7.0 → 4.6 ms).
 * Nodes are numbered from 0 (the root) in the order they are added; `values[n]` is the value of
 * the pattern ending at node n.
 */
class TransitionTable<T> {
  readonly slotNode: Int32Array; // node + 1; 0 marks a free slot
  readonly slotCode: Uint16Array;
  readonly slotChild: Int32Array;
  readonly shift: number;
  readonly values: (T | undefined)[];

  /**
   * A table with room for `maxEdges` edges (a trie of patterns has at most one per code unit), or
   * one made of a built table's arrays (see {@link DictionaryMatcher.fromTables}).
   */
  constructor(maxEdges: number, built?: Omit<TrieTables<T>, 'starts' | 'size'>) {
    let bits = 4;
    if (built) while (1 << bits < built.slotNode.length) bits++;
    else while (1 << bits < 2 * maxEdges) bits++;
    this.shift = 32 - bits;
    this.slotNode = built?.slotNode ?? new Int32Array(1 << bits);
    this.slotCode = built?.slotCode ?? new Uint16Array(1 << bits);
    this.slotChild = built?.slotChild ?? new Int32Array(1 << bits);
    this.values = built ? [...built.values] : [undefined];
  }

  /** The home slot of the edge (node, code) (see {@link homeSlot}). */
  private slotOf(node: number, code: number): number {
    return homeSlot(node, code, this.shift);
  }

  /** The node reached from `node` on code unit `code`, or -1. */
  child(node: number, code: number): number {
    const mask = this.slotNode.length - 1;
    for (let slot = this.slotOf(node, code); ; slot = (slot + 1) & mask) {
      const held = this.slotNode[slot]!;
      if (held === 0) return -1;
      if (held === node + 1 && this.slotCode[slot] === code) return this.slotChild[slot]!;
    }
  }

  /** The node reached from `node` on `code`, added (with no value) when there is none yet. */
  childOrNew(node: number, code: number): number {
    const mask = this.slotNode.length - 1;
    let slot = this.slotOf(node, code);
    for (; this.slotNode[slot] !== 0; slot = (slot + 1) & mask) {
      if (this.slotNode[slot] === node + 1 && this.slotCode[slot] === code) return this.slotChild[slot]!;
    }
    const child = this.values.length;
    this.values.push(undefined);
    this.slotNode[slot] = node + 1;
    this.slotCode[slot] = code;
    this.slotChild[slot] = child;
    return child;
  }
}

/**
 * A built matcher's trie as flat arrays, for storing it prebuilt (lib/core/detection's
 * prebuilt-knowledge.ts): `slotNode`, `slotCode`, `slotChild` are the transition table's slots,
 * `values[n]` the value of the pattern ending at node n (undefined for none), `starts` the bit set
 * of first code units, `size` the number of patterns, `pairs` and `singles` the prefix bits (see
 * DictionaryMatcher; made again from the slots when absent). The arrays are the matcher's own, not copies.
 */
export interface TrieTables<T> {
  slotNode: Int32Array;
  slotCode: Uint16Array;
  slotChild: Int32Array;
  starts: Uint8Array;
  values: readonly (T | undefined)[];
  size: number;
  pairs?: Uint8Array;
  singles?: Uint8Array;
}

/**
 * A built matcher's trie as its edges alone, the compact form of {@link TrieTables}: node `n` (from
 * 1; 0 is the root) is reached from node `parent[n]` on code unit `code[n]`, and `values[n]` is the
 * value of the pattern ending at it. `slotCount` is the transition table's size (a power of two),
 * `size` the number of patterns. A quarter of the slots' bytes, and the slots come back the same.
 */
export interface TrieEdges<T> {
  parent: ArrayLike<number>;
  code: ArrayLike<number>;
  /** With `makeValue`, a number here stands for a value made on first use (see there). */
  values: readonly (T | number | undefined)[];
  /**
   * Makes the value that a number in `values` stands for, the first time that node's value is read
   * (the matcher keeps it). Why: a stored trie's ten thousand values made at load were a quarter of
   * the prebuilt tables' decoding, and a page's matches read a few hundred of them.
   */
  makeValue?: (stored: number) => T;
  slotCount: number;
  size: number;
  /** The prefix bits (see {@link TrieTables}); made again from the slots when absent. */
  pairs?: Uint8Array;
  singles?: Uint8Array;
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
  // Not readonly: fromTables sets them on a matcher made empty.
  private table: TransitionTable<T>;
  // One bit per UTF-16 code: set when a pattern starts with it. Most characters of a page start no
  // name, and a bit read answers that faster than a lookup; 8 KB, so that a matcher built per page
  // (the article's person names) stays cheap.
  private starts: Uint8Array = new Uint8Array(0x2000);
  // One bit per hashed pair of first two code units of a pattern, and one per code unit that is a
  // whole pattern by itself. Why: on a page most characters that start some name are followed by
  // none of its continuations (118,000 of 283,000 positions of the 1 MB corpus pass the first-unit
  // bit of the place names, 21,000 the second); a bit read rejects them without two hash probes.
  private pairs: Uint8Array = new Uint8Array(0);
  private pairShift = 32;
  private singles: Uint8Array = new Uint8Array(0x2000);
  // The two bits above as one byte per UTF-16 code (STARTS, STARTS | SINGLE, or 0), for the scan:
  // a byte read per character instead of a shift, a mask and a bit test (64 KB, one per matcher).
  private startKinds: Uint8Array = new Uint8Array(0);
  private patternCount = 0;

  /** Number of distinct non-empty patterns. */
  get size(): number {
    return this.patternCount;
  }

  /**
   * A matcher over tables another matcher gave ({@link DictionaryMatcher.tables}), built no more:
   * loading the knowledge base's prebuilt matcher costs reading arrays, not inserting ten thousand
   * names. The arrays are used as they are (not copied).
   */
  static fromTables<T>(tables: TrieTables<T>): DictionaryMatcher<T> {
    const matcher = new DictionaryMatcher<T>([]);
    matcher.table = new TransitionTable<T>(0, tables);
    matcher.starts = tables.starts;
    matcher.patternCount = tables.size;
    if (tables.pairs && tables.singles) {
      // Stored prebuilt: indexing them again is a pass over every slot at each background start.
      matcher.pairs = tables.pairs;
      matcher.pairShift = 29 - Math.log2(tables.pairs.length);
      matcher.singles = tables.singles;
      matcher.startKinds = startKindsOf(tables.starts, tables.singles);
    } else matcher.indexPrefixes();
    return matcher;
  }

  /**
   * A matcher over a trie's edges ({@link DictionaryMatcher.edges}): the edges go into the slots in
   * node order, which is the order the build added them, so the slots are the built matcher's. One
   * probe per node (25k for the knowledge base's names): a millisecond, not a trie build.
   */
  static fromEdges<T>(edges: TrieEdges<T>): DictionaryMatcher<T> {
    const { slotNode, slotCode, slotChild, starts } = slotsOfEdges(
      edges.parent,
      edges.code,
      edges.values.length,
      edges.slotCount,
    );
    const matcher = DictionaryMatcher.fromTables({
      slotNode,
      slotCode,
      slotChild,
      starts,
      // A stored value's number is as good as the value to tell the nodes that end a pattern.
      values: edges.values as readonly (T | undefined)[],
      size: edges.size,
      pairs: edges.pairs,
      singles: edges.singles,
    });
    matcher.makeValue = edges.makeValue;
    return matcher;
  }

  // Makes the values of a trie made of stored edges, on first use (see TrieEdges.makeValue).
  private makeValue: ((stored: number) => T) | undefined = undefined;

  /** The trie as its edges (see {@link TrieEdges}), every value made, for storing it prebuilt. */
  edges(): Omit<TrieEdges<T>, 'values'> & { values: readonly (T | undefined)[] } {
    this.makeAllValues();
    const { slotNode, slotCode, slotChild, values } = this.table;
    const parent = new Int32Array(values.length);
    const code = new Uint16Array(values.length);
    for (let slot = 0; slot < slotNode.length; slot++) {
      if (slotNode[slot] === 0) continue;
      parent[slotChild[slot]!] = slotNode[slot]! - 1;
      code[slotChild[slot]!] = slotCode[slot]!;
    }
    const { pairs, singles } = this;
    return { parent, code, values, slotCount: slotNode.length, size: this.size, pairs, singles };
  }

  /** The trie as flat arrays, the matcher's own (see {@link TrieTables}); for storing it prebuilt. */
  tables(): TrieTables<T> {
    this.makeAllValues();
    const { slotNode, slotCode, slotChild, values } = this.table;
    const { starts, pairs, singles } = this;
    return { slotNode, slotCode, slotChild, starts, values, size: this.size, pairs, singles };
  }

  /** Builds the trie; when a pattern repeats, the first value given for it is kept. */
  constructor(patterns: Iterable<readonly [pattern: string, value: T]>) {
    const list = Array.isArray(patterns) ? (patterns as readonly (readonly [string, T])[]) : [...patterns];
    let units = 0;
    for (const [pattern] of list) units += pattern.length;
    const table = new TransitionTable<T>(units);
    let size = 0;
    for (const [pattern, value] of list) {
      if (pattern.length === 0) continue;
      let node = 0;
      for (let i = 0; i < pattern.length; i++) node = table.childOrNew(node, pattern.charCodeAt(i));
      if (table.values[node] === undefined) {
        table.values[node] = value;
        size++;
      }
      const first = pattern.charCodeAt(0);
      this.starts[first >> 3]! |= 1 << (first & 7);
    }
    this.patternCount = size;
    this.table = table;
    this.indexPrefixes();
  }

  /**
   * Fills the pair and single bits from the trie's edges (so a matcher made from stored tables gets
   * them too): a root edge on c0 to node n and an edge from n on c1 is the pair (c0, c1); a root
   * edge to a node with a value is a one-unit pattern.
   */
  private indexPrefixes(): void {
    const { slotNode, slotCode, slotChild, values } = this.table;
    let bits = 10;
    while (bits < 18 && 1 << bits < 16 * this.patternCount) bits++;
    this.pairShift = 32 - bits;
    this.pairs = new Uint8Array(1 << (bits - 3));
    this.singles = new Uint8Array(0x2000);
    this.startKinds = new Uint8Array(0x10000);
    const rootCode = new Int32Array(values.length).fill(-1);
    for (let slot = 0; slot < slotNode.length; slot++) {
      if (slotNode[slot] !== 1) continue;
      const code = slotCode[slot]!;
      rootCode[slotChild[slot]!] = code;
      this.startKinds[code] = STARTS;
      if (values[slotChild[slot]!] !== undefined) {
        this.singles[code >> 3]! |= 1 << (code & 7);
        this.startKinds[code] = STARTS | SINGLE;
      }
    }
    for (let slot = 0; slot < slotNode.length; slot++) {
      const parent = slotNode[slot]! - 1;
      if (parent <= 0 || rootCode[parent]! < 0) continue;
      const pair = this.pairOf(rootCode[parent]!, slotCode[slot]!);
      this.pairs[pair >> 3]! |= 1 << (pair & 7);
    }
  }

  /** The bit of the pair (c0, c1) in {@link pairs}. */
  private pairOf(c0: number, c1: number): number {
    return Math.imul((c0 << 16) | c1, 0x9e3779b1) >>> this.pairShift;
  }

  /**
   * False when no pattern can start at `start`: its code unit starts none, or it is no pattern by
   * itself and no pattern starts with it and the next code unit.
   */
  private mayStartAt(text: string, start: number, to: number): boolean {
    const code = text.charCodeAt(start);
    if ((this.starts[code >> 3]! & (1 << (code & 7))) === 0) return false;
    if ((this.singles[code >> 3]! & (1 << (code & 7))) !== 0 || start + 1 >= to) return true;
    const pair = this.pairOf(code, text.charCodeAt(start + 1));
    return (this.pairs[pair >> 3]! & (1 << (pair & 7))) !== 0;
  }

  /**
   * The node of the longest pattern starting at `start` in `text`, or -1; its end goes to
   * `longestEnd`. Why a field and not an object: this runs at every character that may start a
   * pattern, and the callers make their own match objects.
   */
  private longestAt(text: string, start: number, to: number): number {
    if (!this.mayStartAt(text, start, to)) return -1;
    const { table } = this;
    let node = table.child(0, text.charCodeAt(start));
    let bestNode = -1;
    for (let j = start + 1; node >= 0; j++) {
      if (table.values[node] !== undefined) {
        this.longestEnd = j;
        bestNode = node;
      }
      if (j >= to) break;
      node = table.child(node, text.charCodeAt(j));
    }
    return bestNode;
  }

  private longestEnd = 0;

  /**
   * Every leftmost-longest match in `text`, in order; matches never overlap. With `make`, each match
   * is made by it (a caller's own match type, so that no intermediate object is allocated).
   */
  findAll(text: string): DictionaryMatch<T>[];
  findAll<M>(text: string, make: (start: number, end: number, value: T) => M): M[];
  findAll<M>(text: string, make?: (start: number, end: number, value: T) => M): (M | DictionaryMatch<T>)[] {
    return this.scan(text, 0, text.length, make);
  }

  /**
   * The leftmost-longest matches in `text[from, to)`, as {@link findAll} finds them in
   * `text.slice(from, to)`, with offsets into `text`. Why not a slice: the scan's loop then reads
   * one kind of string only (the page's), where slices of 13 characters or more are V8 sliced
   * strings, which made every character read of the page's scans slower.
   */
  findAllIn(text: string, from: number, to: number): DictionaryMatch<T>[] {
    return this.scan(text, Math.max(0, from), Math.min(to, text.length));
  }

  /** The leftmost-longest matches in `text[from, to)` (see {@link findAll}), made from a {@link scanInto}. */
  private scan<M>(
    text: string,
    from: number,
    to: number,
    make?: (start: number, end: number, value: T) => M,
  ): (M | DictionaryMatch<T>)[] {
    // The matcher's own list, taken while in use: a `make` that scans with this matcher again gets a fresh one.
    const list = this.scratch ?? new MatchList();
    this.scratch = undefined;
    list.clear();
    this.scanInto(text, from, to, list);
    const { starts, ends, nodes, length } = list;
    const matches: (M | DictionaryMatch<T>)[] = [];
    for (let k = 0; k < length; k++) {
      const value = this.valueAt(nodes[k]!);
      matches.push(make ? make(starts[k]!, ends[k]!, value) : { start: starts[k]!, end: ends[k]!, value });
    }
    this.scratch = list;
    return matches;
  }

  private scratch: MatchList | undefined = undefined;

  /**
   * Appends to `list` the leftmost-longest matches in `text[from, to)` (as {@link findAllIn} finds
   * them), each with the trie node its pattern ends at ({@link valueAt} gives the pattern's value).
   * Example: with 宁波 and 宁波市 in the trie, scanning `去宁波市` appends [1, 4).
   *
   * Why one loop with the tables in locals: it runs once per character of the page, and reading
   * the tables off `this` through a call per character cost twice the instructions.
   */
  scanInto(text: string, from: number, to: number, list: MatchList): void {
    const { slotNode, slotCode, slotChild, values } = this.table;
    const { startKinds, pairs, pairShift } = this;
    const shift = this.table.shift;
    const mask = slotNode.length - 1;
    const end = Math.min(to, text.length);
    let i = Math.max(0, from);
    while (i < end) {
      // To the next character that may start a pattern. Most characters start none; most of the
      // rest start none with the next one, which is then the next to test: each code unit is read
      // once (charCodeAt is most of the instructions per character).
      let code = text.charCodeAt(i);
      for (;;) {
        const kind = startKinds[code]!;
        if (kind !== 0) {
          if (kind !== STARTS || i + 1 >= end) break;
          const following = text.charCodeAt(i + 1);
          const pair = Math.imul((code << 16) | following, 0x9e3779b1) >>> pairShift;
          if ((pairs[pair >> 3]! & (1 << (pair & 7))) !== 0) break;
          i++;
          code = following;
          continue;
        }
        if (++i >= end) break;
        code = text.charCodeAt(i);
      }
      if (i >= end) break;
      // The trie walk from i (TransitionTable.child, inlined): the longest pattern wins.
      let node = 0;
      let unit = code;
      let bestNode = -1;
      let bestEnd = 0;
      for (let j = i + 1; ; j++) {
        let slot = homeSlot(node, unit, shift);
        let next = -1;
        for (let held = slotNode[slot]!; held !== 0; slot = (slot + 1) & mask, held = slotNode[slot]!) {
          if (held === node + 1 && slotCode[slot] === unit) {
            next = slotChild[slot]!;
            break;
          }
        }
        if (next < 0) break;
        node = next;
        if (values[node] !== undefined) {
          bestNode = node;
          bestEnd = j;
        }
        if (j >= end) break;
        unit = text.charCodeAt(j);
      }
      if (bestNode < 0) {
        i++;
        continue;
      }
      list.push(i, bestEnd, bestNode);
      i = bestEnd;
    }
  }

  /** The value of the pattern ending at trie node `node`, a node {@link scanInto} gave. */
  valueAt(node: number): T {
    const value = this.table.values[node];
    if (typeof value === 'number' && this.makeValue !== undefined)
      return (this.table.values[node] = this.makeValue(value));
    return value as T;
  }

  /** Makes every value a number stands for (see TrieEdges.makeValue), for a reader of them all. */
  private makeAllValues(): void {
    for (let node = 0; node < this.table.values.length; node++) {
      if (this.table.values[node] !== undefined) this.valueAt(node);
    }
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
      const node = this.longestAt(text, i, text.length);
      if (node >= 0) matches.push({ start: i, end: this.longestEnd, value: this.valueAt(node) });
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
    // The start test of mayStartAt with the tables in locals, as in scanInto: it runs at every
    // character of the page (the detector finds its people's names so), most of which start none.
    // The trie walk is TransitionTable.child inlined, as in scanInto.
    const { startKinds, pairs, pairShift } = this;
    const { slotNode, slotCode, slotChild, values, shift } = this.table;
    const mask = slotNode.length - 1;
    const n = text.length;
    for (let start = 0; start < n; start++) {
      // To the next character that may start a pattern, in a loop of its own with no call in it:
      // the compiled loop then checks the tables once, not at every character of the page.
      let code = 0;
      for (; start < n; start++) {
        code = text.charCodeAt(start);
        const kind = startKinds[code]!;
        if (kind === 0) continue;
        if (kind === STARTS && start + 1 < n) {
          const pair = Math.imul((code << 16) | text.charCodeAt(start + 1), 0x9e3779b1) >>> pairShift;
          if ((pairs[pair >> 3]! & (1 << (pair & 7))) === 0) continue;
        }
        break;
      }
      if (start >= n) break;
      let node = 0;
      let unit = code;
      for (let j = start + 1; ; j++) {
        let slot = homeSlot(node, unit, shift);
        let next = -1;
        for (let held = slotNode[slot]!; held !== 0; slot = (slot + 1) & mask, held = slotNode[slot]!) {
          if (held === node + 1 && slotCode[slot] === unit) {
            next = slotChild[slot]!;
            break;
          }
        }
        if (next < 0) break;
        node = next;
        if (values[node] !== undefined) matches.push({ start, end: j, value: this.valueAt(node) });
        if (j >= n) break;
        unit = text.charCodeAt(j);
      }
    }
    return matches;
  }
}

/**
 * The transition slots and first-unit bits of a trie's edges (see {@link DictionaryMatcher.fromEdges}),
 * nodes 1 to `nodes - 1` in order. A function of its own: its loop is compiled while it runs
 * (on-stack replacement), and in fromEdges the compiled code met the code after the loop with no
 * type feedback for it and was thrown away.
 */
function slotsOfEdges(parent: ArrayLike<number>, code: ArrayLike<number>, nodes: number, slotCount: number) {
  const slotNode = new Int32Array(slotCount);
  const slotCode = new Uint16Array(slotCount);
  const slotChild = new Int32Array(slotCount);
  const starts = new Uint8Array(0x2000);
  const shift = 32 - Math.log2(slotCount);
  const mask = slotCount - 1;
  for (let node = 1; node < nodes; node++) {
    const from = parent[node]!;
    const unit = code[node]!;
    let slot = homeSlot(from, unit, shift);
    while (slotNode[slot] !== 0) slot = (slot + 1) & mask;
    slotNode[slot] = from + 1;
    slotCode[slot] = unit;
    slotChild[slot] = node;
    if (from === 0) starts[unit >> 3]! |= 1 << (unit & 7);
  }
  return { slotNode, slotCode, slotChild, starts };
}

/**
 * The scan's byte per UTF-16 code (see DictionaryMatcher's `startKinds`) from the start and single
 * bits, for a matcher whose bits were stored prebuilt: a pass over the 65,536 codes (a fraction of
 * a millisecond), not over the trie's slots.
 */
function startKindsOf(starts: Uint8Array, singles: Uint8Array): Uint8Array {
  const kinds = new Uint8Array(0x10000);
  for (let code = 0; code < 0x10000; code++) {
    const bit = 1 << (code & 7);
    if ((starts[code >> 3]! & bit) === 0) continue;
    kinds[code] = (singles[code >> 3]! & bit) === 0 ? STARTS : STARTS | SINGLE;
  }
  return kinds;
}
