import type {
  NotesExportReadResult,
  NotesImportFormat,
  NotesImportOptions,
  NotesImportResult,
  NotesReadResult,
} from './import-result';
import { formatMegabytes, MAX_IMPORT_LENGTH, MAX_IMPORT_NOTES } from './import-limits';
import { readNotesExport } from './json-import';
import { parseJsonSafely } from './safe-json-parse';
import { readWebAnnotations } from './web-annotation-import';

/**
 * Reads an import file's text — a District Lens JSON export (layout 4, with the reader's own
 * entities and corrections and the article briefs; layout 3, without the briefs; layout 2; or
 * layout 1, whose notes are upgraded with `migrateNoteV1`: no tags, no anchor) or a W3C Web
 * Annotation JSON-LD export — into notes, a reader layer and article briefs, checking everything
 * before anything is written. The reader layer is empty for layouts 1 and 2 and for Web
 * Annotations, which carry notes only; the articles are none before layout 4 and for Web
 * Annotations. It never throws, whatever it is given
 * (non-strings included). A byte-order mark is ignored. Keys named `__proto__`, `constructor` or
 * `prototype` are dropped while parsing, and every note, entity and correction returned is a
 * fresh plain object with exactly its fields (its lists and anchor fresh too), so a file cannot
 * touch `Object.prototype` or smuggle in extra properties.
 *
 * Refused, each with a sentence that says which note, entity or correction and which field when
 * it is about one: input that is not a string, longer than `maxLength` (checked before parsing),
 * empty, not JSON or cut off; JSON of another kind, another `format`, or a version newer or older
 * than any this build reads; a wrong or missing field, an empty note text, an unknown note field,
 * tags not written as District Lens stores them, an anchor beyond its limits; more than
 * `maxNotes` notes; two notes with one id; in layouts 3 and 4, a missing or damaged `readerLayer`
 * (by the rules of `parseReaderLayer`, caps included); in layout 4, missing or damaged `articles`
 * (by the rules of `readExportedArticles`: a bad field of an article, event or party, an article
 * without a brief, two articles with one url). The file is all or nothing. Notes, entities,
 * corrections and articles come back in file order.
 */
export function parseNotesImport(text: unknown, options: NotesImportOptions = {}): NotesImportResult {
  try {
    return parse(text, options);
  } catch {
    // Every path above is written not to throw; this only keeps the promise if a bug slips in.
    return { ok: false, error: 'District Lens could not read this file. Nothing was imported.' };
  }
}

function parse(input: unknown, options: NotesImportOptions): NotesImportResult {
  const maxLength = options.maxLength ?? MAX_IMPORT_LENGTH;
  const maxNotes = options.maxNotes ?? MAX_IMPORT_NOTES;
  if (typeof input !== 'string') {
    return { ok: false, error: 'There is nothing to import: District Lens expected the text of a file.' };
  }
  // Length first: parsing a huge string is the expensive part this cap exists to avoid.
  if (input.length > maxLength) {
    return {
      ok: false,
      error: `The file is too large to import: District Lens imports files of up to ${formatMegabytes(maxLength)}.`,
    };
  }
  // Editors on Windows often save UTF-8 with a byte-order mark, which JSON.parse rejects.
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const parsed = parseJsonSafely(text);
  if (!parsed.ok) return parsed;
  const { value } = parsed;
  if (Array.isArray(value)) return withFormat('web-annotation', readWebAnnotations(value, maxNotes));
  if (typeof value !== 'object' || value === null) {
    return {
      ok: false,
      error: 'This file holds a single JSON value rather than notes, so it is not a District Lens export.',
    };
  }
  const document = value as Record<string, unknown>;
  if (Object.hasOwn(document, 'format')) return withFormat('json', readNotesExport(document, maxNotes));
  return withFormat('web-annotation', readWebAnnotations(document, maxNotes));
}

/**
 * The answer with its format; a reader that has no reader layer or articles (Web Annotations)
 * gets an empty layer and no articles.
 */
function withFormat(format: NotesImportFormat, result: NotesReadResult | NotesExportReadResult): NotesImportResult {
  if (!result.ok) return result;
  const readerLayer = 'readerLayer' in result ? result.readerLayer : { entities: [], corrections: [] };
  const articles = 'articles' in result ? result.articles : [];
  return { ok: true, format, notes: result.notes, readerLayer, articles };
}
