import type { ArticleDigest } from '../../lib/core/notes';
import { briefLineParts } from '../../lib/core/brief';
import type { EntityType } from '../../lib/core/entity';
import { briefLabels } from '../brief-labels';
import { t } from '../i18n';
import { EntityButton, type EntityRef } from './EntityButton';
import { EventParties } from './EventParties';

const TYPE_ORDER: readonly EntityType[] = ['official', 'city', 'platform', 'region', 'person'];

/**
 * An article's brief under its heading in the library (`div.library-brief[data-url]`), from the
 * reading history: its date (or "date not stated"), one line per event (`.library-brief__event`,
 * the sentence as its tooltip, each party a button to its profile), the entities met in it as chips that open their profiles
 * (`.library-brief__entities button.library-entity`), officials first, and _Brief as Markdown_
 * (`.library-brief__export`), which downloads this article's brief.
 */
export function ArticleBriefBlock({
  digest,
  selectedId,
  onSelectEntity,
  onExport,
}: {
  digest: ArticleDigest;
  selectedId: string | undefined;
  onSelectEntity: (entity: EntityRef) => void;
  onExport: (digest: ArticleDigest) => void;
}) {
  const labels = briefLabels();
  const { article } = digest;
  const events = article.events ?? [];
  const entities = TYPE_ORDER.flatMap((type) => digest.entities.filter((e) => e.type === type));
  return (
    <div class="library-brief" data-url={article.url}>
      <p class="library-brief__date muted">
        {labels.heading} · {article.date ?? labels.noDate}
      </p>
      {events.length > 0 ? (
        <ul class="library-brief__events">
          {events.map((event, i) => {
            const { before, after } = briefLineParts(event, article.date, labels);
            return (
              <li key={i} class={`library-brief__event library-brief__event--${event.kind}`}>
                <span title={event.sentence}>
                  {before.join(' · ')} ·{' '}
                  <EventParties event={event} selectedId={selectedId} onSelect={onSelectEntity} />
                  {after.map((part) => (
                    <span key={part} lang="zh">
                      {' '}
                      · {part}
                    </span>
                  ))}
                </span>
              </li>
            );
          })}
        </ul>
      ) : (
        <p class="library-brief__none muted">{t('articleBriefNoEvents')}</p>
      )}
      {entities.length > 0 && (
        <div class="library-brief__entities">
          <span class="library-brief__label muted">{t('articleEntities')}</span>
          <ul>
            {entities.map((entity) => (
              <li key={entity.id}>
                <EntityButton entity={entity} selectedId={selectedId} onSelect={onSelectEntity} />
              </li>
            ))}
          </ul>
        </div>
      )}
      <button type="button" class="button button--secondary library-brief__export" onClick={() => onExport(digest)}>
        {t('articleBriefExport')}
      </button>
    </div>
  );
}
