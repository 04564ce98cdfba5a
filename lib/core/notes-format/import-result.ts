import type { Note } from '../note';

/** The file formats the import reads. */
export type NotesImportFormat = 'json' | 'web-annotation';

/**
 * What {@link parseNotesImport} answers: the notes, ready to preview and store, or one sentence
 * for the reader saying what is wrong with the file. Nothing has been written in either case.
 */
export type NotesImportResult = { ok: true; format: NotesImportFormat; notes: Note[] } | { ok: false; error: string };

/** What a format reader answers before the import adds the format name. */
export type NotesReadResult = { ok: true; notes: Note[] } | { ok: false; error: string };

/** Caps for one import; the defaults are in `import-limits.ts` and tests lower them. */
export interface NotesImportOptions {
  /** Longest text read, in UTF-16 code units. */
  maxLength?: number;
  /** Most notes accepted in one file. */
  maxNotes?: number;
}
