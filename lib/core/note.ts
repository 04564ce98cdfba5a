import type { EntityType } from './entity';

/** A reader's note on an entity, as stored and exported. Dates are ISO 8601 strings. */
export interface Note {
  id: string;
  entityId: string;
  entityType: EntityType;
  entityName: string;
  body: string;
  /** The page the note was written on. */
  url: string;
  pageTitle: string;
  /** The mention's text on the page, as the reader saw it (traditional or simplified). */
  quote: string;
  createdAt: string;
  updatedAt: string;
}

/** What a context supplies to create a note; the store adds id and timestamps. */
export type NewNote = Omit<Note, 'id' | 'createdAt' | 'updatedAt'>;

// The export formats live in ./notes-format/; these re-exports keep the older import path working.
export {
  NOTES_EXPORT_FORMAT,
  NOTES_EXPORT_VERSION,
  createNotesExport,
  serializeNotesExport,
  type NotesExport,
} from './notes-format/json-export';
export { notesExportFileName } from './notes-format/file-names';
