/**
 * The notes' export and import formats, pure TypeScript: JSON (the lossless import format),
 * Markdown, CSV and W3C Web Annotation JSON-LD exports; the import that reads JSON and Web
 * Annotations back, checking everything before anything is written; the import preview; file
 * names and media types. Import from here rather than from the individual files.
 */
export { CSV_COLUMNS, CSV_FORMULA_START, notesToCsv } from './csv-export';
export {
  NOTES_FILE_EXTENSIONS,
  NOTES_FILE_FORMATS,
  NOTES_MIME_TYPES,
  notesExportFileName,
  notesFileName,
  type NotesFileFormat,
} from './file-names';
export { previewImport, type ImportPreview } from './import-preview';
export {
  fitsImportLimits,
  importFileSizeError,
  MAX_ID_LENGTH,
  MAX_IMPORT_FILE_BYTES,
  MAX_IMPORT_LENGTH,
  MAX_IMPORT_NOTES,
  MAX_NOTE_BODY_LENGTH,
} from './import-limits';
export type { NotesImportFormat, NotesImportOptions, NotesImportResult } from './import-result';
export {
  createNotesExport,
  NOTES_EXPORT_FORMAT,
  NOTES_EXPORT_VERSION,
  serializeNotesExport,
  type NotesExport,
} from './json-export';
export {
  DEFAULT_MARKDOWN_LABELS,
  notesToMarkdown,
  type MarkdownExportLabels,
  type MarkdownExportOptions,
} from './markdown-export';
export { canonicalNote, NOTE_FIELDS, sameNoteContent, sortNotesForExport } from './note-fields';
export { noteSchema } from './note-schema';
export { parseNotesImport } from './parse-notes-import';
export {
  createWebAnnotationExport,
  serializeWebAnnotationExport,
  type NoteAnnotation,
  type NotesAnnotationCollection,
  type QuoteContext,
  type TextQuoteSelector,
  type WebAnnotationExportOptions,
} from './web-annotation-export';
