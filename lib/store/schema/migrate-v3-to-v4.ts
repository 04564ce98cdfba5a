import type { ArticleRecord } from '../../core/notes';
import type { DatabaseV3 } from './migrate-v2-to-v3';

/** The tables of schema version 4: version 3's, with articles that may carry their date and events. */
export interface DatabaseV4 extends Omit<DatabaseV3, 'articles'> {
  articles: ArticleRecord[];
}

/**
 * Upgrades the version-3 tables to version 4, losing nothing. Version 4 indexes articles by their
 * publication date (the library's timeline orders by it) and lets an article carry its date and
 * events (the brief); an article read before has neither, and none is made up — its date stays
 * unknown rather than guessed from when it was read. So every row comes out as it went in. Pure:
 * same input, same output (fresh lists holding the same rows), input untouched.
 * Example: `{ articles: [a], … }` → `{ articles: [a], … }` with `a.date` and `a.events` absent.
 */
export function migrateV3ToV4(v3: DatabaseV3): DatabaseV4 {
  return {
    notes: [...v3.notes],
    articles: v3.articles.map((article) => {
      // A version-3 row never held these; drop any stray value so the index sees no false date.
      const { date: _date, events: _events, ...kept } = article as ArticleRecord;
      return kept;
    }),
    entities: [...v3.entities],
    sightings: [...v3.sightings],
    readerEntities: [...v3.readerEntities],
    corrections: [...v3.corrections],
  };
}
