import type { ArticleEvent } from '../lib/core/brief';
import type { DetectedEntity } from '../lib/core/entity';
import { signingLines } from '../lib/core/map-picture';
import { requestStore } from '../lib/store/store-client';
import type { StoreRequests } from '../lib/store/store-protocol';

/** Most entities one article's map asks for (the background refuses more). */
const MAX_ENTITIES = 2000;

/**
 * What an article's map asks the background to draw (`kb:map-picture`): its places, platforms and
 * regions with their mentions (officials and persons have no point), and a line for each signing.
 * The Map view and {@link prefetchArticleMap} build it here alike, so they ask the very same
 * picture, which the background keeps by request.
 */
export function articleMapRequest(
  entities: readonly DetectedEntity[],
  events: readonly ArticleEvent[],
): StoreRequests['kb:map-picture']['request'] {
  return {
    entities: entities
      .filter((entity) => entity.type !== 'official' && entity.type !== 'person' && entity.mentions.length > 0)
      .slice(0, MAX_ENTITIES)
      .map((entity) => ({ id: entity.id, type: entity.type, name: entity.name, count: entity.mentions.length })),
    lines: signingLines(events),
  };
}

/**
 * Asks the background for the article's map as the entities panel opens, before the reader switches
 * to its Map view: the background loads the map data and projects the picture meanwhile, so the Map
 * view finds it ready (the first map after the background's start took ~250–350 ms, most of it
 * loading the data and first projection). Nothing is drawn; a failure is ignored (the Map view asks
 * again and says so).
 */
export function prefetchArticleMap(entities: readonly DetectedEntity[], events: readonly ArticleEvent[]): void {
  if (!entities.some((entity) => entity.type !== 'official' && entity.type !== 'person')) return;
  requestStore('kb:map-picture', articleMapRequest(entities, events)).catch(() => undefined);
}
