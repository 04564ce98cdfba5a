import { parseCardKnowledgeRequest } from '../core/knowledge';
import { findArticleEvents, isIsoDate } from '../core/brief';
import { decodeDetection, encodeDetection, type WireEntity } from './detection-wire';
import type { KnowledgeService } from './knowledge-service';
import { parseMapPictureRequest } from './map-picture-request';
import type { MapService } from './map-service';
import type { StoreReply } from './store-protocol';

/** Longest entity id and search text accepted from a page. */
const MAX_ID_LENGTH = 200;
const MAX_QUERY_LENGTH = 100;

/**
 * Answers one `kb:` message (`kb:map-picture` with `map`, the map service). Never throws: failures come back as `{ ok: false, error }`. Returns
 * `undefined` for other messages.
 */
export async function handleKnowledgeMessage(
  service: KnowledgeService,
  message: unknown,
  map?: MapService,
): Promise<StoreReply | undefined> {
  if (typeof message !== 'object' || message === null || !('type' in message)) return undefined;
  const { type } = message as { type: unknown };
  try {
    switch (type) {
      case 'kb:wake':
        // Starting the background was the point: its start began loading the knowledge base.
        return { ok: true, value: null };
      case 'kb:detect-part': {
        const { id, index, text } = message as { id?: unknown; index?: unknown; text?: unknown };
        service.timings.partArrived(id, index);
        service.textParts.add(id, index, text);
        return { ok: true, value: null };
      }
      case 'kb:detect': {
        const { text, url, parts } = message as {
          text?: unknown;
          url?: unknown;
          parts?: { id?: unknown; count?: unknown };
        };
        if (typeof text !== 'string') throw new Error('The article text is not text.');
        if (url !== undefined && typeof url !== 'string') throw new Error('The page URL is not text.');
        // A long text came in parts (see TEXT_PART_CHARS): this is the last one.
        if (parts !== undefined) service.timings.partArrived(parts?.id, Number(parts?.count) - 1);
        const whole = parts === undefined ? text : await service.textParts.take(parts?.id, parts?.count, text);
        const entities = await service.detect(whole, url);
        const value = encodeDetection(entities);
        service.timings.reanswered(entities, value);
        if (parts !== undefined) service.timings.partsTaken(parts?.id, entities);
        return { ok: true, value };
      }
      case 'kb:events': {
        const { text, entities, articleDate, parts } = message as {
          text?: unknown;
          entities?: unknown;
          articleDate?: unknown;
          parts?: { id?: unknown; count?: unknown };
        };
        if (typeof text !== 'string') throw new Error('The article text is not text.');
        if (!Array.isArray(entities)) throw new Error('The article’s entities are not a list.');
        if (articleDate !== undefined && !isIsoDate(articleDate)) throw new Error('The article date is not a day.');
        const whole = parts === undefined ? text : await service.textParts.take(parts?.id, parts?.count, text);
        const found = decodeDetection(entities as WireEntity[]);
        return { ok: true, value: findArticleEvents(whole, found, articleDate) };
      }
      case 'kb:card':
        return { ok: true, value: await service.cardEntries(parseCardKnowledgeRequest(message)) };
      case 'kb:reader-entity': {
        const { id } = message as { id?: unknown };
        if (typeof id !== 'string' || id.length > MAX_ID_LENGTH) throw new Error('The entity id is not text.');
        return { ok: true, value: await service.readerEntity(id) };
      }
      case 'kb:timings':
        return { ok: true, value: service.timings.snapshot() };
      case 'kb:search': {
        const { query, limit } = message as { query?: unknown; limit?: unknown };
        if (typeof query !== 'string' || query.length > MAX_QUERY_LENGTH) throw new Error('The search is not text.');
        const count = typeof limit === 'number' && Number.isInteger(limit) ? Math.min(Math.max(limit, 1), 50) : 10;
        return { ok: true, value: await service.search(query, count) };
      }
      case 'kb:map-picture':
        if (!map) return undefined;
        return { ok: true, value: await map.picture(parseMapPictureRequest(message)) };
      default:
        return undefined;
    }
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
