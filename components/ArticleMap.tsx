import type { ArticleEvent } from '../lib/core/brief';
import type { DetectedEntity } from '../lib/core/entity';
import { articleMapRequest } from './article-map-request';
import { t } from './i18n';
import { articleMarkerLabel } from './map-labels';
import { MapExportButtons } from './MapExportButtons';
import { MapRequest } from './MapRequest';

/** The article's entities and events, and what a marker does. */
export interface ArticleMapProps {
  entities: readonly DetectedEntity[];
  /** The brief's events: each signing draws lines from its platforms to its places. */
  events?: readonly ArticleEvent[];
  onOpen: (id: string) => void;
}

/**
 * The article's map (the entities panel's Map view): its places sized by mentions, platforms at
 * their location, regions as soft outlines, lines for signings; labels `宁波 · 提及 3 次` in the
 * interface language; SVG and PNG export under it. Projected by the background, drawn here: the
 * same in the page's drawer and the browser's side panel.
 */
export function ArticleMap({ entities, events = [], onOpen }: ArticleMapProps) {
  return (
    <MapRequest
      request={articleMapRequest(entities, events)}
      labels={{ title: t('mapArticleTitle'), marker: articleMarkerLabel }}
      onOpen={onOpen}
      actions={(svg) => <MapExportButtons svg={svg} fileStem="district-lens-map" />}
    />
  );
}
