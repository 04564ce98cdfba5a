import type { DetectedEntity, Mention } from '../entity';
import type { NormalizedText } from '../normalize';
import type { IsoDate } from './calendar-date';
import { EVENT_KINDS, type ArticleEvent, type EventKind, type EventParty, type PartyRole } from './event';
import { AMOUNTS, EVENT_WORDS, GOING_WORDS, MEETING_ACTS } from './event-words';
import { resolveTextDate } from './resolve-text-date';
import { splitClauses, splitSentences } from './sentences';
import { findTextDates } from './text-dates';

/** A mention of a detected entity, in normalised offsets. */
interface Placed {
  entity: DetectedEntity;
  start: number;
  end: number;
}

/** Words that join the sides of a signing: `A与B签订`, `A携手B、C签署`. */
const JOINING_WORDS = /与|和|同|跟|携手|联合/u;

/** An organisation's run before an official's name is at most this long (`虹桥商务区管委会党组书记、常务副主任`). */
const MAX_ROLE_GAP = 24;

/**
 * The normalised offset of a raw offset: the first normalised character at or after it.
 * Example: in `商務(wù)區` → `商务区`, raw 7 (區) → 2.
 */
function normalizedOffset(normalized: NormalizedText, raw: number): number {
  let low = 0;
  let high = normalized.text.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (normalized.toRawStart(mid) < raw) low = mid + 1;
    else high = mid;
  }
  return low;
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
  return !/[,:;。!?与和同]/u.test(text.slice(p.end, next.start));
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

/** Distinct parties in order, an entity once (its first role wins). */
function partiesOf(list: readonly (readonly [Placed, PartyRole])[]): EventParty[] {
  const seen = new Set<string>();
  const parties: EventParty[] = [];
  for (const [p, role] of list) {
    if (seen.has(p.entity.id)) continue;
    seen.add(p.entity.id);
    parties.push({ entityId: p.entity.id, name: p.entity.name, type: p.entity.type, role });
  }
  return parties;
}

/** Who takes part in an event of `kind` whose word is at `[at, atEnd)` of a sentence. */
function partiesFor(
  kind: EventKind,
  text: string,
  sentence: Mention,
  at: number,
  atEnd: number,
  placed: readonly Placed[],
): EventParty[] {
  const inSentence = placed.filter((p) => p.start >= sentence.start && p.end <= sentence.end);
  const officials = inSentence.filter((p) => p.entity.type === 'official');
  const others = inSentence.filter(
    (p) => p.entity.type !== 'official' && p.entity.type !== 'person' && !isRoleOrganization(text, p, officials),
  );
  const clauses = splitClauses(text, sentence.start, sentence.end);
  const clause = clauses.find((c) => c.start <= at && at < c.end) ?? sentence;
  const inClause = (p: Placed) => p.start >= clause.start && p.end <= clause.end;
  switch (kind) {
    case 'signing': {
      const sides = others.filter(inClause);
      // `虹桥商务区还积极打造…，携手阿里、京东签订…`: when the clause names no side before the word
      // that joins the sides (与, 携手 …) or before the signing, the subject is the nearest side of
      // an earlier clause.
      const join = JOINING_WORDS.exec(text.slice(clause.start, at));
      const subjectEnd = join ? clause.start + join.index : at;
      const hasSubject = sides.some((p) => p.end <= subjectEnd) && (join !== null || sides.length >= 2);
      const earlier = others.filter((p) => p.end <= clause.start).at(-1);
      if (!hasSubject && earlier) sides.unshift(earlier);
      return partiesOf(sides.map((p) => [p, 'side'] as const));
    }
    case 'visit': {
      let going = at;
      for (const g of text.slice(clause.start, at).matchAll(GOING_WORDS))
        going = Math.min(going, clause.start + g.index);
      if (text.slice(at, atEnd) === '赴') going = at;
      const visitedFrom = going < at ? going : atEnd;
      const visited = others.filter((p) => p.start >= visitedFrom && p.end <= clause.end);
      const before = officials.filter((p) => p.end <= going);
      const visitors = before.length > 0 ? before : others.filter((p) => p.end <= going && !visited.includes(p));
      return partiesOf([
        ...visitors.map((p) => [p, 'visitor'] as const),
        ...visited.map((p) => [p, 'visited'] as const),
      ]);
    }
    case 'meeting':
      return partiesOf([
        ...officials.map((p) => [p, 'speaker'] as const),
        ...others.filter(inClause).map((p) => [p, 'host'] as const),
      ]);
    case 'opening': {
      const platforms = others.filter((p) => p.entity.type === 'platform');
      const opened = platforms.length > 0 ? platforms : others.filter(inClause);
      return partiesOf([
        ...opened.map((p) => [p, 'opened'] as const),
        ...officials.map((p) => [p, 'unveiler'] as const),
      ]);
    }
    case 'appointment': {
      const offices = inSentence.filter(
        (p) =>
          p.entity.type !== 'official' && p.entity.type !== 'person' && p.start >= clause.start && p.end <= clause.end,
      );
      return partiesOf([
        ...officials.filter(inClause).map((p) => [p, 'appointee'] as const),
        ...offices.map((p) => [p, 'office'] as const),
      ]);
    }
  }
}

/**
 * The events an article reports, sentence by sentence: for each sentence, each kind whose words it
 * holds (outside the entities' own names: 博览会 in 中国—东盟博览会 is a name), with the parties the
 * sentence's entities take, the day the sentence gives (resolved against `articleDate`) and the
 * amounts it writes. A meeting needs someone to meet or speak (`座谈会上…指出`), and every event a
 * party. The same kind between the same parties again later in the article is the same event.
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
  const placed: Placed[] = [];
  for (const entity of entities) {
    for (const m of entity.mentions) {
      placed.push({ entity, start: normalizedOffset(normalized, m.start), end: normalizedOffset(normalized, m.end) });
    }
  }
  placed.sort((a, b) => a.start - b.start);
  const insideName = (start: number, end: number) =>
    placed.some((p) => p.start < end && start < p.end && p.entity.type !== 'official');

  const events: ArticleEvent[] = [];
  const told = new Set<string>();
  for (const sentence of splitSentences(text)) {
    const words = text.slice(sentence.start, sentence.end);
    let dates: ReturnType<typeof findTextDates> | undefined;
    for (const kind of EVENT_KINDS) {
      const pattern = EVENT_WORDS[kind];
      pattern.lastIndex = 0;
      for (const word of words.matchAll(pattern)) {
        const at = sentence.start + word.index;
        const atEnd = at + word[0].length;
        if (insideName(at, atEnd)) continue;
        if (kind === 'meeting' && !MEETING_ACTS.test(words.replace(word[0], ''))) continue;
        const parties = partiesFor(kind, text, sentence, at, atEnd, placed);
        if (parties.length === 0) continue;
        const key = `${kind} ${parties
          .map((p) => p.entityId)
          .sort()
          .join(' ')}`;
        if (told.has(key)) break;
        told.add(key);
        dates ??= findTextDates(words);
        const written = dates[0];
        const date = written === undefined ? undefined : resolveTextDate(written, articleDate);
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
        break; // one event of a kind per sentence
      }
    }
  }
  return events;
}
