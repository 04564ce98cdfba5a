/**
 * Readers of `layer:` message payloads. Messages cross a process boundary, so the background
 * never trusts their types: each function answers a fresh object with only the fields of the
 * protocol (unknown ones dropped) or throws an `Error` whose message is a sentence for the
 * reader. Sizes, tidiness and the rules of each kind are the service's to check
 * (`ReaderLayerService`), so a direct call and a message are refused alike.
 */
import { ENTITY_TYPES, type EntityType } from '../core/entity';
import { NOTE_ID_PATTERN } from '../core/notes';
import {
  CORRECTION_KINDS,
  MAX_READER_ALIASES,
  type Correction,
  type NeverCorrection,
  type ReaderEntity,
} from '../core/reader-layer';
import type { NewCorrection, NewReaderEntity } from './reader-layer-protocol';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `record[key]` when it is text, else a refusal naming it: `The entity's name is not text.` */
function text(record: Record<string, unknown>, key: string, owner: string): string {
  const value = record[key];
  if (typeof value !== 'string') throw new Error(`The ${owner}'s ${key} is not text.`);
  return value;
}

function entityType(value: unknown, owner: string): EntityType {
  if (typeof value !== 'string' || !(ENTITY_TYPES as readonly string[]).includes(value)) {
    throw new Error(`The ${owner}'s type must be one of ${ENTITY_TYPES.join(', ')}.`);
  }
  return value as EntityType;
}

function aliasList(value: unknown): string[] {
  if (!Array.isArray(value) || !value.every((alias) => typeof alias === 'string')) {
    throw new Error("The entity's aliases are not a list of texts.");
  }
  // Checked here too so that a huge list is refused before anything walks it.
  if (value.length > MAX_READER_ALIASES) throw new Error(`An entity can have at most ${MAX_READER_ALIASES} aliases.`);
  return [...(value as string[])];
}

/**
 * Reads the `entity` of a `layer:add-entity` message: type (a known entity type), name, aliases
 * (a list of texts; missing reads as none) and description (missing reads as empty).
 * Example: `{ type: 'platform', name: '苏宿工业园区', admin: true }` →
 * `{ type: 'platform', name: '苏宿工业园区', aliases: [], description: '' }`.
 */
export function parseNewReaderEntity(value: unknown): NewReaderEntity {
  if (!isRecord(value)) throw new Error('The entity is missing.');
  return {
    type: entityType(value.type, 'entity'),
    name: text(value, 'name', 'entity'),
    aliases: value.aliases === undefined ? [] : aliasList(value.aliases),
    description: value.description === undefined ? '' : text(value, 'description', 'entity'),
  };
}

/**
 * Reads the `changes` of a `layer:update-entity` message: any of type, name, aliases and
 * description, each checked as in {@link parseNewReaderEntity}; absent fields stay absent.
 */
export function parseReaderEntityChanges(value: unknown): Partial<NewReaderEntity> {
  if (!isRecord(value)) throw new Error('The changes to the entity are missing.');
  const changes: Partial<NewReaderEntity> = {};
  if (value.type !== undefined) changes.type = entityType(value.type, 'entity');
  if (value.name !== undefined) changes.name = text(value, 'name', 'entity');
  if (value.aliases !== undefined) changes.aliases = aliasList(value.aliases);
  if (value.description !== undefined) changes.description = text(value, 'description', 'entity');
  return changes;
}

/**
 * Reads the whole entity of a `layer:restore-entity` message: the fields of a new entity plus
 * id, `createdAt` and `updatedAt` as text. Whether they are well-formed is the service's check.
 */
export function parseReaderEntity(value: unknown): ReaderEntity {
  const base = parseNewReaderEntity(value);
  const record = value as Record<string, unknown>;
  return {
    id: text(record, 'id', 'entity'),
    type: base.type,
    name: base.name,
    aliases: base.aliases,
    description: base.description,
    createdAt: text(record, 'createdAt', 'entity'),
    updatedAt: text(record, 'updatedAt', 'entity'),
  };
}

/**
 * Reads the `correction` of a `layer:add-correction` message: a known `kind` and the text fields
 * of that kind (`reader-layer.ts`); a `never` without `entityId` suppresses the text everywhere.
 * Example: `{ kind: 'never', surface: '东方', url: 'x' }` → `{ kind: 'never', surface: '东方' }`.
 */
export function parseNewCorrection(value: unknown): NewCorrection {
  if (!isRecord(value)) throw new Error('The correction is missing.');
  const field = (key: string) => text(value, key, 'correction');
  switch (value.kind) {
    case 'not-here':
      return {
        kind: 'not-here',
        entityId: field('entityId'),
        surface: field('surface'),
        url: field('url'),
        prefix: field('prefix'),
        suffix: field('suffix'),
      };
    case 'never': {
      const never: Omit<NeverCorrection, 'id' | 'createdAt'> = { kind: 'never', surface: field('surface') };
      if (value.entityId !== undefined) never.entityId = field('entityId');
      return never;
    }
    case 'change-type':
      return { kind: 'change-type', entityId: field('entityId'), type: entityType(value.type, 'correction') };
    case 'same-as':
      return { kind: 'same-as', alias: field('alias'), targetId: field('targetId') };
    default:
      throw new Error(`The correction's kind must be one of ${CORRECTION_KINDS.join(', ')}.`);
  }
}

/**
 * Reads the whole correction of a `layer:restore-correction` message: the fields of a new
 * correction plus id and `createdAt` as text, in the order the export writes them.
 */
export function parseCorrection(value: unknown): Correction {
  const draft = parseNewCorrection(value);
  const record = value as Record<string, unknown>;
  const id = text(record, 'id', 'correction');
  const createdAt = text(record, 'createdAt', 'correction');
  const { kind: _kind, ...fields } = draft;
  return { kind: draft.kind, id, createdAt, ...fields } as Correction;
}

/**
 * Reads the optional `saveId` of an add message: absent, or an id of the `NOTE_ID_PATTERN` form
 * (8–64 letters, digits and dashes), as a note's save id.
 */
export function parseLayerSaveId(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !NOTE_ID_PATTERN.test(value)) throw new Error('The save id is not valid.');
  return value;
}

/** Reads the `id` of a message about one entity or correction: text, not empty. */
export function parseLayerId(message: object, what: 'entity' | 'correction'): string {
  const id = (message as Record<string, unknown>).id;
  if (typeof id !== 'string') throw new Error(`The ${what} id is not text.`);
  if (id === '') throw new Error(`The ${what} id is empty.`);
  return id;
}
