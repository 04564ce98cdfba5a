import * as v from 'valibot';
import { ENTITY_TYPES } from '../entity';
import type { Note, NoteV1 } from '../notes';
import { MAX_TAG_LENGTH, MAX_TAGS, normalizeTags } from '../notes';
import { describeValue, shorten } from '../validation';
import {
  MAX_ANCHOR_CONTEXT_LENGTH,
  MAX_ANCHOR_EXACT_LENGTH,
  MAX_ANCHOR_SENTENCE_LENGTH,
  MAX_ID_LENGTH,
  MAX_NOTE_BODY_LENGTH,
} from './import-limits';
import { isWellFormedText } from '../validation';
import { isIsoInstant, isWebAddress } from '../validation';

const text = () => v.string((issue) => `must be text, not ${describeValue(issue.input)}`);

const identifier = () =>
  v.pipe(
    text(),
    v.nonEmpty('must not be empty'),
    // The message is made when needed: the schemas are built when the background starts, and a
    // first `toLocaleString` there costs ~20 ms of number-format setup on every start.
    v.maxLength(MAX_ID_LENGTH, () => `must be at most ${MAX_ID_LENGTH.toLocaleString('en')} characters long`),
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
 * True for a JSON object (not a list, not null): valibot's object schemas would take a list for
 * an object with every field missing.
 */
function isJsonObject(input: unknown): input is Record<string, unknown> {
  return typeof input === 'object' && input !== null && !Array.isArray(input);
}

/** A strict object that turns lists away first, with the message it gives anything else that is not the object. */
function strictJsonObject<const TEntries extends v.ObjectEntries>(
  entries: TEntries,
  message: (issue: v.BaseIssue<unknown>) => string,
) {
  return v.pipe(v.custom<Record<string, unknown>>(isJsonObject, message), v.strictObject(entries, message));
}

/** At most `max` characters (UTF-16 code units, as `string.length` and the anchor offsets count). */
const boundedText = (max: number) =>
  v.pipe(
    text(),
    v.maxLength(
      max,
      (issue) =>
        `must be at most ${max.toLocaleString('en')} characters long; it has ${issue.input.length.toLocaleString('en')}`,
    ),
  );

const offset = () =>
  v.pipe(
    v.number((issue) => `must be a number, not ${describeValue(issue.input)}`),
    v.safeInteger((issue) => `must be a whole number, not ${describeValue(issue.input)}`),
    v.minValue(0, (issue) => `must not be negative, not ${describeValue(issue.input)}`),
  );

/** Whitespace as `normalizeTags` folds it: trimmed, every run one plain space. */
const isTidyTag = (tag: string) => tag === tag.replace(/\s+/gu, ' ').trim();

const tag = () =>
  v.pipe(
    text(),
    v.check((value) => value.trim().length > 0, 'must not be empty'),
    v.check(
      isTidyTag,
      (issue) => `must not start or end with white space or hold runs of it, not ${describeValue(issue.input)}`,
    ),
    v.check(
      (value) => Array.from(value).length <= MAX_TAG_LENGTH,
      (issue) =>
        `must be at most ${MAX_TAG_LENGTH} characters long; it has ${Array.from(issue.input as string).length}`,
    ),
  );

/** The first tag that repeats an earlier one, ignoring case (as `normalizeTags` compares them). */
function repeatedTag(tags: readonly string[]): { first: string; again: string } | undefined {
  const seen = new Map<string, string>();
  for (const value of tags) {
    const key = value.toLowerCase();
    const first = seen.get(key);
    if (first !== undefined) return { first, again: value };
    seen.set(key, value);
  }
  return undefined;
}

/**
 * A note's tags exactly as `normalizeTags` stores them, so that importing and exporting again
 * gives the same bytes: a list of at most {@link MAX_TAGS} tidy, non-empty tags of at most
 * {@link MAX_TAG_LENGTH} characters, none repeated (ignoring case). A list that needs tidying is
 * refused rather than tidied, because a silent change would make the file and the library differ.
 */
const tags = () =>
  v.pipe(
    v.array(tag(), (issue) => `must be a list of texts, not ${describeValue(issue.input)}`),
    v.maxLength(MAX_TAGS, (issue) => `must hold at most ${MAX_TAGS} tags; it has ${issue.input.length}`),
    v.check(
      (list) => repeatedTag(list) === undefined,
      (issue) => {
        const repeat = repeatedTag(issue.input as string[])!;
        return `must not hold the same tag twice (case is ignored): “${shorten(repeat.first)}” and “${shorten(repeat.again)}”`;
      },
    ),
    // A last guard, should normalizeTags ever learn a rule the checks above do not know.
    v.check((list) => {
      const normalized = normalizeTags(list);
      return normalized.length === list.length && normalized.every((value, index) => value === list[index]);
    }, 'must be written as District Lens stores tags (trimmed, single spaces, each tag once)'),
  );

const anchorMessage = (issue: v.BaseIssue<unknown>) =>
  `must be null or an object with exact, prefix, suffix, sentence and position, not ${describeValue(issue.input)}`;

const positionMessage = (issue: v.BaseIssue<unknown>) =>
  `must be an object with start and end, not ${describeValue(issue.input)}`;

/**
 * Where a note sits on its page (a `QuoteAnchor`), or `null` for a note that follows its
 * entity everywhere. The caps are far above what `describeQuote` writes (32 characters of context
 * a side, about 200 of sentence around a name) and only keep a hostile file small.
 */
const anchor = () =>
  v.nullable(
    strictJsonObject(
      {
        exact: v.pipe(boundedText(MAX_ANCHOR_EXACT_LENGTH), v.nonEmpty('must not be empty')),
        prefix: boundedText(MAX_ANCHOR_CONTEXT_LENGTH),
        suffix: boundedText(MAX_ANCHOR_CONTEXT_LENGTH),
        sentence: boundedText(MAX_ANCHOR_SENTENCE_LENGTH),
        position: v.pipe(
          strictJsonObject({ start: offset(), end: offset() }, positionMessage),
          v.check(
            (position) => position.start < position.end,
            (issue) => {
              const { start, end } = issue.input as { start: number; end: number };
              return `must end after it starts, not run from ${start} to ${end}`;
            },
          ),
        ),
      },
      anchorMessage,
    ),
  );

/** The fields notes have had since schema version 1, checked the same way in every layout. */
const v1Fields = {
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
};

/**
 * The rules every imported note must meet, whatever file it came from. It accepts exactly the
 * fields of a {@link Note}: an unknown field is an error rather than silently dropped, because
 * dropping it would lose something the reader put in the file. Every message is the second half
 * of a sentence whose subject is the field (see `describe-issue.ts`).
 */
export const noteSchema = v.strictObject({
  // Listed in NOTE_FIELDS order, so the first problem reported is the first in the note.
  id: v1Fields.id,
  entityId: v1Fields.entityId,
  entityType: v1Fields.entityType,
  entityName: v1Fields.entityName,
  body: v1Fields.body,
  tags: tags(),
  url: v1Fields.url,
  pageTitle: v1Fields.pageTitle,
  quote: v1Fields.quote,
  anchor: anchor(),
  createdAt: v1Fields.createdAt,
  updatedAt: v1Fields.updatedAt,
});

/**
 * The rules for a note of JSON layout 1 ({@link NoteV1}: no tags, no anchor), which the import
 * checks before upgrading it with `migrateNoteV1`. A `tags` or `anchor` field in such a file is
 * an unknown field, as it was for the build that wrote it.
 */
export const noteV1Schema = v.strictObject(v1Fields);

// A compile-time check that the schemas produce exactly a Note and a NoteV1, so they cannot drift apart.
type Exactly<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const _schemaMatchesNote: Exactly<v.InferOutput<typeof noteSchema>, Note> = true;
const _v1SchemaMatchesNoteV1: Exactly<v.InferOutput<typeof noteV1Schema>, NoteV1> = true;

/**
 * How the JSON export names each note field in an error message, keyed by its dotted path in a
 * note (nested anchor fields too; an item of a list is named from its list's label).
 */
export const NOTE_FIELD_LABELS = {
  id: 'the id (id)',
  entityId: 'the entity id (entityId)',
  entityType: 'the entity type (entityType)',
  entityName: 'the entity name (entityName)',
  body: 'the note text (body)',
  tags: 'the tag list (tags)',
  url: 'the page address (url)',
  pageTitle: 'the page title (pageTitle)',
  quote: 'the quote (quote)',
  anchor: 'the quote’s place on the page (anchor)',
  'anchor.exact': 'the anchored quote (anchor.exact)',
  'anchor.prefix': 'the text before the quote (anchor.prefix)',
  'anchor.suffix': 'the text after the quote (anchor.suffix)',
  'anchor.sentence': 'the quote’s sentence (anchor.sentence)',
  'anchor.position': 'the quote’s position (anchor.position)',
  'anchor.position.start': 'the start of the quote’s position (anchor.position.start)',
  'anchor.position.end': 'the end of the quote’s position (anchor.position.end)',
  createdAt: 'the creation time (createdAt)',
  updatedAt: 'the last-edit time (updatedAt)',
} as const satisfies Readonly<Record<keyof Note, string>> & Readonly<Record<string, string>>;
