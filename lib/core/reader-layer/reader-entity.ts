import type { EntityType } from '../entity';
import { matchingForm } from '../normalize';
import { READER_ID_PREFIX, type ReaderEntity } from './reader-layer';

/** Trimmed, with every run of white space one plain space: how names are stored. */
export function tidyName(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/**
 * The entity as the store keeps it: name and aliases tidied ({@link tidyName}), the description
 * trimmed, empty aliases dropped, aliases that match the same text as an earlier alias or as the
 * name dropped (compared in {@link matchingForm}, so `寧波` repeats `宁波`; the first spelling
 * stays). Everything else is copied as it is. Returns a new object; idempotent.
 * Example: `normalizeReaderEntity({ …, name: ' 苏宿园区 ', aliases: ['苏宿园区', '蘇宿園區', ' 苏宿 '] })`
 * → name `苏宿园区`, aliases `['苏宿']`.
 */
export function normalizeReaderEntity(entity: ReaderEntity): ReaderEntity {
  const name = tidyName(entity.name);
  const seen = new Set([matchingForm(name)]);
  const aliases: string[] = [];
  for (const alias of entity.aliases) {
    const tidy = tidyName(alias);
    const key = matchingForm(tidy);
    if (key.length === 0 || seen.has(key)) continue;
    seen.add(key);
    aliases.push(tidy);
  }
  return {
    id: entity.id,
    type: entity.type,
    name,
    aliases,
    description: entity.description.trim(),
    createdAt: entity.createdAt,
    updatedAt: entity.updatedAt,
  };
}

/** What the reader fills in when adding an entity. */
export interface ReaderEntityDraft {
  type: EntityType;
  name: string;
  aliases?: readonly string[];
  description?: string;
}

/** Where a new entity's id and time come from; injectable so tests and imports are reproducible. */
export interface NewReaderEntityOptions {
  /** Defaults to `crypto.randomUUID()`. */
  uuid?: string;
  /** Defaults to the current time. */
  now?: Date;
}

/**
 * A new, normalised reader entity from what the reader typed: id `reader:<uuid>`, `createdAt` and
 * `updatedAt` both now. Does not check sizes: `parseReaderLayer` and the store do.
 */
export function createReaderEntity(draft: ReaderEntityDraft, options: NewReaderEntityOptions = {}): ReaderEntity {
  const now = (options.now ?? new Date()).toISOString();
  return normalizeReaderEntity({
    id: `${READER_ID_PREFIX}${options.uuid ?? globalThis.crypto.randomUUID()}`,
    type: draft.type,
    name: draft.name,
    aliases: [...(draft.aliases ?? [])],
    description: draft.description ?? '',
    createdAt: now,
    updatedAt: now,
  });
}
