import type { Mention, Role } from '../entity';
import { findAppointedPeople } from './appointment-clauses';
import type { TitledPersonCandidate } from './titled-person';

export type { TitledPersonCandidate } from './titled-person';
import { isHan } from '../normalize';
import { SortedSpans } from './span-set';
import { OffsetBits, type OffsetLookup } from './offset-bits';
import { wordClassIn, wordEndingAt } from './word-lexicon';
import { isWordLikeSurname, readsAsWords, startsPersonalName } from './surnames';
import {
  beforeName,
  isGivenNameCharacter,
  nameEndBefore,
  NOT_NAME_CHARACTERS,
  ONE_CHARACTER_AFTER_NAME,
  placeYieldsToName,
  countedOrDoubled,
  readPersonalName,
  readTransliteratedName,
} from './personal-names';
import {
  CHAIN_SEPARATORS,
  classify,
  isHanRun,
  MAX_ORGANIZATION,
  findTitles,
  organizationBefore,
  organizationsOf,
  type TitleClass,
} from './title-roles';

export { readPersonalName } from './personal-names';

/**
 * True when a verb or function word of the lexicon ends at `at` (`落实好`, `贯彻`) and no word runs
 * across `at` (`要求各位`: 要求 is one word, 求 no surname): what follows may be the object, a name
 * with its title. Example: `verbEndsAt('落实好习近平', 3)` → true; `verbEndsAt('要求各位', 1)` → false.
 */
function verbEndsAt(text: string, at: number): boolean {
  const word = wordEndingAt(text, at, Math.max(0, at - 4));
  if (word === undefined || (word.wordClass !== 'predicate' && word.wordClass !== 'function')) return false;
  for (const [before, after] of [
    [1, 1],
    [2, 1],
    [1, 2],
  ] as const) {
    if (at - before >= 0 && wordClassIn(text, at - before, at + after) !== undefined) return false;
  }
  return true;
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
  titleStarts: OffsetLookup,
): Mention | undefined {
  for (const length of [4, 3, 2]) {
    const start = titleStart - length;
    if (start < 0) continue;
    const surname = startsPersonalName(text, start);
    const given = length - surname;
    if (surname === 0 || given < 1 || given > 2 || countedOrDoubled(text, start, surname)) continue;
    // 市, 区, 县 … are surnames too, but before a title they begin an organ (`市政协主席`).
    if (NOT_NAME_CHARACTERS.at(text, start)) continue;
    if (surname === 1 && readsAsWords(text, start)) continue;
    // A known word is no name (本届, 纽约, 政府), unless it is only a noun and its surname is not a
    // word itself: jieba lists some names as nouns (李强), never 全体 under a name-only surname.
    const wordClass = wordClassIn(text, start, titleStart);
    if (wordClass !== undefined && (wordClass !== 'common' || surname === 2 || isWordLikeSurname(text.charAt(start)))) {
      continue;
    }
    let fits = true;
    for (let i = start + surname; i < titleStart && fits; i++) {
      fits = isGivenNameCharacter(text, i, titleStarts) && !ONE_CHARACTER_AFTER_NAME.at(text, i);
    }
    if (!fits) continue;
    const boundary =
      start === 0 ||
      !isHan(text.charCodeAt(start - 1)) ||
      beforeName.endingAt(text, start) > 0 ||
      verbEndsAt(text, start);
    if (!boundary) continue;
    const mention = { start, end: titleStart };
    if (!placeYieldsToName(known, mention)) continue;
    return mention;
  }
  return undefined;
}

/**
 * True when the place over a name read right after a title is only a short form, within the name,
 * and the name ends clearly: `主任吴中阳参加` (吴中 of 吴中区), `部长钟山，` (钟山区) are people. A
 * place written in full (`上海市长宁区`: 长宁区) stays the place.
 */
function shortPlaceInName(text: string, known: SortedSpans, mention: Mention, titleStarts: OffsetLookup): boolean {
  const place = known.overlapping(mention.start, mention.end);
  if (place === undefined || place.end > mention.end) return false;
  if (PLACE_SUFFIX.test(text.slice(place.start, place.end))) return false;
  return nameEndBefore(text, mention.end, titleStarts) !== false || /^[,、。;:]/u.test(text.charAt(mention.end));
}

/** The suffix a place written in full ends with. */
const PLACE_SUFFIX = /[省市区县州旗盟]$/u;

/**
 * How many names stand listed at `at`, joined by 、 (`杜家毫、许达哲、乌兰。` → 3); 0 when no name
 * starts there.
 */
function namesListedAt(text: string, at: number, titleStarts: OffsetLookup): number {
  let count = 0;
  for (;;) {
    const length = readTransliteratedName(text, at, titleStarts) || readPersonalName(text, at, titleStarts);
    if (length === 0) return count;
    count++;
    if (text[at + length] !== '、') return count;
    at += length + 1;
  }
}

/** What the people named after a chain of titles share: their type, their roles, where the titles start. */
interface TitleChain {
  type: TitledPersonCandidate['type'];
  roles: Role[];
  titleStart: number;
}

/**
 * findTitledPeople's reading of the names after a chain of titles that ends at `at` (`副市长王强、
 * 李明华等`: every name of a list shares the titles), each added to `found` and its end to
 * `nameEnds`. Returns the last name's end, or -1 when no name follows. A function of its own, not
 * the loop's body: see entitiesOf in detect.ts for why long once-per-page functions are split.
 */
function addNamesAfterTitles(
  text: string,
  at: number,
  chain: TitleChain,
  known: SortedSpans,
  titleStarts: OffsetLookup,
  nameEnds: OffsetBits,
  found: TitledPersonCandidate[],
): number {
  const { type, roles, titleStart } = chain;
  let lastEnd = -1;
  // `12名省委常委:杜家毫、许达哲、乌兰…`: a colon after the titles opens a list of the names that
  // hold them — two names at least (`记者:王涛` or `主任:我们…` is no such list).
  const listed = text[at] === ':' && namesListedAt(text, at + 1, titleStarts) >= 2;
  if (listed) at += 1;
  for (;;) {
    const length = readTransliteratedName(text, at, titleStarts) || readPersonalName(text, at, titleStarts);
    if (length === 0) break;
    const mention = { start: at, end: at + length };
    // In such a list every item between 、 is a name, even one a place is called by (乌兰).
    const item = listed && /[、:]/u.test(text.charAt(at - 1)) && /^[、。,;]?$/u.test(text.charAt(mention.end));
    if (!item && !placeYieldsToName(known, mention) && !shortPlaceInName(text, known, mention, titleStarts)) break;
    found.push({ name: text.slice(at, at + length), type, roles, mention, titleStart });
    nameEnds.add(mention.end);
    lastEnd = mention.end;
    // A list of names shares the titles: 副市长王强、李明华等.
    const next = mention.end + 1;
    if (text[mention.end] !== '、') break;
    if (readTransliteratedName(text, next, titleStarts) + readPersonalName(text, next, titleStarts) === 0) break;
    at = mention.end + 1;
  }
  return lastEnd;
}

/**
 * Finds people written as `[organisation] title[、，兼 title…] name[、name…][等]`, e.g.
 * `宁波市长裘东耀`, `管委会党组书记、常务副主任闵师林`, `市委常委、副市长，滨湖区委书记兼管委会主任
 * 张海涛`, `副市长王强、李明华等` (every name in a list shares the titles), and `name + public title`
 * after a clear boundary (`。王伟区长表示`, `习近平总书记指出`).
 * `known` are the place/platform mentions already found: they tell where the organisation starts,
 * and a "name" that a place covers from its surname on is a place, not a person (`上海市长宁区` has
 * no official 宁区), while a place inside a name after the surname is part of the name (张吉林).
 * `sorted` says `knownMentions` are sorted by start already (the detector's are), sparing a sort.
 */
export function findTitledPeople(
  text: string,
  knownMentions: readonly Mention[],
  sorted = false,
): TitledPersonCandidate[] {
  const known = new SortedSpans(knownMentions, sorted);
  const found: TitledPersonCandidate[] = [];
  const titles = findTitles(text);
  const titleStarts = new OffsetBits(text.length + 1);
  for (const t of titles) titleStarts.add(t.start);
  const nameEnds = new OffsetBits(text.length + 1);
  let lastEnd = 0;
  // Roles waiting for their name: `苏州市委常委、苏州工业园区党工委书记沈立衡` gives 沈立衡 both
  // roles, each with its own organisation; titles joined by 、 with nothing between share one.
  let pending: { role: Role; title: readonly [string, TitleClass]; start: number; end: number }[] = [];
  for (let index = 0; index < titles.length; index++) {
    const title = titles[index]!;
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
      CHAIN_SEPARATORS.at(text, title.end) &&
      next !== undefined &&
      next.start > title.end &&
      next.start - title.end <= MAX_ORGANIZATION + 1 &&
      isHanRun(text, title.end + 1, next.start);
    // `刘家义书记、龚正省长`: what stands between two titles is a name, not an organisation, when it is
    // one whole name and a name stands before the first title too.
    const nameThenTitle =
      chainGoesOn && readPersonalName(text, title.end + 1, titleStarts) === next!.start - title.end - 1;
    // `王伟区长表示`: a public title right after a name, when no name follows it.
    if (
      (!chainGoesOn || nameThenTitle) &&
      pending.length === 1 &&
      title.value[1] === 'public' &&
      !nameEnds.has(title.start)
    ) {
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
    // Arrays pushed, not mapped: `map` makes holey arrays, and the roles and classes of the other
    // paths are packed ones; code optimised for one kind was thrown away at the other (see classify).
    const roles: Role[] = [];
    const classes: (readonly [string, TitleClass])[] = [];
    for (let i = 0; i < pending.length; i++) {
      roles.push(pending[i]!.role);
      classes.push(pending[i]!.title);
    }
    const type = classify(classes, organizationsOf(roles));
    const titleStart = pending[0]!.start;
    pending = [];
    const end = addNamesAfterTitles(text, title.end, { type, roles, titleStart }, known, titleStarts, nameEnds, found);
    if (end >= 0) lastEnd = end;
  }
  // Appointment clauses name people with no title before them (`胡栋良同志任…书记`).
  found.push(...findAppointedPeople(text, titles, known));
  return found;
}
