import { ENTITY_TYPES, type EntityType } from '../entity';
import { isoDate, type IsoDate } from './calendar-date';
import { EVENT_KINDS, type ArticleEvent, type EventKind, type PartyRole } from './event';

/**
 * An event as the reading history keeps it: what happened, when, between whom, and the sentence
 * that tells it (its text, so the library can quote it and a revisit can find it again, the way
 * notes find their quotes). Offsets are not kept: they change with the page.
 */
export interface StoredEvent {
  kind: EventKind;
  date?: IsoDate;
  what?: string;
  amounts: string[];
  parties: { entityId: string; name: string; type: EntityType; role: PartyRole }[];
  sentence: string;
}

/** Longest sentence kept with an event (a sentence of district news is rarely over 300 characters). */
export const MAX_EVENT_SENTENCE = 600;

/** Most events kept from one article. */
export const MAX_ARTICLE_EVENTS = 100;

const PARTY_ROLES: ReadonlySet<string> = new Set<PartyRole>([
  'side',
  'visitor',
  'visited',
  'speaker',
  'host',
  'opened',
  'unveiler',
  'appointee',
  'office',
]);

/** The event as stored: its sentence's text from the raw article text. */
export function toStoredEvent(event: ArticleEvent, rawText: string): StoredEvent {
  return {
    kind: event.kind,
    ...(event.date === undefined ? {} : { date: event.date }),
    ...(event.what === undefined ? {} : { what: event.what }),
    amounts: [...event.amounts],
    parties: event.parties.map(({ entityId, name, type, role }) => ({ entityId, name, type, role })),
    sentence: rawText.slice(event.sentence.start, event.sentence.end).slice(0, MAX_EVENT_SENTENCE),
  };
}

/**
 * True when `value` is a `YYYY-MM-DD` day that exists. Example: `isIsoDate('2019-02-29')` → false.
 */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/u.test(value)) return false;
  return isoDate(Number(value.slice(0, 4)), Number(value.slice(5, 7)), Number(value.slice(8, 10))) === value;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const shortText = (v: unknown, max: number) => (typeof v === 'string' ? v.slice(0, max) : undefined);

/**
 * Events read from a message or an imported file: malformed events, parties and fields are left
 * out (an event without a kind or a party is dropped), text is cut to its limits, at most
 * MAX_ARTICLE_EVENTS are kept. Never throws: a damaged brief must not lose the article it came with.
 * Example: `parseStoredEvents([{ kind: 'signing', parties: [], sentence: 'x' }])` → [] (no party).
 */
export function parseStoredEvents(value: unknown): StoredEvent[] {
  if (!Array.isArray(value)) return [];
  const events: StoredEvent[] = [];
  for (const item of value.slice(0, MAX_ARTICLE_EVENTS)) {
    if (!isRecord(item) || !EVENT_KINDS.includes(item.kind as EventKind)) continue;
    const parties = (Array.isArray(item.parties) ? item.parties : []).flatMap((p: unknown) => {
      if (!isRecord(p)) return [];
      const entityId = shortText(p.entityId, 200);
      const name = shortText(p.name, 200);
      if (!entityId || !name || !ENTITY_TYPES.includes(p.type as EntityType) || !PARTY_ROLES.has(String(p.role))) {
        return [];
      }
      return [{ entityId, name, type: p.type as EntityType, role: p.role as PartyRole }];
    });
    if (parties.length === 0) continue;
    const what = shortText(item.what, 100);
    events.push({
      kind: item.kind as EventKind,
      ...(isIsoDate(item.date) ? { date: item.date } : {}),
      ...(what ? { what } : {}),
      amounts: (Array.isArray(item.amounts) ? item.amounts : [])
        .filter((a): a is string => typeof a === 'string')
        .slice(0, 10)
        .map((a) => a.slice(0, 100)),
      parties: parties.slice(0, 20),
      sentence: shortText(item.sentence, MAX_EVENT_SENTENCE) ?? '',
    });
  }
  return events;
}
