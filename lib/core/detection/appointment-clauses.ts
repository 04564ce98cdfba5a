import type { Mention, Role } from '../entity';
import { DictionaryMatcher } from '../matching';
import { isHan } from '../normalize';
import type { TitledPersonCandidate } from './titled-person';
import { jointDictionary } from './joint-dictionaries';
import { beforeName, countedOrDoubled, isGivenNameCharacter, placeYieldsToName } from './personal-names';
import type { SortedSpans } from './span-set';
import { OffsetBits, type OffsetLookup } from './offset-bits';
import { isWordLikeSurname, readsAsWords, startsPersonalName } from './surnames';
import {
  CHAIN_SEPARATORS,
  classify,
  organizationsOf,
  isHanRun,
  MAX_ORGANIZATION,
  organizationBefore,
  organizationStops,
  type TitleClass,
} from './title-roles';
import { wordClassIn } from './word-lexicon';

// Personnel news names people in appointment clauses, with no title in front of the name:
// `胡栋良同志任中共漳州市芗城区委委员、常委、书记`, `陈平任东湖高新区管委会主任`,
// `免去李睿同志中共兰州新区工作委员会书记、委员职务`, `任命牛向东同志为兰州新区管理委员会主任`. The
// person holds every role of the clause's title chain (organisation + title, as in a title chain
// before a name).

/** A title found in the text (what {@link findTitles} returns). */
export interface FoundTitle {
  start: number;
  end: number;
  value: readonly [string, TitleClass];
}

type Verb = 'after-name' | 'dismiss' | 'appoint' | 'copula';

// Adverbs of time that stand before 任 (`曾任`, `历任`, `现任`, `原任`, `连任`): with a bare 任 after
// them, the verb is the pair, and the character is no given name.
const ADVERBS_OF_OFFICE = ['曾', '历', '现', '原', '连'];

// Verbs that follow the name (`X同志任…`, `X兼任…`, `X当选为…`) and verbs the name follows
// (`免去X同志…职务`, `任命X为…`). Former offices (不再担任, 辞去, 免去) are roles too: the person
// held them, and the card shows what the article says.
// prettier-ignore
const VERBS: readonly (readonly [string, Verb])[] = [
  ...['任', '出任', '接任', '担任', '兼任', '升任', '调任', '改任', '转任', '继任', '不再担任', '辞去', '当选',
    '当选为', '被任命为', '被提名为', '被选举为', '被选为', '拟任'].map((v) => [v, 'after-name'] as const),
  // An adverb before 任 belongs to the verb, not to the name (`李明曾任市长`, `王强历任…`).
  ...ADVERBS_OF_OFFICE.map((v) => [`${v}任`, 'after-name'] as const),
  ['免去', 'dismiss'],
  ...['任命', '提名', '选举', '推荐'].map((v) => [v, 'appoint'] as const),
  // `其中，杜家毫为省委书记，许达哲和乌兰为省委副书记`: who holds which office, said with 为.
  ['为', 'copula'],
];
// Searched in one pass with the titles and the other words a page is searched for.
const verbs = jointDictionary<Verb>(VERBS);

// Words that open a clause in which a name may stand first (`宣布：`, `决定任命…`, `会上宣布陈平同志任…`),
// besides punctuation, the start of the text, a title and the words that come before names.
// prettier-ignore
const CLAUSE_OPENERS = ['决定', '宣布', '同意', '接受', '批准', '经', '由', '其中', '另外', '同时'];
const clauseOpeners = new DictionaryMatcher<true>(CLAUSE_OPENERS.map((w) => [w, true] as const));

// Words inside the stretch between two titles that end a chain: the next clause has begun
// (`…主任，郝胜勇任蔡甸区代理区长`, `…副书记，提名为…区长候选人`).
// prettier-ignore
const CLAUSE_WORDS = ['任', '免去', '提名', '同志', '不再', '辞去', '职务', '其', '候选人'];
const clauseWords = new DictionaryMatcher<true>(CLAUSE_WORDS.map((w) => [w, true] as const));

/** The end of a written date: digits and 年, 月 or 日 (`2023年`, `7月`, `15日`). */
const DATE_END = /[0-9０-９][年月日]$/u;

/**
 * A date between the name and its verb (`罗兰于2021年任…`, `连茂君2019年10月任…`, `陈红于3月出任…`):
 * the name ends where it starts.
 */
const DATE_BEFORE_VERB =
  /(?:于)?(?:[0-9０-９]{2,4}年|去年|今年|前年|同年|当年|次年)?(?:[0-9０-９]{1,2}月)?(?:[0-9０-９]{1,2}日)?(?:起|底|初|末)?$/u;

/**
 * What may stand between one appointment clause's chain and the next verb of office that names no
 * one (after any date): a comma and a word of sequence (`,后担任`, `,并兼任`, `,2021年兼任`).
 */
const NEXT_CLAUSE = /^[,，;；](?:后|随后|之后|后又|并|又|再|同年|次年)?$/u;

/** What may follow a title chain that ends its clause: a clause or sentence mark, or the text's end. */
const CLAUSE_END = /^(?:[,。;!?\n]|$)/u;

/**
 * True when `[start, end)` holds no word that ends an organisation or a clause (`的`, `会见`, `任`):
 * it may be one organ's name. Example: `plainRun('任务的主任', 1, 3)` → false (的).
 */
function plainRun(text: string, start: number, end: number): boolean {
  if (!isHanRun(text, start, end)) return false;
  return (
    !organizationStops.findAllIn(text, start, end).some((w) => w.value) &&
    clauseWords.findAllIn(text, start, end).length === 0
  );
}

/** Index of the first title starting at or after `at`, or `titles.length`. Example: titles at 2, 9 → from 3: 1. */
function firstTitleFrom(titles: readonly FoundTitle[], at: number): number {
  let low = 0;
  let high = titles.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (titles[mid]!.start < at) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * The title chain that starts at `at`: an organisation (a plain run of at most
 * {@link MAX_ORGANIZATION} characters) and a title, then more titles after 、，, or 兼(任), each with
 * the organisation written before it (or its predecessor's, for titles joined by 、 alone).
 * Example: at `中共漳州市芗城区委委员、常委、书记；` → roles 委员, 常委, 书记 of 中共漳州市芗城区委.
 */
function chainAt(
  text: string,
  at: number,
  titles: readonly FoundTitle[],
  known: SortedSpans,
): { roles: Role[]; classes: (readonly [string, TitleClass])[]; titleStart: number; end: number } | undefined {
  let index = firstTitleFrom(titles, at);
  const first = titles[index];
  if (first === undefined || first.start - at > MAX_ORGANIZATION || !plainRun(text, at, first.start)) return undefined;
  const roles: Role[] = [{ organization: organizationBefore(text, first.start, known, at), title: first.value[0] }];
  const classes = [first.value];
  let title = first;
  for (;;) {
    const next = titles[++index];
    if (next === undefined || !CHAIN_SEPARATORS.at(text, title.end)) break;
    let from = title.end + 1;
    if (text.startsWith('兼任', from)) from += 2;
    else if (text.charAt(from) === '兼') from += 1;
    if (next.start < from || next.start - from > MAX_ORGANIZATION || !plainRun(text, from, next.start)) break;
    const shared = next.start === from && text.charAt(title.end) === '、';
    const organization = shared ? roles.at(-1)!.organization : organizationBefore(text, next.start, known, from);
    roles.push({ organization, title: next.value[0] });
    classes.push(next.value);
    title = next;
  }
  return { roles, classes, titleStart: first.start, end: title.end };
}

/**
 * True when a name may start at `start` in an appointment clause: at the start of the text, after a
 * non-Han character (`：胡栋良同志任`), right after a title (`市委常委沈志平兼任`) or after a word that
 * opens a clause or comes before names (`宣布陈平同志任`, `决定接受沈志平同志辞去`).
 * Example: `clauseMayStart('宣布陈平任', 2, new Set())` → true.
 */
function clauseMayStart(text: string, start: number, titleEnds: OffsetLookup): boolean {
  if (start === 0 || !isHan(text.charCodeAt(start - 1)) || titleEnds.has(start)) return true;
  // A date opens a clause too: `2023年7月罗兰任…`, `2019年王立当选为…`.
  if (DATE_END.test(text.slice(Math.max(0, start - 3), start))) return true;
  if (beforeName.endingAt(text, start) > 0) return true;
  const from = Math.max(0, start - 2);
  return clauseOpeners.findAllIn(text, from, start).some((w) => w.end === start);
}

/**
 * True when `[start, end)` reads as a personal name: a surname, one or two given-name characters,
 * no ordinary word (干部, 全体). Example: `isName('陈平任', 0, 2, new Set())` → true.
 */
function isName(text: string, start: number, end: number, titleStarts: OffsetLookup): boolean {
  const surname = startsPersonalName(text, start);
  const given = end - start - surname;
  if (surname === 0 || given < 1 || given > 2 || countedOrDoubled(text, start, surname)) return false;
  if (surname === 1 && readsAsWords(text, start)) return false;
  for (let i = start + surname; i < end; i++) if (!isGivenNameCharacter(text, i, titleStarts)) return false;
  const wordClass = wordClassIn(text, start, end);
  return !(
    wordClass !== undefined &&
    (wordClass !== 'common' || surname === 2 || isWordLikeSurname(text.charAt(start)))
  );
}

/**
 * Finds people named in appointment clauses: `[clause start] NAME(同志) 任|出任|兼任|担任|当选(为)|
 * 不再担任|辞去… chain`, `免去 NAME 同志(的) chain(职务)`, `任命|提名 NAME(同志) 为 chain`. Each person
 * gets every role of the chain; the type follows the titles as in a title chain (a public office
 * makes an official, 某公司总经理 a person). `titles` are the text's titles in order, `known` the
 * place mentions (they tell where an organisation starts, and a place over the surname is no name).
 */
export function findAppointedPeople(
  text: string,
  titles: readonly FoundTitle[],
  known: SortedSpans,
): TitledPersonCandidate[] {
  const found: TitledPersonCandidate[] = [];
  if (titles.length === 0) return found;
  const titleStarts = new OffsetBits(text.length + 1);
  const titleEnds = new OffsetBits(text.length + 1);
  for (const t of titles) {
    titleStarts.add(t.start);
    titleEnds.add(t.end);
  }
  /** The name (3 or 2 characters, with 同志) that ends at `end`, or undefined. */
  const nameEndingAt = (end: number): Mention | undefined => {
    const nameEnd = text.startsWith('同志', end - 2) ? end - 2 : end;
    const long = nameEnd >= 3 && isName(text, nameEnd - 3, nameEnd, titleStarts);
    const short = nameEnd >= 2 && isName(text, nameEnd - 2, nameEnd, titleStarts);
    // 和 is a surname too, but `许达哲和王兰` joins two names.
    if (long && !(short && text.charAt(nameEnd - 3) === '和')) return { start: nameEnd - 3, end: nameEnd };
    return short ? { start: nameEnd - 2, end: nameEnd } : undefined;
  };
  /**
   * `杜家毫为省委书记。`, `许达哲和乌兰为省委副书记`: the names before 为 (joined by 和 or 、, the first
   * where a clause may start) hold the chain after it, when the chain ends its clause (`李强为自贸区揭牌`
   * has none; `张三为副市长王五颁奖` goes on past the title).
   */
  const addCopulaNames = (verbStart: number, verbEnd: number) => {
    const names: Mention[] = [];
    for (let name = nameEndingAt(verbStart); name !== undefined;) {
      names.unshift(name);
      const joiner = text.charAt(name.start - 1);
      name = joiner === '和' || joiner === '、' ? nameEndingAt(name.start - 1) : undefined;
    }
    while (names.length > 0 && !clauseMayStart(text, names[0]!.start, titleEnds)) names.shift();
    for (const name of names) if (!add(name, verbEnd, true)) return;
  };
  /** The name (3 or 2 characters, with 同志) that starts at `start` and is followed by `next`, or undefined. */
  const nameStartingAt = (start: number, next: (at: number) => boolean): Mention | undefined => {
    for (const length of [3, 2]) {
      const end = start + length;
      if (!isName(text, start, end, titleStarts)) continue;
      if (next(text.startsWith('同志', end) ? end + 2 : end)) return { start, end };
    }
    return undefined;
  };
  /**
   * `任命王明为…`, `任命黄敏、高自民为…`, `任命刘东和陈立同志为…`: every name listed after the verb
   * (joined by 、 or 和) holds the chain after 为.
   */
  const addAppointedList = (from: number) => {
    const names: Mention[] = [];
    const endWithComrade = (m: Mention) => (text.startsWith('同志', m.end) ? m.end + 2 : m.end);
    // Not '、和为'.includes(charAt): past the text's end charAt gives '', which every string includes.
    const joinedOrFor = (at: number) => at < text.length && '、和为'.includes(text.charAt(at));
    for (let at = from; names.length < 8;) {
      const name = nameStartingAt(at, joinedOrFor);
      if (name === undefined) return;
      names.push(name);
      const after = endWithComrade(name);
      if (text.charAt(after) === '为') {
        for (const n of names) if (!add(n, after + 1)) return;
        return;
      }
      at = after + 1;
    }
  };
  const add = (mention: Mention, chainStart: number, endsClause = false, closer?: string) => {
    const chain = chainAt(text, chainStart, titles, known);
    if (!chain || (endsClause && !CLAUSE_END.test(text.charAt(chain.end)))) return false;
    if (closer !== undefined && !text.startsWith(closer, chain.end)) return false;
    // Before 为 and an office that ends the clause, a place that is exactly the name is the name
    // (`许达哲和乌兰为省委副书记`: no place holds an office).
    const place = known.overlapping(mention.start, mention.end);
    const exactPlace = place !== undefined && place.start === mention.start && place.end === mention.end;
    if (!placeYieldsToName(known, mention) && !(endsClause && exactPlace)) return false;
    const type = classify(chain.classes, organizationsOf(chain.roles));
    found.push({
      name: text.slice(mention.start, mention.end),
      type,
      roles: chain.roles,
      mention,
      titleStart: chain.titleStart,
    });
    last = { mention, end: chain.end };
    return true;
  };
  // The person of the last clause and where its chain ended: a next clause of the same sentence
  // may name no one (`…出任A,后担任B`, `…任A,2021年兼任B`) and still speak of that person.
  let last: { mention: Mention; end: number } | undefined;
  for (const verb of verbs.findAll(text)) {
    if (verb.value === 'copula') {
      // 为 is frequent: only one a title follows closely can state an office.
      const next = titles[firstTitleFrom(titles, verb.end)];
      if (next !== undefined && next.start - verb.end <= MAX_ORGANIZATION) addCopulaNames(verb.start, verb.end);
      continue;
    }
    // The 任 of 主任 is part of the title; the 任 of 曾任 is read with its adverb.
    if (verb.end - verb.start === 1 && titleEnds.has(verb.end)) continue;
    if (verb.end - verb.start === 1 && ADVERBS_OF_OFFICE.includes(text.charAt(verb.start - 1))) continue;
    if (verb.value === 'after-name') {
      // 任务, 任期, 任何: the bare 任 only as a verb, not inside a word.
      if (verb.end - verb.start === 1 && wordClassIn(text, verb.start, verb.start + 2) !== undefined) continue;
      let end = text.startsWith('同志', verb.start - 2) ? verb.start - 2 : verb.start;
      const date = DATE_BEFORE_VERB.exec(text.slice(Math.max(0, end - 14), end))?.[0] ?? '';
      // Only a date with a number or a year word in it (`于2021年`, `去年9月`), not a bare 于 or 起.
      if (/[0-9０-９]|年/u.test(date)) end -= date.length;
      let named = false;
      for (const length of [3, 2]) {
        const start = end - length;
        if (start < 0 || !isName(text, start, end, titleStarts) || !clauseMayStart(text, start, titleEnds)) continue;
        if ((named = add({ start, end }, verb.end))) break;
      }
      if (!named && last !== undefined && last.end < end && end - last.end <= 4) {
        if (NEXT_CLAUSE.test(text.slice(last.end, end))) add(last.mention, verb.end);
      }
      continue;
    }
    if (verb.value === 'appoint') {
      addAppointedList(verb.end);
      continue;
    }
    for (const length of [3, 2]) {
      const start = verb.end;
      const end = start + length;
      if (!isName(text, start, end, titleStarts)) continue;
      let after = text.startsWith('同志', end) ? end + 2 : end;
      if (text.charAt(after) === '的') after += 1;
      else if (after === end) {
        // 免去X…: without 同志 or 的, the name ends where 中共 or a place starts an organisation and
        // the chain ends with 职务 (`免去迟中华中共楚雄州委副书记、常委职务`).
        if (!text.startsWith('中共', end) && known.overlapping(end, end + 1)?.start !== end) continue;
        if (add({ start, end }, after, false, '职务')) break;
        continue;
      }
      if (add({ start, end }, after)) break;
    }
  }
  return found;
}
