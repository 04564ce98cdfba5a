import type { DetectedEntity, Mention } from '../entity';
import type { EventKind, EventParty, PartyRole } from './event';
import {
  APPOINTED_AFTER,
  APPOINTED_BEFORE,
  DELEGATION_AFTER,
  EVENT_WORDS,
  GATHERING_NAME,
  GOING_WORDS,
  LEADS_OR_GOES,
  HOLDING_WORDS,
  IN_ORGANIZATION_NAME,
  SPEECH_WORDS,
  TITLES,
  WORKS_FOR,
} from './event-words';
import { WordSet } from './word-set';

/** A mention of a detected entity, in normalised offsets. */
export interface Placed {
  entity: DetectedEntity;
  start: number;
  end: number;
}

/** Words that join the sides of a signing: `A与B签订`, `A携手B、C签署`. */
const JOINING_WORDS = new WordSet(['与', '和', '同', '跟', '携手', '联合']);

/** An organisation's run before an official's name is at most this long (`虹桥商务区管委会党组书记、常务副主任`). */
const MAX_ROLE_GAP = 24;

/** Before a venue: `在` and at most a few words (`在长江南岸的鼓楼区`). */
const VENUE_BEFORE = /在[^,在与]{0,10}$/u;
/** After a venue: a gathering held or opened there, in the same clause (`在南京国际博览中心开幕`). */
const VENUE_AFTER =
  /^[^,]{0,10}?(?:举行|开幕|召开|举办|闭幕|设立|启幕|拉开|隆重|揭牌|挂牌|签约|签署|签订|开工|启动|同步|同时)/u;

/** The persons of a sentence: officials, and people the detector knows only by name. */
const isPerson = (p: Placed) => p.entity.type === 'official' || p.entity.type === 'person';

/** A sentence's entities as events take them: its officials, and the places and platforms that can be parties (see isParty). */
export interface SentenceCast {
  officials: readonly Placed[];
  others: readonly Placed[];
  /** Every mention of the sentence, sorted by start (a place that is no party still fills its span: `河北省雄安新区`). */
  all: readonly Placed[];
  /** By clause of the sentence, whether it opens reported speech (SPEECH_WORDS): read once, when a meeting first asks. */
  speaks: readonly boolean[] | undefined;
}

/**
 * The cast of a sentence from its entities `inSentence` (sorted by start), worked out once for all
 * the event words of the sentence.
 * Example: in `嘉兴市委书记张兵赴宁波调研` → officials 张兵; others 宁波 (嘉兴 names whose office it is).
 */
export function castOf(text: string, inSentence: readonly Placed[]): SentenceCast {
  const officials = inSentence.filter((p) => p.entity.type === 'official');
  const others = inSentence.filter((p, i) => !isPerson(p) && isParty(text, p, inSentence[i + 1], officials));
  // `speaks` from the start: added later, it gave casts two shapes, and the meeting rules were
  // compiled again for the second.
  return { officials, others, all: inSentence, speaks: undefined };
}

/** Whether each of `clauses` opens reported speech (holds SPEECH_WORDS). */
function speechIn(text: string, clauses: readonly Mention[]): boolean[] {
  const speaks: boolean[] = [];
  for (const c of clauses) speaks.push(SPEECH_WORDS.indexIn(text, c.start, c.end) >= 0);
  return speaks;
}

/**
 * Who takes part in an event of `kind` whose word is at `[at, atEnd)` of `sentence` (split into
 * `clauses`), among the sentence's `cast` (see castOf), by the conventions of tests/fixtures/events/README.md:
 * the sides of a signing; the visitors and the places visited; those who speak at a meeting and
 * the host that holds it; what opens and who unveils it. Places that only say whose office a
 * title is (`嘉兴市委书记鲁俊`), venues (`在厦门国际会展中心开幕`) and a city written before its
 * own district (`北京市海淀区`) are never parties.
 * Example: in `嘉兴市委书记张兵赴宁波调研`, a visit at 调研 → 张兵 (visitor), 宁波 (visited).
 */
export function partiesFor(
  kind: Exclude<EventKind, 'appointment'>,
  text: string,
  sentence: Mention,
  clauses: readonly Mention[],
  at: number,
  atEnd: number,
  cast: SentenceCast,
): EventParty[] {
  const clause = clauseOf(clauses, at) ?? sentence;
  const word: EventWord = { text, sentence, clauses, at, atEnd, clause, cast };
  // One function a kind, each reading what it needs of `word` (one function with all four kinds'
  // rules was among the slowest of the engine for TurboFan to compile).
  switch (kind) {
    case 'signing':
      return signingParties(word);
    case 'visit':
      return visitParties(word);
    case 'meeting':
      return meetingParties(word);
    case 'opening':
      return openingParties(word);
  }
}

/** An event word as the rules of its kind read it: where it is, its sentence and clause, and the sentence's cast. */
interface EventWord {
  text: string;
  sentence: Mention;
  clauses: readonly Mention[];
  at: number;
  atEnd: number;
  /** The clause of `clauses` that holds `at` (the sentence when none does). */
  clause: Mention;
  cast: SentenceCast;
}

/** The clause of `clauses` that holds `at`, or undefined. Example: with clauses [0, 3), [4, 9), at 5 → [4, 9). */
function clauseOf(clauses: readonly Mention[], at: number): Mention | undefined {
  for (const c of clauses) if (c.start <= at && at < c.end) return c;
  return undefined;
}

/** True when the mention `p` lies in `clause`. */
function isIn(clause: Mention, p: Placed): boolean {
  return p.start >= clause.start && p.end <= clause.end;
}

/** The sides of a signing (see partiesFor). */
function signingParties(word: EventWord): EventParty[] {
  const {
    text,
    clauses,
    at,
    clause,
    cast: { others },
  } = word;
  const inClause = (p: Placed) => isIn(clause, p);
  // A gathering (兰洽会, 论坛) is where a signing happens, not a side of it.
  const signers = others.filter((p) => !GATHERING_NAME.endsAt(p.entity.name, 0, p.entity.name.length));
  const sides = signers.filter(inClause);
  // `虹桥商务区还积极打造…，携手阿里、京东签订…`: when the clause names no side before the word
  // that joins the sides (与, 携手 …) or before the signing, the subject is the side (or list of
  // sides, `运城、晋中、大同等市`) the nearest earlier clause starts with; else the sides a later
  // clause gives the signing (`共签约项目数百个，兰州新区签约项目的投资额…`).
  const join = JOINING_WORDS.indexIn(text, clause.start, at);
  const subjectEnd = join >= 0 ? join : at;
  const hasSubject = sides.some((p) => p.end <= subjectEnd) && (join >= 0 || sides.length >= 2);
  if (!hasSubject) {
    const subject = subjectOf(text, clauses, signers, clause.start);
    if (subject.length > 0) sides.unshift(...subject);
    else if (sides.length === 0) {
      const later = clauses.find((c) => c.start >= clause.end && /签约|签署|签订/u.test(text.slice(c.start, c.end)));
      if (later) sides.push(...signers.filter((p) => p.start >= later.start && p.end <= later.end));
    }
  }
  return withParties([], sides, 'side');
}

/** The visitors and the places visited of a visit (see partiesFor). */
function visitParties(word: EventWord): EventParty[] {
  const {
    text,
    clauses,
    at,
    atEnd,
    clause,
    cast: { officials, others },
  } = word;
  const inClause = (p: Placed) => isIn(clause, p);
  // The going word nearest the visit word (`深入贯彻习近平总书记视察河南`: 深入 is no going).
  let going = at;
  for (let i = clause.start; i < at;) {
    const length = GOING_WORDS.startsAt(text, i, at);
    if (length === 0) i++;
    else {
      going = i;
      i += length; // the words found do not overlap, as a pattern's matches
    }
  }
  const goingWord = text.slice(at, atEnd) === '赴' || text.slice(at, atEnd) === '前往';
  if (goingWord) going = at;
  // `深入贯彻习近平总书记视察…`: a going word before the visitor is not the visitor's.
  if (officials.some((o) => o.start >= going && o.end <= at)) going = at;
  const goes = going < at || goingWord;
  // The places visited: after 赴/前往; between the going word and the visit word (`来川视察时对
  // 天府新区…`: what follows is spoken of); right after the visit word (`调研了X`), with those
  // listed after it (see listedAfter).
  const after = goingWord ? [] : listedAfter(text, word.cast.all, atEnd, clause.end);
  const visited = others.filter(
    (p) => inClause(p) && (goingWord ? p.start >= at : (goes && p.start >= going && p.end <= at) || after.includes(p)),
  );
  // The visitors: the officials before the going word in its clause, with those of the clauses
  // right before that only list officials (`…市长胡忠雄，…禚文斌陪同巡馆`); and a place a
  // delegation comes from (`率四川党政代表团`).
  let from = clause.start;
  for (let i = clauses.indexOf(clause) - 1; i >= 0; i--) {
    const c = clauses[i]!;
    if (!officials.some((o) => o.end === c.end)) break;
    from = c.start;
  }
  let visitors = officials.filter((p) => p.start >= from && p.end <= going);
  const delegations = others.filter(
    (p) => p.start >= from && p.end <= going && !visited.includes(p) && DELEGATION_AFTER.test(text.slice(p.end, going)),
  );
  if (visitors.length === 0 && delegations.length === 0) visitors = leadersBefore(word);
  // Nobody named and no place gone to (`与会人员还参观了…`): unnamed people are no event.
  if (!goes && visitors.length === 0 && delegations.length === 0) return [];
  const parties = withParties([], visitors, 'visitor');
  withParties(parties, delegations, 'visitor');
  return withParties(parties, visited, 'visited');
}

/** A visit word anywhere in a string (a copy of EVENT_WORDS.visit without its global scan state). */
const VISIT_WORD = new RegExp(EVENT_WORDS.visit.source, 'u');

/**
 * The officials of the nearest earlier clause of the visit's sentence that names any, when words
 * after the last of them tell they lead or go, in a clause that tells no visit of its own (LEADS_OR_GOES: `王明带队，一行…莅临…`, `王明深入X，先后来到…调研`).
 */
function leadersBefore(word: EventWord): Placed[] {
  const { text, sentence, clauses, clause, cast } = word;
  for (let i = clauses.indexOf(clause) - 1; i >= 0; i--) {
    const c = clauses[i]!;
    if (c.start < sentence.start) break;
    const named = cast.officials.filter((o) => o.start >= c.start && o.end <= c.end);
    if (named.length === 0) continue;
    const last = named.at(-1)!;
    if (VISIT_WORD.test(text.slice(c.start, c.end))) return [];
    // `X一行先后深入…，考察了…` goes on with a visit already told (the events README: 一行 continues).
    if (text.startsWith('一行', last.end)) return [];
    return LEADS_OR_GOES.indexIn(text, last.end, c.end) >= 0 ? named : [];
  }
  return [];
}

/**
 * The mentions of `all` written right after `from` (after an optional 了) and before `end`, one
 * after another or joined by 、和与及 (`考察了X、Y和Z`); a place that is no party of its own still
 * carries the list on (`考察河北省雄安新区`, `访问X和河北雄安新区`). A person ends it.
 * Example: in `访问北京城市副中心和河北雄安新区`, from after 访问 → 北京城市副中心, 河北省, 雄安新区.
 */
function listedAfter(text: string, all: readonly Placed[], from: number, end: number): Placed[] {
  const listed: Placed[] = [];
  let reached = text.charCodeAt(from) === LE ? from + 1 : from;
  for (const p of all) {
    if (p.start < reached) continue;
    if (p.end > end || isPerson(p)) break;
    let i = reached;
    while (i < p.start && listed.length > 0 && isListJoin(text.charCodeAt(i))) i++;
    if (i !== p.start) break;
    listed.push(p);
    reached = p.end;
  }
  return listed;
}

/**
 * The speakers and the host of a meeting (see partiesFor). Loops over the cast and character codes,
 * no filter callbacks or slices: TurboFan compiled the rules written with them in ~100 ms, again
 * late in a session, once they had run enough.
 */
function meetingParties(word: EventWord): EventParty[] {
  const { text, sentence, clauses, at, atEnd, clause, cast } = word;
  const { officials, others } = cast;
  // The speakers: the officials of the word's clause and of the clauses before it back to one
  // that opens reported speech (`…唐良智，…尹力分别通报有关情况，…邓小刚出席会议`); then of the clauses after it until one opens reported speech (`…指出，
  // 习近平总书记…`: who is spoken of is not there); none in its clause, the next ones (`座谈会上，
  // 宁波市长裘东耀指出`). A word in no clause (index −1) stands in the sentence.
  const index = clauses.indexOf(clause);
  const speaks = (cast.speaks ??= speechIn(text, clauses));
  let from = sentence.start;
  for (let i = index - 1; i >= 0; i--) {
    if (speaks[i]) {
      from = clauses[i]!.end;
      break;
    }
  }
  let to = clause.end;
  for (let i = index; i < clauses.length - 1 && !speaks[i]; i++) to = clauses[i + 1]!.end;
  const speakers: Placed[] = [];
  for (const p of officials) if (p.start >= from && p.end <= to && !isAppointee(text, clauses, p)) speakers.push(p);
  // A gathering named in what someone says (`唐登杰说，福州新区…论坛…`) is no meeting told: a
  // clause before the word's speaks (before the last clause, for a word in none).
  const quotedEnd = index >= 0 ? index : Math.max(0, speaks.length - 1);
  let quoted = false;
  for (let i = 0; i < quotedEnd; i++) if (speaks[i]) quoted = true;
  if (quoted && !officials.some((p) => isIn(clause, p))) return [];
  // The host: a place or platform that holds it (`X举办洽谈会`, `X在西安举行推介会`) or whose
  // gathering it is (`和林格尔新区建设推进会`), before the word in its clause. Beside officials
  // who speak, only one that holds it. `东湖新技术开发区在开幕式上发布…`: who acts at someone's
  // gathering does not hold it. `推动成渝地区双城经济圈建设…联席会议`: what a gathering works for is not its host.
  const atGathering = text.charCodeAt(atEnd - 1) === SHANG || text.charCodeAt(atEnd) === SHANG;
  const hosts: Placed[] = [];
  for (const p of others) {
    if (!isIn(clause, p) || p.end > at) continue;
    if (atGathering && hasCharIn(text, ZAI, p.end, at)) continue;
    if (WORKS_FOR.endsAt(text, clause.start, p.start)) continue;
    if (
      speakers.length > 0 &&
      (HOLDING_WORDS.indexIn(text, p.end, at) < 0 || hasCharIn(text, YU, p.end, at) || hasCharIn(text, HE, p.end, at))
    )
      continue;
    hosts.push(p);
  }
  return withParties(withParties([], speakers, 'speaker'), hosts, 'host');
}

/** 上, by code. */
const SHANG = 0x4e0a;

/**
 * True when the official `p` is told taking or leaving an office (`宣布…决定:王明同志任…`, `任命王明为…`):
 * the meeting that announces it is not his to speak at.
 */
function isAppointee(text: string, clauses: readonly Mention[], p: Placed): boolean {
  if (APPOINTED_BEFORE.test(text.slice(p.end, p.end + 8))) return true;
  const clause = clauseOf(clauses, p.start);
  return clause !== undefined && APPOINTED_AFTER.test(text.slice(clause.start, p.start));
}

/** What opens and who unveils it (see partiesFor). */
function openingParties(word: EventWord): EventParty[] {
  const {
    text,
    clauses,
    at,
    atEnd,
    clause,
    cast: { officials, others },
  } = word;
  const inClause = (p: Placed) => isIn(clause, p);
  // What opens: named before the word in its clause, else after it, else the subject of an
  // earlier clause (`深圳前海综合保税区…通过验收，6月12日正式启用`) when the word ends its clause.
  // `呼兰区举行呼兰经济开发区揭牌仪式`: who holds the ceremony (before 举行) is not what opens, when
  // the ceremony names what does (`江北新区举行揭牌仪式` opens the holder).
  let held = clause.start;
  for (let i = HOLDING_WORDS.indexIn(text, clause.start, at); i >= 0; i = HOLDING_WORDS.indexIn(text, i + 1, at))
    held = i;
  const named = others.filter((p) => inClause(p) && p.start >= held && p.end <= at);
  const before = named.length > 0 ? named : others.filter((p) => inClause(p) && p.end <= at);
  const after = others.filter((p) => inClause(p) && p.start >= atEnd);
  // The earlier subject only when the word ends its clause (`同日挂牌的还有X` names its own).
  const endsClause = clause.end - atEnd <= 2;
  const opened =
    before.length > 0
      ? before
      : after.length > 0 || !endsClause
        ? after
        : subjectOf(text, clauses, others, clause.start);
  // Officials unveil only when the sentence says they do it (`蔡奇…为自贸试验区揭牌`); attending
  // (`出席`) is no part in it.
  const officialsBefore = officials.filter((p) => p.end <= at);
  const last = officialsBefore.at(-1);
  const unveils =
    last !== undefined && /(?:为[^,]{0,30}|共同|按下|宣布[^,]{0,8}|启动|正式)$/u.test(text.slice(last.end, at));
  const unveilers = unveils ? officialsBefore : [];
  return withParties(withParties([], opened, 'opened'), unveilers, 'unveiler');
}

/**
 * The subject the nearest earlier clause (before `before`) starts with, among `candidates`, with
 * the ones listed after it (`运城、晋中、大同等市`, `大连金普新区和…大连片区联合举办`), or none.
 */
function subjectOf(text: string, clauses: readonly Mention[], candidates: readonly Placed[], before: number): Placed[] {
  for (let i = clauses.length - 1; i >= 0; i--) {
    const c = clauses[i]!;
    if (c.start >= before) continue;
    const first = candidates.find((p) => p.start >= c.start && p.start - c.start <= 2 && p.end <= c.end);
    if (first === undefined) continue;
    const list = [first];
    for (const p of candidates) {
      const last = list.at(-1)!;
      if (p.start === last.end + 1 && p.end <= c.end && isListJoin(text.charCodeAt(last.end))) list.push(p);
    }
    return list;
  }
  return [];
}

/** 、和与及, by code: what lists subjects (`运城、晋中`). */
export function isListJoin(code: number): boolean {
  return code === 0x3001 || code === HE || code === YU || code === 0x53ca;
}

/** 了, by code. */
const LE = 0x4e86;

/**
 * True when the place or platform mention `p` can be a party: not the organisation of an official's
 * title (`嘉兴市委书记鲁俊`, `厦门自贸片区管委会主任…等`), not a city in a company's name, not a venue (`在厦门国际会展中心开幕`),
 * not a place written right before a more local place of its own (`北京市海淀区`: 海淀区 is the
 * party; `四川重庆` are two).
 */
export function isParty(text: string, p: Placed, next: Placed | undefined, officials: readonly Placed[]): boolean {
  if (isRoleOrganization(text, p, officials)) return false;
  if (isTitleAfter(text, p.end)) return false;
  // A city in a company's or chamber's name (`山西超牌煅烧高岭土有限公司`, `香港企业`) is none of its sides.
  if (p.entity.type !== 'platform' && IN_ORGANIZATION_NAME.test(text.slice(p.end, p.end + 14))) return false;
  // VENUE_BEFORE needs a 在 in the ten characters before: looked for first, without a slice (and
  // only there: lastIndexOf would search back to the text's previous 在, however far).
  const venueFrom = Math.max(0, p.start - 10);
  if (
    hasCharIn(text, ZAI, venueFrom, p.start) &&
    VENUE_BEFORE.test(text.slice(venueFrom, p.start)) &&
    VENUE_AFTER.test(text.slice(p.end, p.end + 16))
  )
    return false;
  return !(next !== undefined && next.start === p.end && placeRank(next) > placeRank(p));
}

/**
 * True when a title of TITLES follows `from` (in the 16 characters after it), after an optional 的
 * and at most 10 characters (code points) other than , 。 与 和 (`管委会主任`, `的负责同志`): read by
 * character code, for every place or platform of a sentence with an event word.
 */
export function isTitleAfter(text: string, from: number): boolean {
  const end = Math.min(text.length, from + 16);
  // 的 may come before the 10 characters; being none of , 。 与 和, it may also be one of them.
  const most = text.charCodeAt(from) === DE ? 11 : 10;
  let i = from;
  for (let n = 0; ; n++) {
    // 常委会 is a body (`漳州市人大常委会召开会议`), 常委 a title.
    if (TITLES.startsAt(text, i, end) !== 0 && !text.startsWith('常委会', i)) return true;
    if (n === most || i >= end) return false;
    const code = text.charCodeAt(i);
    if (code === 0x2c || code === 0x3002 || code === YU || code === HE) return false;
    i += (code & 0xfc00) === 0xd800 && i + 1 < end && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
  }
}

/** 的, 与, 和 and 同, by code. */
const DE = 0x7684;
const YU = 0x4e0e;
const HE = 0x548c;
const TONG = 0x540c;

/** 在, by code. */
const ZAI = 0x5728;

/** True when the character `code` is in `[from, to)` of `text`. */
function hasCharIn(text: string, code: number, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === code) return true;
  return false;
}

/**
 * True when the place `p` is written as the parent of the more local place or platform `next`
 * right after it, directly or through its party committee (`漳州市芗城区`, `中共漳州市委古雷港经济开发区
 * 工作委员会`, `天津市委滨海新区工委`): then the office is `next`'s, not `p`'s.
 */
export function isParentOf(text: string, p: Placed, next: Placed): boolean {
  const gap = next.start - p.end;
  const adjacent = gap === 0 || (gap === 1 && text.charCodeAt(p.end) === WEI);
  return adjacent && placeRank(next) > placeRank(p);
}

/** 委, by code. */
const WEI = 0x59d4;

/** The four municipalities, by name. */
const MUNICIPALITIES = new Set(['北京市', '上海市', '天津市', '重庆市']);

/**
 * How local a place is, by its name's end: a province 1, a city 2, a district or county 3, a
 * platform 4. Example: `placeRank(海淀区)` → 3.
 */
function placeRank(p: Placed): number {
  if (p.entity.type === 'platform') return 4;
  if (isPerson(p)) return 0;
  // The four municipalities rank with provinces (`四川重庆` are two sides, not a city of 四川).
  const { name } = p.entity;
  if (name.endsWith('省') || name.endsWith('自治区') || name.endsWith('特别行政区') || MUNICIPALITIES.has(name))
    return 1;
  return name.endsWith('区') || name.endsWith('县') || name.endsWith('旗') ? 3 : 2;
}

/**
 * True when the place or platform mention `p` is the organisation of an official's title that
 * follows it (`嘉兴市委书记鲁俊`, `虹桥商务区管委会党组书记、常务副主任闵师林`): then it says who the
 * official is, not a party of its own.
 */
function isRoleOrganization(text: string, p: Placed, officials: readonly Placed[]): boolean {
  const next = officials.find((o) => o.start >= p.end && o.start - p.end <= MAX_ROLE_GAP);
  if (next === undefined) return false;
  // Only a title chain stands between: no sentence or clause punctuation, no 与/和 joining sides.
  for (let i = p.end; i < next.start; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x2c || code === 0x3a || code === 0x3b || code === 0x3002 || code === 0x21 || code === 0x3f)
      return false;
    if (code === YU || code === HE || code === TONG) return false;
  }
  return true;
}

/**
 * Adds to `parties` the entities of `placed`, in order, as `role`, each one not already there (an
 * entity once: its first role wins), and returns `parties`. Called once per role, in the order the
 * roles are listed: no list of (mention, role) pairs is made for each event word, whose arrays of
 * several shapes (an empty spread, pairs) had the rules compiled again and again.
 * Example: `withParties([], [宁波, 宁波], 'visited')` → [宁波 (visited)].
 */
export function withParties(parties: EventParty[], placed: readonly Placed[], role: PartyRole): EventParty[] {
  for (let i = 0; i < placed.length; i++) {
    const { entity } = placed[i]!;
    // An event has a few parties: a look through them costs less than a set made for each event.
    if (!hasParty(parties, entity.id))
      parties.push({ entityId: entity.id, name: entity.name, type: entity.type, role });
  }
  return parties;
}

/** True when `parties` holds the entity `entityId`. */
function hasParty(parties: readonly EventParty[], entityId: string): boolean {
  for (const party of parties) if (party.entityId === entityId) return true;
  return false;
}
