import { migrateNoteV1, type Note, type NoteV1 } from '../../core/notes';
import type { ArticleRecord, EntityRecord, Sighting } from '../../core/notes';
import { articleUrl } from '../article-url';

/** The tables of schema version 1: notes only. */
export interface DatabaseV1 {
  notes: NoteV1[];
}

/** The tables of schema version 2. */
export interface DatabaseV2 {
  notes: Note[];
  articles: ArticleRecord[];
  entities: EntityRecord[];
  sightings: Sighting[];
}

/** The host name of a web address, or '' when it is not one. */
export function siteOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

const earlier = (a: string, b: string) => (b < a ? b : a);
const later = (a: string, b: string) => (b > a ? b : a);

/**
 * Upgrades the version-1 tables to version 2, losing nothing: every note keeps every field and
 * gains `tags: []` and `anchor: null` (see migrateNoteV1); the articles, entities and sightings
 * tables are filled from what the notes say (an article per page a note was written on, titled by
 * its most recent note; an entity per noted entity; a sighting per entity and article, without a
 * sentence, which version 1 never stored). Pure: same input, same output, input untouched.
 * Example: one note on 宁波市 at https://a.cn/1#p → one note, article `https://a.cn/1` (site
 * `a.cn`), entity `city:330200`, sighting (`city:330200`, `https://a.cn/1`).
 */
export function migrateV1ToV2(v1: DatabaseV1): DatabaseV2 {
  const notes = v1.notes.map(migrateNoteV1);
  const articles = new Map<string, ArticleRecord>();
  const entities = new Map<string, EntityRecord>();
  const sightings = new Map<string, Sighting>();
  const chronological = [...notes].sort((a, b) => (a.updatedAt < b.updatedAt ? -1 : a.updatedAt > b.updatedAt ? 1 : 0));
  for (const note of chronological) {
    const url = articleUrl(note.url);
    const article = articles.get(url);
    articles.set(url, {
      url,
      canonicalUrl: article?.canonicalUrl ?? url,
      title: note.pageTitle || article?.title || '',
      site: siteOf(url),
      firstSeen: article ? earlier(article.firstSeen, note.createdAt) : note.createdAt,
      lastSeen: article ? later(article.lastSeen, note.updatedAt) : note.updatedAt,
    });
    const entity = entities.get(note.entityId);
    entities.set(note.entityId, {
      id: note.entityId,
      type: note.entityType,
      name: note.entityName,
      firstSeen: entity ? earlier(entity.firstSeen, note.createdAt) : note.createdAt,
      lastSeen: entity ? later(entity.lastSeen, note.updatedAt) : note.updatedAt,
    });
    const key = `${note.entityId}\u0000${url}`;
    const sighting = sightings.get(key);
    sightings.set(key, {
      entityId: note.entityId,
      url,
      sentence: '',
      roles: [],
      firstSeen: sighting ? earlier(sighting.firstSeen, note.createdAt) : note.createdAt,
      lastSeen: sighting ? later(sighting.lastSeen, note.updatedAt) : note.updatedAt,
    });
  }
  return {
    notes,
    articles: [...articles.values()],
    entities: [...entities.values()],
    sightings: [...sightings.values()],
  };
}
