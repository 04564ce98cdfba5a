import type { Correction, ReaderEntity, ReaderLayer } from '../reader-layer';
import { sameCorrection, sameReaderEntity } from '../reader-layer';

/** What an import would do to one list of the reader layer, for the preview the reader confirms. */
export interface ReaderItemsPreview<T> {
  /** Items whose id is not in the reader's layer: the import adds them. */
  added: T[];
  /** Items already in the layer exactly as in the file: importing them changes nothing. */
  duplicates: T[];
  /** Items whose id is in the layer with different content: `before` is the layer's, `after` the file's. */
  changed: { before: T; after: T }[];
}

/** What an import would do to the reader's own entities and to their corrections. */
export interface ReaderLayerImportPreview {
  entities: ReaderItemsPreview<ReaderEntity>;
  corrections: ReaderItemsPreview<Correction>;
}

/** Sorts `incoming` into added, duplicates and changed against `existing`, by id; first occurrence wins. */
function previewItems<T extends { id: string }>(
  existing: readonly T[],
  incoming: readonly T[],
  same: (a: T, b: T) => boolean,
): ReaderItemsPreview<T> {
  const layer = new Map(existing.map((item) => [item.id, item]));
  const seen = new Set<string>();
  const preview: ReaderItemsPreview<T> = { added: [], duplicates: [], changed: [] };
  for (const item of incoming) {
    if (seen.has(item.id)) continue;
    seen.add(item.id);
    const before = layer.get(item.id);
    if (!before) preview.added.push(item);
    else if (same(before, item)) preview.duplicates.push(item);
    else preview.changed.push({ before, after: item });
  }
  return preview;
}

/**
 * Compares the reader layer of a file with the reader's own, list by list and by id, as
 * `previewImport` does for notes: a new id is added; the same id with the same content is a
 * duplicate (every field equal, aliases by value and in order; for a correction the kind and
 * every field of that kind, see `CORRECTION_FIELDS`); the same id with different content
 * (including another kind of correction) is a change for the reader to accept or skip. Entities
 * and corrections are compared only with their own kind, so an entity and a correction may share
 * an id. Lists keep the file's order and hold the inputs' own objects; neither input is changed.
 * Ids in `incoming` are expected to be unique per list, as `parseNotesImport` guarantees; should
 * one repeat, only its first occurrence counts, so no item is ever listed twice. Pure.
 */
export function previewReaderLayerImport(existing: ReaderLayer, incoming: ReaderLayer): ReaderLayerImportPreview {
  return {
    entities: previewItems(existing.entities, incoming.entities, sameReaderEntity),
    corrections: previewItems(existing.corrections, incoming.corrections, sameCorrection),
  };
}
