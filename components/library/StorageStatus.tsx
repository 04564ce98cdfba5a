import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n';
import { formatBytes } from './format-bytes';

type Persistence = 'checking' | 'persistent' | 'best-effort' | 'unknown';

/**
 * Asks once, when the library opens, that the browser keep the extension's storage
 * (`navigator.storage.persist()`, which answers the current state when already granted), and
 * says whether notes are safe from eviction, with usage from `navigator.storage.estimate()`.
 * Browsers without the Storage API get the cautious wording.
 */
export function StorageStatus() {
  const [persistence, setPersistence] = useState<Persistence>('checking');
  const [usage, setUsage] = useState<{ used: number; quota: number } | undefined>();

  useEffect(() => {
    let live = true;
    const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
    if (typeof storage?.persist !== 'function') setPersistence('unknown');
    else {
      storage.persist().then(
        (granted) => live && setPersistence(granted ? 'persistent' : 'best-effort'),
        () => live && setPersistence('unknown'),
      );
    }
    if (typeof storage?.estimate === 'function') {
      storage.estimate().then(
        ({ usage: used, quota }) => {
          if (live && used !== undefined && quota !== undefined) setUsage({ used, quota });
        },
        () => undefined, // usage is a nicety; the persistence line already says what matters
      );
    }
    return () => {
      live = false;
    };
  }, []);

  const message = {
    checking: t('storageChecking'),
    persistent: t('storagePersistent'),
    'best-effort': t('storageBestEffort'),
    unknown: t('storageUnknown'),
  }[persistence];

  return (
    <section class="library-storage" aria-labelledby="library-storage-heading" data-persistence={persistence}>
      <h2 class="library-column__heading" id="library-storage-heading">
        {t('storageHeading')}
      </h2>
      <p class={`library-storage__state library-storage__state--${persistence}`} role="status">
        {message}
      </p>
      {usage && (
        <p class="library-storage__usage muted">
          {t('storageUsage', formatBytes(usage.used), formatBytes(usage.quota))}
        </p>
      )}
    </section>
  );
}
