import { storage } from 'wxt/utils/storage';
import { READER_LAYER_VERSION_KEY } from './reader-layer-protocol';

/**
 * A number that changes whenever the reader's layer does (see READER_LAYER_VERSION_KEY). A plain
 * key, not `storage.defineItem`, which would read it on every page at load for nothing.
 */
const READER_LAYER_VERSION = `local:${READER_LAYER_VERSION_KEY}` as const;

/** The part of `browser.storage.local` {@link readerLayerVersionBumper} writes with. */
export interface VersionStorageArea {
  set(items: Record<string, unknown>): Promise<void>;
}

/**
 * A listener for `ReaderLayerService.onLayerChanged` that tells every open page the reader's
 * layer changed, by writing a new number under READER_LAYER_VERSION_KEY in `area` (the
 * background passes `browser.storage.local`). The number only has to differ from the last one:
 * it grows by at least one per change, even within the same millisecond.
 */
export function readerLayerVersionBumper(area: VersionStorageArea): () => void {
  let last = 0;
  return () => {
    last = Math.max(last + 1, Date.now());
    area.set({ [READER_LAYER_VERSION_KEY]: last }).catch(() => undefined);
  };
}

/** Calls `onChange` whenever the reader's layer changes; returns a function that stops. */
export function watchReaderLayerVersion(onChange: () => void): () => void {
  return storage.watch<number>(READER_LAYER_VERSION, () => onChange());
}
