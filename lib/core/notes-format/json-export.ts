import type { ArticleRecord, Note } from '../notes';
import { EMPTY_READER_LAYER, type Correction, type ReaderEntity, type ReaderLayer } from '../reader-layer';
import { canonicalNote, sortNotesForExport } from './note-fields';
import { canonicalReaderLayer } from '../reader-layer';
import { articlesForExport, type ExportedArticle } from './article-briefs';

/** Identifies District Lens note exports; the import checks it. */
export const NOTES_EXPORT_FORMAT = 'district-lens-notes';

/**
 * Version of the export layout this build writes: 4, which adds the article briefs (`articles`:
 * the reading history's articles that carry a date or events) after the reader layer. Layout 3
 * (notes and `readerLayer`, no articles), layout 2 (notes with `tags` and `anchor`, no reader
 * layer) and layout 1 (notes without tags or anchor) are still read, as files with no articles.
 * Bump it only together with a reader for the old layout and a pure migration to the new one in
 * `json-import.ts`, so every file ever exported stays importable.
 */
export const NOTES_EXPORT_VERSION = 4;

/**
 * The reader layer as layouts 3 and 4 write it: the reader's entities sorted by id, then their
 * corrections sorted by id, each with the fields of `READER_ENTITY_FIELDS` / `CORRECTION_FIELDS`
 * in that order. It is a {@link ReaderLayer} with mutable lists.
 */
export interface ReaderLayerExport {
  entities: ReaderEntity[];
  corrections: Correction[];
}

/**
 * The JSON export file (layout version 4): a versioned envelope around the notes, each with the
 * fields of `NOTE_FIELDS` in that order (the anchor's fields in `ANCHOR_FIELDS` order), followed
 * by the reader layer (always present, possibly with empty lists), then the article briefs
 * (always present, possibly empty): the articles of the reading history with a date or events,
 * sorted by url, each with the fields of `ARTICLE_FIELDS` in that order and its events as the
 * reading history stores them (see `canonicalArticle`). Later layouts can add sibling members;
 * the `format` and `version` fields stay first so any build can tell what it is reading.
 */
export interface NotesExport {
  format: typeof NOTES_EXPORT_FORMAT;
  version: typeof NOTES_EXPORT_VERSION;
  exportedAt: string;
  notes: Note[];
  readerLayer: ReaderLayerExport;
  articles: ExportedArticle[];
}

/** The members of a layout 4 file, in the order it writes them. */
export const NOTES_EXPORT_MEMBERS = [
  'format',
  'version',
  'exportedAt',
  'notes',
  'readerLayer',
  'articles',
] as const satisfies readonly (keyof NotesExport)[];

// A compile-time check that the list names every member of NotesExport, and that the layer the
// file holds is exactly a ReaderLayer's fields.
type Exactly<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const _everyMemberListed: Exactly<keyof NotesExport, (typeof NOTES_EXPORT_MEMBERS)[number]> = true;
const _layerIsReaderLayer: Exactly<keyof ReaderLayerExport, keyof ReaderLayer> = true;
const _layerFitsReaderLayer: ReaderLayerExport extends ReaderLayer ? true : never = true;

/**
 * Builds the export envelope: notes sorted by creation time then id, each a fresh object with
 * exactly the note fields in a fixed order; the reader layer (empty when not given) with its
 * entities and corrections sorted by id, each a fresh object with its fields in a fixed order;
 * the articles (none when not given) that carry a brief, sorted by url, each written by
 * `canonicalArticle` (articles without a date or events, or without a web address, are left
 * out). So the same notes, layer and articles always serialise to the same bytes, and an import
 * followed by an export gives the file back byte for byte. The inputs are not changed.
 */
export function createNotesExport(
  notes: readonly Note[],
  exportedAt: Date,
  readerLayer: ReaderLayer = EMPTY_READER_LAYER,
  articles: readonly (ArticleRecord | ExportedArticle)[] = [],
): NotesExport {
  return {
    format: NOTES_EXPORT_FORMAT,
    version: NOTES_EXPORT_VERSION,
    exportedAt: exportedAt.toISOString(),
    notes: sortNotesForExport(notes).map(canonicalNote),
    readerLayer: canonicalReaderLayer(readerLayer),
    articles: articlesForExport(articles),
  };
}

/** Serialises an export as pretty JSON (two spaces) with one final newline; write it as UTF-8. */
export function serializeNotesExport(data: NotesExport): string {
  return `${JSON.stringify(data, null, 2)}\n`;
}
