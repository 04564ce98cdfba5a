/**
 * A few literal words (of the Basic Multilingual Plane, as the event rules write them), looked up by
 * character code where they may start or end in a text: no slice, no match object, no regular
 * expression run on each sentence. A word is tried only where the text has its first (or last)
 * code unit, which a 1,024-bit filter tells before the words are read.
 * Example: `new WordSet(['将', '计划']).indexIn('今年计划', 0, 4)` → 2.
 */
export class WordSet {
  /** The words, as their code units. */
  private readonly words: readonly Uint16Array[];
  /** Bit `code & 1023` set when some word starts with the code unit `code`. */
  private readonly firstBits = new Uint32Array(32);
  /** Bit `code & 1023` set when some word ends with the code unit `code`. */
  private readonly lastBits = new Uint32Array(32);

  constructor(words: readonly string[]) {
    this.words = words.map((w) => Uint16Array.from(w, (c) => c.charCodeAt(0)));
    for (const w of this.words) {
      if (w.length === 0) throw new RangeError('WordSet: an empty word');
      setBit(this.firstBits, w[0]!);
      setBit(this.lastBits, w[w.length - 1]!);
    }
  }

  /**
   * The length of the first word (in the order given) written at `at` of `text` and ending at or
   * before `end`, else 0. Example: `new WordSet(['期间', '前']).startsAt('开幕前夕', 2, 4)` → 1.
   */
  startsAt(text: string, at: number, end: number): number {
    if (at >= end || !hasBit(this.firstBits, text.charCodeAt(at))) return 0;
    for (const w of this.words) if (at + w.length <= end && isAt(text, at, w)) return w.length;
    return 0;
  }

  /**
   * True when a word is written right before `end` of `text`, starting at or after `start`
   * (a pattern's `(?:…)$` on `text.slice(start, end)`).
   * Example: `new WordSet(['出席', '次']).endsAt('主持并出席', 0, 5)` → true.
   */
  endsAt(text: string, start: number, end: number): boolean {
    if (end <= start || !hasBit(this.lastBits, text.charCodeAt(end - 1))) return false;
    for (const w of this.words) if (end - w.length >= start && isAt(text, end - w.length, w)) return true;
    return false;
  }

  /**
   * Where the first word written wholly inside `[from, to)` of `text` starts, else −1 (a pattern's
   * search on `text.slice(from, to)`). Example: `new WordSet(['以来']).indexIn('今年以来签约', 0, 6)` → 2.
   */
  indexIn(text: string, from: number, to: number): number {
    for (let i = from; i < to; i++) if (this.startsAt(text, i, to) !== 0) return i;
    return -1;
  }
}

/** Sets bit `code & 1023` of `bits`. */
function setBit(bits: Uint32Array, code: number): void {
  bits[(code >>> 5) & 31]! |= 1 << (code & 31);
}

/** Bit `code & 1023` of `bits`. */
function hasBit(bits: Uint32Array, code: number): boolean {
  return ((bits[(code >>> 5) & 31]! >>> (code & 31)) & 1) !== 0;
}

/** True when the code units `word` are written at `at` of `text`. */
function isAt(text: string, at: number, word: Uint16Array): boolean {
  for (let i = 0; i < word.length; i++) if (text.charCodeAt(at + i) !== word[i]) return false;
  return true;
}
