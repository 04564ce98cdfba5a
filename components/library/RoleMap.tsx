import { useEffect, useState } from 'preact/hooks';
import {
  createCardLookups,
  createKnowledgeBase,
  MAX_ARTICLE_ENTITIES,
  MAX_CARD_ORGANIZATIONS,
} from '../../lib/core/knowledge';
import { roleOrganization, rolePlaces, type RolePlace } from '../../lib/core/map';
import type { EntityArticle } from '../../lib/core/notes';
import { requestStore } from '../../lib/store/store-client';
import { t, uiLanguage } from '../i18n';
import { markerName } from '../map-labels';
import { MapRequest } from '../MapRequest';
import type { EntityRef } from './EntityButton';

/** The official whose page this is, the articles that gave them roles, and what a marker opens. */
export interface RoleMapProps {
  official: EntityRef;
  articles: readonly Pick<EntityArticle, 'url' | 'roles'>[];
  onOpen: (entity: EntityRef) => void;
}

/**
 * An official's page map: the places and platforms of their roles (`宁波市 市长` → 宁波), each sized by
 * the articles giving a role there and labelled with those roles (`宁波市 · 市长`); a marker opens that
 * place's page. Organisations are found as the card finds them (`kb:card`), with the entities of
 * the official's articles deciding among same-named places (鼓楼区 ×4). Nothing when no role names a
 * place the knowledge base knows, or when the background cannot answer.
 */
export function RoleMap({ official, articles, onOpen }: RoleMapProps) {
  const organizations = [...new Set(articles.flatMap((a) => a.roles.map(roleOrganization)).filter(Boolean))];
  const urls = articles.map((article) => article.url);
  const key = `${organizations.join('\n')}\n\n${urls.join('\n')}`;
  const [places, setPlaces] = useState<{ key: string; list: RolePlace[] } | undefined>();

  useEffect(() => {
    let live = true;
    if (organizations.length === 0) {
      setPlaces({ key, list: [] });
      return;
    }
    const resolve = async () => {
      const digests = await requestStore('articles:digests', { urls });
      const articleEntityIds = [...new Set(digests.flatMap((d) => d.entities.map((e) => e.id)))].slice(
        0,
        MAX_ARTICLE_ENTITIES,
      );
      const entries = await requestStore('kb:card', {
        entityIds: [],
        organizations: organizations.slice(0, MAX_CARD_ORGANIZATIONS),
        articleEntityIds,
      });
      const lookups = createCardLookups(
        createKnowledgeBase(entries),
        articleEntityIds.map((id) => ({ id })),
      );
      return rolePlaces(articles, lookups.findEntityByName);
    };
    resolve().then(
      (list) => live && setPlaces({ key, list }),
      () => live && setPlaces({ key, list: [] }),
    );
    return () => {
      live = false;
    };
  }, [key]);

  if (places?.key !== key || places.list.length === 0) return null;
  const byId = new Map(places.list.map((place) => [place.id, place]));
  const separator = uiLanguage() === 'zh' ? '、' : ', ';
  return (
    <section class="library-profile__map library-profile__map--roles">
      <MapRequest
        request={{ entities: places.list.map(({ id, type, name, count }) => ({ id, type, name, count })), width: 280 }}
        labels={{
          title: t('mapRolesTitle', official.name),
          marker: (marker) => t('mapMarkerRoles', markerName(marker), byId.get(marker.id)?.roles.join(separator) ?? ''),
        }}
        onOpen={(id) => {
          const place = byId.get(id);
          if (place) onOpen({ id, type: place.type, name: place.name });
        }}
      />
    </section>
  );
}
