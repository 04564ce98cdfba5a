import Dexie, { type EntityTable, type Table } from 'dexie';
import type { Note, NoteV1 } from '../core/notes';
import type { Correction, ReaderEntity } from '../core/reader-layer';
import { withEventEntityIds, type ArticleRecord, type EntityRecord, type Sighting } from '../core/notes';
import { migrateV1ToV2, type DatabaseV2 } from './schema/migrate-v1-to-v2';
import { migrateV2ToV3, type DatabaseV3 } from './schema/migrate-v2-to-v3';
import { migrateV3ToV4, type DatabaseV4 } from './schema/migrate-v3-to-v4';
import { migrateV4ToV5 } from './schema/migrate-v4-to-v5';

/** Name of the IndexedDB database in the extension's origin. */
export const DATABASE_NAME = 'district-lens';

/**
 * Every released schema, by version: Dexie's index specs per table. Never edit a released entry;
 * add the next version (with a pure migrate in ./schema/ and a fixture in
 * tests/fixtures/databases/) instead.
 */
export const SCHEMAS = {
  1: { notes: 'id, entityId, url, createdAt' },
  2: {
    notes: 'id, entityId, url, createdAt, updatedAt, *tags',
    articles: 'url, site, lastSeen',
    entities: 'id, type, lastSeen',
    sightings: '[entityId+url], entityId, url, lastSeen',
  },
  3: {
    notes: 'id, entityId, url, createdAt, updatedAt, *tags',
    articles: 'url, site, lastSeen',
    entities: 'id, type, lastSeen',
    sightings: '[entityId+url], entityId, url, lastSeen',
    readerEntities: 'id, name, type, updatedAt, *aliases',
    corrections: 'id, kind, entityId, createdAt',
  },
  4: {
    notes: 'id, entityId, url, createdAt, updatedAt, *tags',
    articles: 'url, site, lastSeen, date',
    entities: 'id, type, lastSeen',
    sightings: '[entityId+url], entityId, url, lastSeen',
    readerEntities: 'id, name, type, updatedAt, *aliases',
    corrections: 'id, kind, entityId, createdAt',
  },
  5: {
    notes: 'id, entityId, url, createdAt, updatedAt, *tags',
    articles: 'url, site, lastSeen, date, *eventEntityIds',
    entities: 'id, type, lastSeen',
    sightings: '[entityId+url], entityId, url, lastSeen',
    readerEntities: 'id, name, type, updatedAt, *aliases',
    corrections: 'id, kind, entityId, createdAt',
  },
} as const;

/** The schema version this build writes. */
export const CURRENT_SCHEMA_VERSION = 5;

/**
 * A stored database as a migration reads it, holding only the articles: for the upgrades that
 * rewrite the articles table alone (the migration's other tables come out as they went in).
 */
function articlesOnly<Article>(articles: Article[]) {
  return { notes: [], articles, entities: [], sightings: [], readerEntities: [], corrections: [] };
}

/**
 * The extension's database. Open it only in extension contexts (background, extension pages):
 * IndexedDB opened in a content script belongs to the web page's origin.
 */
export class DistrictLensDatabase extends Dexie {
  notes!: EntityTable<Note, 'id'>;
  articles!: EntityTable<ArticleRecord, 'url'>;
  entities!: EntityTable<EntityRecord, 'id'>;
  sightings!: Table<Sighting, [string, string]>;
  /** The reader's own entities (`reader:…` ids); `entities` is the reading history's, not these. */
  readerEntities!: EntityTable<ReaderEntity, 'id'>;
  /** The reader's corrections of what District Lens found, every kind in one table. */
  corrections!: EntityTable<Correction, 'id'>;

  constructor(name: string = DATABASE_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores(SCHEMAS[1]);
    // Version 2: notes gain tags and a quote anchor; the reader's articles, the entities met and
    // where each was met get their own tables.
    this.version(2)
      .stores(SCHEMAS[2])
      .upgrade(async (tx) => {
        const notes = (await tx.table('notes').toArray()) as NoteV1[];
        const v2 = migrateV1ToV2({ notes });
        await tx.table('notes').bulkPut(v2.notes);
        await tx.table('articles').bulkPut(v2.articles);
        await tx.table('entities').bulkPut(v2.entities);
        await tx.table('sightings').bulkPut(v2.sightings);
      });
    // Version 3: the reader's layer (own entities and corrections) gets two tables. The old tables
    // come out of the migration unchanged (its tested contract), so only the new ones are written:
    // rewriting every note of a years-old library would cost time and quota for nothing.
    this.version(3)
      .stores(SCHEMAS[3])
      .upgrade(async (tx) => {
        const v2: DatabaseV2 = {
          notes: await tx.table('notes').toArray(),
          articles: await tx.table('articles').toArray(),
          entities: await tx.table('entities').toArray(),
          sightings: await tx.table('sightings').toArray(),
        };
        const v3 = migrateV2ToV3(v2);
        await tx.table('readerEntities').bulkPut(v3.readerEntities);
        await tx.table('corrections').bulkPut(v3.corrections);
      });
    // Version 4: articles are indexed by their publication date and carry their events (the
    // brief). Only the articles table is rewritten (the migration's other tables come out as they
    // went in); a library of years holds a few thousand articles at most.
    this.version(4)
      .stores(SCHEMAS[4])
      .upgrade(async (tx) => {
        const v3: DatabaseV3 = articlesOnly(await tx.table('articles').toArray());
        await tx.table('articles').bulkPut(migrateV3ToV4(v3).articles);
      });
    // Version 5: articles are indexed by the entities taking part in their events, so an entity's
    // page finds its articles without reading them all. Only the articles table is rewritten, as
    // in version 4.
    this.version(5)
      .stores(SCHEMAS[5])
      .upgrade(async (tx) => {
        const v4: DatabaseV4 = articlesOnly(await tx.table('articles').toArray());
        await tx.table('articles').bulkPut(migrateV4ToV5(v4).articles);
      });
    // Every write of an article keeps its index of event entities right, whoever writes it (a
    // visit, an import, a test): the list follows from the events (see withEventEntityIds).
    this.articles.hook('creating', (_key, article) => {
      const { eventEntityIds } = withEventEntityIds(article);
      if (eventEntityIds === undefined) delete article.eventEntityIds;
      else article.eventEntityIds = eventEntityIds;
    });
    this.articles.hook('updating', (changes, _key, before) => {
      // The record as it will be: the changes (top-level fields; undefined deletes) over the old one.
      const after: Record<string, unknown> = { ...before };
      for (const [field, value] of Object.entries(changes)) {
        if (value === undefined) delete after[field];
        else after[field] = value;
      }
      return { eventEntityIds: withEventEntityIds(after as unknown as ArticleRecord).eventEntityIds };
    });
  }
}
