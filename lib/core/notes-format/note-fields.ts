import type { Note } from '../note';

/**
 * Every field of a {@link Note}, in the order every export writes them. Exports and the import
 * build notes from this list only, so a stray property on a stored object (or in a file) never
 * travels, and the same note always serialises to the same bytes.
 */
export const NOTE_FIELDS = [
  'id',
  'entityId',
  'entityType',
  'entityName',
  'body',
  'url',
  'pageTitle',
  'quote',
  'createdAt',
  'updatedAt',
] as const satisfies readonly (keyof Note)[];

// A compile-time check that NOTE_FIELDS lists every field of Note: a field added to the type
// must be added here too (and to the import schema and, for old files, a new export version),
// or exports would silently leave it out.
type UnlistedField = Exclude<keyof Note, (typeof NOTE_FIELDS)[number]>;
const _everyFieldListed: [UnlistedField] extends [never] ? true : never = true;

/**
 * Returns a fresh plain object with exactly the note's fields, in {@link NOTE_FIELDS} order.
 * Extra properties are dropped; the input is not changed.
 */
export function canonicalNote(note: Note): Note {
  return Object.fromEntries(NOTE_FIELDS.map((key) => [key, note[key]])) as unknown as Note;
}

/** True when two notes agree on every field of {@link NOTE_FIELDS} (extra properties are ignored). */
export function sameNoteContent(a: Note, b: Note): boolean {
  return NOTE_FIELDS.every((key) => a[key] === b[key]);
}

/**
 * Orders notes the way every export lists them: by creation time, then by id, so ties never
 * depend on the order the store happened to return. Returns a new array.
 */
export function sortNotesForExport(notes: readonly Note[]): Note[] {
  // Plain code-unit comparison, not localeCompare: the order must be the same in every browser
  // and locale, or re-exporting on another machine would change the bytes.
  const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...notes].sort((a, b) => compare(a.createdAt, b.createdAt) || compare(a.id, b.id));
}
