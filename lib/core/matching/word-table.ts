/**
 * A set of words with a value each, looked up by a span of a text without cutting the span out:
 * `get(text, start, end)` hashes and compares the code units in place.
 *
 * Why not a Map<string, T>: the detector asks "is text[start, end) a word?" a few times per
 * character (word edges around names, the words before a platform word), and each question cost a
 * `slice` (a new string) and a string hash. Here a question costs a hash of 1–4 code units and a
 * comparison, and allocates nothing.
 */
export class WordTable<T> {
  // All words' code units end to end; word i is units[wordStart[i], wordStart[i] + wordLength[i]).
  private readonly units: Uint16Array;
  private readonly wordStart: Int32Array;
  private readonly wordLength: Int32Array;
  private readonly values: readonly T[];
  // Open addressing: word index + 1, 0 marks a free slot.
  private readonly slots: Int32Array;
  /** Number of distinct words. */
  readonly size: number;

  /**
   * A table over arrays another table gave ({@link WordTable.arrays}), built no more: loading a
   * prebuilt lexicon of tens of thousands of words costs reading arrays, not inserting each word.
   * The arrays are used as they are (not copied), and must not change afterwards.
   */
  static fromArrays<T>(arrays: WordTableArrays<T>): WordTable<T> {
    return new WordTable<T>([], arrays);
  }

  /** The table as flat arrays, the table's own (see {@link WordTableArrays}); for storing it prebuilt. */
  arrays(): WordTableArrays<T> {
    const { units, wordStart, wordLength, slots, values } = this;
    return { units, wordStart, wordLength, slots, values };
  }

  /**
   * Builds the table; when a word repeats, the last value given for it wins (as `Map.set`).
   * With `prebuilt` (see {@link WordTable.fromArrays}), `entries` are ignored.
   */
  constructor(entries: Iterable<readonly [word: string, value: T]>, prebuilt?: WordTableArrays<T>) {
    if (prebuilt) {
      ({ units: this.units, wordStart: this.wordStart, wordLength: this.wordLength, slots: this.slots } = prebuilt);
      this.values = prebuilt.values;
      this.size = this.values.length;
      return;
    }
    const list = Array.isArray(entries) ? (entries as readonly (readonly [string, T])[]) : [...entries];
    let total = 0;
    for (const [word] of list) total += word.length;
    this.units = new Uint16Array(total);
    this.wordStart = new Int32Array(list.length);
    this.wordLength = new Int32Array(list.length);
    const values: T[] = [];
    this.values = values;
    let bits = 4;
    while (1 << bits < 2 * list.length) bits++;
    this.slots = new Int32Array(1 << bits);
    let at = 0;
    for (const [word, value] of list) {
      if (word.length === 0) continue;
      const known = this.indexOf(word, 0, word.length);
      if (known >= 0) {
        values[known] = value;
        continue;
      }
      const index = values.length;
      for (let i = 0; i < word.length; i++) this.units[at + i] = word.charCodeAt(i);
      this.wordStart[index] = at;
      this.wordLength[index] = word.length;
      values.push(value);
      const mask = this.slots.length - 1;
      let slot = hashOf(word, 0, word.length) & mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
      this.slots[slot] = index + 1;
      at += word.length;
    }
    this.size = this.values.length;
  }

  /**
   * The value of the word `text[start, end)`, or undefined when it is no word of the table.
   * Example: with 宁波 in the table, `get('去宁波', 1, 3)` is its value, `get('去宁波', 0, 2)` undefined.
   */
  get(text: string, start = 0, end = text.length): T | undefined {
    if (end - start <= 0 || start < 0 || end > text.length) return undefined;
    const index = this.indexOf(text, start, end);
    return index < 0 ? undefined : this.values[index];
  }

  /** The index of the word `text[start, end)` (a non-empty span inside the text), or -1. */
  private indexOf(text: string, start: number, end: number): number {
    const length = end - start;
    const { slots, units, wordStart, wordLength } = this;
    const mask = slots.length - 1;
    for (let slot = hashOf(text, start, end) & mask; ; slot = (slot + 1) & mask) {
      const held = slots[slot]!;
      if (held === 0) return -1;
      const word = held - 1;
      if (wordLength[word] !== length) continue;
      const from = wordStart[word]!;
      let same = true;
      for (let i = 0; i < length && same; i++) same = units[from + i] === text.charCodeAt(start + i);
      if (same) return word;
    }
  }
}

/**
 * A {@link WordTable} as flat arrays: word i is `units[wordStart[i], wordStart[i] + wordLength[i])`
 * with value `values[i]`; `slots` is the open-addressing table (word index + 1, 0 for free), sized
 * a power of two and filled by the table's own hash.
 */
export interface WordTableArrays<T> {
  units: Uint16Array;
  wordStart: Int32Array;
  wordLength: Int32Array;
  slots: Int32Array;
  values: readonly T[];
}

/** FNV-1a over the code units of `text[start, end)`, with a final mix so short keys spread. */
function hashOf(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h ^ (h >>> 15)) >>> 0;
}
