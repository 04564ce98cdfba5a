import type { QuoteAnchor } from './anchoring/quote-anchor';
import type { EntityType } from '../entity';

/**
 * A reader's note on an entity, as stored (schema version 2) and exported (JSON layout 2).
 * Dates are ISO 8601 strings as `Date.prototype.toISOString` writes them.
 */
export interface Note {
  id: string;
  entityId: string;
  entityType: EntityType;
  entityName: string;
  body: string;
  /** The reader's tags, trimmed, without duplicates, in the order given (see `normalizeTags`). */
  tags: string[];
  /** The page the note was written on. */
  url: string;
  pageTitle: string;
  /** The mention's text on the page, as the reader saw it (traditional or simplified). */
  quote: string;
  /**
   * Where on the page the note sits (W3C TextQuoteSelector + TextPositionSelector, with the
   * sentence). Null for a note on the entity itself: it follows the entity to every article.
   * Notes from schema version 1 have none.
   */
  anchor: QuoteAnchor | null;
  createdAt: string;
  updatedAt: string;
}

/** What a context supplies to create a note; the store adds id and timestamps. */
export type NewNote = Omit<Note, 'id' | 'createdAt' | 'updatedAt'>;

/** A note as schema version 1 stored it and JSON layout 1 exported it: no tags, no anchor. */
export type NoteV1 = Omit<Note, 'tags' | 'anchor'>;

/**
 * Upgrades a version-1 note: no tags and no anchor (the old note was on the entity, not on a
 * place in the page, so it keeps following the entity everywhere). Every other field is kept
 * as it was. Example: `migrateNoteV1({ id: 'n1', …, quote: '宁波' })` → `{ id: 'n1', …, tags: [], quote: '宁波', anchor: null }`.
 */
export function migrateNoteV1(note: NoteV1): Note {
  return {
    id: note.id,
    entityId: note.entityId,
    entityType: note.entityType,
    entityName: note.entityName,
    body: note.body,
    tags: [],
    url: note.url,
    pageTitle: note.pageTitle,
    quote: note.quote,
    anchor: null,
    createdAt: note.createdAt,
    updatedAt: note.updatedAt,
  };
}
