import type { Mention, Role } from '../entity';
import { DictionaryMatcher } from './dictionary-matcher';
import { isHan } from '../normalize';
import { SortedSpans } from './span-set';
import { startsPersonalName } from './surnames';
import { CONTEXT_TITLES, isPrivateOrganization, PRIVATE_TITLES, PUBLIC_TITLES } from './title-lexicon';

/** A person found by a "title + personal name" pattern. */
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

// Words that start right after a name and so cannot be part of it (`闵师林表示`, `鲁俊指出`).
// prettier-ignore
const AFTER_NAME = [
  '表示', '指出', '要求', '强调', '认为', '介绍', '说', '称', '在', '的', '等', '和', '与', '及', '一行', '同志',
  '先生', '女士', '会见', '调研', '主持', '出席', '参加', '陪同', '率', '带', '坦言', '透露', '告诉', '也', '还',
  '就', '对', '是', '为', '将', '已', '向', '从', '到', '于', '作', '代表', '宣布', '致辞', '讲话', '提出', '今天',
  '昨天', '近日', '日前', '此前', '当天', '当日', '随后', '一同', '共同', '分别', '接受', '希望', '寄语', '说道',
  '回应', '谈到', '答', '曾', '并', '则', '又', '都', '亲自', '专程', '现场', '带队', '见证', '签约', '签署', '致',
  '把', '被', '给', '让', '听取', '考察', '看望', '慰问', '走访', '来到', '前往', '深入', '实地', '详细', '主动',
];

// Characters that end place and street names, never a given name (`苏州市长江路` is no 江路).
const NOT_NAME_CHARACTERS = new Set([...'路街道巷区县市镇乡村省州局厅委办部']);

function startsWithAny(text: string, at: number, words: readonly string[]): boolean {
  return words.some((w) => text.startsWith(w, at));
}

/** True when a name may end before `at`: end of text, a non-Han character, or a word that follows names. */
function endsNameBefore(text: string, at: number): boolean {
  return at >= text.length || !isHan(text.charCodeAt(at)) || startsWithAny(text, at, AFTER_NAME);
}

/** True when the character at `at` can be part of a given name. */
function isGivenNameCharacter(text: string, at: number): boolean {
  if (at >= text.length || !isHan(text.charCodeAt(at))) return false;
  if (NOT_NAME_CHARACTERS.has(text.charAt(at))) return false;
  // A multi-character word that follows names (表示, 指出) cannot begin inside the name.
  return !AFTER_NAME.some((w) => w.length > 1 && text.startsWith(w, at));
}

/**
 * Reads a personal name starting at `at`: a known surname and one or two given-name characters.
 * Two or three characters is decided by what follows: `闵师林表示` → 3, `鲁俊表示` → 2, `王为民指出`
 * → 3 (为 can begin a given name when a name character and then an ending follow).
 * Returns the name's length, or 0 when no name starts there.
 */
export function readPersonalName(text: string, at: number): number {
  const surname = startsPersonalName(text, at);
  if (surname === 0) return 0;
  const first = at + surname;
  if (!isGivenNameCharacter(text, first)) return 0;
  const secondFits = isGivenNameCharacter(text, first + 1);
  const endsAfterTwo = endsNameBefore(text, first + 1);
  const endsAfterThree = secondFits && endsNameBefore(text, first + 2);
  // A one-character function word right after the surname (王在…, 李将…) is a given-name
  // character only when a full three-character name follows (王为民指出).
  if (AFTER_NAME.includes(text.charAt(first))) return endsAfterThree ? surname + 2 : 0;
  if (endsAfterTwo && !secondFits) return surname + 1; // 鲁俊表示
  if (endsAfterThree) return surname + 2; // 闵师林表示
  if (endsAfterTwo) return surname + 1; // 鲁俊在会上
  // Neither length is followed by a clear ending: three characters is the common length.
  return secondFits ? surname + 2 : surname + 1;
}

/** Longest organisation read before a title, in characters. */
const MAX_ORGANIZATION = 24;

/** True when `[start, end)` holds only Han characters (one phrase, no punctuation). */
function isHanRun(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isHan(text.charCodeAt(i))) return false;
  return true;
}

/**
 * The organisation a title belongs to: the run of Han characters before it, starting at the
 * earliest place/platform mention inside that run (`虹桥商务区管委会` before `党组书记`), or the
 * run's last few characters when no known entity is there.
 */
function organizationBefore(text: string, titleStart: number, known: SortedSpans): string {
  let runStart = titleStart;
  while (runStart > 0 && titleStart - runStart < MAX_ORGANIZATION && isHan(text.charCodeAt(runStart - 1))) runStart--;
  const firstKnown = known.firstInside(runStart, Number.MAX_SAFE_INTEGER);
  const startsInRun = firstKnown !== undefined && firstKnown.start < titleStart;
  const start = startsInRun ? firstKnown.start : Math.max(runStart, titleStart - 8);
  return text.slice(start, titleStart);
}

function classify(titles: readonly (readonly [string, TitleClass])[], organization: string): 'official' | 'person' {
  if (titles.some(([, c]) => c === 'public')) return 'official';
  if (titles.every(([, c]) => c === 'private')) return 'person';
  return isPrivateOrganization(organization) ? 'person' : 'official';
}

/**
 * Finds people written as `[organisation] title[、title…] name[、name…][等]`, e.g. `宁波市长裘东耀`,
 * `管委会党组书记、常务副主任闵师林`, `副市长王强、李明华等`. Every name in a list shares the titles.
 * `known` are the place/platform mentions already found: they tell where the organisation starts,
 * and a "name" overlapping one is a place, not a person (`上海市长宁区` has no official 宁区).
 */
export function findTitledPeople(text: string, knownMentions: readonly Mention[]): TitledPersonCandidate[] {
  const known = new SortedSpans(knownMentions);
  const found: TitledPersonCandidate[] = [];
  const titles = titleMatcher.findAll(text);
  const overlapsKnown = (m: Mention) => known.overlapping(m.start, m.end) !== undefined;
  // Roles waiting for their name: `苏州市委常委、苏州工业园区党工委书记沈立衡` gives 沈立衡 both
  // roles, each with its own organisation; titles joined by 、 with nothing between share one.
  let pending: { role: Role; title: readonly [string, TitleClass]; start: number; end: number }[] = [];
  for (const title of titles) {
    const last = pending.at(-1);
    // A pending title only carries over to a title that follows it after 、 within one phrase.
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
    const organization =
      text[title.start - 1] === '、'
        ? (pending.at(-1)?.role.organization ?? '')
        : organizationBefore(text, title.start, known);
    pending.push({
      role: { organization, title: title.value[0] },
      title: title.value,
      start: title.start,
      end: title.end,
    });
    if (text[title.end] === '、') continue;
    const roles = pending.map((p) => p.role);
    const type = classify(
      pending.map((p) => p.title),
      roles.map((r) => r.organization).join(''),
    );
    const titleStart = pending[0]!.start;
    pending = [];
    let at = title.end;
    for (;;) {
      const length = readPersonalName(text, at);
      if (length === 0) break;
      const mention = { start: at, end: at + length };
      if (overlapsKnown(mention)) break;
      found.push({ name: text.slice(at, at + length), type, roles, mention, titleStart });
      // A list of names shares the titles: 副市长王强、李明华等.
      if (text[mention.end] !== '、' || readPersonalName(text, mention.end + 1) === 0) break;
      at = mention.end + 1;
    }
  }
  return found;
}
