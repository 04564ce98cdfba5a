import { useEffect, useState } from 'preact/hooks';
import type { EntityType } from '../../lib/core/entity';
import type { EntityArticle } from '../../lib/core/notes';
import { requestStore } from '../../lib/store/store-client';
import { entityTypeLabel } from '../entity-labels';
import { t } from '../i18n';
import { MarkedSentence } from './MarkedSentence';
import { rolesOverTime } from './roles-over-time';
import { eventsOverTime, metWith } from './events-over-time';
import { EVENT_KINDS } from '../../lib/core/brief';
import { briefLabels } from '../brief-labels';
import { EntityButton, type EntityRef } from './EntityButton';
import { EntityMap } from './EntityMap';
import { EventParties } from './EventParties';
import { RoleMap } from './RoleMap';

/** The entity the profile column shows. */
export interface ProfileEntity {
  id: string;
  type: EntityType;
  name: string;
  /** How many of the reader's notes are on it. */
  noteCount: number;
}

type Load = { state: 'loading' } | { state: 'ready'; articles: EntityArticle[] } | { state: 'error'; message: string };

const dayFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const monthFormat = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short' });
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** `Jan 2026` or `Jan 2026 – Mar 2026`. */
function monthSpan(first: string, last: string): string {
  const from = monthFormat.format(new Date(first));
  const to = monthFormat.format(new Date(last));
  return from === to ? from : `${from} – ${to}`;
}

/**
 * The right column once the reader picks an entity: its name and type, the roles the articles
 * gave it over time, its events over time (by the day they happened) and the entities it met in
 * them, and every article where the reader met it ('entities:articles'), each with its title link,
 * site, date (the article's own where the page stated one), sentence (the name marked) and roles.
 * Each entity it met with is a chip that opens that entity's profile (`onSelectEntity`). A small map
 * shows a place or platform with what it met, or an official's places of their roles.
 */
export function EntityProfile({
  entity,
  onClose,
  onSelectEntity,
}: {
  entity: ProfileEntity;
  onClose: () => void;
  onSelectEntity: (entity: EntityRef) => void;
}) {
  const [load, setLoad] = useState<Load>({ state: 'loading' });

  useEffect(() => {
    let live = true;
    setLoad({ state: 'loading' });
    requestStore('entities:articles', { entityId: entity.id }).then(
      (articles) => live && setLoad({ state: 'ready', articles }),
      (error: unknown) => live && setLoad({ state: 'error', message: messageOf(error) }),
    );
    return () => {
      live = false;
    };
  }, [entity.id]);

  const roles = load.state === 'ready' ? rolesOverTime(load.articles) : [];
  const events = load.state === 'ready' ? eventsOverTime(load.articles) : [];
  const met = load.state === 'ready' ? metWith(entity.id, load.articles) : [];
  const kinds = briefLabels().kinds;

  return (
    <div class={`library-profile__card library-profile__card--${entity.type}`} data-entity-id={entity.id}>
      <header class="library-profile__header">
        <h2 class="library-profile__name" lang="zh" tabIndex={-1}>
          {entity.name}
        </h2>
        <button type="button" class="library-profile__close" aria-label={t('profileClose')} onClick={onClose}>
          ×
        </button>
      </header>
      <p class="library-profile__type">
        {entityTypeLabel(entity.type)} · {t('profileNotes', entity.noteCount)}
      </p>
      {load.state === 'loading' && <p class="muted">{t('profileLoading')}</p>}
      {load.state === 'error' && (
        <p class="error" role="alert">
          {load.message}
        </p>
      )}
      {roles.length > 0 && (
        <section class="library-profile__roles">
          <h3>{t('profileRoles')}</h3>
          <ul>
            {roles.map((span) => (
              <li key={span.role}>
                <span lang="zh">{span.role}</span>{' '}
                <span class="muted">
                  {monthSpan(span.first, span.last)} · {span.articles}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {entity.type === 'official' && load.state === 'ready' && (
        <RoleMap official={entity} articles={load.articles} onOpen={onSelectEntity} />
      )}
      {events.length > 0 && (
        <section class="library-profile__events">
          <h3>{t('profileEvents')}</h3>
          <ol>
            {events.map((row, i) => (
              <li key={i}>
                <span class="muted">{row.day ?? '—'}</span> · {kinds[row.event.kind]} ·{' '}
                <EventParties event={row.event} selectedId={entity.id} onSelect={onSelectEntity} />
                {row.event.what && <span lang="zh"> · {row.event.what}</span>}{' '}
                <a href={row.url} target="_blank" rel="noreferrer" class="muted" lang="zh" title={row.event.sentence}>
                  {row.title || row.url}
                </a>
              </li>
            ))}
          </ol>
        </section>
      )}
      {met.length > 0 && <EntityMap entity={entity} met={met} onOpen={onSelectEntity} />}
      {met.length > 0 && (
        <section class="library-profile__met">
          <h3>{t('profileMetWith')}</h3>
          <ul>
            {met.map((row) => (
              <li key={row.entityId}>
                <EntityButton
                  entity={{ id: row.entityId, type: row.type, name: row.name }}
                  selectedId={entity.id}
                  onSelect={onSelectEntity}
                />{' '}
                <span class="muted">
                  ·{' '}
                  {EVENT_KINDS.filter((k) => row.counts[k])
                    .map((k) => `${kinds[k]} ×${row.counts[k]}`)
                    .join(', ')}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {load.state === 'ready' && (
        <section class="library-profile__articles">
          <h3>{load.articles.length === 1 ? t('profileArticlesOne') : t('profileArticles', load.articles.length)}</h3>
          {load.articles.length === 0 ? (
            <p class="muted">{t('profileNoArticles')}</p>
          ) : (
            <ol class="library-profile__list">
              {load.articles.map((article) => (
                <li key={article.url} class="library-profile__article">
                  <a href={article.url} target="_blank" rel="noreferrer" lang="zh">
                    {article.title || article.url}
                  </a>
                  <div class="library-profile__where">
                    {article.site} ·{' '}
                    <time dateTime={article.date ?? article.lastSeen}>
                      {dayFormat.format(new Date(article.date ?? article.lastSeen))}
                    </time>
                  </div>
                  {article.sentence && (
                    <MarkedSentence
                      class="library-profile__sentence"
                      sentence={article.sentence}
                      needle={entity.name}
                    />
                  )}
                  {article.roles.length > 0 && (
                    <ul class="library-profile__article-roles">
                      {article.roles.map((role) => (
                        <li key={role} lang="zh">
                          {role}
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
              ))}
            </ol>
          )}
        </section>
      )}
    </div>
  );
}
