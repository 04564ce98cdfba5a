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
 * Splits a string of fixed-width items into a set. Example: `itemSet('来到能够', 2)` → {来到, 能够}.
 * The generated lists are stored that way to keep the module small.
 */
function itemSet(items: string, width: number): Set<string> {
  const set = new Set<string>();
  for (let i = 0; i + width <= items.length; i += width) set.add(items.slice(i, i + width));
  return set;
}

// All surnames of a kept list (scripts/build-surnames.mjs: chinese-surnames + pinyin-pro, both
// MIT), rare ones included (摆 亓 仝 訾 逄 禚 谯 虢 …). Lookups are Set reads: the detector asks at
// every title, so no scanning of a list.
const SINGLE = itemSet(SINGLE_SURNAMES, 1);
const COMPOUND = itemSet(COMPOUND_SURNAMES, 2);
const WORDS_AFTER_SURNAME = itemSet(SURNAME_WORDS, 2);
const PHRASES_AFTER_SURNAME = itemSet(SURNAME_PHRASES, 3);
const WORD_LIKE = itemSet(WORD_SURNAMES, 1);
const COMMON = itemSet(COMMON_WORDS, 2);
const WORD_LIKE_ANYWHERE = itemSet(WORD_LIKE_SURNAMES, 1);

/**
 * Length of the surname that starts at `at` (2 for 欧阳, 1 for 王), or 0 when no known surname
 * starts there. Example: `startsPersonalName('欧阳明表示', 0)` → 2.
 */
export function startsPersonalName(text: string, at: number): number {
  if (COMPOUND.has(text.slice(at, at + 2))) return 2;
  return SINGLE.has(text.charAt(at)) ? 1 : 0;
}

// One-character names of provinces and the cities written so (沪 京 川 陕 …): after a surname that is
// a frequent verb or preposition they are its object (`来沪考察`, `在京召开`), not a given name.
const PROVINCE_ABBREVIATIONS = new Set([
  ...'京津沪渝冀晋辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川蜀贵黔云滇藏陕秦甘陇青宁新港澳台',
]);

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
  if (WORDS_AFTER_SURNAME.has(text.slice(at, at + 2)) || PHRASES_AFTER_SURNAME.has(text.slice(at, at + 3))) return true;
  if (!WORD_LIKE.has(text.charAt(at))) return false;
  return COMMON.has(text.slice(at + 1, at + 3)) || PROVINCE_ABBREVIATIONS.has(text.charAt(at + 1));
}

/**
 * True when the surname `character` is a frequent word on its own (来, 于, 在, 向, 高): a name
 * that starts with it is read only where a clear ending follows (`来颖杰表示`), never by default.
 * Example: `isFrequentWordSurname('在')` → true; `isFrequentWordSurname('王')` → false.
 */
export function isFrequentWordSurname(character: string): boolean {
  return WORD_LIKE.has(character);
}

/**
 * True when the surname `character` is also a word other than a name in jieba's list (张, 高, 全, 来),
 * so a two-character "name" of it that is a known word (全体, 高峰) reads as that word. Example:
 * `isWordLikeSurname('全')` → true; `isWordLikeSurname('李')` → false.
 */
export function isWordLikeSurname(character: string): boolean {
  return WORD_LIKE_ANYWHERE.has(character);
}
