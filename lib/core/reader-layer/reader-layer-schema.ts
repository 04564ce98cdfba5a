import * as v from 'valibot';
import { ENTITY_TYPES } from '../entity';
import { MAX_ANCHOR_CONTEXT_LENGTH } from '../notes';
import { describeValue, shorten } from '../validation';
import { isIsoInstant, isWebAddress } from '../validation';
import { isWellFormedText } from '../validation';
import { matchingForm } from '../normalize';
import { tidyName } from './reader-entity';
import { CORRECTION_KINDS, isReaderEntityId, type ReaderLayer } from './reader-layer';
import {
  MAX_READER_ALIASES,
  MAX_READER_CORRECTIONS,
  MAX_READER_DESCRIPTION_LENGTH,
  MAX_READER_ENTITIES,
  MAX_READER_NAME_LENGTH,
  MAX_READER_REF_LENGTH,
  MAX_READER_SURFACE_LENGTH,
  MAX_READER_URL_LENGTH,
} from './reader-layer-limits';

// Every message is the second half of a sentence whose subject is the field (see describe-issue.ts).

const text = () => v.string((issue) => `must be text, not ${describeValue(issue.input)}`);

const count = (n: number) => n.toLocaleString('en');

const bounded = (max: number) =>
  v.pipe(
    text(),
    v.maxLength(max, (issue) => `must be at most ${count(max)} characters long; it has ${count(issue.input.length)}`),
    v.check(isWellFormedText, 'must not contain a broken character (an unpaired surrogate)'),
  );

/** Text that can meet a page: something is left of it after the page text's normalisation. */
const matchable = (max: number) =>
  v.pipe(
    bounded(max),
    v.check((value) => value.trim().length > 0, 'must not be empty'),
    v.check((value) => matchingForm(value).length > 0, 'must hold text that can appear on a page'),
  );

/** A name or alias as `normalizeReaderEntity` stores it. */
const name = () =>
  v.pipe(
    matchable(MAX_READER_NAME_LENGTH),
    v.check(
      (value) => tidyName(value) === value,
      (issue) => `must not start or end with white space or hold runs of it, not ${describeValue(issue.input)}`,
    ),
  );

const reference = () => v.pipe(bounded(MAX_READER_REF_LENGTH), v.nonEmpty('must not be empty'));

const instant = () =>
  v.pipe(
    text(),
    v.check(
      isIsoInstant,
      (issue) => `must be a UTC time such as 2026-01-02T03:04:05.000Z, not ${describeValue(issue.input)}`,
    ),
  );

const entityType = () =>
  v.picklist(ENTITY_TYPES, (issue) => `must be one of ${ENTITY_TYPES.join(', ')}, not ${describeValue(issue.input)}`);

/** True for a JSON object (valibot's object schemas would take a list for one with every field missing). */
function isJsonObject(input: unknown): input is Record<string, unknown> {
  return typeof input === 'object' && input !== null && !Array.isArray(input);
}

function strictJsonObject<const TEntries extends v.ObjectEntries>(
  entries: TEntries,
  message: (issue: v.BaseIssue<unknown>) => string,
) {
  return v.pipe(v.custom<Record<string, unknown>>(isJsonObject, message), v.strictObject(entries, message));
}

/** The first alias that repeats the name or an earlier alias once both are in matching form. */
function repeatedAlias(entity: { name: string; aliases: readonly string[] }): string | undefined {
  const seen = new Set([matchingForm(entity.name)]);
  for (const alias of entity.aliases) {
    const key = matchingForm(alias);
    if (seen.has(key)) return alias;
    seen.add(key);
  }
  return undefined;
}

/**
 * One of the reader's entities exactly as `normalizeReaderEntity` stores it: an entity that needs
 * tidying is refused rather than tidied, so importing an export and exporting again gives the
 * same bytes, and an unknown field is refused rather than dropped, so nothing is lost silently.
 */
export const readerEntitySchema = v.pipe(
  strictJsonObject(
    {
      id: v.pipe(
        text(),
        v.check(
          isReaderEntityId,
          (issue) =>
            `must be “reader:” followed by up to 100 letters, digits, - or _, not ${describeValue(issue.input)}`,
        ),
      ),
      type: entityType(),
      name: name(),
      aliases: v.pipe(
        v.array(name(), (issue) => `must be a list of texts, not ${describeValue(issue.input)}`),
        v.maxLength(
          MAX_READER_ALIASES,
          (issue) => `must hold at most ${MAX_READER_ALIASES} aliases; it has ${count(issue.input.length)}`,
        ),
      ),
      description: v.pipe(
        bounded(MAX_READER_DESCRIPTION_LENGTH),
        v.check((value) => value === value.trim(), 'must not start or end with white space'),
      ),
      createdAt: instant(),
      updatedAt: instant(),
    },
    (issue) => `must be an object with the entity’s fields, not ${describeValue(issue.input)}`,
  ),
  v.forward(
    v.partialCheck(
      [['name'], ['aliases']],
      (entity) => repeatedAlias(entity) === undefined,
      (issue) => {
        const input = issue.input as { name: string; aliases: string[] };
        return `must not repeat the name or another alias (traditional and simplified count as the same): “${shorten(repeatedAlias(input) ?? '')}”`;
      },
    ),
    ['aliases'],
  ),
);

const correctionMessage = (issue: v.BaseIssue<unknown>) =>
  `must be an object with the correction’s fields, not ${describeValue(issue.input)}`;

const common = { id: reference(), createdAt: instant() };

/** The rules for each kind of correction; fields as in `reader-layer.ts`. */
export const correctionSchema = v.pipe(
  v.custom<Record<string, unknown>>(isJsonObject, correctionMessage),
  v.variant(
    'kind',
    [
      v.strictObject(
        {
          kind: v.literal('not-here'),
          ...common,
          entityId: reference(),
          surface: matchable(MAX_READER_SURFACE_LENGTH),
          url: v.pipe(
            bounded(MAX_READER_URL_LENGTH),
            v.check(
              isWebAddress,
              (issue) => `must be a web address starting with http:// or https://, not ${describeValue(issue.input)}`,
            ),
            v.check((value) => !value.includes('#'), 'must be the article’s address without a #fragment'),
          ),
          prefix: bounded(MAX_ANCHOR_CONTEXT_LENGTH),
          suffix: bounded(MAX_ANCHOR_CONTEXT_LENGTH),
        },
        correctionMessage,
      ),
      v.strictObject(
        {
          kind: v.literal('never'),
          ...common,
          surface: matchable(MAX_READER_SURFACE_LENGTH),
          entityId: v.optional(reference()),
        },
        correctionMessage,
      ),
      v.strictObject(
        { kind: v.literal('change-type'), ...common, entityId: reference(), type: entityType() },
        correctionMessage,
      ),
      v.strictObject(
        { kind: v.literal('same-as'), ...common, alias: name(), targetId: reference() },
        correctionMessage,
      ),
    ],
    (issue) => `must be one of ${CORRECTION_KINDS.join(', ')}, not ${describeValue(issue.input)}`,
  ),
);

/** The first two items (0-based) of `list` with the same id. */
function repeatedId(list: readonly { id: string }[]): [number, number, string] | undefined {
  const first = new Map<string, number>();
  for (const [index, item] of list.entries()) {
    const earlier = first.get(item.id);
    if (earlier !== undefined) return [earlier, index, item.id];
    first.set(item.id, index);
  }
  return undefined;
}

const uniqueIds = <T extends { id: string }>(items: string) =>
  v.check<T[], (issue: v.BaseIssue<unknown>) => string>(
    (list) => repeatedId(list) === undefined,
    (issue) => {
      const [a, b, id] = repeatedId(issue.input as { id: string }[])!;
      return `must not hold two ${items} with the same id: items ${a + 1} and ${b + 1} are both “${shorten(id)}”`;
    },
  );

/**
 * The reader's whole layer as the export writes it: `{ entities, corrections }`, at most
 * {@link MAX_READER_ENTITIES} entities and {@link MAX_READER_CORRECTIONS} corrections, ids unique
 * within each list. References between entries are not checked: a same-as alias of a deleted
 * entity, or a correction of an entity the knowledge base no longer has, is kept and ignored.
 */
export const readerLayerSchema = strictJsonObject(
  {
    entities: v.pipe(
      v.array(readerEntitySchema, (issue) => `must be a list, not ${describeValue(issue.input)}`),
      v.maxLength(
        MAX_READER_ENTITIES,
        (issue) => `must hold at most ${count(MAX_READER_ENTITIES)} entities; it has ${count(issue.input.length)}`,
      ),
      uniqueIds('entities'),
    ),
    corrections: v.pipe(
      v.array(correctionSchema, (issue) => `must be a list, not ${describeValue(issue.input)}`),
      v.maxLength(
        MAX_READER_CORRECTIONS,
        (issue) =>
          `must hold at most ${count(MAX_READER_CORRECTIONS)} corrections; it has ${count(issue.input.length)}`,
      ),
      uniqueIds('corrections'),
    ),
  },
  (issue) => `must be an object with the fields entities and corrections, not ${describeValue(issue.input)}`,
);

// A compile-time check that what the schema accepts is a ReaderLayer.
const _schemaGivesReaderLayer: v.InferOutput<typeof readerLayerSchema> extends ReaderLayer ? true : never = true;

/** How error messages name the fields of the layer, of an entity and of a correction. */
export const READER_LAYER_LABELS = {
  entities: 'the entity list (entities)',
  corrections: 'the correction list (corrections)',
} as const;

/** Field labels of a reader entity, for `describeIssue`. */
export const READER_ENTITY_LABELS = {
  id: 'the id (id)',
  type: 'the type (type)',
  name: 'the name (name)',
  aliases: 'the alias list (aliases)',
  description: 'the description (description)',
  createdAt: 'the creation time (createdAt)',
  updatedAt: 'the last-edit time (updatedAt)',
} as const;

/** Field labels of a correction, for `describeIssue`. */
export const CORRECTION_LABELS = {
  kind: 'the kind (kind)',
  id: 'the id (id)',
  createdAt: 'the creation time (createdAt)',
  entityId: 'the entity id (entityId)',
  surface: 'the highlighted text (surface)',
  url: 'the page address (url)',
  prefix: 'the text before it (prefix)',
  suffix: 'the text after it (suffix)',
  type: 'the new type (type)',
  alias: 'the alias (alias)',
  targetId: 'the entity it names (targetId)',
} as const;
