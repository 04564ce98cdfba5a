import type { Note } from '../notes';
import type { ReaderLayer } from '../reader-layer';
import type { ExportedArticle } from './article-briefs';

/** The file formats the import reads. */
export type NotesImportFormat = 'json' | 'web-annotation';

/**
 * What {@link parseNotesImport} answers: the notes, the reader layer and the article briefs, ready
 * to preview and store, or one sentence for the reader saying what is wrong with the file.
 * Nothing has been written in either case. `readerLayer` is empty (no entities, no corrections)
 * for a JSON file of layout 1 or 2 and for Web Annotations, which carry no reader layer;
 * `articles` is empty for JSON files before layout 4 and for Web Annotations.
 */
export type NotesImportResult =
  | { ok: true; format: NotesImportFormat; notes: Note[]; readerLayer: ReaderLayer; articles: ExportedArticle[] }
  | { ok: false; error: string };

/** What a format reader answers before the import adds the format name. */
export type NotesReadResult = { ok: true; notes: Note[] } | { ok: false; error: string };

/**
 * What the JSON export reader answers: the notes, the file's reader layer (empty before layout 3)
 * and its article briefs (none before layout 4).
 */
export type NotesExportReadResult =
  { ok: true; notes: Note[]; readerLayer: ReaderLayer; articles: ExportedArticle[] } | { ok: false; error: string };

/** Caps for one import; the defaults are in `import-limits.ts` and tests lower them. */
export interface NotesImportOptions {
  /** Longest text read, in UTF-16 code units. */
  maxLength?: number;
  /** Most notes accepted in one file. */
  maxNotes?: number;
}
