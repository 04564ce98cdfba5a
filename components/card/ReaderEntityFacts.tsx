import { useEffect, useState } from 'preact/hooks';
import type { ReaderEntity } from '../../lib/core/reader-layer';
import { requestStore } from '../../lib/store/store-client';
import { t } from '../i18n';

/**
 * What the reader wrote about one of their own entities (`reader:…`): a "Yours" mark, its other
 * names and its description, read from the reader's layer in the background.
 */
export function ReaderEntityFacts({ id }: { id: string }) {
  const [entity, setEntity] = useState<ReaderEntity | null | undefined>(undefined);

  useEffect(() => {
    let live = true;
    requestStore('kb:reader-entity', { id }).then(
      (found) => live && setEntity(found),
      () => live && setEntity(null),
    );
    return () => {
      live = false;
    };
  }, [id]);

  return (
    <div class="card__reader-facts">
      <span class="note__badge note__badge--here">{t('readerYours')}</span>
      {entity && entity.aliases.length > 0 && (
        <p class="card__subtitle" lang="zh-CN">
          {entity.aliases.join('、')}
        </p>
      )}
      {entity?.description && <p class="card__reader-description">{entity.description}</p>}
    </div>
  );
}
