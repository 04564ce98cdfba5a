import type { EntityType } from '../entity';
import type { Note } from '../notes';
import { sortNotesForExport } from './note-fields';
import { noteIri, WEB_ANNOTATION_CONTEXT } from './web-annotation-terms';

/**
 * A W3C `TextQuoteSelector`: the quoted text and, when known, the text just around it. District
 * Lens adds `dl:sentence`, the sentence holding the quote, when the note is anchored.
 */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix?: string;
  suffix?: string;
  'dl:sentence'?: string;
}

/**
 * A W3C `TextPositionSelector`. District Lens's offsets are UTF-16 code units into the text of the
 * article as the extension extracted it, not code points of the whole document as the W3C model
 * counts them: another tool should take them as a hint and trust the quote selector.
 */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/** The note text, as the annotation's commenting body. */
export interface CommentingBody {
  type: 'TextualBody';
  value: string;
  format: 'text/plain';
  purpose: 'commenting';
}

/** One of the reader's tags, as a tagging body (how the W3C model spells a tag). */
export interface TaggingBody {
  type: 'TextualBody';
  value: string;
  purpose: 'tagging';
}

/** One note as a W3C Web Annotation, with the entity in the District Lens `dl:entity` field. */
export interface NoteAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'commenting';
  created: string;
  modified: string;
  /** The note text alone, or, for a note with tags, the note text followed by one body per tag. */
  body: CommentingBody | [CommentingBody, ...TaggingBody[]];
  target: {
    source: string;
    /** The quote alone, or, for an anchored note, the quote with its context and its position. */
    selector?: TextQuoteSelector | [TextQuoteSelector, TextPositionSelector];
    /** The note's quote, written only when the anchor's quote differs from it. */
    'dl:quote'?: string;
    'dl:pageTitle': string;
  };
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

/**
 * Builds the W3C Web Annotation export: an `AnnotationCollection` whose first (and only) page
 * lists one `Annotation` per note, sorted like the JSON export. Each has the note text as a
 * plain-text `TextualBody` (followed, when the note has tags, by one `TextualBody` with
 * `"purpose": "tagging"` per tag, in the note's order), the page as `target.source`,
 * `created`/`modified`, and the District Lens fields `dl:entity` and `target.dl:pageTitle`.
 *
 * The target's selector: for an anchored note, a list of a `TextQuoteSelector` (the anchor's
 * `exact`, `prefix` and `suffix` — an empty one left out — and its sentence as `dl:sentence`) and
 * a `TextPositionSelector` (`start`, `end`); when the note's own quote differs from the anchor's,
 * it goes in `target.dl:quote`. For a note without an anchor, a `TextQuoteSelector` with the quote
 * alone, or no selector when the quote is empty. Other tools ignore the `dl:` terms and the import
 * reads them back: every note field survives export and import, though only the JSON export
 * promises the same bytes.
 *
 * Notes only: the reader's own entities and corrections have no Web Annotation form and are not
 * written; only the JSON export (layout 3) carries them.
 */
export function createWebAnnotationExport(notes: readonly Note[], exportedAt: Date): NotesAnnotationCollection {
  const collectionId = `urn:district-lens:notes-export:${exportedAt.toISOString()}`;
  const items = sortNotesForExport(notes).map(noteToAnnotation);
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
function noteToAnnotation(note: Note): NoteAnnotation {
  const comment: CommentingBody = {
    type: 'TextualBody',
    value: note.body,
    format: 'text/plain',
    purpose: 'commenting',
  };
  // A single body object when there are no tags, as earlier exports wrote it and most tools expect.
  const body: NoteAnnotation['body'] =
    note.tags.length === 0
      ? comment
      : [comment, ...note.tags.map((tag): TaggingBody => ({ type: 'TextualBody', value: tag, purpose: 'tagging' }))];
  const selector = selectorOf(note);
  // Keys in this order: source, selector, dl:quote, dl:pageTitle; the optional ones only when set.
  const target: NoteAnnotation['target'] = {
    source: note.url,
    ...(selector && { selector }),
    ...(note.anchor !== null && note.anchor.exact !== note.quote && { 'dl:quote': note.quote }),
    'dl:pageTitle': note.pageTitle,
  };
  return {
    id: noteIri(note.id),
    type: 'Annotation',
    motivation: 'commenting',
    created: note.createdAt,
    modified: note.updatedAt,
    body,
    target,
    'dl:entity': { 'dl:id': note.entityId, 'dl:type': note.entityType, 'dl:name': note.entityName },
  };
}

/** The target's selector (see {@link createWebAnnotationExport}); none for a note without quote or anchor. */
function selectorOf(note: Note): NoteAnnotation['target']['selector'] {
  const { anchor } = note;
  if (anchor === null) {
    // No selector for a note without a quote: an empty `exact` would select nothing.
    return note.quote.length > 0 ? { type: 'TextQuoteSelector', exact: note.quote } : undefined;
  }
  const quote: TextQuoteSelector = { type: 'TextQuoteSelector', exact: anchor.exact };
  // The W3C model has no empty context, only a missing one (a quote at the start of the text).
  if (anchor.prefix.length > 0) quote.prefix = anchor.prefix;
  if (anchor.suffix.length > 0) quote.suffix = anchor.suffix;
  quote['dl:sentence'] = anchor.sentence;
  return [quote, { type: 'TextPositionSelector', start: anchor.position.start, end: anchor.position.end }];
}

/** Serialises the Web Annotation export as pretty JSON-LD with one final newline (write as UTF-8). */
export function serializeWebAnnotationExport(collection: NotesAnnotationCollection): string {
  return `${JSON.stringify(collection, null, 2)}\n`;
}
