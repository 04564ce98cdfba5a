import { ENTITY_TYPES, type EntityType } from '../core/entity';
import type { MapEntity, PictureLine } from '../core/map-picture';

/** What a page or panel asks the background to draw: its entities with counts, lines, size. */
export interface MapPictureRequest {
  entities: MapEntity[];
  lines: PictureLine[];
  width: number;
  focus: boolean;
}

/** Most entities and lines one picture request may carry (an article rarely names 300 places). */
export const MAX_MAP_ENTITIES = 2000;
const MAX_LINES = 500;
const MAX_TEXT = 200;

const isText = (value: unknown): value is string =>
  typeof value === 'string' && value.length > 0 && value.length <= MAX_TEXT;

/**
 * Checks a `kb:map-picture` message from a page (untrusted): entities with an id, a known type, a
 * name and a whole count ≥ 1; lines as pairs of ids; a width from 200 to 1200 (default 360); focus
 * (default true). Throws an Error with a sentence naming the first problem; never returns partial data.
 */
export function parseMapPictureRequest(message: unknown): MapPictureRequest {
  const { entities, lines = [], width = 360, focus = true } = message as Record<string, unknown>;
  if (!Array.isArray(entities) || entities.length > MAX_MAP_ENTITIES)
    throw new Error('The map entities are not a list.');
  const parsed = entities.map((entity: unknown): MapEntity => {
    const { id, type, name, count } = (entity ?? {}) as Record<string, unknown>;
    if (!isText(id) || !isText(name) || !ENTITY_TYPES.includes(type as EntityType))
      throw new Error('A map entity has no id, name or known type.');
    if (typeof count !== 'number' || !Number.isInteger(count) || count < 1)
      throw new Error('A map entity has no count.');
    return { id, type: type as EntityType, name, count };
  });
  if (!Array.isArray(lines) || lines.length > MAX_LINES) throw new Error('The map lines are not a list.');
  const parsedLines = lines.map((line: unknown): PictureLine => {
    const { from, to } = (line ?? {}) as Record<string, unknown>;
    if (!isText(from) || !isText(to)) throw new Error('A map line has no ends.');
    return { from, to };
  });
  if (typeof width !== 'number' || !(width >= 200 && width <= 1200)) throw new Error('The map width is out of range.');
  if (typeof focus !== 'boolean') throw new Error('The map focus is not true or false.');
  return { entities: parsed, lines: parsedLines, width: Math.round(width), focus };
}
