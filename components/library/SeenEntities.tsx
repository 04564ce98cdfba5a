import { useEffect, useState } from 'preact/hooks';
import type { SeenEntity } from '../../lib/core/notes';
import { requestStore } from '../../lib/store/store-client';
import { t } from '../i18n';
import { EntityButton, type EntityRef } from './EntityButton';

/** How long the search text rests before the reading history is asked. */
const SEARCH_DELAY_MS = 150;

const articlesLabel = (count: number) => (count === 1 ? t('seenEntityArticlesOne') : t('seenEntityArticles', count));

/**
 * The entities of the reading history that answer the library's search (`section.library-seen`),
 * whether or not the reader wrote a note on them: the knowledge base is asked first (`kb:search`),
 * so that 虹桥商务区 finds 虹桥国际中央商务区, then the store (`entities:find`). Each is a chip
 * opening its profile, with the number of articles it was met in. Nothing for an empty search or
 * no answer; a failed request shows nothing either (the notes below still answer the search).
 */
export function SeenEntities({
  query,
  selectedId,
  onSelect,
}: {
  query: string;
  selectedId: string | undefined;
  onSelect: (entity: EntityRef) => void;
}) {
  const [found, setFound] = useState<SeenEntity[]>([]);
  const text = query.trim();

  useEffect(() => {
    if (text === '') {
      setFound([]);
      return;
    }
    let live = true;
    const timer = setTimeout(() => {
      void (async () => {
        const hits = await requestStore('kb:search', { query: text, limit: 20 }).catch(() => []);
        const entities = await requestStore('entities:find', { query: text, ids: hits.map((h) => h.id) });
        if (live) setFound(entities);
      })().catch(() => live && setFound([]));
    }, SEARCH_DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [text]);

  if (text === '' || found.length === 0) return null;
  return (
    <section class="library-seen" aria-labelledby="library-seen-heading">
      <h2 class="library-seen__heading" id="library-seen-heading">
        {t('seenEntitiesHeading')}
      </h2>
      <ul class="library-seen__list">
        {found.map((entity) => (
          <li key={entity.id}>
            <EntityButton
              entity={entity}
              selectedId={selectedId}
              onSelect={onSelect}
              detail={articlesLabel(entity.articles)}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
