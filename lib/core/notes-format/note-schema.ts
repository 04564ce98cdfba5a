import * as v from 'valibot';
import { ENTITY_TYPES } from '../entity';
import type { Note } from '../note';
import { describeValue } from './describe-value';
import { MAX_ID_LENGTH, MAX_NOTE_BODY_LENGTH } from './import-limits';
import { isWellFormedText } from './well-formed-text';

/** The exact shape `Date.prototype.toISOString` writes, which is how the store stamps notes. */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/**
 * True for a timestamp in exactly the form the store writes (`2026-01-02T03:04:05.000Z`) that
 * names a real instant. Only this one spelling is accepted because notes are ordered by comparing
 * these strings, and a second spelling of the same instant would sort wrongly.
 */
export function isIsoInstant(value: string): boolean {
  if (!ISO_INSTANT.test(value)) return false;
  const time = Date.parse(value);
  // The round trip rejects dates that parse by rolling over, such as 2026-02-30.
  return !Number.isNaN(time) && new Date(time).toISOString() === value;
}

/**
 * True for an absolute http or https address. Notes are only written on web pages, and the notes
 * page turns this field into a link, so a `javascript:` or `data:` address in a file is refused.
 */
export function isWebAddress(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

const text = () => v.string((issue) => `must be text, not ${describeValue(issue.input)}`);

const identifier = () =>
  v.pipe(
    text(),
    v.nonEmpty('must not be empty'),
    v.maxLength(MAX_ID_LENGTH, `must be at most ${MAX_ID_LENGTH.toLocaleString('en')} characters long`),
    // Ids travel percent-encoded in the Web Annotation export, which needs well-formed text.
    v.check(isWellFormedText, 'must not contain a broken character (an unpaired surrogate)'),
  );

const instant = () =>
  v.pipe(
    text(),
    v.check(
      isIsoInstant,
      (issue) => `must be a UTC time such as 2026-01-02T03:04:05.000Z, not ${describeValue(issue.input)}`,
    ),
  );

/**
 * The rules every imported note must meet, whatever file it came from. It accepts exactly the
 * fields of a {@link Note}: an unknown field is an error rather than silently dropped, because
 * dropping it would lose something the reader put in the file. Every message is the second half
 * of a sentence whose subject is the field (see `describe-issue.ts`).
 */
export const noteSchema = v.strictObject({
  id: identifier(),
  entityId: identifier(),
  entityType: v.picklist(
    ENTITY_TYPES,
    (issue) => `must be one of ${ENTITY_TYPES.join(', ')}, not ${describeValue(issue.input)}`,
  ),
  entityName: v.pipe(text(), v.nonEmpty('must not be empty')),
  body: v.pipe(
    text(),
    v.check((body) => body.trim().length > 0, 'must not be empty'),
    v.maxLength(
      MAX_NOTE_BODY_LENGTH,
      (issue) =>
        `must be at most ${MAX_NOTE_BODY_LENGTH.toLocaleString('en')} characters long; it has ${issue.input.length.toLocaleString('en')}`,
    ),
  ),
  url: v.pipe(
    text(),
    v.check(
      isWebAddress,
      (issue) => `must be a web address starting with http:// or https://, not ${describeValue(issue.input)}`,
    ),
  ),
  pageTitle: text(),
  quote: text(),
  createdAt: instant(),
  updatedAt: instant(),
});

// A compile-time check that the schema produces exactly a Note, so the two cannot drift apart.
type Exactly<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const _schemaMatchesNote: Exactly<v.InferOutput<typeof noteSchema>, Note> = true;

/** How the JSON export names each note field in an error message. */
export const NOTE_FIELD_LABELS: Readonly<Record<keyof Note, string>> = {
  id: 'the id (id)',
  entityId: 'the entity id (entityId)',
  entityType: 'the entity type (entityType)',
  entityName: 'the entity name (entityName)',
  body: 'the note text (body)',
  url: 'the page address (url)',
  pageTitle: 'the page title (pageTitle)',
  quote: 'the quote (quote)',
  createdAt: 'the creation time (createdAt)',
  updatedAt: 'the last-edit time (updatedAt)',
};
