import type { Note } from '../note';
import { canonicalNote, sortNotesForExport } from './note-fields';

/** Identifies District Lens note exports; the import checks it. */
export const NOTES_EXPORT_FORMAT = 'district-lens-notes';

/**
 * Version of the export layout this build writes: 2, whose notes carry `tags` and `anchor`
 * (layout 1 had neither, and is still read). Bump it only together with a reader for the old
 * layout and a pure migration to the new one in `json-import.ts`, so every file ever exported
 * stays importable.
 */
export const NOTES_EXPORT_VERSION = 2;

/**
 * The JSON export file (layout version 2): a versioned envelope around the notes, each with the
 * fields of `NOTE_FIELDS` in that order (the anchor's fields in `ANCHOR_FIELDS` order). Later
 * layouts can add sibling arrays (articles, entities) next to `notes`; the `format` and `version`
 * fields stay first so any build can tell what it is reading.
 */
export interface NotesExport {
  format: typeof NOTES_EXPORT_FORMAT;
  version: typeof NOTES_EXPORT_VERSION;
  exportedAt: string;
  notes: Note[];
}

/**
 * Builds the export envelope: notes sorted by creation time then id, each a fresh object with
 * exactly the note fields in a fixed order, so the same notes always serialise to the same bytes
 * (and an import followed by an export gives the file back byte for byte).
 */
export function createNotesExport(notes: readonly Note[], exportedAt: Date): NotesExport {
  return {
    format: NOTES_EXPORT_FORMAT,
    version: NOTES_EXPORT_VERSION,
    exportedAt: exportedAt.toISOString(),
    notes: sortNotesForExport(notes).map(canonicalNote),
  };
}

/** Serialises an export as pretty JSON (two spaces) with one final newline; write it as UTF-8. */
export function serializeNotesExport(data: NotesExport): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}
