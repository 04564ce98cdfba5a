import { WordTable, type WordTableArrays } from '../matching';
import { COMMON_WORDS, FUNCTION_WORDS, PHRASE_WORDS, PREDICATE_WORDS, PROPER_WORDS } from './word-lexicon.generated';

/**
 * What a word of the lexicon is, as far as names are concerned (from jieba's part-of-speech tags):
 * - `function`: prepositions, conjunctions, pronouns, numerals and measure words, adverbs, time
 *   words, particles (在, 对, 就, 三个, 认真, 目前) — never inside a zone's name;
 * - `predicate`: verbs, adjectives, idioms, distinguishing words (研究, 优化, 相关, 主要) — they may
 *   sit inside a name (沪苏大丰产业联动集聚区) but a name does not start with one;
 * - `phrase`: set phrases, nouns as often as verbs (丝绸之路, 没想到) — they may start a name but,
 *   like a verb, do not stand before a place inside one;
 * - `proper`: place and organisation names the lexicon knows (虹桥, 江北, 中国电信);
 * - `common`: other nouns (金融, 服务业), kept so that words are found whole.
 */
export type WordClass = 'function' | 'predicate' | 'phrase' | 'proper' | 'common';

/** A lexicon word found in a text: `[start, end)` and its class. */
export interface LexiconWord {
  start: number;
  end: number;
  wordClass: WordClass;
}

// Words of zone news that jieba's dictionary lacks or has too rarely to keep, as common nouns: without
// them their characters would read as an unknown proper name (科创园区, 临空产业园区).
// prettier-ignore
const DOMAIN_WORDS = [
  '自贸', '科创', '临空', '经开', '综保', '双创', '电商', '跨境', '文旅', '康养', '智造', '数智', '文创', '大数据',
  '启动区', '起步区', '先行区', '核心区', '首开区', '片区', '园区', '新片区', '产业园', '示范园', '孵化器', '总部',
];

// Verbs of the happenings zone news reports (see lib/core/brief's event words) that jieba's
// dictionary lacks: a name ends where one starts (`副区长周敏揭牌`).
// prettier-ignore
const DOMAIN_VERBS = ['揭牌', '剪彩', '授牌', '颁奖', '点赞', '开园', '巡馆', '巡展', '签约'];

/** Longest word of the lexicon, in characters. */
const LONGEST_WORD = 4;

interface Lexicon {
  words: WordTable<WordClass>;
  /** 1 at the UTF-16 code of a character some word ends with (its ambiguous forms too, see below). */
  lastCharacters: Uint8Array;
  /** 1 at the UTF-16 code of a character some word starts with (its ambiguous forms too). */
  firstCharacters: Uint8Array;
  /** The words' {@link spanKey}s as bits (see spanKeysOf): a span whose key is not set is no word. */
  spanKeys: Int32Array;
}

/**
 * The lexicon's lookup tables as flat arrays, for the prebuilt binary (prebuilt-knowledge.ts):
 * building them from the word lists is ~100 ms of a background's start; reading them is not.
 */
export interface LexiconTables {
  words: WordTableArrays<WordClass>;
  /** 1 at the UTF-16 code of a character some word ends with (see Lexicon). */
  lastCharacters: Uint8Array;
  /** 1 at the UTF-16 code of a character some word starts with (see Lexicon). */
  firstCharacters: Uint8Array;
  /**
   * The words' span keys as bits (see Lexicon). Stored, not made at load: the loop over the
   * lexicon's tens of thousands of words ran in V8's interpreter at each background start (~40M
   * instructions, a third of the load).
   */
  spanKeys: Int32Array;
}

// One lexicon per process, built from the word lists on first use or installed prebuilt.
let built: Lexicon | undefined;

/** The lexicon's tables (built from the word lists now if neither built nor installed yet). */
export function lexiconTables(): LexiconTables {
  const { words, lastCharacters, firstCharacters, spanKeys } = lexicon();
  return { words: words.arrays(), lastCharacters, firstCharacters, spanKeys };
}

/**
 * Installs prebuilt lexicon tables ({@link lexiconTables} of the same word lists, read back), so
 * that no detection builds them; a lexicon already built or installed is kept (it is the same).
 */
export function installLexiconTables(tables: LexiconTables): void {
  if (built) return;
  const { lastCharacters, firstCharacters, spanKeys } = tables;
  built = { words: WordTable.fromArrays(tables.words), lastCharacters, firstCharacters, spanKeys };
}

/** Bits of {@link Lexicon.spanKeys}, as a power of two: ~20 per word keeps false passes to a few percent. */
const SPAN_KEY_BITS = 20;

/**
 * A word's or span's key: its first, second and last code units and its length, hashed to
 * SPAN_KEY_BITS bits. Example: 研究 and 研究所 differ by their last unit and length.
 */
function spanKey(first: number, second: number, last: number, length: number): number {
  let h = Math.imul(first, 0x9e3779b1) ^ Math.imul(second + (length << 16), 0x85ebca6b) ^ Math.imul(last, 0xc2b2ae35);
  h ^= h >>> 15;
  return Math.imul(h, 0x2c1b3c6d) >>> (32 - SPAN_KEY_BITS);
}

/**
 * The keys of all the words of `words` as bits, with every form a traditional text may give them
 * (著眼 for 着眼, see AMBIGUOUS_TRADITIONAL): the key of any span that {@link classOfWord} finds is set.
 * Why: the lexicon is asked tens of thousands of times a page about spans that are mostly no
 * word, and the first and last characters alone let 44 % of them through to a hash lookup of the
 * whole span; with the second character and the length, few pass that are not words.
 */
function spanKeysOf(words: WordTable<WordClass>): Int32Array {
  const { units, wordLength } = words.arrays();
  const bits = new Int32Array(1 << (SPAN_KEY_BITS - 5));
  for (let i = 0, at = 0; i < wordLength.length; at += wordLength[i]!, i++) {
    const length = wordLength[i]!;
    const first = units[at]!;
    const second = length > 1 ? units[at + 1]! : first;
    const last = units[at + length - 1]!;
    // A word has a traditional form only where it holds one of the few simplified characters.
    if (!hasTraditionalForm(first) && !hasTraditionalForm(second) && !hasTraditionalForm(last)) {
      const key = spanKey(first, second, last, length);
      bits[key >>> 5]! |= 1 << (key & 31);
    } else {
      setKeysOfForms(bits, first, second, last, length);
    }
  }
  return bits;
}

/** Sets the keys of every form of a word's first, second and last units: each as it is or as its ambiguous traditional character. */
function setKeysOfForms(bits: Int32Array, first: number, second: number, last: number, length: number): void {
  for (const f of formsOf(first)) {
    for (const s of length > 1 ? formsOf(second) : [f]) {
      for (const l of length > 2 ? formsOf(last) : [length > 1 ? s : f]) {
        const key = spanKey(f, s, l, length);
        bits[key >>> 5]! |= 1 << (key & 31);
      }
    }
  }
}

/** A unit and, when it is the simplified character of one (了 for 瞭), its ambiguous traditional form. */
function formsOf(unit: number): number[] {
  const traditional = TRADITIONAL_OF.get(unit);
  return traditional === undefined ? [unit] : [unit, traditional];
}

/** True when the span's key is a word's: false means it is surely no word of the lexicon. */
function mayBeWord(spanKeys: Int32Array, text: string, from: number, to: number): boolean {
  const length = to - from;
  const first = text.charCodeAt(from);
  const key = spanKey(first, length > 1 ? text.charCodeAt(from + 1) : first, text.charCodeAt(to - 1), length);
  return (spanKeys[key >>> 5]! & (1 << (key & 31))) !== 0;
}

/** Marks each ambiguous traditional character whose simplified one is marked (see AMBIGUOUS_TRADITIONAL). */
function markAmbiguous(characters: Uint8Array): void {
  for (const [traditional, simplified] of AMBIGUOUS_TRADITIONAL) {
    if (characters[simplified.charCodeAt(0)] === 1) characters[traditional.charCodeAt(0)] = 1;
  }
}

function lexicon(): Lexicon {
  if (built) return built;
  const entries: [string, WordClass][] = [];
  const lastCharacters = new Uint8Array(0x10000);
  const firstCharacters = new Uint8Array(0x10000);
  const add = (list: string, wordClass: WordClass) => {
    for (const word of list.split(' ')) {
      if (!word) continue;
      entries.push([word, wordClass]);
      lastCharacters[word.charCodeAt(word.length - 1)] = 1;
      firstCharacters[word.charCodeAt(0)] = 1;
    }
  };
  add(COMMON_WORDS, 'common');
  add(DOMAIN_WORDS.join(' '), 'common');
  add(DOMAIN_VERBS.join(' '), 'predicate');
  add(PROPER_WORDS, 'proper');
  add(PHRASE_WORDS, 'phrase');
  add(PREDICATE_WORDS, 'predicate');
  add(FUNCTION_WORDS, 'function');
  markAmbiguous(lastCharacters);
  markAmbiguous(firstCharacters);
  // A later list wins for a word in two (FUNCTION_WORDS last), as the table keeps the last value.
  const words = new WordTable(entries);
  built = { words, lastCharacters, firstCharacters, spanKeys: spanKeysOf(words) };
  return built;
}

/** The class of `word` in the lexicon, or undefined when the lexicon does not know it. */
export function wordClassOf(word: string): WordClass | undefined {
  return classOfWord(lexicon().words, word, 0, word.length);
}

/**
 * The class of the word `text[start, end)` in the lexicon, or undefined when the lexicon does not
 * know it: `wordClassOf(text.slice(start, end))` without cutting the span out.
 * Example: `wordClassIn('高水平南阳', 1, 3)` → 'predicate' (水平).
 */
export function wordClassIn(text: string, start: number, end: number): WordClass | undefined {
  // The span as `text.slice(start, end)` would cut it: an end past the text is the text's end.
  const from = start < 0 ? Math.max(0, text.length + start) : start;
  const to = Math.min(end, text.length);
  if (to <= from) return undefined;
  const { words, spanKeys } = lexicon();
  // Most spans asked about are no word: their key answers for nearly all of them, without a hash.
  if (!mayBeWord(spanKeys, text, from, to)) return undefined;
  return classOfWord(words, text, from, to);
}

// Traditional characters the character fold leaves alone because each is also a simplified
// character of its own (瞭望, 著名, 藉口, 乾坤): in a traditional text they stand for the simplified
// character here (瞭解 = 了解, 著眼 = 着眼, 藉助 = 借助), so a word the lexicon lacks is looked up
// again with them replaced.
const AMBIGUOUS_TRADITIONAL: ReadonlyMap<string, string> = new Map([
  ['瞭', '了'],
  ['著', '着'],
  ['藉', '借'],
  ['乾', '干'],
  ['夥', '伙'],
  ['甦', '苏'],
]);
// The simplified characters those stand for, by code, with their ambiguous traditional forms; and
// one bit per UTF-16 code set for them, checked for three units of each of the lexicon's words.
const TRADITIONAL_OF = new Map<number, number>();
const SIMPLIFIED_CODES = new Uint8Array(0x2000);
for (const [traditional, simplified] of AMBIGUOUS_TRADITIONAL) {
  const code = simplified.charCodeAt(0);
  TRADITIONAL_OF.set(code, traditional.charCodeAt(0));
  SIMPLIFIED_CODES[code >> 3]! |= 1 << (code & 7);
}

/** True when `unit` is the simplified character of an ambiguous traditional one (了 of 瞭). */
function hasTraditionalForm(unit: number): boolean {
  return (SIMPLIFIED_CODES[unit >> 3]! & (1 << (unit & 7))) !== 0;
}
const AMBIGUOUS_CHARACTERS = new RegExp(`[${[...AMBIGUOUS_TRADITIONAL.keys()].join('')}]`, 'gu');
// One bit per UTF-16 code, set for the ambiguous characters: checked for every character of every
// span the lexicon misses.
const AMBIGUOUS_CODES = new Uint8Array(0x2000);
for (const c of AMBIGUOUS_TRADITIONAL.keys()) AMBIGUOUS_CODES[c.charCodeAt(0) >> 3]! |= 1 << (c.charCodeAt(0) & 7);

/** True when `text[start, end)` holds one of the ambiguous traditional characters (most spans looked up are missed). */
function hasAmbiguousCharacter(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if ((AMBIGUOUS_CODES[code >> 3]! & (1 << (code & 7))) !== 0) return true;
  }
  return false;
}

function classOfWord(words: WordTable<WordClass>, text: string, start: number, end: number): WordClass | undefined {
  const wordClass = words.get(text, start, end);
  if (wordClass !== undefined || !hasAmbiguousCharacter(text, start, end)) return wordClass;
  return words.get(text.slice(start, end).replace(AMBIGUOUS_CHARACTERS, (c) => AMBIGUOUS_TRADITIONAL.get(c)!));
}

/**
 * The longest lexicon word that ends at `end` in `text` and starts at or after `limit` — one step of
 * backward maximum matching, which segments the text before a platform word from right to left.
 * A traditional text's 瞭解, 著眼, 藉助 are the lexicon's 了解, 着眼, 借助.
 *
 * @example wordEndingAt('认真研究', 4, 0) // { start: 2, end: 4, wordClass: 'predicate' } (研究)
 */
export function wordEndingAt(text: string, end: number, limit: number): LexiconWord | undefined {
  const { words: map, lastCharacters, firstCharacters, spanKeys } = lexicon();
  // Most characters end no word: one array read answers for them without a lookup per length.
  if (end < 1 || lastCharacters[text.charCodeAt(end - 1)] !== 1) return undefined;
  for (let length = Math.min(LONGEST_WORD, end - limit); length >= 1; length--) {
    if (firstCharacters[text.charCodeAt(end - length)] !== 1 || !mayBeWord(spanKeys, text, end - length, end)) continue;
    const wordClass = classOfWord(map, text, end - length, end);
    if (wordClass !== undefined) return { start: end - length, end, wordClass };
  }
  return undefined;
}
