import type { EntityType } from '../entity';
import type { Note } from '../note';
import { sortNotesForExport } from './note-fields';
import { noteIri, WEB_ANNOTATION_CONTEXT } from './web-annotation-terms';

/** A W3C `TextQuoteSelector`: the quoted text and, when known, the text just around it. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix?: string;
  suffix?: string;
}

/** One note as a W3C Web Annotation, with the entity in the District Lens `dl:entity` field. */
export interface NoteAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'commenting';
  created: string;
  modified: string;
  body: { type: 'TextualBody'; value: string; format: 'text/plain'; purpose: 'commenting' };
  target: { source: string; selector?: TextQuoteSelector; 'dl:pageTitle': string };
  'dl:entity': { 'dl:id': string; 'dl:type': EntityType; 'dl:name': string };
}

/** The Web Annotation export file: one `AnnotationCollection` with all notes on its one page. */
export interface NotesAnnotationCollection {
  '@context': typeof WEB_ANNOTATION_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  first: { id: string; type: 'AnnotationPage'; startIndex: 0; items: NoteAnnotation[] };
}

/** The text around a quote on its page, for the `TextQuoteSelector`. */
export interface QuoteContext {
  prefix?: string;
  suffix?: string;
}

/** Options for {@link createWebAnnotationExport}. */
export interface WebAnnotationExportOptions {
  /**
   * The text before and after a note's quote, when the store knows it. Notes of the current
   * layout carry only the quote, so by default the selectors have `exact` alone, which the
   * specification allows.
   */
  quoteContext?: (note: Note) => QuoteContext | undefined;
}

/**
 * Builds the W3C Web Annotation export: an `AnnotationCollection` whose first (and only) page
 * lists one `Annotation` per note, sorted like the JSON export. Each has the note text as a
 * plain-text `TextualBody`, the page as `target.source` with a `TextQuoteSelector` for the quote
 * (none when the quote is empty), `created`/`modified`, and the District Lens fields `dl:entity`
 * and `target.dl:pageTitle`, which other tools ignore and the import reads back: every note
 * field survives export and import, though only the JSON export promises the same bytes.
 */
export function createWebAnnotationExport(
  notes: readonly Note[],
  exportedAt: Date,
  options: WebAnnotationExportOptions = {},
): NotesAnnotationCollection {
  const collectionId = `urn:district-lens:notes-export:${exportedAt.toISOString()}`;
  const items = sortNotesForExport(notes).map((note) => noteToAnnotation(note, options.quoteContext?.(note)));
  return {
    '@context': WEB_ANNOTATION_CONTEXT,
    id: collectionId,
    type: 'AnnotationCollection',
    label: 'District Lens notes',
    total: items.length,
    first: { id: `${collectionId}:page:1`, type: 'AnnotationPage', startIndex: 0, items },
  };
}

/** One note as an annotation; keys in a fixed order so the same notes give the same text. */
function noteToAnnotation(note: Note, context: QuoteContext | undefined): NoteAnnotation {
  let selector: TextQuoteSelector | undefined;
  if (note.quote.length > 0) {
    selector = { type: 'TextQuoteSelector', exact: note.quote };
    if (context?.prefix) selector.prefix = context.prefix;
    if (context?.suffix) selector.suffix = context.suffix;
  }
  // No selector for a note without a quote: an empty `exact` would select nothing.
  const target: NoteAnnotation['target'] = selector
    ? { source: note.url, selector, 'dl:pageTitle': note.pageTitle }
    : { source: note.url, 'dl:pageTitle': note.pageTitle };
  return {
    id: noteIri(note.id),
    type: 'Annotation',
    motivation: 'commenting',
    created: note.createdAt,
    modified: note.updatedAt,
    body: { type: 'TextualBody', value: note.body, format: 'text/plain', purpose: 'commenting' },
    target,
    'dl:entity': { 'dl:id': note.entityId, 'dl:type': note.entityType, 'dl:name': note.entityName },
  };
}

/** Serialises the Web Annotation export as pretty JSON-LD with one final newline (write as UTF-8). */
export function serializeWebAnnotationExport(collection: NotesAnnotationCollection): string {
  return `${JSON.stringify(collection, null, 2)}\n`;
}
