/**
 * Limits the import enforces before it writes anything. They are generous on purpose: a reader's
 * own export must import again, so the caps only keep a hostile or broken file from freezing the
 * notes page. A decade of ten notes a day is about 37,000 notes; a short note takes about 650
 * bytes of JSON, so that is some 25 MB, and reading 100,000 notes takes about 1.5 s. The notes
 * page should still compare an export with these caps and say so when a file would be too big
 * to import back (a JSON-LD export is about 1.6 times the size of the JSON one).
 */

/** Most notes one file may hold. */
export const MAX_IMPORT_NOTES = 100_000;

/**
 * Longest text the import reads, in UTF-16 code units (the unit of `string.length`). The file
 * cap below is the same number in bytes, and a UTF-8 file never decodes to more characters than
 * it has bytes, so a file under the byte cap always passes this one.
 */
export const MAX_IMPORT_LENGTH = 64 * 1024 * 1024;

/** Largest file, in bytes, the notes page should read at all; check `File.size` before reading. */
export const MAX_IMPORT_FILE_BYTES = MAX_IMPORT_LENGTH;

/** Longest note text accepted; the same limit the store applies when a reader writes a note. */
export const MAX_NOTE_BODY_LENGTH = 20_000;

/** Longest note id or entity id accepted (store ids are 36-character UUIDs; this is slack). */
export const MAX_ID_LENGTH = 1_000;

/** Longest anchor prefix or suffix accepted; anchoring defines it, the import applies it. */
export { MAX_ANCHOR_CONTEXT_LENGTH } from '../notes';

/** Longest anchored quote accepted (a name, or at most a phrase, in practice). */
export const MAX_ANCHOR_EXACT_LENGTH = 1_000;

/** Longest anchor sentence accepted: `describeQuote` keeps 100 characters a side of the quote. */
export const MAX_ANCHOR_SENTENCE_LENGTH = 1_000;

/** How a size in bytes reads in an error message, e.g. `64 MB` (1 MB = 1,048,576 bytes). */
export function formatMegabytes(bytes: number): string {
  const megabytes = bytes / (1024 * 1024);
  return `${megabytes >= 10 ? Math.round(megabytes) : Math.round(megabytes * 10) / 10} MB`;
}

/**
 * Checks a file's size before the page reads it, so a huge file is refused without loading it
 * into memory. Returns a sentence for the reader, or `undefined` when the size is fine.
 */
export function importFileSizeError(bytes: number): string | undefined {
  if (bytes > MAX_IMPORT_FILE_BYTES) {
    return `The file is too large to import (${formatMegabytes(bytes)}); District Lens imports files of up to ${formatMegabytes(MAX_IMPORT_FILE_BYTES)}.`;
  }
  if (bytes === 0) return 'The file is empty.';
  return undefined;
}

/** The sentence for a file over the note cap, e.g. `The file holds 120,000 notes; …`. */
export function tooManyNotes(count: number, maxNotes: number): string {
  return `The file holds ${count.toLocaleString('en')} notes; District Lens imports at most ${maxNotes.toLocaleString('en')} notes from one file.`;
}

/**
 * True when an export (its text and how many notes it holds) would import again under the
 * default caps; the notes page can warn before the reader relies on a file that would not.
 */
export function fitsImportLimits(text: string, noteCount: number): boolean {
  return text.length <= MAX_IMPORT_LENGTH && noteCount <= MAX_IMPORT_NOTES;
}
