import { WordTable } from '../matching';
import { CodeSet } from './code-set';
import {
  COMMON_WORDS,
  COMPOUND_SURNAMES,
  SINGLE_SURNAMES,
  SURNAME_PHRASES,
  SURNAME_WORDS,
  WORD_LIKE_SURNAMES,
  WORD_SURNAMES,
} from './surnames.generated';

/**
 * Splits a string of fixed-width items into a table of words, asked by a span of a text without
 * cutting it out. Example: `itemTable('来到能够', 2).get('来到', 0, 2)` → true. The generated lists
 * are stored that way to keep the module small.
 */
function itemTable(items: string, width: number): WordTable<true> {
  const words: (readonly [string, true])[] = [];
  for (let i = 0; i + width <= items.length; i += width) words.push([items.slice(i, i + width), true]);
  return new WordTable(words);
}

/** The one-character items of a list of them, as a set of code units. */
function itemCodes(items: string): CodeSet {
  return new CodeSet(items.split(''));
}

// All surnames of a kept list (scripts/build-surnames.mjs: chinese-surnames + pinyin-pro, both
// MIT), rare ones included (摆 亓 仝 訾 逄 禚 谯 虢 …). Lookups are array reads and span lookups: the
// detector asks at every title and name, so no scanning of a list and no slice of the text.
const SINGLE = itemCodes(SINGLE_SURNAMES);
const COMPOUND = itemTable(COMPOUND_SURNAMES, 2);
// The first characters of the compound surnames: most characters start none, and a code read
// answers for them without a lookup.
const COMPOUND_FIRST = new CodeSet(COMPOUND_SURNAMES.split('').filter((_, i) => i % 2 === 0));
const WORDS_AFTER_SURNAME = itemTable(SURNAME_WORDS, 2);
const PHRASES_AFTER_SURNAME = itemTable(SURNAME_PHRASES, 3);
const WORD_LIKE = itemCodes(WORD_SURNAMES);
const COMMON = itemTable(COMMON_WORDS, 2);
const WORD_LIKE_ANYWHERE = itemCodes(WORD_LIKE_SURNAMES);

/**
 * Length of the surname that starts at `at` (2 for 欧阳, 1 for 王), or 0 when no known surname
 * starts there. Example: `startsPersonalName('欧阳明表示', 0)` → 2.
 */
export function startsPersonalName(text: string, at: number): number {
  if (COMPOUND_FIRST.at(text, at) && COMPOUND.get(text, at, at + 2)) return 2;
  return SINGLE.at(text, at) ? 1 : 0;
}

// One-character names of provinces and the cities written so (沪 京 川 陕 …): after a surname that is
// a frequent verb or preposition they are its object (`来沪考察`, `在京召开`), not a given name.
const PROVINCE_ABBREVIATIONS = new CodeSet(
  '京津沪渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川蜀贵黔云滇藏陕秦甘陇青宁新港澳台',
);

/**
 * True when the text at `at`, where a single-character surname stands, reads as ordinary words
 * rather than the start of a name. Two tests, both from jieba's word frequencies (see
 * scripts/build-surnames.mjs):
 * - the surname and the next one or two characters form a common word: `来到`, `能够`, `高度`,
 *   `候选人` (`副市长来到现场`, `书记能够…`, `书记高度重视`, `区长候选人`); surnames that jieba
 *   knows as names (王, 李) never do, so 王国强 stays a name although 王国 is a word;
 * - the surname is a frequent word itself (来, 于, 向, 在) and the next two characters form a
 *   common word (`于近日`, `向大家`, `在现场`) or the next is a province's one-character name
 *   (`来沪`, `在京`).
 * Example: `readsAsWords('来到现场', 0)` → true; `readsAsWords('来颖杰表示', 0)` → false.
 */
export function readsAsWords(text: string, at: number): boolean {
  if (WORDS_AFTER_SURNAME.get(text, at, at + 2) || PHRASES_AFTER_SURNAME.get(text, at, at + 3)) return true;
  if (!WORD_LIKE.at(text, at)) return false;
  return COMMON.get(text, at + 1, at + 3) === true || PROVINCE_ABBREVIATIONS.at(text, at + 1);
}

/**
 * True when the surname `character` is a frequent word on its own (来, 于, 在, 向, 高): a name
 * that starts with it is read only where a clear ending follows (`来颖杰表示`), never by default.
 * Example: `isFrequentWordSurname('在')` → true; `isFrequentWordSurname('王')` → false.
 */
export function isFrequentWordSurname(character: string): boolean {
  return character.length === 1 && WORD_LIKE.at(character, 0);
}

/**
 * True when the surname `character` is also a word other than a name in jieba's list (张, 高, 全, 来),
 * so a two-character "name" of it that is a known word (全体, 高峰) reads as that word. Example:
 * `isWordLikeSurname('全')` → true; `isWordLikeSurname('李')` → false.
 */
export function isWordLikeSurname(character: string): boolean {
  return character.length === 1 && WORD_LIKE_ANYWHERE.at(character, 0);
}
