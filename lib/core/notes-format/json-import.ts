import * as v from 'valibot';
import { describeIssue } from './describe-issue';
import { describeValue } from './describe-value';
import type { NotesReadResult } from './import-result';
import { NOTES_EXPORT_FORMAT, NOTES_EXPORT_VERSION, type NotesExport } from './json-export';
import { tooManyNotes } from './import-limits';
import { isIsoInstant, NOTE_FIELD_LABELS } from './note-schema';
import { CURRENT_NOTE_LAYOUT, NOTE_V1_LAYOUT, validateNoteList, type NoteLayout } from './validate-notes';

/** What a reader of one layout version answers: the file in the current layout, or a sentence. */
type VersionReadResult = { ok: true; data: NotesExport } | { ok: false; error: string };

/** Reads one layout version and brings it up to the current layout ({@link NotesExport}). */
type VersionReader = (data: Readonly<Record<string, unknown>>, maxNotes: number) => VersionReadResult;

/**
 * One reader per layout version this build can import, each bringing its file up to the current
 * layout. Layout 1 (notes without tags or anchor) is checked by its own rules, then every note is
 * upgraded with the pure, tested `migrateNoteV1`. To introduce version 3: describe it as
 * `NotesExport` in `json-export.ts` and bump `NOTES_EXPORT_VERSION`; keep the readers here as
 * they are, with a pure migration from version 2 notes; and register `3`. Files are never
 * rewritten, so every reader stays for good.
 */
const READERS: Readonly<Record<number, VersionReader>> = {
  1: (data, maxNotes) => readLayout(data, maxNotes, 1, NOTE_V1_LAYOUT),
  2: (data, maxNotes) => readLayout(data, maxNotes, 2, CURRENT_NOTE_LAYOUT),
};

/**
 * Reads a parsed JSON export (an object with a `format` field). Checks, in this order, that it
 * is a District Lens notes export, that this build reads its version (a newer file asks the
 * reader to update the extension), the envelope, the number of notes, then every note; answers
 * the notes or the first problem as a sentence.
 */
export function readNotesExport(data: Readonly<Record<string, unknown>>, maxNotes: number): NotesReadResult {
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
  const reader = READERS[version];
  if (!reader) {
    return { ok: false, error: `This notes export has format version ${version}, which District Lens never wrote.` };
  }
  const read = reader(data, maxNotes);
  return read.ok ? { ok: true, notes: read.data.notes } : read;
}

const ENVELOPE_LABELS: Readonly<Record<string, string>> = {
  format: 'the format (format)',
  version: 'the format version (version)',
  exportedAt: 'the export time (exportedAt)',
  notes: 'the list of notes (notes)',
};

/**
 * The envelope around the notes, the same in layouts 1 and 2 but for the version; the notes
 * themselves are checked one by one afterwards, by the rules of their layout.
 */
function envelopeSchema(version: number) {
  return v.strictObject({
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
  });
}

/** Reads a file of one layout: its envelope, the count cap, then every note (upgraded to the current layout). */
function readLayout<TNote>(
  data: Readonly<Record<string, unknown>>,
  maxNotes: number,
  version: number,
  layout: NoteLayout<TNote>,
): VersionReadResult {
  const envelope = v.safeParse(envelopeSchema(version), data, { abortEarly: true });
  if (!envelope.success) {
    return { ok: false, error: `This notes export is damaged: ${describeIssue(envelope.issues[0], ENVELOPE_LABELS)}.` };
  }
  const { notes: candidates, exportedAt } = envelope.output;
  if (candidates.length > maxNotes) {
    return { ok: false, error: tooManyNotes(candidates.length, maxNotes) };
  }
  const notes = validateNoteList(candidates, { item: 'Note', items: 'Notes', labels: NOTE_FIELD_LABELS }, layout);
  if (!notes.ok) return notes;
  return {
    ok: true,
    data: { format: NOTES_EXPORT_FORMAT, version: NOTES_EXPORT_VERSION, exportedAt, notes: notes.notes },
  };
}
