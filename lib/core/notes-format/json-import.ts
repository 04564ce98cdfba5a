import * as v from 'valibot';
import { parseReaderLayer } from '../reader-layer';
import type { ReaderLayer } from '../reader-layer';
import { describeIssue } from '../validation';
import { describeValue } from '../validation';
import type { NotesExportReadResult } from './import-result';
import { readExportedArticles, type ExportedArticle } from './article-briefs';
import { NOTES_EXPORT_FORMAT, NOTES_EXPORT_VERSION } from './json-export';
import { tooManyNotes } from './import-limits';
import { isIsoInstant } from '../validation';
import { NOTE_FIELD_LABELS } from './note-schema';
import { CURRENT_NOTE_LAYOUT, NOTE_V1_LAYOUT, validateNoteList, type NoteLayout } from './validate-notes';

/** Reads one layout version and brings it up to the current layout: its notes, reader layer and articles. */
type VersionReader = (data: Readonly<Record<string, unknown>>, maxNotes: number) => NotesExportReadResult;

/**
 * One reader per layout version this build can import, each bringing its file up to the current
 * layout. Layout 1 (notes without tags or anchor) is checked by its own rules, then every note is
 * upgraded with the pure, tested `migrateNoteV1`; layouts 1 and 2 have no reader layer, which
 * becomes an empty one; layout 3 adds `readerLayer`, checked by `parseReaderLayer`; layouts 1–3
 * have no article briefs, which become none (the migration from layout 3 to 4 is exactly that);
 * layout 4 adds `articles`, checked by `readExportedArticles`. To introduce version 5: describe it
 * as `NotesExport` in `json-export.ts` and bump `NOTES_EXPORT_VERSION`; keep the readers here as
 * they are, with a pure migration from version 4; and register `5`. Files are never rewritten, so
 * every reader stays for good.
 */
const READERS: Readonly<Record<number, VersionReader>> = {
  1: (data, maxNotes) => readLayout(data, maxNotes, 1, NOTE_V1_LAYOUT, false),
  2: (data, maxNotes) => readLayout(data, maxNotes, 2, CURRENT_NOTE_LAYOUT, false),
  3: (data, maxNotes) => readLayout(data, maxNotes, 3, CURRENT_NOTE_LAYOUT, true),
  4: (data, maxNotes) => readLayout(data, maxNotes, 4, CURRENT_NOTE_LAYOUT, true, true),
};

/**
 * Reads a parsed JSON export (an object with a `format` field). Checks, in this order, that it
 * is a District Lens notes export, that this build reads its version (a newer file asks the
 * reader to update the extension), the envelope, the number of notes, every note, then (layouts 3
 * and 4) the reader layer, then (layout 4) the article briefs; answers the notes, the reader layer
 * (empty for layouts 1 and 2) and the articles (none before layout 4), or the first problem as a
 * sentence. The file is all or nothing: one bad note, entity, correction, article or event
 * refuses it whole.
 */
export function readNotesExport(data: Readonly<Record<string, unknown>>, maxNotes: number): NotesExportReadResult {
  const { format, version } = data;
  if (format !== NOTES_EXPORT_FORMAT) {
    return {
      ok: false,
      error: `This JSON file is not a District Lens notes export: its format (format) is ${describeValue(format)} instead of “${NOTES_EXPORT_FORMAT}”.`,
    };
  }
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    return {
      ok: false,
      error: `This notes export has no usable format version: its version (version) is ${describeValue(version)} instead of a whole number.`,
    };
  }
  if (version > NOTES_EXPORT_VERSION) {
    return {
      ok: false,
      error: `This notes export was made by a newer version of District Lens (format version ${version}); this version reads format version ${NOTES_EXPORT_VERSION} and older. Update the extension, then import the file again.`,
    };
  }
  // Own keys only: a version such as 0 or -1 must not find anything but a registered reader.
  const reader = Object.hasOwn(READERS, version) ? READERS[version] : undefined;
  if (!reader) {
    return { ok: false, error: `This notes export has format version ${version}, which District Lens never wrote.` };
  }
  return reader(data, maxNotes);
}

const ENVELOPE_LABELS: Readonly<Record<string, string>> = {
  format: 'the format (format)',
  version: 'the format version (version)',
  exportedAt: 'the export time (exportedAt)',
  notes: 'the list of notes (notes)',
  readerLayer: 'the part with the reader’s own entities and corrections (readerLayer)',
  articles: 'the list of article briefs (articles)',
};

/**
 * The envelope around the notes, the same in layouts 1 and 2 but for the version; layout 3 adds
 * `readerLayer` after the notes (see {@link envelopeSchema}). The notes and the layer are checked
 * afterwards, by their own rules.
 */
function envelopeEntries(version: number) {
  return {
    format: v.literal(NOTES_EXPORT_FORMAT),
    version: v.literal(version),
    exportedAt: v.pipe(
      v.string((issue) => `must be text, not ${describeValue(issue.input)}`),
      v.check(
        isIsoInstant,
        (issue) => `must be a UTC time such as 2026-01-02T03:04:05.000Z, not ${describeValue(issue.input)}`,
      ),
    ),
    // Checked as a list only, so the count cap applies before any note is looked at.
    notes: v.array(v.unknown(), (issue) => `must be a list, not ${describeValue(issue.input)}`),
  };
}

/**
 * The envelope of a layout: {@link envelopeEntries}, plus a required `readerLayer` (`v.unknown()`
 * still reports a missing key) when the layout has one, and a required `articles` when it has
 * those (layout 4). A `readerLayer` or `articles` in an older layout is an unknown field, as it
 * was for the build that wrote it.
 */
function envelopeSchema(version: number, hasReaderLayer: boolean, hasArticles: boolean) {
  const entries = envelopeEntries(version);
  if (hasArticles) return v.strictObject({ ...entries, readerLayer: v.unknown(), articles: v.unknown() });
  return hasReaderLayer ? v.strictObject({ ...entries, readerLayer: v.unknown() }) : v.strictObject(entries);
}

/**
 * Reads a file of one layout: its envelope, the count cap, every note (upgraded to the current
 * layout), then the reader layer when the layout has one (else an empty layer), then the article
 * briefs when it has them (else none).
 */
function readLayout<TNote>(
  data: Readonly<Record<string, unknown>>,
  maxNotes: number,
  version: number,
  layout: NoteLayout<TNote>,
  hasReaderLayer: boolean,
  hasArticles = false,
): NotesExportReadResult {
  const envelope = v.safeParse(envelopeSchema(version, hasReaderLayer, hasArticles), data, { abortEarly: true });
  if (!envelope.success) {
    return { ok: false, error: `This notes export is damaged: ${describeIssue(envelope.issues[0], ENVELOPE_LABELS)}.` };
  }
  const { notes: candidates } = envelope.output;
  if (candidates.length > maxNotes) {
    return { ok: false, error: tooManyNotes(candidates.length, maxNotes) };
  }
  const notes = validateNoteList(candidates, { item: 'Note', items: 'Notes', labels: NOTE_FIELD_LABELS }, layout);
  if (!notes.ok) return notes;
  const readerLayer = hasReaderLayer ? readReaderLayer(data['readerLayer']) : emptyLayer();
  if (!readerLayer.ok) return readerLayer;
  const articles = hasArticles ? readArticles(data['articles']) : { ok: true as const, articles: [] };
  if (!articles.ok) return articles;
  return { ok: true, notes: notes.notes, readerLayer: readerLayer.layer, articles: articles.articles };
}

/**
 * Checks a layout 4 file's article briefs with `readExportedArticles`, naming the part of the
 * file before its sentence, which names the article (and event, and party) and the field.
 */
function readArticles(value: unknown): { ok: true; articles: ExportedArticle[] } | { ok: false; error: string } {
  const parsed = readExportedArticles(value);
  if (parsed.ok) return parsed;
  return {
    ok: false,
    error: `The part of this notes export with the article briefs (articles) is damaged. ${parsed.error}`,
  };
}

/**
 * Checks a layout 3 file's reader layer with `parseReaderLayer` (the same rules as the store's),
 * naming the part of the file before its sentence, which names the entity or correction and field.
 */
function readReaderLayer(value: unknown): { ok: true; layer: ReaderLayer } | { ok: false; error: string } {
  const parsed = parseReaderLayer(value);
  if (parsed.ok) return parsed;
  return {
    ok: false,
    error: `The part of this notes export with the reader’s own entities and corrections (readerLayer) is damaged. ${parsed.error}`,
  };
}

/** A fresh empty layer, for a file of a layout that had none. */
function emptyLayer(): { ok: true; layer: ReaderLayer } {
  return { ok: true, layer: { entities: [], corrections: [] } };
}
