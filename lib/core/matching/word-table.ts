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
   * The table another table gave as arrays ({@link WordTable.arrays}): the same table, made without
   * a string per word — loading a prebuilt lexicon of tens of thousands of words costs one hash per
   * word, not splitting word lists and inserting strings. `units` and `values` are used as they are
   * (not copied) and must not change afterwards.
   */
  static fromArrays<T>(arrays: WordTableArrays<T>): WordTable<T> {
    return new WordTable<T>([], arrays);
  }

  /**
   * The table as flat arrays (see {@link WordTableArrays}), for storing it prebuilt: the words
   * and their values, without the hash slots or word starts, which {@link WordTable.fromArrays}
   * makes again from them in one pass (storing them tripled the stored lexicon).
   */
  arrays(): WordTableArrays<T> {
    let units = 0;
    for (let i = 0; i < this.size; i++) units += this.wordLength[i]!;
    return {
      units: this.units.subarray(0, units),
      wordLength: this.wordLength.subarray(0, this.size),
      values: this.values,
      slotCount: this.slots.length,
    };
  }

  /**
   * Builds the table; when a word repeats, the last value given for it wins (as `Map.set`).
   * With `prebuilt` (see {@link WordTable.fromArrays}), `entries` are ignored.
   */
  constructor(entries: Iterable<readonly [word: string, value: T]>, prebuilt?: WordTableArrays<T>) {
    // The loops over the words are functions of their own. Why: a loop over tens of thousands of
    // words makes its function hot, and this constructor, called again for a page's few words, was
    // then compiled whole by the optimising compiler (16 ms, the costliest compile of a first detection).
    const built = prebuilt ? tableOfArrays(prebuilt) : tableOfEntries(entries);
    this.units = built.units;
    this.wordStart = built.wordStart;
    this.wordLength = built.wordLength;
    this.values = built.values;
    this.slots = built.slots;
    this.size = built.values.length;
  }

  /**
   * The value of the word `text[start, end)`, or undefined when it is no word of the table.
   * Example: with 宁波 in the table, `get('去宁波', 1, 3)` is its value, `get('去宁波', 0, 2)` undefined.
   */
  get(text: string, start = 0, end = text.length): T | undefined {
    if (end - start <= 0 || start < 0 || end > text.length) return undefined;
    const index = indexIn(this.slots, this.units, this.wordStart, this.wordLength, text, start, end);
    return index < 0 ? undefined : this.values[index];
  }
}

/**
 * A {@link WordTable}'s words as flat arrays: word i is the next `wordLength[i]` code units of
 * `units` (the words end to end, in the table's order) and has the value `values[i]`; `slotCount`
 * is the size of its hash table (a power of two), so the table made again hashes alike.
 */
export interface WordTableArrays<T> {
  units: Uint16Array;
  wordLength: ArrayLike<number>;
  values: readonly T[];
  slotCount: number;
  /**
   * The same words' lengths and values packed a byte each, which {@link WordTable.fromArrays} then
   * reads instead of `wordLength` and `values`: word i is `bytes[i] & 15` units long and has the
   * value `kinds[bytes[i] >> 4]`. For a stored table of tens of thousands of words (the word
   * lexicon): the table is made in one pass over the bytes, with no lists to unpack first.
   */
  packed?: { bytes: Uint8Array; kinds: readonly T[] };
}

/** A {@link WordTable}'s fields. */
interface TableFields<T> {
  units: Uint16Array;
  wordStart: Int32Array;
  wordLength: Int32Array;
  values: readonly T[];
  slots: Int32Array;
}

/** The fields of the table {@link WordTable.arrays} gave: words go into the slots in index order, as the build put them, so the same slots come out. */
function tableOfArrays<T>(arrays: WordTableArrays<T>): TableFields<T> {
  if (arrays.packed) return tableOfPacked(arrays.units, arrays.packed.bytes, arrays.packed.kinds, arrays.slotCount);
  const { units, values, slotCount } = arrays;
  const size = values.length;
  const wordStart = new Int32Array(size);
  const wordLength = Int32Array.from(arrays.wordLength);
  const slots = new Int32Array(slotCount);
  const mask = slotCount - 1;
  for (let index = 0, at = 0; index < size; at += wordLength[index]!, index++) {
    wordStart[index] = at;
    let slot = hashOfUnits(units, at, at + wordLength[index]!) & mask;
    while (slots[slot] !== 0) slot = (slot + 1) & mask;
    slots[slot] = index + 1;
  }
  return { units, wordStart, wordLength, values, slots };
}

/** The fields of the table of packed words (see {@link WordTableArrays.packed}), in one pass, as {@link tableOfArrays}. */
function tableOfPacked<T>(
  units: Uint16Array,
  bytes: Uint8Array,
  kinds: readonly T[],
  slotCount: number,
): TableFields<T> {
  const size = bytes.length;
  const wordStart = new Int32Array(size);
  const wordLength = new Int32Array(size);
  const values = new Array<T>(size);
  const slots = new Int32Array(slotCount);
  const mask = slotCount - 1;
  for (let index = 0, at = 0; index < size; index++) {
    const byte = bytes[index]!;
    const length = byte & 15;
    wordStart[index] = at;
    wordLength[index] = length;
    values[index] = kinds[byte >> 4]!;
    let slot = hashOfUnits(units, at, at + length) & mask;
    while (slots[slot] !== 0) slot = (slot + 1) & mask;
    slots[slot] = index + 1;
    at += length;
  }
  return { units, wordStart, wordLength, values, slots };
}

/** The fields of a table of `entries`; when a word repeats, the last value given for it wins. */
function tableOfEntries<T>(entries: Iterable<readonly [word: string, value: T]>): TableFields<T> {
  const list = Array.isArray(entries) ? (entries as readonly (readonly [string, T])[]) : [...entries];
  let total = 0;
  for (const [word] of list) total += word.length;
  const units = new Uint16Array(total);
  const wordStart = new Int32Array(list.length);
  const wordLength = new Int32Array(list.length);
  const values: T[] = [];
  let bits = 4;
  while (1 << bits < 2 * list.length) bits++;
  const slots = new Int32Array(1 << bits);
  const mask = slots.length - 1;
  let at = 0;
  for (const [word, value] of list) {
    if (word.length === 0) continue;
    const known = indexIn(slots, units, wordStart, wordLength, word, 0, word.length);
    if (known >= 0) {
      values[known] = value;
      continue;
    }
    const index = values.length;
    for (let i = 0; i < word.length; i++) units[at + i] = word.charCodeAt(i);
    wordStart[index] = at;
    wordLength[index] = word.length;
    values.push(value);
    let slot = hashOf(word, 0, word.length) & mask;
    while (slots[slot] !== 0) slot = (slot + 1) & mask;
    slots[slot] = index + 1;
    at += word.length;
  }
  return { units, wordStart, wordLength, values, slots };
}

/** The index of the word `text[start, end)` (a non-empty span inside the text) in a table's fields, or -1. */
function indexIn(
  slots: Int32Array,
  units: Uint16Array,
  wordStart: Int32Array,
  wordLength: Int32Array,
  text: string,
  start: number,
  end: number,
): number {
  const length = end - start;
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

/** FNV-1a over the code units of `text[start, end)`, with a final mix so short keys spread. */
function hashOf(text: string, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h ^ (h >>> 15)) >>> 0;
}

/** {@link hashOf} over `units[start, end)`: the same hash of the same code units. */
function hashOfUnits(units: Uint16Array, start: number, end: number): number {
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ units[i]!, 0x01000193);
  return (h ^ (h >>> 15)) >>> 0;
}
