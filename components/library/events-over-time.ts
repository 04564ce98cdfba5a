import type { EventKind, IsoDate, StoredEvent } from '../../lib/core/brief';
import type { EntityType } from '../../lib/core/entity';
import type { EntityArticle } from '../../lib/core/notes';

/** One of an entity's events in its profile, with the article that told it. */
export interface ProfileEvent {
  event: StoredEvent;
  /** The day it happened, else the article's date; undefined when neither is known. */
  day?: IsoDate;
  url: string;
  title: string;
}

/**
 * An entity's events across the reader's articles, newest first by the day they happened (the
 * event's own date, else its article's date; events of undated articles last, newest read first).
 * Example: a signing of 2019-05-28 and a visit in an article of 2020-01-03 → [visit, signing].
 */
export function eventsOverTime(articles: readonly EntityArticle[]): ProfileEvent[] {
  const rows = articles.flatMap((article, order) =>
    article.events.map((event) => ({
      event,
      day: event.date ?? article.date,
      url: article.url,
      title: article.title,
      order,
    })),
  );
  rows.sort((a, b) => {
    if (a.day !== b.day) return a.day === undefined ? 1 : b.day === undefined ? -1 : b.day.localeCompare(a.day);
    return a.order - b.order; // the articles come newest first already
  });
  return rows.map(({ order: _order, ...row }) => row);
}

/** An entity the profile's entity shares events with, and how often per kind. */
export interface MetWith {
  entityId: string;
  name: string;
  type: EntityType;
  counts: Partial<Record<EventKind, number>>;
  total: number;
}

/**
 * The entities `entityId` shares events with across the articles (`宁波 · signing ×3, visit ×1`):
 * every other party of its events, counted per kind, most shared first.
 * Example: two signings with 宁波市 and one visit to 嘉兴市 → [宁波市 {signing: 2}, 嘉兴市 {visit: 1}].
 */
export function metWith(entityId: string, articles: readonly EntityArticle[]): MetWith[] {
  const byId = new Map<string, MetWith>();
  for (const article of articles) {
    for (const event of article.events) {
      if (!event.parties.some((p) => p.entityId === entityId)) continue;
      for (const other of new Map(event.parties.map((p) => [p.entityId, p])).values()) {
        if (other.entityId === entityId) continue;
        let row = byId.get(other.entityId);
        if (!row) {
          row = { entityId: other.entityId, name: other.name, type: other.type, counts: {}, total: 0 };
          byId.set(other.entityId, row);
        }
        row.counts[event.kind] = (row.counts[event.kind] ?? 0) + 1;
        row.total++;
      }
    }
  }
  return [...byId.values()].sort((a, b) => b.total - a.total || a.name.localeCompare(b.name, 'zh'));
}
