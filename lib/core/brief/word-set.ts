/**
 * A few literal words (of the Basic Multilingual Plane, as the event rules write them), looked up by
 * character code where they may start or end in a text: no slice, no match object, no regular
 * expression run on each sentence. At a place, only the words whose first (or last) code unit falls
 * in the bucket of the text's code unit there (its low BUCKET_BITS bits) are tried: most places hold
 * none, and a common character (上, 会, 出) is compared with its own few words, not all of them.
 * Example: `new WordSet(['将', '计划']).indexIn('今年计划', 0, 4)` → 2.
 */
export class WordSet {
  /** The words as given; their tables are made on first use (see {@link tables}). */
  private readonly words: readonly string[];
  /** The words as their code units, by the bucket of their first code unit (in the order given within one). */
  private byFirst: readonly Uint16Array[] = NO_WORDS;
  /**
   * Bucket b's words in byFirst are `byFirst[firstStart[b]]` … `byFirst[firstStart[b + 1] - 1]`.
   * Empty until the first use.
   */
  private firstStart: Uint16Array = NO_BUCKETS;
  /** The words by the bucket of their last code unit, as byFirst. */
  private byLast: readonly Uint16Array[] = NO_WORDS;
  private lastStart: Uint16Array = NO_BUCKETS;

  /** Throws a RangeError for an empty word. Cheap: the tables are made on first use. */
  constructor(words: readonly string[]) {
    if (words.includes('')) throw new RangeError('WordSet: an empty word');
    this.words = words;
  }

  /**
   * Makes the tables once. Why not in the constructor: the rules' two dozen sets are module
   * constants, so building them there ran in the content script's first task, ahead of the first
   * highlight (~1 ms in the interpreter), for a brief read only after it.
   */
  private tables(): void {
    if (this.firstStart !== NO_BUCKETS) return;
    const units = this.words.map(codeUnitsOf);
    [this.byFirst, this.firstStart] = bucketed(units, firstUnit);
    [this.byLast, this.lastStart] = bucketed(units, lastUnit);
  }

  /**
   * The length of the first word (in the order given) written at `at` of `text` and ending at or
   * before `end`, else 0. Example: `new WordSet(['期间', '前']).startsAt('开幕前夕', 2, 4)` → 1.
   */
  startsAt(text: string, at: number, end: number): number {
    if (at >= end) return 0;
    this.tables();
    const bucket = text.charCodeAt(at) & BUCKET_MASK;
    const last = this.firstStart[bucket + 1]!;
    for (let j = this.firstStart[bucket]!; j < last; j++) {
      const w = this.byFirst[j]!;
      if (at + w.length <= end && isAt(text, at, w)) return w.length;
    }
    return 0;
  }

  /**
   * True when a word is written right before `end` of `text`, starting at or after `start`
   * (a pattern's `(?:…)$` on `text.slice(start, end)`).
   * Example: `new WordSet(['出席', '次']).endsAt('主持并出席', 0, 5)` → true.
   */
  endsAt(text: string, start: number, end: number): boolean {
    if (end <= start) return false;
    this.tables();
    const bucket = text.charCodeAt(end - 1) & BUCKET_MASK;
    const last = this.lastStart[bucket + 1]!;
    for (let j = this.lastStart[bucket]!; j < last; j++) {
      const w = this.byLast[j]!;
      if (end - w.length >= start && isAt(text, end - w.length, w)) return true;
    }
    return false;
  }

  /**
   * Where the first word written wholly inside `[from, to)` of `text` starts, else −1 (a pattern's
   * search on `text.slice(from, to)`). Example: `new WordSet(['以来']).indexIn('今年以来签约', 0, 6)` → 2.
   */
  indexIn(text: string, from: number, to: number): number {
    this.tables();
    const { firstStart } = this;
    for (let i = from; i < to; i++) {
      const bucket = text.charCodeAt(i) & BUCKET_MASK;
      // An empty bucket, the common case, without a call.
      if (firstStart[bucket] !== firstStart[bucket + 1] && this.startsAt(text, i, to) !== 0) return i;
    }
    return -1;
  }
}

const NO_WORDS: readonly Uint16Array[] = [];
const NO_BUCKETS = new Uint16Array(0);

/** `word`'s UTF-16 code units. Example: `codeUnitsOf('以来')` → Uint16Array [0x4ee5, 0x6765]. */
function codeUnitsOf(word: string): Uint16Array {
  const units = new Uint16Array(word.length);
  for (let i = 0; i < word.length; i++) units[i] = word.charCodeAt(i);
  return units;
}

const firstUnit = (word: Uint16Array): number => word[0]!;
const lastUnit = (word: Uint16Array): number => word[word.length - 1]!;

/** A code unit's bucket is its low bits: 256 buckets spread the CJK characters of the rules well. */
const BUCKET_BITS = 8;
const BUCKET_MASK = (1 << BUCKET_BITS) - 1;

/**
 * `words` ordered by the bucket of `key(word)` (stably: the order given within a bucket), and where
 * each bucket's words start (one entry more than there are buckets).
 */
function bucketed(
  words: readonly Uint16Array[],
  key: (word: Uint16Array) => number,
): [readonly Uint16Array[], Uint16Array] {
  const start = new Uint16Array((1 << BUCKET_BITS) + 1);
  for (const w of words) start[(key(w) & BUCKET_MASK) + 1]!++;
  for (let b = 1; b < start.length; b++) start[b]! += start[b - 1]!;
  const fill = start.slice(0, -1);
  const ordered = words.slice(); // each place overwritten below
  for (const w of words) ordered[fill[key(w) & BUCKET_MASK]!++] = w;
  return [ordered, start];
}

/** True when the code units `word` are written at `at` of `text`. */
function isAt(text: string, at: number, word: Uint16Array): boolean {
  for (let i = 0; i < word.length; i++) if (text.charCodeAt(at + i) !== word[i]) return false;
  return true;
}
