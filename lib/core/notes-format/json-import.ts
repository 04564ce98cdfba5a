import * as v from 'valibot';
import { describeIssue } from './describe-issue';
import { describeValue } from './describe-value';
import type { NotesReadResult } from './import-result';
import { NOTES_EXPORT_FORMAT, NOTES_EXPORT_VERSION, type NotesExport } from './json-export';
import { tooManyNotes } from './import-limits';
import { isIsoInstant, NOTE_FIELD_LABELS } from './note-schema';
import { validateNoteList } from './validate-notes';

/** What a reader of one layout version answers: the file in the current layout, or a sentence. */
type VersionReadResult = { ok: true; data: NotesExport } | { ok: false; error: string };

/** Reads one layout version and brings it up to the current layout ({@link NotesExport}). */
type VersionReader = (data: Readonly<Record<string, unknown>>, maxNotes: number) => VersionReadResult;

/**
 * One reader per layout version this build can import. To introduce version 2: describe it as
 * `NotesExport` in `json-export.ts` and bump `NOTES_EXPORT_VERSION`; keep the version 1 schema
 * here as it is; add a pure, tested `migrateVersion1To2(v1): NotesExport`; and register
 * `1: (data, max) => then(readVersion1(data, max), migrateVersion1To2)` next to `2: readVersion2`.
 * Files are never rewritten, so every reader stays for good.
 */
const READERS: Readonly<Record<number, VersionReader>> = {
  1: readVersion1,
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

/** Layout version 1 around the notes; the notes themselves are checked one by one afterwards. */
const version1Envelope = v.strictObject({
  format: v.literal(NOTES_EXPORT_FORMAT),
  version: v.literal(1),
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

function readVersion1(data: Readonly<Record<string, unknown>>, maxNotes: number): VersionReadResult {
  const envelope = v.safeParse(version1Envelope, data, { abortEarly: true });
  if (!envelope.success) {
    return { ok: false, error: `This notes export is damaged: ${describeIssue(envelope.issues[0], ENVELOPE_LABELS)}.` };
  }
  const { notes: candidates, exportedAt } = envelope.output;
  if (candidates.length > maxNotes) {
    return { ok: false, error: tooManyNotes(candidates.length, maxNotes) };
  }
  const notes = validateNoteList(candidates, { item: 'Note', items: 'Notes', labels: NOTE_FIELD_LABELS });
  if (!notes.ok) return notes;
  return { ok: true, data: { format: NOTES_EXPORT_FORMAT, version: 1, exportedAt, notes: notes.notes } };
}
