import type { Role } from '../entity';
import { DictionaryMatcher, type DictionaryMatch } from '../matching';
import { isHan } from '../normalize';
import { CodeSet } from './code-set';
import { jointDictionary } from './joint-dictionaries';
import type { SortedSpans } from './span-set';
import {
  CONTEXT_TITLES,
  INSTITUTION_TITLES,
  isPrivateOrganization,
  PRIVATE_TITLES,
  PUBLIC_TITLES,
} from './title-lexicon';

// How titles and their organisations are read: which title a word is, which organ stands before it,
// and whether a chain of titles makes an official. Shared by the title patterns (official-detector.ts)
// and appointment clauses.

export type TitleClass = 'public' | 'private' | 'context';

/**
 * Every title of the lexicon with its class, searched in one pass with the other words a page is
 * searched for. Example: `titleWords.findAll('副市长王强')` → 副市长 (public).
 */
const titleWords = jointDictionary<readonly [string, TitleClass]>([
  ...PUBLIC_TITLES.map((t) => [t, [t, 'public']] as const),
  ...PRIVATE_TITLES.map((t) => [t, [t, 'private']] as const),
  ...CONTEXT_TITLES.map((t) => [t, [t, 'context']] as const),
]);

/**
 * Characters right after a title that make it part of an organ's name, not a title: the 常委 of
 * `人大常委会`, the 书记 of `书记处`, the 市长 of `市长办公会`, the 董事 of `董事局`.
 */
export const ORGAN_AFTER_TITLE = new CodeSet('会处办局');

/**
 * The titles in `text`, leftmost-longest, without those that are part of an organ's name (the 常委
 * of 人大常委会). Example: `findTitles('市人大常委会主任王勇')` → 主任 only.
 */
export function findTitles(text: string): DictionaryMatch<readonly [string, TitleClass]>[] {
  return titleWords.findAll(text).filter((t) => !ORGAN_AFTER_TITLE.at(text, t.end));
}

/** Characters that join the titles of one person's chain: `市委常委、副市长，滨湖区委书记兼管委会主任`. */
export const CHAIN_SEPARATORS = new CodeSet('、，,兼');

/** A count of people at an organisation's start: numerals, then 名 or 位 (after digits, 名/位 alone). */
const COUNTED_PEOPLE = /^[一二两三四五六七八九十百几多]*[名位]/u;
/** The characters a count of people may start with (see {@link COUNTED_PEOPLE}). */
const COUNTING = new CodeSet('一二两三四五六七八九十百几多名位');

/** Longest organisation read before a title, in characters. */
export const MAX_ORGANIZATION = 24;

/** Longest organisation read before a title when no known place says where it starts. */
const MAX_UNKNOWN_ORGANIZATION = 16;

// Words after which an organisation starts (scanning left from a title): verbs of meeting and
// going, time words and function words are no part of an organ's name (`来到副市长周斌办公室`,
// `会见了市委书记`). Words that contain one of these characters inside an organ's name
// (自由贸易, 对外经济) are listed as not stopping, so the longest match decides.
// prettier-ignore
const ORGANIZATION_STOP_WORDS = [
  '的', '了', '在', '是', '将', '把', '被', '从', '到', '向', '请', '由', '对', '据', '为', '并', '等', '会上',
  '来到', '前往', '走进', '走访', '会见', '会晤', '陪同', '出席', '参加', '主持', '听取', '看望', '慰问', '接受',
  '接见', '带领', '率领', '邀请', '欢迎', '感谢', '考察', '调研', '视察', '指出', '表示', '强调', '介绍', '见证',
  '签署', '签约', '召开', '举行', '举办', '进入', '包括', '其中', '以及', '上午', '下午', '晚上', '今天', '昨天',
  '日前', '近日', '当天', '期间', '还有', '以来', '同志', '一行', '分别', '随后', '现任', '原任', '时任', '曾任', '担任',
];
// prettier-ignore
const ORGANIZATION_WORDS = ['自由', '对外', '为民', '在线', '人民对外', '等级'];
/** Stop words (true) and organ words that hold a stop character (false), found longest first. */
export const organizationStops = new DictionaryMatcher<boolean>([
  ...ORGANIZATION_STOP_WORDS.map((w) => [w, true] as const),
  ...ORGANIZATION_WORDS.map((w) => [w, false] as const),
]);

/**
 * True when the character at `at` can be part of an organisation's name: a Han character, or a
 * bracket around its other name (`湖南湘江新区(长沙高新区)党工委`; brackets are half-width after
 * normalising).
 */
export function inOrganization(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return isHan(code) || code === 0x28 || code === 0x29;
}

/** True when `[start, end)` is one phrase: organisation characters only, no other punctuation. */
export function isHanRun(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!inOrganization(text, i)) return false;
  return true;
}

/**
 * The organisation `text[from, to)` cut to balanced brackets: whatever stands before an unclosed
 * `(` or after an unopened `)` is left out. Read in place: only the organisation is cut out.
 * Example: `balanced('(记者', 0, 3)` → '记者'; `balanced('新区(高新区)党工委', 0, 10)` keeps it all.
 */
function balanced(text: string, from: number, to: number): string {
  let start = from;
  let depth = 0;
  let lastOpen = -1;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x28) {
      if (depth === 0) lastOpen = i;
      depth++;
    } else if (c === 0x29) {
      if (depth === 0) start = i + 1;
      else depth--;
    }
  }
  if (depth > 0) start = lastOpen + 1;
  return text.slice(start, to);
}

/**
 * The organisation a title belongs to: the run of Han characters before it (not before `floor`),
 * after the last word that cannot be part of an organ (`来到`, `会见`, `的`), starting at the
 * earliest place/platform mention there (`虹桥商务区管委会` before `党组书记`); with no known place,
 * the whole of that run when it is short enough to be one organ's name (`市生态环境保护委员会`
 * before `主任`, not a cut `态环境保护委员会`), else its last few characters.
 * Example: `organizationBefore('来到副市长周斌办公室', 2, …, 0)` → ''.
 */
export function organizationBefore(text: string, titleStart: number, known: SortedSpans, floor: number): string {
  let runStart = titleStart;
  while (runStart > floor && titleStart - runStart < MAX_ORGANIZATION && inOrganization(text, runStart - 1)) {
    runStart--;
  }
  let start = runStart;
  const words = organizationStops.findAllIn(text, runStart, titleStart);
  for (let i = 0; i < words.length; i++) if (words[i]!.value) start = words[i]!.end;
  // `12名省委常委`, `两位副市长`: a count of people ends before the organisation. Only a numeral or
  // a counter can start one: a code read spares cutting out the run for the rest.
  const counted = COUNTING.at(text, start) ? COUNTED_PEOPLE.exec(text.slice(start, titleStart)) : null;
  if (counted !== null && (counted[0].length > 1 || /[0-9]/u.test(text.charAt(start - 1)))) start += counted[0].length;
  const firstKnown = known.firstInside(start, Number.MAX_SAFE_INTEGER);
  if (firstKnown !== undefined && firstKnown.start < titleStart) return balanced(text, firstKnown.start, titleStart);
  if (titleStart - start <= MAX_UNKNOWN_ORGANIZATION) return balanced(text, start, titleStart);
  return balanced(text, titleStart - 8, titleStart);
}

/**
 * The organisations of `roles`, in order, as a packed array (see classify for why not `map`).
 * Example: `organizationsOf([{ organization: '宁波市', title: '市长' }])` → ['宁波市'].
 */
export function organizationsOf(roles: readonly Role[]): string[] {
  const organizations: string[] = [];
  for (let i = 0; i < roles.length; i++) organizations.push(roles[i]!.organization);
  return organizations;
}

/**
 * Whether a chain of titles makes an official: any public office does (市长); titles that are never
 * public (总经理, 教授) make a person; titles that depend on their organisation (主任, 校长) make an
 * official in a public organ (管委会主任, 市政协副主席) and a person in a company, association or
 * school — and, when no organisation is written, a person for the heads of institutions (校长, 院长,
 * 会长), an official for 主任 and 主席.
 */
export function classify(
  titles: readonly (readonly [string, TitleClass])[],
  organizations: readonly string[],
): 'official' | 'person' {
  // Index loops, no destructuring callbacks: the title patterns and the appointment clauses call
  // this with arrays made in different places, and the iterator protocol of `([, c]) => …` in
  // inlined copies deoptimised the title patterns' whole loop (findTitledPeople) on a later page.
  let allPrivate = true;
  let anyContext = false;
  for (let i = 0; i < titles.length; i++) {
    const c = titles[i]![1];
    if (c === 'public') return 'official';
    if (c !== 'private') allPrivate = false;
    if (c === 'context') anyContext = true;
  }
  if (allPrivate) return 'person';
  if (isPrivateOrganization(organizations.join(''))) return 'person';
  if (!anyContext) return 'official';
  for (let i = 0; i < titles.length; i++) {
    if (organizations[i] !== '') return 'official';
    if (titles[i]![1] === 'context' && !INSTITUTION_TITLES.has(titles[i]![0])) return 'official';
  }
  return 'person';
}
