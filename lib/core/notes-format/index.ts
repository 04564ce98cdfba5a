/**
 * The notes' export and import formats, pure TypeScript: JSON (the lossless import format, which
 * since layout 3 also carries the reader's own entities and corrections, and since layout 4 the
 * article briefs: the date and events of each article read), Markdown, CSV and W3C Web
 * Annotation JSON-LD exports (notes only); the import that reads JSON and Web Annotations back,
 * checking everything before anything is written; the import previews of notes, of the reader
 * layer and of the article briefs; file names and media types. Import from here rather than from
 * the individual files.
 */
export {
  ARTICLE_FIELDS,
  articlesForExport,
  canonicalArticle,
  EVENT_FIELDS,
  hasBrief,
  MAX_IMPORT_ARTICLES,
  PARTY_FIELDS,
  readExportedArticles,
  type ArticlesReadResult,
  type ExportedArticle,
} from './article-briefs';
export { articleBriefMarkdown, articleBriefsMarkdown, briefFileName } from './brief-export';
export { CSV_COLUMNS, CSV_FORMULA_START, CSV_TAG_SEPARATOR, csvCell, notesToCsv, type CsvColumn } from './csv-export';
export {
  NOTES_FILE_EXTENSIONS,
  NOTES_FILE_FORMATS,
  NOTES_MIME_TYPES,
  notesExportFileName,
  notesFileName,
  type NotesFileFormat,
} from './file-names';
export {
  articleRecordFromImport,
  countArticleBriefs,
  previewArticleImport,
  previewImport,
  withImportedBrief,
  type ArticleImportPreview,
  type ImportPreview,
} from './import-preview';
export {
  fitsImportLimits,
  importFileSizeError,
  MAX_ANCHOR_CONTEXT_LENGTH,
  MAX_ANCHOR_EXACT_LENGTH,
  MAX_ANCHOR_SENTENCE_LENGTH,
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
  NOTES_EXPORT_MEMBERS,
  NOTES_EXPORT_VERSION,
  serializeNotesExport,
  type NotesExport,
  type ReaderLayerExport,
} from './json-export';
export {
  DEFAULT_MARKDOWN_LABELS,
  notesToMarkdown,
  type MarkdownExportLabels,
  type MarkdownExportOptions,
} from './markdown-export';
export {
  ANCHOR_FIELDS,
  canonicalAnchor,
  canonicalNote,
  NOTE_FIELDS,
  sameAnchor,
  sameNoteContent,
  sameTags,
  sortNotesForExport,
} from './note-fields';
export { NOTE_FIELD_LABELS, noteSchema, noteV1Schema } from './note-schema';
export { parseNotesImport } from './parse-notes-import';
export {
  canonicalCorrection,
  canonicalReaderEntity,
  canonicalReaderLayer,
  CORRECTION_FIELDS,
  READER_ENTITY_FIELDS,
  sameCorrection,
  sameReaderEntity,
} from '../reader-layer';
export {
  previewReaderLayerImport,
  type ReaderItemsPreview,
  type ReaderLayerImportPreview,
} from './reader-layer-preview';
export {
  createWebAnnotationExport,
  serializeWebAnnotationExport,
  type CommentingBody,
  type NoteAnnotation,
  type NotesAnnotationCollection,
  type TaggingBody,
  type TextPositionSelector,
  type TextQuoteSelector,
} from './web-annotation-export';
