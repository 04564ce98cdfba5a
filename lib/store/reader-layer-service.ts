import * as v from 'valibot';
import { NOTE_ID_PATTERN } from '../core/notes';
import { describeIssue } from '../core/validation';
import { shorten } from '../core/validation';
import {
  CORRECTION_LABELS,
  correctionSchema,
  createReaderEntity,
  isReaderEntityId,
  matchingForm,
  MAX_READER_CORRECTIONS,
  MAX_READER_ENTITIES,
  normalizeReaderEntity,
  parseReaderLayer,
  READER_ENTITY_LABELS,
  readerEntitySchema,
  tidyName,
  type Correction,
  type ReaderEntity,
  type ReaderLayer,
} from '../core/reader-layer';
import type { DistrictLensDatabase } from './database';
import type { NewCorrection, NewReaderEntity } from './reader-layer-protocol';

/** How many entries of one list an import adds, finds already there, or finds there with other content. */
export interface LayerImportCounts {
  added: number;
  duplicates: number;
  /** Entries whose id (or, for corrections, whose rule) is stored with other content. */
  changed: number;
}

/** What {@link ReaderLayerService.importLayer} would do, or did, to each list of the layer. */
export interface ReaderLayerImportSummary {
  entities: LayerImportCounts;
  corrections: LayerImportCounts;
  /** Whether changed entries were (or would be) overwritten by the file's version. */
  replaceChanged: boolean;
}

const ENTITY_GONE = 'That entity no longer exists; it may have been deleted in another tab.';
const CORRECTION_GONE = 'That correction no longer exists; it may have been deleted in another tab.';

const count = (n: number) => n.toLocaleString('en');

/** `“text”`, cut so that a huge or hostile value cannot flood a sentence. */
const quoted = (text: string) => `“${shorten(text)}”`;

/**
 * The entity, checked against the same rules an import applies ({@link readerEntitySchema}), or a
 * sentence naming the first problem. `action` completes "The entity cannot be …".
 */
function checkedEntity(entity: ReaderEntity, action: string): ReaderEntity {
  if (entity.name.length === 0) throw new Error('An entity needs a name.');
  const result = v.safeParse(readerEntitySchema, entity, { abortEarly: true });
  if (!result.success) {
    throw new Error(`The entity cannot be ${action}: ${describeIssue(result.issues[0], READER_ENTITY_LABELS)}.`);
  }
  return entity;
}

/** The correction, checked against the rules of its kind ({@link correctionSchema}), or a sentence. */
function checkedCorrection(correction: Correction, action: string): Correction {
  const result = v.safeParse(correctionSchema, correction, { abortEarly: true });
  if (!result.success) {
    throw new Error(`The correction cannot be ${action}: ${describeIssue(result.issues[0], CORRECTION_LABELS)}.`);
  }
  return correction;
}

/**
 * The whole correction, fields in the order `parseReaderLayer` writes them, so what the store
 * keeps exports byte for byte as an import reads it. Fields a kind does not have are dropped;
 * a same-as alias is tidied as entity names are (the reader typed it).
 */
function wholeCorrection(draft: NewCorrection, id: string, createdAt: string): Correction {
  switch (draft.kind) {
    case 'not-here':
      return {
        kind: draft.kind,
        id,
        createdAt,
        entityId: draft.entityId,
        surface: draft.surface,
        url: draft.url,
        prefix: draft.prefix,
        suffix: draft.suffix,
      };
    case 'never':
      return draft.entityId === undefined
        ? { kind: draft.kind, id, createdAt, surface: draft.surface }
        : { kind: draft.kind, id, createdAt, surface: draft.surface, entityId: draft.entityId };
    case 'change-type':
      return { kind: draft.kind, id, createdAt, entityId: draft.entityId, type: draft.type };
    case 'same-as':
      return { kind: draft.kind, id, createdAt, alias: tidyName(draft.alias), targetId: draft.targetId };
  }
}

/**
 * What makes two corrections the same rule, whatever their ids: the whole mention for
 * `not-here`, the folded text (and entity) for `never`, the entity for `change-type` (one type
 * per entity), the folded alias for `same-as` (one meaning per alias).
 */
function ruleKey(c: Correction): string {
  switch (c.kind) {
    case 'not-here':
      return ['not-here', c.entityId, c.url, c.prefix, c.surface, c.suffix].join('\u0000');
    case 'never':
      return ['never', matchingForm(c.surface), c.entityId ?? ''].join('\u0000');
    case 'change-type':
      return ['change-type', c.entityId].join('\u0000');
    case 'same-as':
      return ['same-as', matchingForm(c.alias)].join('\u0000');
  }
}

/** JSON with keys sorted at every depth: equal for equal content whatever order the store kept keys in. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    typeof item === 'object' && item !== null && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : item,
  );
}

/**
 * Whether `b` says what `a` says, for two corrections with the same {@link ruleKey}: always for
 * `not-here` and `never` (the key is all they say), the same type for `change-type`, the same
 * target for `same-as`.
 */
function sameRule(a: Correction, b: Correction): boolean {
  if (a.kind === 'change-type' && b.kind === 'change-type') return a.type === b.type;
  if (a.kind === 'same-as' && b.kind === 'same-as') return a.targetId === b.targetId;
  return a.kind === b.kind;
}

const byCreatedThenId = <T extends { createdAt: string; id: string }>(a: T, b: T) =>
  a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/**
 * Reads and writes the reader's layer — their own entities and their corrections — in the
 * `readerEntities` and `corrections` tables. Every write runs in one Dexie transaction over both
 * tables, so a refused write leaves nothing behind, and once it has committed the listeners given
 * to {@link onLayerChanged} are called (the background bumps `READER_LAYER_VERSION_KEY` there, so
 * open pages annotate again). A request that writes nothing (an idempotent repeat, a dry run)
 * calls no listener.
 *
 * Invariants kept by every edit: no two of the reader's entities share a name or alias, and no
 * same-as alias repeats one of those or another same-as alias (compared in `matchingForm`, so
 * traditional and simplified are the same) — an import alone keeps a file's entities whose names
 * collide, see {@link ReaderLayerService.importLayer}; at most one `never` per text and entity,
 * one `change-type` per entity, one `not-here` per mention; at most `MAX_READER_ENTITIES` entities
 * and `MAX_READER_CORRECTIONS` corrections, so every export can be imported again.
 */
export class ReaderLayerService {
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly db: DistrictLensDatabase,
    private readonly now: () => Date = () => new Date(),
    private readonly newId: () => string = () => crypto.randomUUID(),
  ) {}

  /**
   * Calls `listener` after every write that changed the layer has committed (never for reads,
   * refused writes, idempotent repeats or dry runs). A listener that throws does not turn the
   * saved change into an error. Returns a function that stops calling it.
   */
  onLayerChanged(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * The whole layer: entities by name (in IndexedDB's UTF-16 code-unit order, ties by id; the UI
   * may sort again for display), corrections newest first.
   */
  async getLayer(): Promise<ReaderLayer> {
    const { db } = this;
    return db.transaction('r', [db.readerEntities, db.corrections], async () => ({
      entities: await db.readerEntities.orderBy('name').toArray(),
      corrections: await db.corrections.orderBy('createdAt').reverse().toArray(),
    }));
  }

  /**
   * The layer for the JSON export: entities and corrections oldest first (ties by id), an order
   * that depends only on their content, so importing an export into a fresh profile and exporting
   * again gives the same file.
   */
  async exportLayer(): Promise<ReaderLayer> {
    const { db } = this;
    return db.transaction('r', [db.readerEntities, db.corrections], async () => ({
      entities: (await db.readerEntities.toArray()).sort(byCreatedThenId),
      corrections: (await db.corrections.toArray()).sort(byCreatedThenId),
    }));
  }

  /**
   * Adds one of the reader's entities: name and aliases tidied, repeated aliases dropped
   * (`normalizeReaderEntity`), `createdAt` = `updatedAt` = now, id `reader:<saveId>` or
   * `reader:<new id>`. Refuses, with a sentence, an empty name, a name, alias or description over
   * the limits, text that can never appear on a page, a name or alias that already means another
   * of the reader's entities or a same-as alias, and a full layer. With `saveId` (a note id, see
   * `NOTE_ID_PATTERN`) the save is idempotent: when the entity is already stored it is answered
   * as stored and nothing is written.
   */
  async addEntity(draft: NewReaderEntity, saveId?: string): Promise<ReaderEntity> {
    const uuid = saveId === undefined ? this.newId() : checkedSaveId(saveId);
    const entity = createReaderEntity(draft, { uuid, now: this.now() });
    if (!isReaderEntityId(entity.id)) throw new Error('The save id is not valid.');
    checkedEntity(entity, 'saved');
    return this.write(async () => {
      const saved = await this.db.readerEntities.get(entity.id);
      // The same save sent again (its first reply was lost while the background restarted).
      if (saved) return [saved, false];
      await this.checkEntityRoom();
      await this.checkNamesFree(entity);
      await this.db.readerEntities.add(entity);
      return [entity, true];
    });
  }

  /**
   * Changes an entity's type, name, aliases or description (the fields given; aliases are
   * replaced as a whole), normalised and checked as {@link addEntity} does, and moves
   * `updatedAt` to now; id and `createdAt` stay. Rejects when the entity does not exist.
   */
  async updateEntity(id: string, changes: Partial<NewReaderEntity>): Promise<ReaderEntity> {
    return this.write(async () => {
      const stored = await this.db.readerEntities.get(id);
      if (!stored) throw new Error(ENTITY_GONE);
      const updated = checkedEntity(
        normalizeReaderEntity({
          ...stored,
          type: changes.type ?? stored.type,
          name: changes.name ?? stored.name,
          aliases: changes.aliases ?? stored.aliases,
          description: changes.description ?? stored.description,
          updatedAt: this.now().toISOString(),
        }),
        'changed',
      );
      await this.checkNamesFree(updated);
      await this.db.readerEntities.put(updated);
      return [updated, true];
    });
  }

  /**
   * Deletes an entity and answers it as it was, so the reader can undo with {@link restoreEntity}.
   * Corrections that name it (a same-as alias of it, a `not-here` or `change-type` of it) stay:
   * the detector ignores those of an entity that is not in the layer, and they work again when
   * the entity is restored. Rejects when the entity does not exist.
   */
  async deleteEntity(id: string): Promise<ReaderEntity> {
    return this.write(async () => {
      const stored = await this.db.readerEntities.get(id);
      if (!stored) throw new Error(ENTITY_GONE);
      await this.db.readerEntities.delete(id);
      return [stored, true];
    });
  }

  /**
   * Puts back exactly the entity given — same id, names and timestamps — as the undo of a delete.
   * Rejects, nothing overwritten, when an entity with that id is already there, when one of its
   * names has meanwhile come to mean something else, or when the entity breaks the layer's rules.
   */
  async restoreEntity(entity: ReaderEntity): Promise<ReaderEntity> {
    checkedEntity(entity, 'restored');
    return this.write(async () => {
      if (await this.db.readerEntities.get(entity.id)) throw new Error('That entity is already in your entities.');
      await this.checkEntityRoom();
      await this.checkNamesFree(entity);
      await this.db.readerEntities.add(entity);
      return [entity, true];
    });
  }

  /**
   * Adds a correction with id `saveId` (or a new one) and `createdAt` now, checked by the rules of
   * its kind. Refuses with a sentence a `never` that is already there (same text after folding,
   * same entity or none), a same-as alias that already means something in the layer, and a full
   * layer. A `change-type` replaces the entity's earlier one (deleted in the same transaction). A
   * `not-here` of a mention that already has one answers the stored one and writes nothing, as
   * does a repeated `saveId`.
   */
  async addCorrection(draft: NewCorrection, saveId?: string): Promise<Correction> {
    const id = saveId === undefined ? this.newId() : checkedSaveId(saveId);
    const correction = checkedCorrection(wholeCorrection(draft, id, this.now().toISOString()), 'saved');
    return this.write(async () => {
      const saved = await this.db.corrections.get(id);
      if (saved) return [saved, false];
      return this.placeCorrection(correction);
    });
  }

  /**
   * Deletes a correction and answers it as it was, so the reader can undo with
   * {@link restoreCorrection}. Rejects when it does not exist.
   */
  async deleteCorrection(id: string): Promise<Correction> {
    return this.write(async () => {
      const stored = await this.db.corrections.get(id);
      if (!stored) throw new Error(CORRECTION_GONE);
      await this.db.corrections.delete(id);
      return [stored, true];
    });
  }

  /**
   * Puts back exactly the correction given (same id and `createdAt`) as the undo of a delete, by
   * the rules of {@link addCorrection}: a `change-type` replaces the entity's current one, an
   * identical `not-here` stored since is answered instead. Rejects when a correction with that id
   * is already there (nothing is overwritten) or when the correction breaks its kind's rules.
   */
  async restoreCorrection(correction: Correction): Promise<Correction> {
    checkedCorrection(correction, 'restored');
    return this.write(async () => {
      if (await this.db.corrections.get(correction.id)) {
        throw new Error('That correction is already in your corrections.');
      }
      return this.placeCorrection(correction);
    });
  }

  /**
   * Imports a reader layer (from the JSON export): checked with `parseReaderLayer` first (nothing
   * is written for a bad one), then settled against the stored layer in one transaction, so
   * another tab's edits cannot slip in between. An entity is matched by id; a correction by id,
   * else by its rule (see {@link addCorrection}: the same mention, text, entity type or alias).
   * A match with the same content is a duplicate and skipped; with other content it is `changed`
   * and overwritten only with `replaceChanged` (for a rule matched under another id, the stored
   * correction is deleted and the file's added). Names that collide with another entity's are
   * kept — the detector lets the most recently edited entry win — so no entry of the file is lost.
   * Refuses an import that would take the layer over its size caps. With `dryRun` nothing is
   * written and the answer is the preview.
   */
  async importLayer(
    layer: ReaderLayer,
    { dryRun, replaceChanged = false }: { dryRun: boolean; replaceChanged?: boolean },
  ): Promise<ReaderLayerImportSummary> {
    const parsed = parseReaderLayer(layer);
    if (!parsed.ok) throw new Error(parsed.error);
    const { db } = this;
    const run = async (): Promise<[ReaderLayerImportSummary, boolean]> => {
      const storedEntities = await db.readerEntities.toArray();
      const storedCorrections = await db.corrections.toArray();

      const entities = new Map(storedEntities.map((e) => [e.id, e]));
      const entityCounts: LayerImportCounts = { added: 0, duplicates: 0, changed: 0 };
      for (const entity of parsed.layer.entities) {
        const old = entities.get(entity.id);
        if (!old) {
          entityCounts.added++;
          entities.set(entity.id, entity);
        } else if (stableJson(old) === stableJson(entity)) {
          entityCounts.duplicates++;
        } else {
          entityCounts.changed++;
          if (replaceChanged) entities.set(entity.id, entity);
        }
      }

      // Settled on a working copy, in file order, so rules repeated within the file count too.
      const corrections = new Map(storedCorrections.map((c) => [c.id, c]));
      const idByRule = new Map(storedCorrections.map((c) => [ruleKey(c), c.id]));
      const correctionCounts: LayerImportCounts = { added: 0, duplicates: 0, changed: 0 };
      for (const correction of parsed.layer.corrections) {
        const ruleOwner = idByRule.get(ruleKey(correction));
        const old =
          corrections.get(correction.id) ?? (ruleOwner === undefined ? undefined : corrections.get(ruleOwner));
        if (!old) {
          correctionCounts.added++;
        } else if (old.id === correction.id ? stableJson(old) === stableJson(correction) : sameRule(old, correction)) {
          correctionCounts.duplicates++;
          continue;
        } else {
          correctionCounts.changed++;
          if (!replaceChanged) continue;
          corrections.delete(old.id);
          if (idByRule.get(ruleKey(old)) === old.id) idByRule.delete(ruleKey(old));
          // Matched by id, the file's version may now say what another stored correction says
          // (a second type for one entity): the file's wins that rule too.
          if (ruleOwner !== undefined && ruleOwner !== old.id) corrections.delete(ruleOwner);
        }
        corrections.set(correction.id, correction);
        idByRule.set(ruleKey(correction), correction.id);
      }

      if (entities.size > MAX_READER_ENTITIES) {
        throw new Error(
          `Importing would give you ${count(entities.size)} entities of your own; District Lens keeps at most ${count(MAX_READER_ENTITIES)}.`,
        );
      }
      if (corrections.size > MAX_READER_CORRECTIONS) {
        throw new Error(
          `Importing would give you ${count(corrections.size)} corrections; District Lens keeps at most ${count(MAX_READER_CORRECTIONS)}.`,
        );
      }

      const summary = { entities: entityCounts, corrections: correctionCounts, replaceChanged };
      if (dryRun) return [summary, false];
      const storedEntityJson = new Map(storedEntities.map((e) => [e.id, stableJson(e)]));
      const entityWrites = [...entities.values()].filter((e) => storedEntityJson.get(e.id) !== stableJson(e));
      const storedCorrectionJson = new Map(storedCorrections.map((c) => [c.id, stableJson(c)]));
      const correctionWrites = [...corrections.values()].filter(
        (c) => storedCorrectionJson.get(c.id) !== stableJson(c),
      );
      const correctionDeletes = storedCorrections.filter((c) => !corrections.has(c.id)).map((c) => c.id);
      await db.readerEntities.bulkPut(entityWrites);
      await db.corrections.bulkDelete(correctionDeletes);
      await db.corrections.bulkPut(correctionWrites);
      return [summary, entityWrites.length + correctionWrites.length + correctionDeletes.length > 0];
    };
    return dryRun
      ? db.transaction('r', [db.readerEntities, db.corrections], async () => (await run())[0])
      : this.write(run);
  }

  /**
   * Runs `body` in one read-write transaction over both tables; `body` answers its result and
   * whether it wrote anything. Listeners are told after the commit, never for a rolled-back write.
   */
  private async write<T>(body: () => Promise<[T, boolean]>): Promise<T> {
    const { db } = this;
    const [result, changed] = await db.transaction('rw', [db.readerEntities, db.corrections], body);
    if (changed) {
      for (const listener of this.listeners) {
        try {
          listener();
        } catch {
          // The change is saved; a failing listener must not make the reader think it was not.
        }
      }
    }
    return result;
  }

  /** Stores a checked correction by its kind's rules (see {@link addCorrection}); call inside {@link write}. */
  private async placeCorrection(correction: Correction): Promise<[Correction, boolean]> {
    const { corrections } = this.db;
    const key = ruleKey(correction);
    switch (correction.kind) {
      case 'not-here': {
        const same = await corrections
          .where('entityId')
          .equals(correction.entityId)
          .filter((c) => ruleKey(c) === key)
          .first();
        if (same) return [same, false];
        break;
      }
      case 'never': {
        const same = await corrections
          .where('kind')
          .equals('never')
          .filter((c) => ruleKey(c) === key)
          .first();
        if (same) {
          throw new Error(
            correction.entityId === undefined
              ? `${quoted(correction.surface)} is already never highlighted.`
              : `${quoted(correction.surface)} is already never highlighted as this entity.`,
          );
        }
        break;
      }
      case 'change-type': {
        // One type per entity: the new choice replaces the old one.
        const earlier = await corrections
          .where('entityId')
          .equals(correction.entityId)
          .filter((c) => c.kind === 'change-type')
          .primaryKeys();
        await corrections.bulkDelete(earlier);
        break;
      }
      case 'same-as': {
        await this.checkNameFree(matchingForm(correction.alias), correction.alias, undefined);
        break;
      }
    }
    if ((await corrections.count()) >= MAX_READER_CORRECTIONS) {
      throw new Error(
        `You already have ${count(MAX_READER_CORRECTIONS)} corrections, the most District Lens keeps; delete some first.`,
      );
    }
    await corrections.add(correction);
    return [correction, true];
  }

  /** Refuses a new entity when the layer holds the most it may. */
  private async checkEntityRoom(): Promise<void> {
    if ((await this.db.readerEntities.count()) >= MAX_READER_ENTITIES) {
      throw new Error(
        `You already have ${count(MAX_READER_ENTITIES)} entities of your own, the most District Lens keeps; delete some first.`,
      );
    }
  }

  /** Refuses an entity one of whose names already means another entity of the reader's or a same-as alias. */
  private async checkNamesFree(entity: ReaderEntity): Promise<void> {
    for (const text of [entity.name, ...entity.aliases]) await this.checkNameFree(matchingForm(text), text, entity.id);
  }

  /**
   * Refuses `text` (folded to `form`) when it is a name or alias of one of the reader's entities
   * other than `ownerId`, or a same-as alias of anything but `ownerId`, with a sentence naming
   * what it means already. Scans
   * both tables: they are small (capped), and the folded form is not what the indexes hold.
   */
  private async checkNameFree(form: string, text: string, ownerId: string | undefined): Promise<void> {
    const { db } = this;
    const other = await db.readerEntities
      .filter((e) => e.id !== ownerId && [e.name, ...e.aliases].some((name) => matchingForm(name) === form))
      .first();
    if (other) throw new Error(`${quoted(text)} is already a name of your entity ${quoted(other.name)}.`);
    const sameAs = await db.corrections
      .where('kind')
      .equals('same-as')
      // A same-as alias of this very entity is another name for it, not a conflict.
      .filter((c) => c.kind === 'same-as' && c.targetId !== ownerId && matchingForm(c.alias) === form)
      .first();
    if (sameAs?.kind === 'same-as') {
      throw new Error(`${quoted(text)} is already marked as the same as ${quoted(sameAs.targetId)}.`);
    }
  }
}

/** A `saveId` as the sender chose it: a note-id-shaped text (see `NOTE_ID_PATTERN`), else a refusal. */
function checkedSaveId(saveId: string): string {
  if (!NOTE_ID_PATTERN.test(saveId)) throw new Error('The save id is not valid.');
  return saveId;
}
