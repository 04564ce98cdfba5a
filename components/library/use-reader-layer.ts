import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { EMPTY_READER_LAYER, type ReaderLayer } from '../../lib/core/reader-layer';
import { READER_LAYER_VERSION_KEY } from '../../lib/store/reader-layer-protocol';
import { requestStore } from '../../lib/store/store-client';

/** Where the layer is: being read, read, or not readable (the error went to `onError`). */
export type ReaderLayerLoad = 'loading' | 'ready' | 'error';

/** The reader's layer as the library shows it, and how to change the copy shown. */
export interface ReaderLayerState {
  load: ReaderLayerLoad;
  layer: ReaderLayer;
  /** Changes the copy shown after a write of the page's own (the store answered it). */
  update: (change: (layer: ReaderLayer) => ReaderLayer) => void;
  /** Reads the layer again (the Retry button). */
  reload: () => void;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The reader's layer (`layer:get`), read when the page opens and again whenever the background
 * bumps {@link READER_LAYER_VERSION_KEY} in `storage.local` — it does after every write, from a
 * card, another library tab or an import — so the list never shows what is no longer true.
 * Only the newest read is applied, and a write shown since a read began makes that read stale:
 * every write bumps the key, so a fresh read follows anyway.
 */
export function useReaderLayer(onError: (message: string) => void): ReaderLayerState {
  const [load, setLoad] = useState<ReaderLayerLoad>('loading');
  const [layer, setLayer] = useState<ReaderLayer>(EMPTY_READER_LAYER);
  const generation = useRef(0);
  const reportError = useRef(onError);
  reportError.current = onError;

  function reload() {
    const ticket = ++generation.current;
    requestStore('layer:get', {}).then(
      (value) => {
        if (ticket !== generation.current) return;
        setLayer(value);
        setLoad('ready');
      },
      (error: unknown) => {
        if (ticket !== generation.current) return;
        reportError.current(messageOf(error));
        setLoad((current) => (current === 'ready' ? current : 'error'));
      },
    );
  }

  useEffect(() => {
    reload();
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && Object.hasOwn(changes, READER_LAYER_VERSION_KEY)) reload();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      generation.current++; // a read still on its way finds nobody to show it to
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);

  return {
    load,
    layer,
    update: (change) => {
      generation.current++;
      setLayer(change);
    },
    reload,
  };
}
