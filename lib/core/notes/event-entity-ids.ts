import type { ArticleRecord } from './reading-history';

/**
 * The article record as the reading history stores it from schema version 5: `eventEntityIds`
 * holds the ids of the entities taking part in its events, each once, in the order they first
 * take part — what the store's multi-entry index finds an entity's articles by, without reading
 * every article. An article without events has no such field (a stale one is dropped), so the
 * index holds only articles with events. Pure: a fresh record; the input is not changed.
 * Example: events with parties 宁波 then 虹桥商务区, 宁波 → `eventEntityIds: ['city:330200', 'platform:hongqiao']`.
 */
export function withEventEntityIds(article: ArticleRecord): ArticleRecord {
  const { eventEntityIds: _stale, ...record } = article;
  const ids = new Set<string>();
  for (const event of article.events ?? []) for (const party of event.parties) ids.add(party.entityId);
  return ids.size === 0 ? record : { ...record, eventEntityIds: [...ids] };
}
