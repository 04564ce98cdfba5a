import type { Correction, ReaderEntity, ReaderLayer } from '../core/reader-layer';

/** What the reader gives when adding an entity; the store adds id and timestamps. */
export type NewReaderEntity = Pick<ReaderEntity, 'type' | 'name' | 'aliases' | 'description'>;

/** A correction as the reader makes it; the store adds id and `createdAt`. */
export type NewCorrection = Correction extends infer C
  ? C extends Correction
    ? Omit<C, 'id' | 'createdAt'>
    : never
  : never;

/**
 * The storage key (in `storage.local`) the background bumps after every change of the reader's
 * layer: content scripts watch it and annotate their page again with the new layer.
 */
export const READER_LAYER_VERSION_KEY = 'readerLayerVersion';

/**
 * Requests about the reader's own entities and corrections (`layer:` messages), answered by the
 * background like the notes requests. Every write bumps {@link READER_LAYER_VERSION_KEY}.
 */
export interface ReaderLayerRequests {
  /** The whole layer: entities by name, corrections newest first. */
  'layer:get': { request: Record<string, never>; result: ReaderLayer };
  /** Adds an entity (name and aliases tidied; `saveId`, when given, makes the save idempotent). */
  'layer:add-entity': { request: { entity: NewReaderEntity; saveId?: string }; result: ReaderEntity };
  /** Changes an entity's type, name, aliases or description; `updatedAt` moves to now. */
  'layer:update-entity': { request: { id: string; changes: Partial<NewReaderEntity> }; result: ReaderEntity };
  /** Deletes an entity and answers it as it was, so the reader can undo. */
  'layer:delete-entity': { request: { id: string }; result: ReaderEntity };
  /** Re-adds exactly this entity: the undo of `layer:delete-entity`. */
  'layer:restore-entity': { request: { entity: ReaderEntity }; result: ReaderEntity };
  /** Adds a correction (`saveId` as for entities). */
  'layer:add-correction': { request: { correction: NewCorrection; saveId?: string }; result: Correction };
  /** Deletes a correction and answers it as it was. */
  'layer:delete-correction': { request: { id: string }; result: Correction };
  /** Re-adds exactly this correction: the undo of `layer:delete-correction`. */
  'layer:restore-correction': { request: { correction: Correction }; result: Correction };
}
