import type { ComponentChild } from 'preact';
import type { ArticleEvent } from '../lib/core/brief';
import type { DetectedEntity } from '../lib/core/entity';
import { signingLines } from '../lib/core/map-picture';
import { t } from './i18n';
import { articleMarkerLabel } from './map-labels';
import { MapRequest } from './MapRequest';

/** The article's entities and events, what a marker does, and what goes under the map. */
export interface ArticleMapProps {
  entities: readonly DetectedEntity[];
  /** The brief's events: each signing draws lines from its platforms to its places. */
  events?: readonly ArticleEvent[];
  onOpen: (id: string) => void;
  actions?: (svg: () => SVGSVGElement | null) => ComponentChild;
}

/**
 * The article's map (the entities panel's Map view): its places sized by mentions, platforms at
 * their location, regions as soft outlines, lines for signings; labels `宁波 · 提及 3 次` in the
 * interface language. Projected by the background, drawn here.
 */
export function ArticleMap({ entities, events = [], onOpen, actions }: ArticleMapProps) {
  const request = {
    entities: entities
      .filter((entity) => entity.type !== 'official' && entity.type !== 'person' && entity.mentions.length > 0)
      .slice(0, 2000)
      .map((entity) => ({ id: entity.id, type: entity.type, name: entity.name, count: entity.mentions.length })),
    lines: signingLines(events),
  };
  return (
    <MapRequest
      request={request}
      labels={{ title: t('mapArticleTitle'), marker: articleMarkerLabel }}
      onOpen={onOpen}
      {...(actions ? { actions } : {})}
    />
  );
}
