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

/** Identifies District Lens note exports; the import checks it. */
export const NOTES_EXPORT_FORMAT = 'district-lens-notes';
/** Version of the export layout; bump it with a converter when the layout changes. */
export const NOTES_EXPORT_VERSION = 1;

/** The JSON export file: a versioned envelope around the notes. */
export interface NotesExport {
  format: typeof NOTES_EXPORT_FORMAT;
  version: typeof NOTES_EXPORT_VERSION;
  exportedAt: string;
  notes: Note[];
}

const NOTE_KEYS = [
  'id',
  'entityId',
  'entityType',
  'entityName',
  'body',
  'url',
  'pageTitle',
  'quote',
  'createdAt',
  'updatedAt',
] as const satisfies readonly (keyof Note)[];

/**
 * Builds the export envelope: notes sorted by creation time then id, each with its fields in a
 * fixed order, so the same notes always serialise to the same bytes.
 */
export function createNotesExport(notes: readonly Note[], exportedAt: Date): NotesExport {
  const sorted = [...notes].sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  return {
    format: NOTES_EXPORT_FORMAT,
    version: NOTES_EXPORT_VERSION,
    exportedAt: exportedAt.toISOString(),
    notes: sorted.map((note) => Object.fromEntries(NOTE_KEYS.map((key) => [key, note[key]])) as unknown as Note),
  };
}

/** Serialises an export as pretty JSON with a final newline (UTF-8 when written to a file). */
export function serializeNotesExport(data: NotesExport): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}

/** The download's file name, e.g. `district-lens-notes-2026-11-26.json` (UTC date). */
export function notesExportFileName(exportedAt: Date): string {
  return `district-lens-notes-${exportedAt.toISOString().slice(0, 10)}.json`;
}
