/** The formats the notes page can export. Only `json` (and `web-annotation`) can be imported back. */
export type NotesFileFormat = 'json' | 'markdown' | 'csv' | 'web-annotation';

/** Every export format, in the order the notes page offers them. */
export const NOTES_FILE_FORMATS: readonly NotesFileFormat[] = ['json', 'markdown', 'csv', 'web-annotation'];

/** The file extension (without the dot) written for each format. */
export const NOTES_FILE_EXTENSIONS: Readonly<Record<NotesFileFormat, string>> = {
  json: 'json',
  markdown: 'md',
  csv: 'csv',
  'web-annotation': 'jsonld',
};

/**
 * The media type of each format, without a charset: every export is a string that the download
 * writes as UTF-8, and `components/download-file.ts` appends `;charset=utf-8` itself. The Web
 * Annotation type carries the profile the W3C Web Annotation Protocol names for this context.
 */
export const NOTES_MIME_TYPES: Readonly<Record<NotesFileFormat, string>> = {
  json: 'application/json',
  markdown: 'text/markdown',
  csv: 'text/csv',
  'web-annotation': 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"',
};

/**
 * The download's file name for a format, e.g. `district-lens-notes-2026-11-26.md`. The date is
 * the UTC date of `exportedAt`, the same instant the file records, so the name never disagrees
 * with the content whatever the reader's time zone.
 */
export function notesFileName(format: NotesFileFormat, exportedAt: Date): string {
  return `district-lens-notes-${exportedAt.toISOString().slice(0, 10)}.${NOTES_FILE_EXTENSIONS[format]}`;
}

/** The JSON export's file name, e.g. `district-lens-notes-2026-11-26.json` (UTC date). */
export function notesExportFileName(exportedAt: Date): string {
  return notesFileName('json', exportedAt);
}
