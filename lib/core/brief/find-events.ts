import type { DetectedEntity, Mention } from '../entity';
import type { NormalizedText } from '../normalize';
import type { IsoDate } from './calendar-date';
import type { ArticleEvent, EventKind, EventParty } from './event';
import { partiesFor, type Placed } from './event-parties';
import {
  AMOUNTS,
  BARE_MEETING_CONTEXT,
  EVENT_WORDS,
  MEETING_ACTS,
  NOT_HAPPENED_BEFORE,
  PERIOD_BEFORE,
  REFERENCE_AFTER,
  SIGNING_ACT_BEFORE,
} from './event-words';
import { findAppointments, MAY_APPOINT } from './find-appointments';
import { sentenceDate } from './sentence-date';
import { splitBodySentences, splitClauses } from './sentences';

/** An event told, with its word (what it is called: 座谈会, 调研, 揭牌 …). */
/** What {@link retells} compares of an event already told (the sentence by its normalised start). */
interface Told {
  kind: EventKind;
  sentenceStart: number;
  date: IsoDate | undefined;
  word: string;
  parties: readonly EventParty[];
  ids: ReadonlySet<string>;
}

/** The kinds found by their words, in the order the brief lists them (appointments come after). */
const WORD_KINDS = ['signing', 'visit', 'meeting', 'opening'] as const;

/**
 * The first normalised offset at or after `from` whose raw offset is at least `raw`. Each
 * normalised character stands for at least one raw one, so the answer is at most
 * `from + (raw − toRawStart(from))` and the search stays within the distance from the last answer.
 * Example: in `商務(wù)區` → `商务区`, raw 7 (區) → 2.
 */
function normalizedOffsetFrom(normalized: NormalizedText, raw: number, from: number): number {
  let low = from;
  let high = Math.min(normalized.text.length, from + Math.max(0, raw - normalized.toRawStart(from)));
  while (low < high) {
    const mid = (low + high) >> 1;
    if (normalized.toRawStart(mid) < raw) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * The mentions of `entities` in normalised offsets, in text order. The mentions are sorted first so
 * that each search starts from the previous answer (a search over the whole text per mention cost a
 * fifth of the event finding on long pages).
 */
function placedInText(normalized: NormalizedText, entities: readonly DetectedEntity[]): Placed[] {
  const placed: Placed[] = [];
  for (const entity of entities) for (const m of entity.mentions) placed.push({ entity, start: m.start, end: m.end });
  placed.sort((a, b) => a.start - b.start);
  let at = 0;
  for (const p of placed) {
    at = normalizedOffsetFrom(normalized, p.start, at);
    p.start = at;
    p.end = normalizedOffsetFrom(normalized, p.end, at);
  }
  return placed;
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
 * context (see BARE_MEETING_CONTEXT), or it only refers to one
 * (`开幕当天`, `签约项目`, `在调研中`), or its clause makes it a plan, a goal or a count (`将举办论坛`,
 * `早开工`, `新签约项目12个`, `今年以来…签约`).
 */
function isNoHappening(
  kind: Exclude<EventKind, 'appointment'>,
  text: string,
  clauseStart: number,
  at: number,
  atEnd: number,
): boolean {
  const before = text.slice(clauseStart, at);
  const after = text.slice(atEnd, atEnd + 6);
  const bare = kind === 'meeting' ? BARE_MEETING_CONTEXT[text.slice(at, atEnd)] : undefined;
  if (bare !== undefined && !bare.before.test(before) && !bare.after.test(after)) return true;
  if (REFERENCE_AFTER[kind].test(after) && !(kind === 'signing' && SIGNING_ACT_BEFORE.test(before))) return true;
  if (NOT_HAPPENED_BEFORE.test(before)) return true;
  return kind === 'signing' && PERIOD_BEFORE.test(before);
}

/**
 * What names an event's occasion, to tell a retelling from another happening of its kind: a
 * meeting's gathering word (座谈会 after 开幕式 is another gathering; a bare 会上 any), a visit's word unless the
 * sentence looks back at it (`在调研时`, `在巡馆中`: then any visit); one word per kind otherwise.
 * Example: `occasionWord('meeting', '在座谈会上', 1, 4)` → '座谈会'.
 */
function occasionWord(kind: EventKind, text: string, at: number, atEnd: number): string {
  // `在会上介绍` names no gathering: it is the one just told.
  if (kind === 'meeting') return text.slice(at, atEnd) === '会上' ? kind : text.slice(at, atEnd);
  if (kind === 'visit' && !(text.charAt(at - 1) === '在' || /^(?:时|中)/u.test(text.slice(atEnd, atEnd + 1))))
    return text.slice(at, atEnd);
  return kind;
}

/**
 * True when `later` tells `earlier` again: the same kind and word (the same occasion: 座谈会 after
 * 开幕式 is another gathering), no other date, and every party one of `earlier`'s.
 */
function retells(earlier: Told, later: Told): boolean {
  if (earlier.kind !== later.kind) return false;
  // In one sentence, a second event of a kind with no new party goes on telling the first.
  const sameSentence = earlier.sentenceStart === later.sentenceStart;
  if (!sameSentence && earlier.word !== later.word && later.word !== later.kind) return false;
  if (later.date !== undefined && earlier.date !== undefined && later.date !== earlier.date) return false;
  return later.parties.every((p) => earlier.ids.has(p.entityId));
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
  const placed = placedInText(normalized, entities);

  // Each kind's words found once over the whole text, then taken sentence by sentence in order.
  const hits = WORD_KINDS.map((kind) => [...text.matchAll(EVENT_WORDS[kind])]);
  const next = WORD_KINDS.map(() => 0);
  const events: ArticleEvent[] = [];
  const told = new Map<EventKind, Told[]>();
  let previousDay: IsoDate | undefined = articleDate;
  let first = 0; // the first mention not before the sentence: sentences and mentions both go in order
  for (const sentence of splitBodySentences(text)) {
    const words = text.slice(sentence.start, sentence.end);
    const { date, own } = sentenceDate(words, articleDate, previousDay);
    if (own) previousDay = date;
    while (first < placed.length && placed[first]!.start < sentence.start) first++;
    // Most sentences tell no event: one without an event word or a word of appointing is left
    // before its mentions and clauses are gathered (the dates above still run: a later 当天 needs them).
    let hasEventWord = false;
    for (let k = 0; k < hits.length; k++) {
      const kindHits = hits[k]!;
      let h = next[k]!;
      while (h < kindHits.length && kindHits[h]!.index < sentence.start) h++;
      next[k] = h;
      if (h < kindHits.length && kindHits[h]!.index < sentence.end) hasEventWord = true;
    }
    if (!hasEventWord && !MAY_APPOINT.test(words)) continue;
    let last = first;
    while (last < placed.length && placed[last]!.start < sentence.end) last++;
    const inSentence = placed.slice(first, last).filter((p) => p.end <= sentence.end);
    if (inSentence.length === 0) continue; // every event has a party
    const insideName = (start: number, end: number) =>
      inSentence.some((p) => p.start < end && start < p.end && p.entity.type !== 'official');
    const found: { at: number; atEnd: number; kind: EventKind; parties: EventParty[] }[] = [];
    const clauses = splitClauses(text, sentence.start, sentence.end);
    for (let k = 0; k < WORD_KINDS.length; k++) {
      const kind = WORD_KINDS[k]!;
      const done = new Set<Mention>();
      const kindHits = hits[k]!;
      for (let h = next[k]!; h < kindHits.length && kindHits[h]!.index < sentence.end; h++) {
        const word = kindHits[h]!;
        const at = word.index;
        const atEnd = at + word[0].length;
        if (atEnd > sentence.end) continue;
        if (insideName(at, atEnd)) continue;
        const clause = clauses.find((c) => c.start <= at && at < c.end) ?? sentence;
        if (done.has(clause)) continue;
        if (isNoHappening(kind, text, clause.start, at, atEnd)) continue;
        // `在会上提醒`: being at the gathering is the act.
        if (kind === 'meeting' && !word[0].endsWith('上') && !MEETING_ACTS.test(words.replace(word[0], ''))) continue;
        const parties = partiesFor(kind, text, sentence, clauses, at, atEnd, inSentence);
        if (parties.length === 0) continue;
        found.push({ at, atEnd, kind, parties });
        done.add(clause); // one event of a kind per clause
      }
    }
    for (const a of findAppointments(text, sentence, clauses, inSentence)) found.push({ ...a, kind: 'appointment' });
    for (const { at, atEnd, kind, parties } of found) {
      const telling: Told = {
        kind,
        sentenceStart: sentence.start,
        date,
        word: occasionWord(kind, text, at, atEnd),
        parties,
        ids: new Set(parties.map((p) => p.entityId)),
      };
      const ofKind = told.get(kind) ?? [];
      if (ofKind.some((e) => retells(e, telling))) continue;
      ofKind.push(telling);
      told.set(kind, ofKind);
      const what = kind === 'signing' ? signedWhat(text, atEnd, sentence.end) : undefined;
      events.push({
        kind,
        ...(what === undefined ? {} : { what }),
        sentence: { start: normalized.toRawStart(sentence.start), end: normalized.toRawEnd(sentence.end) },
        trigger: { start: normalized.toRawStart(at), end: normalized.toRawEnd(atEnd) },
        ...(date === undefined ? {} : { date }),
        parties,
        amounts: [...words.matchAll(AMOUNTS)].map((a) => a[0]),
      });
    }
  }
  return events;
}
