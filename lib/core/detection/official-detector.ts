import type { Mention, Role } from '../entity';
import { DictionaryMatcher } from '../matching';
import { isHan } from '../normalize';
import { SortedSpans } from './span-set';
import { wordClassOf } from './word-lexicon';
import { isFrequentWordSurname, isWordLikeSurname, readsAsWords, startsPersonalName } from './surnames';
import {
  CONTEXT_TITLES,
  INSTITUTION_TITLES,
  isPrivateOrganization,
  PRIVATE_TITLES,
  PUBLIC_TITLES,
} from './title-lexicon';

/** A person found by a "title + personal name" or "personal name + title" pattern. */
export interface TitledPersonCandidate {
  name: string;
  /** `official` for a public office (市长, 管委会主任), `person` otherwise (总经理, 记者). */
  type: 'official' | 'person';
  roles: Role[];
  /** Where the name itself stands (the title is not part of the mention). */
  mention: Mention;
  /** Where the first title of the chain starts (`市长` in `宁波市长裘东耀`). */
  titleStart: number;
}

type TitleClass = 'public' | 'private' | 'context';

const titleMatcher = new DictionaryMatcher<readonly [string, TitleClass]>([
  ...PUBLIC_TITLES.map((t) => [t, [t, 'public']] as const),
  ...PRIVATE_TITLES.map((t) => [t, [t, 'private']] as const),
  ...CONTEXT_TITLES.map((t) => [t, [t, 'context']] as const),
]);

/**
 * A set of short words asked "does one start here?": a Set per length, so a question costs one
 * slice per length instead of a scan of the list (the detector asks at every title and name).
 */
class WordStarts {
  private readonly byLength: { length: number; words: Set<string> }[];

  constructor(words: readonly string[]) {
    const lengths = [...new Set(words.map((w) => w.length))].sort((a, b) => b - a);
    this.byLength = lengths.map((length) => ({ length, words: new Set(words.filter((w) => w.length === length)) }));
  }

  /** Length of the longest word starting at `at`, or 0. Example: `new WordStarts(['表示']).at('王强表示', 2)` → 2. */
  at(text: string, at: number): number {
    for (const { length, words } of this.byLength) if (words.has(text.slice(at, at + length))) return length;
    return 0;
  }

  /** Length of the longest word ending at `end`, or 0. Example: `new WordStarts(['会见']).endingAt('会见王强', 2)` → 2. */
  endingAt(text: string, end: number): number {
    for (const { length, words } of this.byLength) {
      if (end - length >= 0 && words.has(text.slice(end - length, end))) return length;
    }
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
  '出任', '担任', '兼任', '任职', '获悉', '获得', '外', '摄', '摄影', '报道', '供图', '会同', '会晤', '会谈',
];
const afterName = new WordStarts(AFTER_NAME_WORDS);
const ONE_CHARACTER_AFTER_NAME = new Set(AFTER_NAME_WORDS.filter((w) => w.length === 1));

// One-character words of that list that also end given names (王有为, 张平和): after two name
// characters they are read as the third only when another word that follows names comes next.
// The others (说, 等, 赴, 在 …) always end the name there (`刘洁说`, `李睿等出席`).
const NAME_FINAL_WORDS = new Set([...'为和']);

// Words that end just before a name written ahead of its title (`会见王伟区长`, `由习近平总书记`):
// with punctuation and the start of the text, the only places such a name may begin.
// prettier-ignore
const BEFORE_NAME_WORDS = [
  '由', '和', '与', '及', '同', '向', '对', '请', '是', '为', '了', '在', '以及', '陪同', '会见', '会晤', '看望',
  '听取', '欢迎', '感谢', '邀请', '跟随', '随同', '带领', '率领', '委托', '代表', '包括', '其中', '获得', '受到',
  '学习', '贯彻', '落实', '传达', '按照', '根据', '遵照', '牢记', '践行', '聆听',
];
const beforeName = new WordStarts(BEFORE_NAME_WORDS);

// Characters that end place, street and organ names, never a given name (`苏州市长江路` is no 江路,
// `国务院总理` no person 国务院).
const NOT_NAME_CHARACTERS = new Set([...'路街道巷区县市镇乡村省州局厅委办部院署司处府']);

// Characters right after a title that make it part of an organ's name, not a title: the 常委 of
// `人大常委会`, the 书记 of `书记处`, the 市长 of `市长办公会`, the 董事 of `董事局`.
const ORGAN_AFTER_TITLE = new Set([...'会处办局']);

// Characters that join the titles of one person's chain: `市委常委、副市长，滨湖区委书记兼管委会主任`.
const CHAIN_SEPARATORS = new Set([...'、，,兼']);

/**
 * How a name may end before `at`: `'word'` when a word that follows names or a title starts there
 * (`表示`, `说`, `通讯员`), `'edge'` at the end of the text or a non-Han character, false otherwise.
 * Example: `nameEndBefore('刘洁说', 2, new Set())` → 'word'; `nameEndBefore('刘洁', 2, new Set())` → 'edge'.
 */
function nameEndBefore(text: string, at: number, titleStarts: ReadonlySet<number>): 'word' | 'edge' | false {
  if (at >= text.length || !isHan(text.charCodeAt(at))) return 'edge';
  return afterName.at(text, at) > 0 || titleStarts.has(at) ? 'word' : false;
}

/**
 * True when the character at `at` can be part of a given name: a Han character that is no
 * place-name ending and where neither a multi-character word that follows names (表示, 昨日) nor a
 * title (`记者王涛通讯员李敏`: 通讯员 ends 王涛) begins.
 */
function isGivenNameCharacter(text: string, at: number, titleStarts: ReadonlySet<number>): boolean {
  if (at >= text.length || !isHan(text.charCodeAt(at))) return false;
  if (NOT_NAME_CHARACTERS.has(text.charAt(at)) || titleStarts.has(at)) return false;
  return afterName.at(text, at) < 2;
}

/**
 * Reads a personal name starting at `at`: a known surname and one or two given-name characters.
 * Two or three characters is decided by what follows: `闵师林表示` → 3, `鲁俊表示` → 2, `王为民指出`
 * → 3 (为 can begin a given name when a name character and then an ending follow), `刘洁说` → 2 (a
 * one-character word after two characters is that word unless another word follows it: 王有为表示).
 * A surname that reads as an ordinary word with what follows starts no name (`来到`, `能够`,
 * `于近日`), and one that is a frequent word itself needs a clear ending after the name.
 * `titleStarts` are the offsets where a title starts: a title ends a name.
 * Returns the name's length, or 0 when no name starts there.
 */
export function readPersonalName(text: string, at: number, titleStarts: ReadonlySet<number> = new Set()): number {
  const surname = startsPersonalName(text, at);
  if (surname === 0) return 0;
  // A word that follows names starts none (`副区长介绍了`: 介 is a surname, 介绍 a verb).
  if (afterName.at(text, at) >= 2 || (surname === 1 && readsAsWords(text, at))) return 0;
  const first = at + surname;
  if (!isGivenNameCharacter(text, first, titleStarts)) return 0;
  const secondFits = isGivenNameCharacter(text, first + 1, titleStarts);
  const endsAfterTwo = nameEndBefore(text, first + 1, titleStarts);
  const endsAfterThree = secondFits ? nameEndBefore(text, first + 2, titleStarts) : false;
  // A one-character function word right after the surname (王在…, 李将…) is a given-name
  // character only when a full three-character name follows (王为民指出).
  if (ONE_CHARACTER_AFTER_NAME.has(text.charAt(first))) return endsAfterThree ? surname + 2 : 0;
  if (endsAfterTwo && !secondFits) return surname + 1; // 鲁俊表示
  // 刘洁说。 / 郑平赴苏州 / 李睿等出席: a one-character word after two characters ends the name;
  // only 为 and 和 may be a third character, when a word that follows names comes next (王有为表示).
  const third = text.charAt(first + 1);
  if (ONE_CHARACTER_AFTER_NAME.has(third)) {
    return NAME_FINAL_WORDS.has(third) && endsAfterThree === 'word' ? surname + 2 : surname + 1;
  }
  if (endsAfterThree) return surname + 2; // 闵师林表示
  if (endsAfterTwo) return surname + 1; // 鲁俊在会上
  // Neither length is followed by a clear ending: three characters is the common length — unless
  // the surname is a frequent word itself (`在巡馆时`, `来川视察`), which then reads as that word.
  if (surname === 1 && isFrequentWordSurname(text.charAt(at))) return 0;
  return secondFits ? surname + 2 : surname + 1;
}

/** Longest organisation read before a title, in characters. */
const MAX_ORGANIZATION = 24;

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
  '日前', '近日', '当天', '期间', '以来', '同志', '一行', '分别', '随后', '现任', '原任', '时任', '曾任', '担任',
];
// prettier-ignore
const ORGANIZATION_WORDS = ['自由', '对外', '为民', '在线', '人民对外', '等级'];
const organizationStops = new DictionaryMatcher<boolean>([
  ...ORGANIZATION_STOP_WORDS.map((w) => [w, true] as const),
  ...ORGANIZATION_WORDS.map((w) => [w, false] as const),
]);

/**
 * True when the character at `at` can be part of an organisation's name: a Han character, or a
 * bracket around its other name (`湖南湘江新区(长沙高新区)党工委`; brackets are half-width after
 * normalising).
 */
function inOrganization(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return isHan(code) || code === 0x28 || code === 0x29;
}

/** True when `[start, end)` is one phrase: organisation characters only, no other punctuation. */
function isHanRun(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!inOrganization(text, i)) return false;
  return true;
}

/**
 * The organisation cut to balanced brackets: whatever stands before an unclosed `(` or after an
 * unopened `)` is left out. Example: `balanced('(记者')` → '记者'; `balanced('新区(高新区)党工委')`
 * keeps it all.
 */
function balanced(organization: string): string {
  let start = 0;
  let depth = 0;
  let lastOpen = -1;
  for (let i = 0; i < organization.length; i++) {
    const c = organization.charAt(i);
    if (c === '(') {
      if (depth === 0) lastOpen = i;
      depth++;
    } else if (c === ')') {
      if (depth === 0) start = i + 1;
      else depth--;
    }
  }
  if (depth > 0) start = lastOpen + 1;
  return organization.slice(start);
}

/**
 * The organisation a title belongs to: the run of Han characters before it (not before `floor`),
 * after the last word that cannot be part of an organ (`来到`, `会见`, `的`), starting at the
 * earliest place/platform mention there (`虹桥商务区管委会` before `党组书记`); with no known place,
 * the whole of that run when it is short enough to be one organ's name (`市生态环境保护委员会`
 * before `主任`, not a cut `态环境保护委员会`), else its last few characters.
 * Example: `organizationBefore('来到副市长周斌办公室', 2, …, 0)` → ''.
 */
function organizationBefore(text: string, titleStart: number, known: SortedSpans, floor: number): string {
  let runStart = titleStart;
  while (runStart > floor && titleStart - runStart < MAX_ORGANIZATION && inOrganization(text, runStart - 1)) {
    runStart--;
  }
  const run = text.slice(runStart, titleStart);
  let start = runStart;
  for (const word of organizationStops.findAll(run)) if (word.value) start = runStart + word.end;
  const firstKnown = known.firstInside(start, Number.MAX_SAFE_INTEGER);
  if (firstKnown !== undefined && firstKnown.start < titleStart)
    return balanced(text.slice(firstKnown.start, titleStart));
  if (titleStart - start <= MAX_UNKNOWN_ORGANIZATION) return balanced(text.slice(start, titleStart));
  return balanced(text.slice(titleStart - 8, titleStart));
}

/**
 * Whether a chain of titles makes an official: any public office does (市长); titles that are never
 * public (总经理, 教授) make a person; titles that depend on their organisation (主任, 校长) make an
 * official in a public organ (管委会主任, 市政协副主席) and a person in a company, association or
 * school — and, when no organisation is written, a person for the heads of institutions (校长, 院长,
 * 会长), an official for 主任 and 主席.
 */
function classify(
  titles: readonly (readonly [string, TitleClass])[],
  organizations: readonly string[],
): 'official' | 'person' {
  if (titles.some(([, c]) => c === 'public')) return 'official';
  if (titles.every(([, c]) => c === 'private')) return 'person';
  if (isPrivateOrganization(organizations.join(''))) return 'person';
  const unplaced = titles.every(
    ([t, c], i) => c !== 'context' || (organizations[i] === '' && INSTITUTION_TITLES.has(t)),
  );
  return unplaced && titles.some(([, c]) => c === 'context') && organizations.every((o) => o === '')
    ? 'person'
    : 'official';
}

/**
 * True when a name at `mention` may stand although a known place overlaps it: only a place that
 * starts inside the name after the surname loses to it (吉林 in 张吉林, 金华 in 刘金华); a place that
 * covers the surname or runs past the name's end is the place (`上海市长宁区`, `主任张江高科…`).
 */
function placeYieldsToName(known: SortedSpans, mention: Mention): boolean {
  const place = known.overlapping(mention.start, mention.end);
  return place === undefined || (place.start > mention.start && place.end <= mention.end);
}

/**
 * The name written just before a public title (`王伟区长表示`, `习近平总书记指出`): a surname and one
 * or two given-name characters, preceded by the start of the text, a non-Han character or a word
 * that comes before names (`会见`, `由`). Returns its mention, or undefined. The longer reading wins
 * when both fit. Ordinary text is no name: `全区区长` (区 ends places), `各位市长` (no surname),
 * `来到市长` (a surname that reads as a word), `纽约市长`, `本届市长` (words of the lexicon: places
 * the knowledge base does not know come before 市长 too).
 */
function nameBeforeTitle(
  text: string,
  titleStart: number,
  known: SortedSpans,
  titleStarts: ReadonlySet<number>,
): Mention | undefined {
  for (const length of [4, 3, 2]) {
    const start = titleStart - length;
    if (start < 0) continue;
    const surname = startsPersonalName(text, start);
    const given = length - surname;
    if (surname === 0 || given < 1 || given > 2) continue;
    // 市, 区, 县 … are surnames too, but before a title they begin an organ (`市政协主席`).
    if (NOT_NAME_CHARACTERS.has(text.charAt(start))) continue;
    if (surname === 1 && readsAsWords(text, start)) continue;
    // A known word is no name (本届, 纽约, 政府), unless it is only a noun and its surname is not a
    // word itself: jieba lists some names as nouns (李强), never 全体 under a name-only surname.
    const wordClass = wordClassOf(text.slice(start, titleStart));
    if (wordClass !== undefined && (wordClass !== 'common' || surname === 2 || isWordLikeSurname(text.charAt(start)))) {
      continue;
    }
    let fits = true;
    for (let i = start + surname; i < titleStart && fits; i++) {
      fits = isGivenNameCharacter(text, i, titleStarts) && !ONE_CHARACTER_AFTER_NAME.has(text.charAt(i));
    }
    if (!fits) continue;
    const boundary = start === 0 || !isHan(text.charCodeAt(start - 1)) || beforeName.endingAt(text, start) > 0;
    if (!boundary) continue;
    const mention = { start, end: titleStart };
    if (!placeYieldsToName(known, mention)) continue;
    return mention;
  }
  return undefined;
}

/**
 * Finds people written as `[organisation] title[、，兼 title…] name[、name…][等]`, e.g.
 * `宁波市长裘东耀`, `管委会党组书记、常务副主任闵师林`, `市委常委、副市长，滨湖区委书记兼管委会主任
 * 张海涛`, `副市长王强、李明华等` (every name in a list shares the titles), and `name + public title`
 * after a clear boundary (`。王伟区长表示`, `习近平总书记指出`).
 * `known` are the place/platform mentions already found: they tell where the organisation starts,
 * and a "name" that a place covers from its surname on is a place, not a person (`上海市长宁区` has
 * no official 宁区), while a place inside a name after the surname is part of the name (张吉林).
 */
export function findTitledPeople(text: string, knownMentions: readonly Mention[]): TitledPersonCandidate[] {
  const known = new SortedSpans(knownMentions);
  const found: TitledPersonCandidate[] = [];
  const titles = titleMatcher.findAll(text).filter((t) => !ORGAN_AFTER_TITLE.has(text.charAt(t.end)));
  const titleStarts = new Set(titles.map((t) => t.start));
  const nameEnds = new Set<number>();
  let lastEnd = 0;
  // Roles waiting for their name: `苏州市委常委、苏州工业园区党工委书记沈立衡` gives 沈立衡 both
  // roles, each with its own organisation; titles joined by 、 with nothing between share one.
  let pending: { role: Role; title: readonly [string, TitleClass]; start: number; end: number }[] = [];
  for (const [index, title] of titles.entries()) {
    const last = pending.at(-1);
    // A pending title only carries over to a title that follows it after a chain separator, with
    // only the next title's organisation between them.
    if (
      last &&
      !(
        title.start > last.end &&
        title.start - last.end <= MAX_ORGANIZATION + 1 &&
        isHanRun(text, last.end + 1, title.start)
      )
    ) {
      pending = [];
    }
    // An organisation never reaches back over the previous title or name (`记者王涛通讯员李敏`).
    const floor = Math.max(pending.length > 0 ? pending.at(-1)!.end + 1 : 0, lastEnd);
    const organization =
      text[title.start - 1] === '、' && pending.length > 0
        ? pending.at(-1)!.role.organization
        : organizationBefore(text, title.start, known, floor);
    pending.push({
      role: { organization, title: title.value[0] },
      title: title.value,
      start: title.start,
      end: title.end,
    });
    // `市委常委、副市长，滨湖区委书记兼管委会主任张海涛`: after a separator, the next title (with
    // only its organisation between) belongs to the same person.
    const next = titles[index + 1];
    const chainGoesOn =
      CHAIN_SEPARATORS.has(text.charAt(title.end)) &&
      next !== undefined &&
      next.start > title.end &&
      next.start - title.end <= MAX_ORGANIZATION + 1 &&
      isHanRun(text, title.end + 1, next.start);
    // `王伟区长表示`: a public title right after a name, when no name follows it.
    if (!chainGoesOn && pending.length === 1 && title.value[1] === 'public' && !nameEnds.has(title.start)) {
      const before = nameBeforeTitle(text, title.start, known, titleStarts);
      if (before && readPersonalName(text, title.end, titleStarts) === 0) {
        found.push({
          name: text.slice(before.start, before.end),
          type: 'official',
          roles: [{ organization: '', title: title.value[0] }],
          mention: before,
          titleStart: title.start,
        });
        lastEnd = title.end;
        pending = [];
        continue;
      }
    }
    if (chainGoesOn) continue;
    const roles = pending.map((p) => p.role);
    const type = classify(
      pending.map((p) => p.title),
      roles.map((r) => r.organization),
    );
    const titleStart = pending[0]!.start;
    pending = [];
    let at = title.end;
    for (;;) {
      const length = readPersonalName(text, at, titleStarts);
      if (length === 0) break;
      const mention = { start: at, end: at + length };
      if (!placeYieldsToName(known, mention)) break;
      found.push({ name: text.slice(at, at + length), type, roles, mention, titleStart });
      nameEnds.add(mention.end);
      lastEnd = mention.end;
      // A list of names shares the titles: 副市长王强、李明华等.
      if (text[mention.end] !== '、' || readPersonalName(text, mention.end + 1, titleStarts) === 0) break;
      at = mention.end + 1;
    }
  }
  return found;
}
