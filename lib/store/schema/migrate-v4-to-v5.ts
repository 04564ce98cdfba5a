import { withEventEntityIds, type ArticleRecord } from '../../core/notes';
import type { DatabaseV4 } from './migrate-v3-to-v4';

/** The tables of schema version 5: version 4's, with articles that list their events' entities. */
export interface DatabaseV5 extends Omit<DatabaseV4, 'articles'> {
  articles: ArticleRecord[];
}

/**
 * Upgrades the version-4 tables to version 5, losing nothing. Version 5 indexes articles by the
 * entities taking part in their events (`*eventEntityIds`), so the library's entity page finds
 * an entity's articles without reading every article: each article with events gains the ids of
 * their parties (see withEventEntityIds); one without events comes out as it went in, as do the
 * other tables. Pure: same input, same output (fresh lists), input untouched.
 * Example: an article whose signing has the sides 宁波 and 虹桥商务区 gains
 * `eventEntityIds: [宁波's id, 虹桥商务区's id]`.
 */
export function migrateV4ToV5(v4: DatabaseV4): DatabaseV5 {
  return {
    notes: [...v4.notes],
    articles: v4.articles.map(withEventEntityIds),
    entities: [...v4.entities],
    sightings: [...v4.sightings],
    readerEntities: [...v4.readerEntities],
    corrections: [...v4.corrections],
  };
}
