import type { DictionaryMatch } from '../matching';

/** Most dictionaries one matcher searches together: one bit of a byte each. */
const MAX_DICTIONARIES = 8;

/** Bits of the hashed pair table (see {@link MultiDictionaryMatcher}). */
const PAIR_BITS = 12;

/** The home slot of the edge (node, code) in a table of 2^(32 - shift) slots: Fibonacci hashing of one 32-bit key. */
function homeSlot(node: number, code: number, shift: number): number {
  return Math.imul(Math.imul(node, 0x10001) ^ code, 0x9e3779b1) >>> shift;
}

/** The slot of the pair of code units (c0, c1) in the pair table. */
function pairSlot(c0: number, c1: number): number {
  return Math.imul((c0 << 16) | c1, 0x9e3779b1) >>> (32 - PAIR_BITS);
}

/**
 * Several dictionaries searched in one pass over a text: the matches of each are exactly the
 * leftmost-longest ones a DictionaryMatcher of that dictionary finds (see its `findAll`), so each
 * dictionary's matches never overlap one another, but may overlap another dictionary's.
 *
 * Why: the detector searched the same page for titles, appointment verbs and platform words with
 * three matchers, and each pass cost a loop over every character, most of which start no word of
 * any. Here one loop reads each character once, and only where some dictionary has a word starting
 * with it (and its next character) does it walk the one trie of all the words, for every
 * dictionary not inside a match of its own at once.
 *
 * @example new MultiDictionaryMatcher([[['市长', 1]], [['长', 2]]]).findAll('副市长')
 * // [[{ start: 1, end: 3, value: 1 }], [{ start: 2, end: 3, value: 2 }]]
 */
export class MultiDictionaryMatcher<T> {
  private readonly count: number;
  // One bit per code unit: set when a word of any dictionary starts with it. Most characters of a
  // page start none, and this 8 KB answers for them from the first-level cache.
  private readonly anyFirst = new Uint8Array(0x2000);
  // Per code unit: bit d set when a word of dictionary d starts with it, bit d + 8 (in the upper
  // byte) when that code unit alone is a word of dictionary d.
  private readonly firsts = new Uint16Array(0x10000);
  // Per hashed pair of first two code units: the dictionaries with a word starting so (collisions
  // only cost a trie walk that finds nothing).
  private readonly pairs = new Uint8Array(1 << PAIR_BITS);
  // The trie's transitions in one open-addressing table (node + 1 in slotNode; 0 marks a free slot).
  private readonly slotNode: Int32Array;
  private readonly slotCode: Uint16Array;
  private readonly slotChild: Int32Array;
  private readonly shift: number;
  // Per node: the dictionaries with a word ending there, and those with a longer word below it.
  private readonly endsHere: Uint8Array;
  private readonly goesOn: Uint8Array;
  // values[d][node]: dictionary d's value of the word ending at node.
  private readonly values: (T | undefined)[][];

  /** Builds the trie of all the dictionaries' words; a word repeated in one dictionary keeps its first value. */
  constructor(dictionaries: readonly (readonly (readonly [word: string, value: T])[])[]) {
    if (dictionaries.length > MAX_DICTIONARIES) throw new Error(`at most ${MAX_DICTIONARIES} dictionaries`);
    this.count = dictionaries.length;
    let units = 0;
    for (const words of dictionaries) for (const [word] of words) units += word.length;
    let bits = 4;
    while (1 << bits < 2 * units) bits++;
    this.shift = 32 - bits;
    this.slotNode = new Int32Array(1 << bits);
    this.slotCode = new Uint16Array(1 << bits);
    this.slotChild = new Int32Array(1 << bits);
    const endsHere: number[] = [0];
    const goesOn: number[] = [0];
    this.values = dictionaries.map(() => [undefined]);
    dictionaries.forEach((words, d) => {
      const bit = 1 << d;
      for (const [word, value] of words) {
        if (word.length === 0) continue;
        let node = 0;
        for (let i = 0; i < word.length; i++) {
          goesOn[node]! |= bit;
          node = this.childOrNew(node, word.charCodeAt(i), endsHere, goesOn);
        }
        const first = word.charCodeAt(0);
        this.firsts[first]! |= word.length === 1 ? bit | (bit << 8) : bit;
        this.anyFirst[first >> 3]! |= 1 << (first & 7);
        if (word.length > 1) this.pairs[pairSlot(first, word.charCodeAt(1))]! |= bit;
        if ((endsHere[node]! & bit) !== 0) continue;
        endsHere[node]! |= bit;
        this.values[d]![node] = value;
      }
    });
    this.endsHere = Uint8Array.from(endsHere);
    this.goesOn = Uint8Array.from(goesOn);
  }

  /** The node reached from `node` on `code`, added when there is none yet (with its flags). */
  private childOrNew(node: number, code: number, endsHere: number[], goesOn: number[]): number {
    const mask = this.slotNode.length - 1;
    let slot = homeSlot(node, code, this.shift);
    for (; this.slotNode[slot] !== 0; slot = (slot + 1) & mask) {
      if (this.slotNode[slot] === node + 1 && this.slotCode[slot] === code) return this.slotChild[slot]!;
    }
    const child = endsHere.length;
    endsHere.push(0);
    goesOn.push(0);
    for (const values of this.values) values.push(undefined);
    this.slotNode[slot] = node + 1;
    this.slotCode[slot] = code;
    this.slotChild[slot] = child;
    return child;
  }

  /** The node reached from `node` on code unit `code`, or -1. */
  private child(node: number, code: number): number {
    const mask = this.slotNode.length - 1;
    for (let slot = homeSlot(node, code, this.shift); ; slot = (slot + 1) & mask) {
      const held = this.slotNode[slot]!;
      if (held === 0) return -1;
      if (held === node + 1 && this.slotCode[slot] === code) return this.slotChild[slot]!;
    }
  }

  /** Every leftmost-longest match of each dictionary in `text`, in order: one list per dictionary. */
  findAll(text: string): DictionaryMatch<T>[][] {
    const { count, anyFirst, firsts, pairs, endsHere, goesOn, values } = this;
    const found: DictionaryMatch<T>[][] = [];
    for (let d = 0; d < count; d++) found.push([]);
    // Where each dictionary may match again: after its last match (its matches do not overlap).
    const resume = new Int32Array(count);
    const bestEnd = new Int32Array(count);
    const bestNode = new Int32Array(count);
    const length = text.length;
    // Each code unit is read once, as the next one of the character before: the pair test needs it.
    let following = length > 0 ? text.charCodeAt(0) : 0;
    for (let i = 0; i < length; i++) {
      const code = following;
      following = i + 1 < length ? text.charCodeAt(i + 1) : 0;
      if ((anyFirst[code >> 3]! & (1 << (code & 7))) === 0) continue;
      const first = firsts[code]!;
      // The dictionaries with a word starting here: a one-unit word, or one of the pair's.
      let live = (first >> 8) | (i + 1 < length ? first & pairs[pairSlot(code, following)]! : 0);
      for (let d = 0; d < count; d++) if (resume[d]! > i) live &= ~(1 << d);
      if (live === 0) continue;
      let matched = 0;
      let node = this.child(0, code);
      for (let j = i + 1; ; j++) {
        const ends = endsHere[node]! & live;
        if (ends !== 0) {
          matched |= ends;
          for (let d = 0; d < count; d++) {
            if ((ends & (1 << d)) === 0) continue;
            bestEnd[d] = j;
            bestNode[d] = node;
          }
        }
        live &= goesOn[node]!;
        if (live === 0 || j >= length) break;
        node = this.child(node, text.charCodeAt(j));
        if (node < 0) break;
      }
      for (let d = 0; d < count; d++) {
        if ((matched & (1 << d)) === 0) continue;
        found[d]!.push({ start: i, end: bestEnd[d]!, value: values[d]![bestNode[d]!] as T });
        resume[d] = bestEnd[d]!;
      }
    }
    return found;
  }
}
