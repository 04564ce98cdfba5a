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
 * The items of a string of fixed-width items sorted by code unit (as scripts/build-surnames.mjs
 * writes them), looked up by binary search in the string itself. Why not a Set: building the seven
 * sets (6,500 items) ran at every start of the background, before its first line; a lookup here is a
 * dozen comparisons of code units and makes no string.
 */
class SortedItems {
  private readonly count: number;

  constructor(
    private readonly items: string,
    private readonly width: number,
  ) {
    this.count = Math.floor(items.length / width);
  }

  /** True when `text[at, at + width)` is an item. Example: over '来到能够' (width 2), `hasAt('能够', 0)` → true. */
  hasAt(text: string, at: number): boolean {
    const { items, width } = this;
    if (at < 0 || at + width > text.length) return false;
    let low = 0;
    let high = this.count - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      let order = 0;
      for (let i = 0; i < width && order === 0; i++) {
        order = items.charCodeAt(middle * width + i) - text.charCodeAt(at + i);
      }
      if (order === 0) return true;
      if (order < 0) low = middle + 1;
      else high = middle - 1;
    }
    return false;
  }
}

// All surnames of a kept list (scripts/build-surnames.mjs: chinese-surnames + pinyin-pro, both
// MIT), rare ones included (摆 亓 仝 訾 逄 禚 谯 虢 …). The detector asks at every title and name:
// one-character lists are code sets (one array read), longer items binary searches in place — no
// scan of a list, no slice of the text, and no hash table built when the module loads.
const SINGLE = new CodeSet(SINGLE_SURNAMES);
const COMPOUND = new SortedItems(COMPOUND_SURNAMES, 2);
// The first characters of the compound surnames: most characters start none, and a code read
// answers for them without a search.
const COMPOUND_FIRST = new CodeSet(COMPOUND_SURNAMES.split('').filter((_, i) => i % 2 === 0));
const WORDS_AFTER_SURNAME = new SortedItems(SURNAME_WORDS, 2);
const PHRASES_AFTER_SURNAME = new SortedItems(SURNAME_PHRASES, 3);
const WORD_LIKE = new CodeSet(WORD_SURNAMES);
const COMMON = new SortedItems(COMMON_WORDS, 2);
const WORD_LIKE_ANYWHERE = new CodeSet(WORD_LIKE_SURNAMES);

/**
 * Length of the surname that starts at `at` (2 for 欧阳, 1 for 王), or 0 when no known surname
 * starts there. Example: `startsPersonalName('欧阳明表示', 0)` → 2.
 */
export function startsPersonalName(text: string, at: number): number {
  if (COMPOUND_FIRST.at(text, at) && COMPOUND.hasAt(text, at)) return 2;
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
  if (WORDS_AFTER_SURNAME.hasAt(text, at) || PHRASES_AFTER_SURNAME.hasAt(text, at)) return true;
  if (!WORD_LIKE.at(text, at)) return false;
  return COMMON.hasAt(text, at + 1) || PROVINCE_ABBREVIATIONS.at(text, at + 1);
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
