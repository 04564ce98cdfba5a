import type { Note } from '../notes';
import { sameNoteContent } from './note-fields';

/** What an import would do, for the preview the reader confirms. */
export interface ImportPreview {
  /** Notes whose id is not in the library: the import adds them. */
  added: Note[];
  /** Notes already in the library exactly as in the file: importing them changes nothing. */
  duplicates: Note[];
  /** Notes whose id is in the library with different content: `before` is the library's, `after` the file's. */
  changed: { before: Note; after: Note }[];
}

/**
 * Compares the notes of a file with the library, by id: a new id is added, the same id with the
 * same content (every note field equal) is a duplicate, the same id with different content is a
 * change for the reader to accept or skip. Lists keep the file's order; neither input is changed.
 * Ids in `incoming` are expected to be unique, as `parseNotesImport` guarantees; should one
 * repeat, only its first occurrence counts, so no note is ever listed twice.
 */
export function previewImport(existing: readonly Note[], incoming: readonly Note[]): ImportPreview {
  const library = new Map(existing.map((note) => [note.id, note]));
  const seen = new Set<string>();
  const preview: ImportPreview = { added: [], duplicates: [], changed: [] };
  for (const note of incoming) {
    if (seen.has(note.id)) continue;
    seen.add(note.id);
    const before = library.get(note.id);
    if (!before) preview.added.push(note);
    else if (sameNoteContent(before, note)) preview.duplicates.push(note);
    else preview.changed.push({ before, after: note });
  }
  return preview;
}
