import type { QuoteAnchor } from '../notes';
import type { Note } from '../notes';

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
  'tags',
  'url',
  'pageTitle',
  'quote',
  'anchor',
  'createdAt',
  'updatedAt',
] as const satisfies readonly (keyof Note)[];

// A compile-time check that NOTE_FIELDS lists every field of Note: a field added to the type
// must be added here too (and to the import schema and, for old files, a new export version),
// or exports would silently leave it out.
type UnlistedField = Exclude<keyof Note, (typeof NOTE_FIELDS)[number]>;
const _everyFieldListed: [UnlistedField] extends [never] ? true : never = true;

/** The fields of a {@link QuoteAnchor} in the order exports write them (`position` last, `start` before `end`). */
export const ANCHOR_FIELDS = [
  'exact',
  'prefix',
  'suffix',
  'sentence',
  'position',
] as const satisfies readonly (keyof QuoteAnchor)[];

type UnlistedAnchorField = Exclude<keyof QuoteAnchor, (typeof ANCHOR_FIELDS)[number]>;
const _everyAnchorFieldListed: [UnlistedAnchorField] extends [never] ? true : never = true;

/**
 * Returns a fresh anchor with exactly the anchor fields in {@link ANCHOR_FIELDS} order and a fresh
 * `position` (`start`, then `end`); extra properties are dropped, the input is not changed.
 * Example: `canonicalAnchor({ position: { end: 12, start: 9 }, exact: '裘东耀', … })` →
 * `{ exact: '裘东耀', prefix, suffix, sentence, position: { start: 9, end: 12 } }`.
 */
export function canonicalAnchor(anchor: QuoteAnchor): QuoteAnchor {
  return {
    exact: anchor.exact,
    prefix: anchor.prefix,
    suffix: anchor.suffix,
    sentence: anchor.sentence,
    position: { start: anchor.position.start, end: anchor.position.end },
  };
}

/**
 * Returns a fresh plain object with exactly the note's fields, in {@link NOTE_FIELDS} order, with
 * a fresh `tags` list and a canonical anchor ({@link canonicalAnchor}) or `null`. Extra
 * properties are dropped; the input is not changed and shares nothing with the result, so a
 * caller may change one without touching the other.
 */
export function canonicalNote(note: Note): Note {
  return {
    id: note.id,
    entityId: note.entityId,
    entityType: note.entityType,
    entityName: note.entityName,
    body: note.body,
    tags: [...note.tags],
    url: note.url,
    pageTitle: note.pageTitle,
    quote: note.quote,
    anchor: note.anchor === null ? null : canonicalAnchor(note.anchor),
    createdAt: note.createdAt,
    updatedAt: note.updatedAt,
  };
}

/**
 * True when two anchors are equal field by field (both `null` counts as equal).
 * Example: `sameAnchor(describeQuote(t, 9, 12), describeQuote(t, 9, 12))` → `true`.
 */
export function sameAnchor(a: QuoteAnchor | null, b: QuoteAnchor | null): boolean {
  if (a === null || b === null) return a === b;
  return (
    a.exact === b.exact &&
    a.prefix === b.prefix &&
    a.suffix === b.suffix &&
    a.sentence === b.sentence &&
    a.position.start === b.position.start &&
    a.position.end === b.position.end
  );
}

/**
 * True when two tag lists hold the same tags in the same order (the reader's order is part of
 * the note). Example: `sameTags(['招商', '长三角'], ['长三角', '招商'])` → `false`.
 */
export function sameTags(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((tag, index) => tag === b[index]);
}

/**
 * True when two notes agree on every field of {@link NOTE_FIELDS}, comparing tags and anchors by
 * value, not by identity (extra properties are ignored).
 */
export function sameNoteContent(a: Note, b: Note): boolean {
  return NOTE_FIELDS.every((key) => {
    if (key === 'tags') return sameTags(a.tags, b.tags);
    if (key === 'anchor') return sameAnchor(a.anchor, b.anchor);
    return a[key] === b[key];
  });
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
