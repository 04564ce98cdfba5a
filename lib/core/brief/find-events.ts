import type { DetectedEntity, Mention } from '../entity';
import type { NormalizedText } from '../normalize';
import { addDays, type IsoDate } from './calendar-date';
import type { ArticleEvent, EventKind, EventParty } from './event';
import { castOf, partiesFor, type Placed, type SentenceCast } from './event-parties';
import {
  AMOUNTS,
  isHeldCeremony,
  MEETING_ACTS,
  MEETING_ATTENDED_BEFORE,
  MEETING_GOES_ON,
  MEETING_HELD_BEFORE,
  NOT_HAPPENED_BEFORE,
  NOT_HAPPENED_RIGHT_BEFORE,
  PERIOD_BEFORE,
  PROJECT_COUNT_AFTER,
  REFERENCE_AFTER,
  SIGNING_ACT_BEFORE,
} from './event-words';
import { findAppointments } from './find-appointments';
import { mentionWalker } from './mention-walker';
import { textDateResolver } from './resolve-text-date';
import { firstDateMark, lastDateMark, markedSentenceDay } from './sentence-date';
import { bodySentenceFinder, clauseSplitter } from './sentences';
import { scanEventText, WORD_KINDS, zeroByKind } from './word-scan';

/**
 * What {@link isAlike} and sameDay compare of an event being told: its kind, its sentence (by its normalised
 * start), day, word (what it is called: 座谈会, 调研, 揭牌 …) and parties.
 */
interface Telling {
  kind: EventKind;
  sentenceStart: number;
  date: IsoDate | undefined;
  word: string;
  parties: readonly EventParty[];
}

/**
 * Dates the event sentences of a text, asked in order (see sentenceDate): a sentence with a date of
 * its own has it; one that points back (`当天`, `次日`) takes the day of the nearest sentence
 * before it that writes one — found by looking back, from the sentence, for the characters every
 * date holds (MAY_DATE; see lastDateMark), as far as the last sentence already read, so most
 * sentences are never read; a sentence without such characters has no date and is not read either.
 * The whole text is never searched for dates: only the sentences asked for, and those a look back
 * passes.
 * Example: in `5月28日,甲签约。当天,乙揭牌。` (article 2019-06-04), the second sentence → 2019-05-28.
 */
function eventDater(text: string, articleDate: IsoDate | undefined): (sentence: Mention) => IsoDate | undefined {
  const resolve = textDateResolver(articleDate);
  const sentenceAt = bodySentenceFinder(text);
  // The day the text last gave before known.upTo (the article's until a sentence gives one): what
  // comes before upTo has been read.
  const known = { upTo: 0, day: articleDate };
  /** The day the text last gave before `start`. */
  const previousDay = (start: number): IsoDate | undefined => {
    let day = known.day;
    for (let at = lastDateMark(text, known.upTo, start); at >= 0; at = lastDateMark(text, known.upTo, at)) {
      const earlier = sentenceAt(at);
      if (earlier === undefined) continue; // a headline or date line
      const said = markedSentenceDay(text.slice(earlier.start, earlier.end), resolve);
      if (said.kind === 'own') {
        day = said.date;
        break;
      }
      at = earlier.start; // the sentence's other dates: read with it
    }
    known.upTo = start;
    known.day = day;
    return day;
  };
  return (sentence) => {
    // No mark in the sentence: it writes no date and points nowhere (MAY_DATE's matches hold no
    // sentence mark or space, so one in the sentence starts in it).
    const first = firstDateMark(text, sentence.start, sentence.end);
    if (first < 0) return undefined;
    // Every date or pointer word holds a mark and is at most MAX_DATE_LENGTH long: none starts
    // before the sentence's first mark − (MAX_DATE_LENGTH − 1), and one character more keeps what
    // the lookbehinds of the date pattern see.
    const from = Math.max(sentence.start, first - MAX_DATE_LENGTH);
    const said = markedSentenceDay(text.slice(from, sentence.end), resolve);
    if (said.kind === 'own') {
      // The day a later sentence looking back finds first: remembered, so it is not read again.
      known.upTo = sentence.end;
      known.day = said.date;
      return said.date;
    }
    if (said.kind === 'none') return undefined;
    const day = previousDay(sentence.start);
    return day === undefined ? undefined : addDays(day, said.shift);
  };
}

/**
 * The longest a written date or a word pointing back to one is (`2019年12月31日`, 12 characters;
 * see text-dates.ts and sentence-date.ts).
 */
const MAX_DATE_LENGTH = 12;

/**
 * True when the sentence `[start, end)` with the meeting word at `[at, atEnd)` says people meet or
 * speak — or the word itself does (`会上`, `在座谈会上`: being at the gathering is the act): a word
 * of MEETING_ACTS in the sentence once the word's first occurrence is taken out (so a word of the
 * gathering's name is no act, and one may span the gap it leaves). Read by character code: one
 * sentence string and one replace for each meeting word cost more than the rules.
 * Example: in `座谈会上,宁波市长指出`, 座谈会 → true; in `参与论坛`, 论坛 → false.
 */
function isMeetingAct(text: string, start: number, end: number, at: number, atEnd: number): boolean {
  if (text.charCodeAt(atEnd - 1) === SHANG) return true;
  const length = atEnd - at;
  // 会见, 会谈, 会晤, 会面, 见面 are people meeting (`市长…会见了考察团一行`); 座谈 may be a gathering
  // listed (`调研、座谈和讨论`).
  if (!text.startsWith('座谈', at) && MEETING_ACTS.startsAt(text, at, atEnd) === length) return true;
  let first = start; // the word's first occurrence: at `at` at the latest
  while (first < at && !sameWords(text, first, at, length)) first++;
  const after = first + length;
  if (MEETING_ACTS.indexIn(text, start, first) >= 0 || MEETING_ACTS.indexIn(text, after, end) >= 0) return true;
  // MEETING_ACTS' words are at most two characters: one across the gap is the two around it.
  return first > start && after < end && MEETING_ACTS.startsAt(text.charAt(first - 1) + text.charAt(after), 0, 2) === 2;
}

/** 上, by code. */
const SHANG = 0x4e0a;

/** True when the `length` code units at `a` of `text` are those at `b`. */
function sameWords(text: string, a: number, b: number, length: number): boolean {
  for (let i = 0; i < length; i++) if (text.charCodeAt(a + i) !== text.charCodeAt(b + i)) return false;
  return true;
}

/** What a signing signed: the words after it up to the clause's end when they name a document. */
const SIGNED_DOCUMENT = /^[^,:;。!?]{0,12}?(?:协议书|协议|备忘录|合同|意向书|框架|协定)/u;

/**
 * The document a signing names right after its word, or undefined.
 * Example: in `与宁波签订合作协议,这是…`, after 签订 → '合作协议'.
 */
function signedWhat(text: string, from: number, end: number): string | undefined {
  const words = SIGNED_DOCUMENT.exec(text.slice(from, end))?.[0].replace(/^了/u, '');
  return words === undefined || words.length < 2 ? undefined : words;
}

/**
 * True when the event word at `[at, atEnd)` reports no happening: a bare 会议/会上 out of its
 * context (see MEETING_ATTENDED_BEFORE), or it only refers to one
 * (`开幕当天`, `签约项目`, `在调研中`), or its clause makes it a plan, a goal or a count (`将举办论坛`,
 * `早开工`, `新签约项目12个`, `今年以来…签约`). The clause before the word is `[clauseStart, at)`, and
 * what comes after it is read up to 6 characters on; all by character code (see WordSet).
 */
function isNoHappening(
  kind: Exclude<EventKind, 'appointment'>,
  text: string,
  clauseStart: number,
  at: number,
  atEnd: number,
): boolean {
  const afterEnd = Math.min(text.length, atEnd + 6);
  if (kind === 'meeting' && atEnd - at === 2 && text.charCodeAt(at) === HUI) {
    const second = text.charCodeAt(at + 1);
    if (second === YI) {
      if (
        !MEETING_ATTENDED_BEFORE.endsAt(text, clauseStart, at) &&
        !isHeldBefore(text, clauseStart, at) &&
        MEETING_GOES_ON.startsAt(text, atEnd, afterEnd) === 0
      )
        return true;
    } else if (second === SHANG && !(at > clauseStart && text.charCodeAt(at - 1) === ZAI)) return true;
  }
  const reference = REFERENCE_AFTER[kind].startsAt(text, atEnd, afterEnd);
  // 签约项目 followed by an amount or a count reports a signing (项目 is the signing's first word).
  const refers =
    reference !== 0 &&
    !(
      kind === 'signing' &&
      text.charCodeAt(atEnd) === XIANG &&
      PROJECT_COUNT_AFTER.startsAt(text, atEnd + 2, afterEnd) !== 0
    );
  if (
    refers &&
    !(
      kind === 'signing' &&
      (SIGNING_ACT_BEFORE.endsAt(text, clauseStart, at) || isHeldCeremony(text, clauseStart, at, atEnd))
    )
  )
    return true;
  if (
    NOT_HAPPENED_BEFORE.indexIn(text, clauseStart, at) >= 0 ||
    NOT_HAPPENED_RIGHT_BEFORE.endsAt(text, clauseStart, at)
  )
    return true;
  return kind === 'signing' && PERIOD_BEFORE.indexIn(text, clauseStart, at) >= 0;
}

/** 会, 议, 在 and 项, by code. */
const HUI = 0x4f1a;
const YI = 0x8bae;
const ZAI = 0x5728;
const XIANG = 0x9879;

/**
 * True when `[clauseStart, at)` ends with MEETING_HELD_BEFORE and at most 8 characters (code
 * points) other than , and 。 (`召开干部会议`).
 */
function isHeldBefore(text: string, clauseStart: number, at: number): boolean {
  let p = at;
  for (let n = 0; ; n++) {
    if (MEETING_HELD_BEFORE.endsAt(text, clauseStart, p)) return true;
    if (n === 8 || p <= clauseStart) return false;
    const code = text.charCodeAt(p - 1);
    if (code === 0x2c || code === 0x3002) return false;
    p -= isLowSurrogate(code) && p - 2 >= clauseStart && isHighSurrogate(text.charCodeAt(p - 2)) ? 2 : 1;
  }
}

/** Surrogate halves, by code. */
const isHighSurrogate = (code: number) => (code & 0xfc00) === 0xd800;
const isLowSurrogate = (code: number) => (code & 0xfc00) === 0xdc00;

/**
 * What names an event's occasion, to tell a retelling from another happening of its kind: a
 * meeting's gathering word (座谈会 after 开幕式 is another gathering; a bare 会上 any), a visit's word unless the
 * sentence looks back at it (`在调研时`, `在巡馆中`: then any visit); one word per kind otherwise.
 * Example: `occasionWord('meeting', '在座谈会上', 1, 4)` → '座谈会'.
 */
function occasionWord(kind: EventKind, text: string, at: number, atEnd: number): string {
  // `在会上介绍` names no gathering: it is the one just told.
  if (kind === 'meeting') return text.slice(at, atEnd) === '会上' ? kind : text.slice(at, atEnd);
  if (
    kind === 'visit' &&
    !(text.charCodeAt(at - 1) === ZAI || text.charAt(atEnd) === '时' || text.charAt(atEnd) === '中')
  )
    return text.slice(at, atEnd);
  return kind;
}

/**
 * True when `later` tells `earlier` again but for their days (see sameDay): the same kind and word
 * (the same occasion: 座谈会 after 开幕式 is another gathering), and every party one of `earlier`'s.
 */
function isAlike(earlier: Telling, later: Telling): boolean {
  if (earlier.kind !== later.kind) return false;
  // In one sentence, a second event of a kind with no new party goes on telling the first.
  const sameSentence = earlier.sentenceStart === later.sentenceStart;
  if (!sameSentence && earlier.word !== later.word && later.word !== later.kind) return false;
  // An event has a few parties: a look through them costs less than a set made for each event.
  return later.parties.every((p) => earlier.parties.some((q) => q.entityId === p.entityId));
}

/**
 * True when the days of two tellings alike (see isAlike) do not tell them apart: one has none, or
 * they are the same. Then the later one tells the earlier again.
 */
function sameDay(a: IsoDate | undefined, b: IsoDate | undefined): boolean {
  return a === undefined || b === undefined || a === b;
}

/** No clause: `done` before the sentence's first event of a kind (−1 is the sentence itself, see clauseIndexAt). */
const NO_CLAUSE = -2;

/**
 * The index of the clause of `clauses` (in order, not overlapping) that holds `at`, or −1 when none
 * does (then the sentence stands for the clause).
 * Example: with clauses [0, 3), [4, 9), at 5 → 1.
 */
function clauseIndexAt(clauses: readonly Mention[], at: number): number {
  for (let i = 0; i < clauses.length; i++) if (clauses[i]!.start <= at && at < clauses[i]!.end) return i;
  return -1;
}

/** True when `[start, end)` overlaps a mention among `inSentence` other than an official's (博览会 in 中国—东盟博览会). */
function insideName(inSentence: readonly Placed[], start: number, end: number): boolean {
  for (const p of inSentence) if (p.start < end && start < p.end && p.entity.type !== 'official') return true;
  return false;
}

/** AMOUNTS with a lastIndex of its own (amountsIn runs it to its end, which resets it). */
const AMOUNTS_IN_SENTENCE = new RegExp(AMOUNTS);

/** The amounts `[start, end)` of `text` writes (see AMOUNTS), in order. */
function amountsIn(text: string, start: number, end: number): string[] {
  const words = text.slice(start, end);
  const amounts: string[] = [];
  for (let m = AMOUNTS_IN_SENTENCE.exec(words); m !== null; m = AMOUNTS_IN_SENTENCE.exec(words)) amounts.push(m[0]);
  return amounts;
}

/**
 * An event with its keys in the order the brief has always given them (kind, what, sentence,
 * trigger, date, parties, amounts), the optional ones left out when undefined: four literals, no
 * spread of an object made for it (each spread a runtime copy).
 */
function eventOf(
  kind: EventKind,
  what: string | undefined,
  sentence: Mention,
  trigger: Mention,
  date: IsoDate | undefined,
  parties: EventParty[],
  amounts: string[],
): ArticleEvent {
  if (what === undefined)
    return date === undefined
      ? { kind, sentence, trigger, parties, amounts }
      : { kind, sentence, trigger, date, parties, amounts };
  return date === undefined
    ? { kind, what, sentence, trigger, parties, amounts }
    : { kind, what, sentence, trigger, date, parties, amounts };
}

/**
 * The events an article reports, sentence by sentence of its body (headlines and date lines tell
 * none): for each sentence, each kind whose words it holds as a happening (outside the entities'
 * own names: 博览会 in 中国—东盟博览会 is a name; not a plan, a goal, a count or a reference such as
 * 开幕当天), and each person appointed, with the parties the sentence's entities take, the day the
 * sentence gives (resolved against `articleDate`; 当天/同日 the day the text has just given) and
 * the amounts it writes. A meeting needs someone to meet or speak (`座谈会上…指出`), and every event
 * a party. An event of a kind already told whose parties are all among the earlier one's is the
 * same happening told again.
 * `normalized` is the article text as the detector read it; `entities` what it found there.
 * Example: in `5月28日,虹桥商务区管委会与宁波签订合作协议。` of an article dated 2019-06-04 → a
 * signing on 2019-05-28 between 虹桥商务区 and 宁波.
 */
export function findEvents(
  normalized: NormalizedText,
  entities: readonly DetectedEntity[],
  articleDate?: IsoDate,
): ArticleEvent[] {
  const text = normalized.text;
  const mentionsIn = mentionWalker(normalized, entities);

  // Each kind's words found in one pass over the whole text, every character a word of
  // appointing holds, and the body sentences holding any of those words: the walk goes from one such sentence to the next — most sentences tell no event and
  // are never looked at.
  const { hits, appointing, sentences } = scanEventText(text);
  const dayOf = eventDater(text, articleDate);
  const clausesOf = clauseSplitter(text);
  const next = zeroByKind(); // each kind's first word after the sentence
  const from = zeroByKind(); // each kind's first word in the sentence
  let nextAppointing = 0;
  const events: ArticleEvent[] = [];
  const told = new Map<EventKind, Telling[]>();
  // A sentence's words that pass the rules reading only the text, by kind, in text order: the
  // kind's index, the word's start and end and its clause's index (parallel arrays kept from
  // sentence to sentence: an object for each word cost more than the rules that read it).
  const candidateKinds: number[] = [];
  const candidateStarts: number[] = [];
  const candidateEnds: number[] = [];
  const candidateClauses: number[] = [];
  for (let s = 0; s < sentences.length; s += 2) {
    const sentence: Mention = { start: sentences[s]!, end: sentences[s + 1]! };
    // The words before the sentence are in headlines and date lines, which tell no event.
    for (let k = 0; k < hits.length; k++) {
      const { starts } = hits[k]!;
      let h = next[k]!;
      while (h < starts.length && starts[h]! < sentence.start) h++;
      from[k] = h;
      while (h < starts.length && starts[h]! < sentence.end) h++;
      next[k] = h;
    }
    // A sentence without a character of appointing (任选履免名) tells no appointment.
    while (nextAppointing < appointing.length && appointing[nextAppointing]! < sentence.start) nextAppointing++;
    const mayAppoint = nextAppointing < appointing.length && appointing[nextAppointing]! < sentence.end;
    while (nextAppointing < appointing.length && appointing[nextAppointing]! < sentence.end) nextAppointing++;
    const clauses = clausesOf(sentence.start, sentence.end);
    // The rules that read only the text come first: a sentence none of whose words can tell a
    // happening, and without a character of appointing, is passed by before its entities are
    // collected (a third of the sentences with event words, on the corpora).
    let count = 0;
    for (let k = 0; k < WORD_KINDS.length; k++) {
      const kind = WORD_KINDS[k]!;
      const { starts, ends } = hits[k]!;
      for (let h = from[k]!; h < starts.length && starts[h]! < sentence.end; h++) {
        const at = starts[h]!;
        const atEnd = ends[h]!;
        if (atEnd > sentence.end) continue;
        const c = clauseIndexAt(clauses, at);
        const clauseStart = c < 0 ? sentence.start : clauses[c]!.start;
        if (isNoHappening(kind, text, clauseStart, at, atEnd)) continue;
        if (kind === 'meeting' && !isMeetingAct(text, sentence.start, sentence.end, at, atEnd)) continue;
        candidateKinds[count] = k;
        candidateStarts[count] = at;
        candidateEnds[count] = atEnd;
        candidateClauses[count] = c;
        count++;
      }
    }
    if (count === 0 && !mayAppoint) continue;
    const inSentence = mentionsIn(sentence);
    if (inSentence.length === 0) continue; // every event has a party
    const found: { at: number; atEnd: number; kind: EventKind; parties: EventParty[] }[] = [];
    let cast: SentenceCast | undefined;
    let done = NO_CLAUSE; // the clause of the kind's last event: one event of a kind per clause
    for (let c = 0; c < count; c++) {
      const k = candidateKinds[c]!;
      const at = candidateStarts[c]!;
      const atEnd = candidateEnds[c]!;
      if (c > 0 && candidateKinds[c - 1] !== k) done = NO_CLAUSE;
      if (done === candidateClauses[c] || insideName(inSentence, at, atEnd)) continue;
      const kind = WORD_KINDS[k]!;
      const parties = partiesFor(kind, text, sentence, clauses, at, atEnd, (cast ??= castOf(text, inSentence)));
      if (parties.length === 0) continue;
      found.push({ at, atEnd, kind, parties });
      done = candidateClauses[c]!;
    }
    if (mayAppoint)
      for (const a of findAppointments(text, sentence, clauses, inSentence)) found.push({ ...a, kind: 'appointment' });
    if (found.length === 0) continue;
    // The sentence's day, read when it decides: most event sentences of a page tell again what an
    // earlier one told, and one alike without a day is told again on any day.
    let date: IsoDate | undefined;
    let dated = false;
    let amounts: string[] | undefined; // the sentence's, read for its first event told
    for (const { at, atEnd, kind, parties } of found) {
      const telling: Telling = {
        kind,
        sentenceStart: sentence.start,
        date: undefined, // set below, once read
        word: occasionWord(kind, text, at, atEnd),
        parties,
      };
      const ofKind = told.get(kind) ?? [];
      let alike = false;
      let alikeUndated = false;
      for (const e of ofKind) {
        if (!isAlike(e, telling)) continue;
        alike = true;
        if (e.date === undefined) {
          alikeUndated = true;
          break;
        }
      }
      if (alikeUndated) continue;
      if (!dated) {
        date = dayOf(sentence);
        dated = true;
      }
      telling.date = date;
      if (alike && ofKind.some((e) => isAlike(e, telling) && sameDay(e.date, date))) continue;
      ofKind.push(telling);
      told.set(kind, ofKind);
      const what = kind === 'signing' ? signedWhat(text, atEnd, sentence.end) : undefined;
      events.push(
        eventOf(
          kind,
          what,
          { start: normalized.toRawStart(sentence.start), end: normalized.toRawEnd(sentence.end) },
          { start: normalized.toRawStart(at), end: normalized.toRawEnd(atEnd) },
          date,
          parties,
          (amounts ??= amountsIn(text, sentence.start, sentence.end)).slice(),
        ),
      );
    }
  }
  return events;
}
