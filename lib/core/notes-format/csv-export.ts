import Papa from 'papaparse';
import type { Note } from '../notes';
import { sortNotesForExport } from './note-fields';

/** Joins a note's tags in the `tags` column, e.g. `招商; 长三角`. */
export const CSV_TAG_SEPARATOR = '; ';

/** What one CSV column shows of a note. */
const CELLS = {
  entityName: (note) => note.entityName,
  entityType: (note) => note.entityType,
  body: (note) => note.body,
  // `; ` rather than a comma: a comma would make the cell look like two to a quick reader.
  tags: (note) => note.tags.join(CSV_TAG_SEPARATOR),
  quote: (note) => note.quote,
  // The sentence around the quote when the note is anchored to a place in the page; else empty.
  sentence: (note) => note.anchor?.sentence ?? '',
  pageTitle: (note) => note.pageTitle,
  url: (note) => note.url,
  createdAt: (note) => note.createdAt,
  updatedAt: (note) => note.updatedAt,
  entityId: (note) => note.entityId,
  id: (note) => note.id,
} as const satisfies Record<string, (note: Note) => string>;

/** A CSV column's name, as the header row writes it. */
export type CsvColumn = keyof typeof CELLS;

/** The CSV columns, in order: what a reader scans first comes first; ids go last. */
export const CSV_COLUMNS = [
  'entityName',
  'entityType',
  'body',
  'tags',
  'quote',
  'sentence',
  'pageTitle',
  'url',
  'createdAt',
  'updatedAt',
  'entityId',
  'id',
] as const satisfies readonly CsvColumn[];

// Every cell has a column and every column a cell.
const _everyCellListed: [Exclude<CsvColumn, (typeof CSV_COLUMNS)[number]>] extends [never] ? true : never = true;

/** The text of one cell, before formula escaping. Example: `csvCell(note, 'tags')` → `招商; 长三角`. */
export function csvCell(note: Note, column: CsvColumn): string {
  return CELLS[column](note);
}

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
 * Line breaks inside a note stay as they are, inside the quoted cell. Tags share one cell, joined
 * by {@link CSV_TAG_SEPARATOR}; `sentence` is the anchored quote's sentence, empty for a note
 * without an anchor. Rows are sorted like the JSON export. The CSV is for reading, not for importing back: the prefix changes those cells.
 */
export function notesToCsv(notes: readonly Note[]): string {
  const rows = sortNotesForExport(notes).map((note) => CSV_COLUMNS.map((column) => csvCell(note, column)));
  // The header goes in as the first row: with `{ fields, data }` papaparse ends the text with a
  // newline only when there are no notes, and the file should end the same way either way.
  const csv = Papa.unparse([[...CSV_COLUMNS], ...rows], {
    newline: '\r\n',
    quotes: false,
    escapeFormulae: CSV_FORMULA_START,
  });
  return `${BOM}${csv}\r\n`;
}
