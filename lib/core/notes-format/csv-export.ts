import Papa from 'papaparse';
import type { Note } from '../note';
import { sortNotesForExport } from './note-fields';

/** The CSV columns, in order: what a reader scans first comes first; ids go last. */
export const CSV_COLUMNS = [
  'entityName',
  'entityType',
  'body',
  'quote',
  'pageTitle',
  'url',
  'createdAt',
  'updatedAt',
  'entityId',
  'id',
] as const satisfies readonly (keyof Note)[];

/**
 * Cells a spreadsheet would run as a formula: a leading `=`, `+`, `-` or `@`, tab or carriage
 * return (OWASP's list), NUL (the ASVS list), line feed (treated like a carriage return), and
 * the full-width signs Chinese input methods type, as cheap insurance. papaparse's own
 * `escapeFormulae: true` pattern ends in `.*$` without the `s` flag, so it misses a cell whose
 * formula is followed by a line break (`=HYPERLINK(…)` then a new line); this pattern looks at
 * the first character only.
 */
export const CSV_FORMULA_START = /^[=+\-@\t\r\n\0＝＋－＠]/;

/** Byte-order mark: tells Excel the file is UTF-8, or it reads Chinese as the local code page. */
const BOM = '\uFEFF';

/**
 * Writes notes as CSV for spreadsheets: RFC 4180 quoting by papaparse (a field with a comma,
 * quote or line break is quoted, quotes doubled), CRLF after every row including the last, a
 * header row of {@link CSV_COLUMNS}, a UTF-8 byte-order mark first, and any cell that starts like
 * a formula ({@link CSV_FORMULA_START}) prefixed with `'` so the spreadsheet shows it as text.
 * Line breaks inside a note stay as they are, inside the quoted cell. Rows are sorted like the
 * JSON export. The CSV is for reading, not for importing back: the prefix changes those cells.
 */
export function notesToCsv(notes: readonly Note[]): string {
  const rows = sortNotesForExport(notes).map((note) => CSV_COLUMNS.map((column) => note[column]));
  // The header goes in as the first row: with `{ fields, data }` papaparse ends the text with a
  // newline only when there are no notes, and the file should end the same way either way.
  const csv = Papa.unparse([[...CSV_COLUMNS], ...rows], {
    newline: '\r\n',
    quotes: false,
    escapeFormulae: CSV_FORMULA_START,
  });
  return `${BOM}${csv}\r\n`;
}
