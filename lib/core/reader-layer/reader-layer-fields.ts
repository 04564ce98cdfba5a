import type * as v from 'valibot';
import type { Correction, ReaderEntity, ReaderLayer } from './reader-layer';
import type { correctionSchema, readerEntitySchema } from './reader-layer-schema';

/**
 * Every field of a {@link ReaderEntity}, in the order the JSON export writes them (the order
 * `parseReaderLayer` returns them in). The export builds entities from this list only, so a stray
 * property on a stored object never travels and the same entity always serialises to the same bytes.
 */
export const READER_ENTITY_FIELDS = [
  'id',
  'type',
  'name',
  'aliases',
  'description',
  'createdAt',
  'updatedAt',
] as const satisfies readonly (keyof ReaderEntity)[];

/** The correction of one kind, e.g. `CorrectionOf<'never'>` is a `NeverCorrection`. */
type CorrectionOf<K extends Correction['kind']> = Extract<Correction, { kind: K }>;

/**
 * Every field of each kind of {@link Correction}, in the order the JSON export writes them:
 * `kind`, `id` and `createdAt` first, then the kind's own fields (the order `parseReaderLayer`
 * returns them in). A `never` correction's optional `entityId` is written only when it is set.
 */
export const CORRECTION_FIELDS = {
  'not-here': ['kind', 'id', 'createdAt', 'entityId', 'surface', 'url', 'prefix', 'suffix'],
  never: ['kind', 'id', 'createdAt', 'surface', 'entityId'],
  'change-type': ['kind', 'id', 'createdAt', 'entityId', 'type'],
  'same-as': ['kind', 'id', 'createdAt', 'alias', 'targetId'],
} as const satisfies { readonly [K in Correction['kind']]: readonly (keyof CorrectionOf<K>)[] };

// Compile-time checks that the lists name every field of the types, and exactly the fields the
// import schema accepts: a field added to ReaderEntity or to a correction must be added here (and
// to the schema), or exports would silently leave it out.
type Exactly<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
/** The names in one set and not the other; `never` when the two agree. */
type Mismatch<A, B> = Exclude<A, B> | Exclude<B, A>;
type Kind = Correction['kind'];
type ListedCorrectionField<K extends Kind> = (typeof CORRECTION_FIELDS)[K][number];
type SchemaCorrectionOf<K extends Kind> = Extract<v.InferOutput<typeof correctionSchema>, { kind: K }>;
const _everyEntityFieldListed: Exactly<keyof ReaderEntity, (typeof READER_ENTITY_FIELDS)[number]> = true;
const _entitySchemaAgrees: Exactly<
  keyof v.InferOutput<typeof readerEntitySchema>,
  (typeof READER_ENTITY_FIELDS)[number]
> = true;
type UnlistedCorrectionField = { [K in Kind]: Mismatch<keyof CorrectionOf<K>, ListedCorrectionField<K>> }[Kind];
const _everyCorrectionFieldListed: [UnlistedCorrectionField] extends [never] ? true : never = true;
type SchemaCorrectionMismatch = { [K in Kind]: Mismatch<keyof SchemaCorrectionOf<K>, ListedCorrectionField<K>> }[Kind];
const _correctionSchemaAgrees: [SchemaCorrectionMismatch] extends [never] ? true : never = true;
const _layerFields: Exactly<keyof ReaderLayer, 'entities' | 'corrections'> = true;

/** The fields every correction has, written for a correction of a kind this build does not know. */
const COMMON_CORRECTION_FIELDS = ['kind', 'id', 'createdAt'] as const;

/**
 * Returns a fresh plain object with exactly the entity's fields in {@link READER_ENTITY_FIELDS}
 * order and a fresh `aliases` list; extra properties are dropped, the input is not changed and
 * shares nothing with the result.
 */
export function canonicalReaderEntity(entity: ReaderEntity): ReaderEntity {
  return {
    id: entity.id,
    type: entity.type,
    name: entity.name,
    aliases: [...entity.aliases],
    description: entity.description,
    createdAt: entity.createdAt,
    updatedAt: entity.updatedAt,
  };
}

/** The fields written for a correction: its kind's list, or the common fields for a kind this build does not know. */
function correctionFields(correction: Correction): readonly string[] {
  const { kind } = correction as { kind: unknown };
  // Own keys only, so a kind such as `constructor` never finds Object.prototype's.
  return typeof kind === 'string' && Object.hasOwn(CORRECTION_FIELDS, kind)
    ? CORRECTION_FIELDS[kind as Kind]
    : COMMON_CORRECTION_FIELDS;
}

/**
 * Returns a fresh plain object with exactly the correction's fields in {@link CORRECTION_FIELDS}
 * order for its kind; a field whose value is `undefined` (a `never` correction without
 * `entityId`) is left out rather than written as a key. Extra properties are dropped and the
 * input is not changed. A correction of a kind the type does not allow (only a bug could make
 * one) keeps `kind`, `id` and `createdAt`, so the import refuses it with a sentence.
 */
export function canonicalCorrection(correction: Correction): Correction {
  const source = correction as unknown as Readonly<Record<string, unknown>>;
  const copy: Record<string, unknown> = {};
  for (const field of correctionFields(correction)) {
    const value = source[field];
    if (value !== undefined) copy[field] = value;
  }
  return copy as unknown as Correction;
}

/**
 * True when two entities agree on every field of {@link READER_ENTITY_FIELDS}, comparing aliases
 * by value and in order (the reader's order is part of the entity); extra properties are ignored.
 */
export function sameReaderEntity(a: ReaderEntity, b: ReaderEntity): boolean {
  return READER_ENTITY_FIELDS.every((key) => {
    if (key === 'aliases')
      return a.aliases.length === b.aliases.length && a.aliases.every((x, i) => x === b.aliases[i]);
    return a[key] === b[key];
  });
}

/**
 * True when two corrections are of the same kind and agree on every field of that kind (see
 * {@link CORRECTION_FIELDS}); a missing optional field equals one set to `undefined`, extra
 * properties are ignored.
 */
export function sameCorrection(a: Correction, b: Correction): boolean {
  if (a.kind !== b.kind) return false;
  const left = a as unknown as Readonly<Record<string, unknown>>;
  const right = b as unknown as Readonly<Record<string, unknown>>;
  return correctionFields(a).every((field) => left[field] === right[field]);
}

/** Plain code-unit order: the same in every browser and locale, unlike `localeCompare`. */
function compareIds(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The reader layer as the JSON export writes it: entities sorted by id, corrections sorted by id
 * (code-unit order, so the order never depends on the store or the locale; the sort is stable),
 * each a fresh canonical object ({@link canonicalReaderEntity}, {@link canonicalCorrection}).
 * Returns new lists; the input is not changed.
 */
export function canonicalReaderLayer(layer: ReaderLayer): { entities: ReaderEntity[]; corrections: Correction[] } {
  return {
    entities: [...layer.entities].sort(compareIds).map(canonicalReaderEntity),
    corrections: [...layer.corrections].sort(compareIds).map(canonicalCorrection),
  };
}
