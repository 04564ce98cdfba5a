import type { Mention } from '../entity';
import { WordTable } from '../matching';
import { isHan } from '../normalize';
import type { SortedSpans } from './span-set';
import { isFrequentWordSurname, readsAsWords, startsPersonalName } from './surnames';
import { wordClassIn } from './word-lexicon';
import { CodeSet } from './code-set';
import { OffsetBits, type OffsetLookup } from './offset-bits';

// How a personal name is read in running text: where it may start, how long it is, and which words
// end it. Shared by the title patterns (official-detector.ts) and appointment clauses.

/**
 * A set of short words asked "does one start here?": a Set per length, so a question costs one
 * slice per length instead of a scan of the list (the detector asks at every title and name).
 */
export class WordStarts {
  /** The words' lengths, longest first. */
  private readonly lengths: readonly number[];
  private readonly words: WordTable<true>;
  // The words' first and last characters: most offsets asked about start or end none, and a code
  // read answers for them without a lookup per length.
  private readonly firsts: CodeSet;
  private readonly lasts: CodeSet;

  constructor(words: readonly string[]) {
    this.lengths = [...new Set(words.map((w) => w.length))].sort((a, b) => b - a);
    this.words = new WordTable(words.map((w) => [w, true] as const));
    this.firsts = new CodeSet(words.map((w) => w.charAt(0)));
    this.lasts = new CodeSet(words.map((w) => w.charAt(w.length - 1)));
  }

  /** Length of the longest word starting at `at`, or 0. Example: `new WordStarts(['表示']).at('王强表示', 2)` → 2. */
  at(text: string, at: number): number {
    if (!this.firsts.at(text, at)) return 0;
    for (const length of this.lengths) if (this.words.get(text, at, at + length)) return length;
    return 0;
  }

  /** Length of the longest word ending at `end`, or 0. Example: `new WordStarts(['会见']).endingAt('会见王强', 2)` → 2. */
  endingAt(text: string, end: number): number {
    if (!this.lasts.at(text, end - 1)) return 0;
    for (const length of this.lengths) if (this.words.get(text, end - length, end)) return length;
    return 0;
  }
}

// Words that start right after a name and so cannot be part of it (`闵师林表示`, `鲁俊指出`), with
// time words (`周伟昨日表示`), verbs of going (`郑平赴苏州`) and a reporter's credits (`许晨摄`): a
// two-character given name is common, and the name ends where the next word starts.
// prettier-ignore
const AFTER_NAME_WORDS = [
  '表示', '指出', '要求', '强调', '认为', '介绍', '说', '称', '在', '的', '等', '和', '与', '及', '一行', '同志',
  '先生', '女士', '会见', '调研', '主持', '出席', '参加', '陪同', '率', '带', '坦言', '透露', '告诉', '也', '还',
  '就', '对', '是', '为', '将', '已', '向', '从', '到', '于', '作', '代表', '宣布', '致辞', '讲话', '提出', '今天',
  '昨天', '近日', '日前', '此前', '当天', '当日', '随后', '一同', '共同', '分别', '接受', '希望', '寄语', '说道',
  '回应', '谈到', '答', '曾', '并', '则', '又', '都', '亲自', '专程', '现场', '带队', '见证', '签约', '签署', '致',
  '把', '被', '给', '让', '听取', '考察', '看望', '慰问', '走访', '来到', '前往', '深入', '实地', '详细', '主动',
  // Time words and verbs of going, speaking and taking office.
  '昨日', '今日', '明日', '次日', '上午', '下午', '中午', '晚上', '晚间', '凌晨', '早上', '近期', '目前', '日内',
  '赴', '抵', '抵达', '前来', '来', '去', '到访', '一起', '等人', '讲', '笑称', '直言', '发表', '作出', '做出',
  '任', '出任', '担任', '兼任', '接任', '升任', '调任', '继任', '当选', '辞去', '不再', '任职', '获悉', '获得', '外', '摄', '摄影', '报道', '供图', '会同', '会晤', '会谈',
  // Prepositions: `东方朔以9粒进球获得…`, and of a reason (`李立因病请假`, `因工作调动`).
  '以', '因', '因为', '由于',
  // Nouns of the body a title names, where no name follows it (`与州委常委班子一道`, `常委会成员`).
  '班子', '成员',
];
/** Words that follow names ({@link AFTER_NAME_WORDS}), asked where a name may end. */
export const afterName = new WordStarts(AFTER_NAME_WORDS);
/** The one-character words that follow names (说, 在, 为): a name's third character only in context. */
export const ONE_CHARACTER_AFTER_NAME = new CodeSet(AFTER_NAME_WORDS.filter((w) => w.length === 1));

// One-character words of that list that also end given names (王有为, 张平和): after two name
// characters they are read as the third only when another word that follows names comes next.
// The others (说, 等, 赴, 在 …) always end the name there (`刘洁说`, `李睿等出席`).
const NAME_FINAL_WORDS = new CodeSet('为和');

// Punctuation that ends a clause or a list item: after 为 or 和 it makes that character a name's
// last (`区委副书记张继和，`), since neither the conjunction nor the verb ends a clause.
const PUNCTUATION_AFTER_NAME = new CodeSet('，、。；：,;:');

// Words that end just before a name written ahead of its title (`会见王伟区长`, `由习近平总书记`):
// with punctuation and the start of the text, the only places such a name may begin.
// prettier-ignore
const BEFORE_NAME_WORDS = [
  '由', '和', '与', '及', '同', '向', '对', '请', '是', '为', '了', '在', '以及', '陪同', '会见', '会晤', '看望',
  '听取', '欢迎', '感谢', '邀请', '跟随', '随同', '带领', '率领', '委托', '代表', '包括', '其中', '获得', '受到',
  '学习', '贯彻', '落实', '传达', '按照', '根据', '遵照', '牢记', '践行', '聆听',
];
/** Words that end just before a name written ahead of its title (会见, 由). */
export const beforeName = new WordStarts(BEFORE_NAME_WORDS);

/**
 * Characters that end place, street and organ names, never a given name (`苏州市长江路` is no 江路,
 * `国务院总理` no person 国务院).
 */
export const NOT_NAME_CHARACTERS = new CodeSet('路街道巷区县市镇乡村省州局厅委办部院署司处府');

/** Demonstratives that point at something just named and stand in no given name (`会长向该中心授牌`). */
const NEVER_GIVEN_NAME = new CodeSet('该此');

/**
 * How a name may end before `at`: `'word'` when a word that follows names or a title starts there
 * (`表示`, `说`, `通讯员`), `'edge'` at the end of the text or a non-Han character, false otherwise.
 * Example: `nameEndBefore('刘洁说', 2, new Set())` → 'word'; `nameEndBefore('刘洁', 2, new Set())` → 'edge'.
 */
export function nameEndBefore(text: string, at: number, titleStarts: OffsetLookup): 'word' | 'edge' | false {
  if (at >= text.length || !isHan(text.charCodeAt(at))) return 'edge';
  return afterName.at(text, at) > 0 || titleStarts.has(at) ? 'word' : false;
}

// Organ words that follow a one-character place word which is a surname too (市, 区, 县, 省): the
// start of an organ's name, never a given name (`、市政协主席`, `区人大常委会`); 领导 too, the
// leaders of that level (`、市领导张震海`). Some start with a surname themselves (纪检, 商务).
// prettier-ignore
const ORGAN_WORDS = ['政协', '人大', '政府', '党委', '党组', '党工委', '纪委', '管委', '工委', '法院', '检察', '公安',
  '财政', '发改', '国资', '商务', '委员', '领导', '纪检', '监委'];
const organWords = new WordStarts(ORGAN_WORDS);

/**
 * True when the character at `at` can be part of a given name: a Han character that is no
 * place-name ending and where neither a multi-character word that follows names (表示, 昨日) nor a
 * title (`记者王涛通讯员李敏`: 通讯员 ends 王涛) begins.
 */
export function isGivenNameCharacter(text: string, at: number, titleStarts: OffsetLookup): boolean {
  if (at >= text.length || !isHan(text.charCodeAt(at))) return false;
  if (NOT_NAME_CHARACTERS.at(text, at) || NEVER_GIVEN_NAME.at(text, at) || titleStarts.has(at)) return false;
  return afterName.at(text, at) < 2;
}

// Characters that end street names (道 of 街道, 大道) but stand inside given names (黄道伟, 王道明).
const MEDIAL_NAME_CHARACTERS = new CodeSet('道');

/**
 * True when the character at `at` is one that ends street names but here is the middle of a
 * three-character name: a name character follows, then a clear ending.
 * Example: `medialNameCharacter('黄道伟的', 1, new Set())` → true; `('王道路', 1, …)` → false.
 */
function medialNameCharacter(text: string, at: number, titleStarts: OffsetLookup): boolean {
  return (
    MEDIAL_NAME_CHARACTERS.at(text, at) &&
    !titleStarts.has(at) &&
    isGivenNameCharacter(text, at + 1, titleStarts) &&
    nameEndBefore(text, at + 2, titleStarts) !== false
  );
}

/**
 * True when what starts at `at` (its surname `surname` characters long) is a count, a date or a
 * doubled adverb, not a name: right after an Arabic digit a Han character counts or dates something
 * (`14位新常委`, `1位女性常委`, `2005年后历任`), and a one-character surname written twice is an
 * adverb (`双双入选`, `常常深入`, `单单`); no name doubles its surname.
 * Example: `countedOrDoubled('有1位女性常委', 2, 1)` → true.
 */
export function countedOrDoubled(text: string, at: number, surname: number): boolean {
  const before = text.charCodeAt(at - 1);
  if (before >= 0x30 && before <= 0x39) return true;
  return surname === 1 && text.charCodeAt(at + 1) === text.charCodeAt(at);
}

// No title starts anywhere: the default of readPersonalName.
const NO_OFFSETS = new OffsetBits(0);

// Common parts of Tibetan names (two characters each). Tibetan names have no surname: a name is one
// or two such parts (多吉次珠, 旦增拉珍), so a name that starts with no surname is read from them.
// prettier-ignore
const TIBETAN_NAME_PARTS = new WordTable([
  '扎西', '次仁', '多吉', '顿珠', '旦增', '丹增', '格桑', '洛桑', '尼玛', '达瓦', '达娃', '卓玛', '央金', '拉巴',
  '次旦', '平措', '索朗', '群培', '普布', '巴桑', '边巴', '德吉', '曲珍', '次珠', '拉珍', '罗布', '益西', '才旦',
  '嘎玛', '琼达', '仁青', '贡嘎', '拉姆', '卓嘎', '旺堆', '旺姆', '朗杰', '加措', '嘉措', '坚参', '坚赞', '晋美',
  '土登', '米玛', '普琼', '阿旺', '赤列', '欧珠', '穷达', '斯朗', '桑珠', '次珍', '单增', '多布', '占堆', '白玛',
  '群宗', '央宗', '格列', '才让', '尕藏', '更登', '久美', '索南', '措姆', '措吉',
].map((w) => [w, true] as const));

/**
 * Reads a Tibetan name at `at` (no surname): two parts where a name ends after them (`多吉次珠介绍`),
 * or one part before a word that follows names (`多吉表示`). Returns the length, or 0.
 */
function readTibetanName(text: string, at: number, titleStarts: OffsetLookup): number {
  if (!TIBETAN_NAME_PARTS.get(text, at, at + 2)) return 0;
  if (TIBETAN_NAME_PARTS.get(text, at + 2, at + 4) && nameEndBefore(text, at + 4, titleStarts)) return 4;
  return nameEndBefore(text, at + 2, titleStarts) === 'word' ? 2 : 0;
}

/**
 * Reads a personal name starting at `at`: a known surname and one or two given-name characters.
 * Two or three characters is decided by what follows: `闵师林表示` → 3, `鲁俊表示` → 2, `王为民指出`
 * → 3 (为 can begin a given name when a name character and then an ending follow), `刘洁说` → 2 (a
 * one-character word after two characters is that word unless another word follows it: 王有为表示).
 * A surname that reads as an ordinary word with what follows starts no name (`来到`, `能够`,
 * `于近日`), and one that is a frequent word itself needs a clear ending after the name.
 * Four characters only when neither two nor three ends clearly but four does (`书记巴音朝鲁，`).
 * `titleStarts` are the offsets where a title starts: a title ends a name.
 * Returns the name's length, or 0 when no name starts there.
 */
export function readPersonalName(text: string, at: number, titleStarts: OffsetLookup = NO_OFFSETS): number {
  // A Tibetan name first: its first part may start with a surname (多, 次) and read as a word.
  const tibetan = readTibetanName(text, at, titleStarts);
  if (tibetan > 0) return tibetan;
  const surname = startsPersonalName(text, at);
  if (surname === 0 || countedOrDoubled(text, at, surname)) return 0;
  // A word that follows names starts none (`副区长介绍了`: 介 is a surname, 介绍 a verb).
  if (afterName.at(text, at) >= 2 || (surname === 1 && readsAsWords(text, at))) return 0;
  const first = at + surname;
  // An organ's name starts none either where its first character is a surname (`、纪检委书记刘阳`).
  if (organWords.at(text, first) > 0 || organWords.at(text, at) > 0) return 0;
  if (!isGivenNameCharacter(text, first, titleStarts))
    return medialNameCharacter(text, first, titleStarts) ? surname + 2 : 0;
  const secondFits = isGivenNameCharacter(text, first + 1, titleStarts);
  const endsAfterTwo = nameEndBefore(text, first + 1, titleStarts);
  const endsAfterThree = secondFits ? nameEndBefore(text, first + 2, titleStarts) : false;
  // A one-character function word right after the surname (王在…, 李将…) is a given-name
  // character only when a full three-character name follows (王为民指出).
  if (ONE_CHARACTER_AFTER_NAME.at(text, first)) return endsAfterThree ? surname + 2 : 0;
  if (endsAfterTwo && !secondFits) return surname + 1; // 鲁俊表示
  // 刘洁说。 / 郑平赴苏州 / 李睿等出席: a one-character word after two characters ends the name;
  // only 为 and 和 may be a third character, when a word that follows names comes next (王有为表示)
  // or punctuation does: a conjunction or a verb never stands before a comma (`书记杨晓和、市长…`).
  if (ONE_CHARACTER_AFTER_NAME.at(text, first + 1)) {
    // A title after 为 makes it the verb: `以岳亮为组长`.
    const wordAfter = afterName.at(text, first + 2) > 0 || PUNCTUATION_AFTER_NAME.at(text, first + 2);
    return NAME_FINAL_WORDS.at(text, first + 1) && wordAfter ? surname + 2 : surname + 1;
  }
  if (endsAfterThree) return surname + 2; // 闵师林表示
  if (endsAfterTwo) return surname + 1; // 鲁俊在会上
  // `刘强颁发证书`, `王立揭牌`: a verb of the lexicon that starts after two characters ends the name.
  if (secondFits && wordClassIn(text, first + 1, first + 3) === 'predicate') return surname + 1;
  // Neither length is followed by a clear ending: three characters is the common length — unless
  // the surname is a frequent word itself (`在巡馆时`, `来川视察`), which then reads as that word.
  if (surname === 1 && isFrequentWordSurname(text.charAt(at))) return 0;
  // Mongolian and Tibetan names run to four characters (巴音朝鲁, 白玛旺堆): taken whole when only
  // the four-character reading ends where a name ends.
  if (surname === 1 && secondFits && isGivenNameCharacter(text, first + 2, titleStarts)) {
    // …and the fourth character starts no verb with what follows (`苟利军接任`).
    const verb = wordClassIn(text, first + 2, first + 4);
    const fourthIsName = !ONE_CHARACTER_AFTER_NAME.at(text, first + 2) && verb !== 'predicate' && verb !== 'function';
    if (fourthIsName && nameEndBefore(text, first + 3, titleStarts)) return surname + 3;
  }
  return secondFits ? surname + 2 : surname + 1;
}

/**
 * True when a name at `mention` may stand although a known place overlaps it: only a place that
 * starts inside the name after the surname loses to it (吉林 in 张吉林, 金华 in 刘金华); a place that
 * covers the surname or runs past the name's end is the place (`上海市长宁区`, `主任张江高科…`).
 */
export function placeYieldsToName(known: SortedSpans, mention: Mention): boolean {
  const place = known.overlapping(mention.start, mention.end);
  return place === undefined || (place.start > mention.start && place.end <= mention.end);
}

// The interpunct between the parts of a transliterated name, in the forms pages use: middle dot,
// bullet, hyphenation point, katakana middle dot (full and half width).
const INTERPUNCTS = new CodeSet('\u00b7\u2022\u2027\u30fb\uff65\u2219');

// Hyphens that join two given names before the interpunct (汉斯-彼得·…): ASCII, the hyphen, the
// en dash and the full-width hyphen-minus.
const NAME_HYPHENS = new CodeSet('-\u2010\u2013\uff0d');

/** Longest part of a transliterated name on either side of the interpunct, in characters. */
const MAX_NAME_PART = 6;

/** True when an interpunct stands somewhere in `text[from, to]` (both ends included). */
function interpunctWithin(text: string, from: number, to: number): boolean {
  for (let i = from; i <= to; i++) if (INTERPUNCTS.at(text, i)) return true;
  return false;
}

/**
 * True when the one-character word at `at` is a syllable of a transliterated name: 都 of 阿不都
 * (Abdu) when a name character follows that starts no word (`阿不都满金`; `…都参加了` is the adverb).
 */
function transliteratedSyllable(text: string, at: number, titleStarts: OffsetLookup): boolean {
  return (
    text.charCodeAt(at) === 0x90fd &&
    isGivenNameCharacter(text, at + 1, titleStarts) &&
    afterName.at(text, at + 1) === 0
  );
}

/**
 * Reads a transliterated name written with an interpunct (Uyghur, Kazakh, foreign names) starting at
 * `at`, right after a title: two or more name characters, the interpunct, two or more name characters
 * up to where a word that follows names, a title or a non-Han character begins. No surname is needed:
 * such names have none. Returns the length, or 0.
 * Example: `readTransliteratedName('艾尔肯·吐尼亚孜为…揭牌', 0)` → 8.
 */
export function readTransliteratedName(text: string, at: number, titleStarts: OffsetLookup = NO_OFFSETS): number {
  // Asked after every title and name, and nearly always no such name: without an interpunct where
  // the first part may end, none starts here, whatever the characters before it.
  if (!interpunctWithin(text, at + 2, at + MAX_NAME_PART)) return 0;
  let dot = at;
  while (
    dot - at < MAX_NAME_PART &&
    (isGivenNameCharacter(text, dot, titleStarts) ||
      // A hyphen joins two given names of the first part (汉斯-彼得·弗里德里希, Hans-Peter).
      (dot - at >= 2 && NAME_HYPHENS.at(text, dot) && isGivenNameCharacter(text, dot + 1, titleStarts)))
  ) {
    dot++;
  }
  if (dot - at < 2 || !INTERPUNCTS.at(text, dot)) return 0;
  let end = dot + 1;
  while (
    end - dot - 1 < MAX_NAME_PART &&
    isGivenNameCharacter(text, end, titleStarts) &&
    !(end > dot + 1 && ONE_CHARACTER_AFTER_NAME.at(text, end) && !transliteratedSyllable(text, end, titleStarts)) &&
    // A verb of the lexicon after two or more characters of the part ends it (`吐尼亚孜掌管`): the
    // list of words that follow names cannot hold every verb a page puts there.
    !(end > dot + 2 && wordClassIn(text, end, end + 2) === 'predicate')
  ) {
    end++;
  }
  if (end - dot - 1 < 2 || INTERPUNCTS.at(text, end)) return 0;
  return end - at;
}
