import type { DetectedEntity } from '../entity';
import type { KbEntry } from '../knowledge';
import type { MapEntity } from '../map-picture';
import type { LonLat } from './map-data';

export type { MapEntity };

/**
 * Where an entity is, as the map needs it: a place's own code, a platform's location code, or a
 * region's member codes. `null` for what has no place on a map (officials, an unknown id, a
 * platform without a location).
 */
export type MapLocation =
  | { kind: 'place'; code: string }
  | { kind: 'platform'; code: string }
  | { kind: 'region'; codes: readonly string[] }
  | null;

/** A dot on the map: a place at its point, or a platform at its location's point. */
export interface PointMarker {
  id: string;
  kind: 'place' | 'platform';
  name: string;
  count: number;
  point: LonLat;
  /** Radius in the map's drawing units, from {@link markerRadius}. */
  radius: number;
  /** The place code of the point (a platform's location). */
  code: string;
}

/** A region (长三角) drawn as a soft outline around its members' points. */
export interface RegionMarker {
  id: string;
  name: string;
  count: number;
  /** The points of the members that have one, in the region's member order, without repeats. */
  points: LonLat[];
}

/** Why an entity got no marker. */
export type SkipReason = 'no location' | 'no point';

/** The markers of one map, and the entities left off it with the reason. */
export interface MapMarkers {
  /** Places and platforms, largest count first (then by name): small dots are drawn on top. */
  points: PointMarker[];
  regions: RegionMarker[];
  skipped: { id: string; name: string; reason: SkipReason }[];
}

/** Marker radii: the smallest dot stays visible and clickable, the largest does not hide a province. */
export interface RadiusScale {
  minRadius: number;
  maxRadius: number;
}

/** Default radii, in the map's drawing units (the SVG's pixels at its natural size). */
export const DEFAULT_RADIUS_SCALE: RadiusScale = { minRadius: 3, maxRadius: 14 };

/**
 * A marker's radius for `count` when the map's largest count is `maxCount`: a square-root scale, so a
 * dot's area (what the eye compares) grows in proportion to its count, `maxRadius` at `maxCount`,
 * never below `minRadius`. Monotone in `count`. When nothing counts more than 1, every dot has half
 * `maxRadius` (at least `minRadius`): no dot stands out when none does, and the one place of an
 * official's single role, or a short article's few places, read as ordinary dots rather than specks.
 */
export function markerRadius(count: number, maxCount: number, scale: RadiusScale = DEFAULT_RADIUS_SCALE): number {
  if (maxCount <= 1) return Math.max(scale.minRadius, scale.maxRadius / 2);
  const radius = scale.maxRadius * Math.sqrt(Math.min(count, maxCount) / maxCount);
  return Math.max(scale.minRadius, radius);
}

/**
 * The markers for `entities`: a place at its point, a platform as its own marker at its location's
 * point, a region from its members' points; radii from the largest count among the points.
 * Officials and persons are not map entities and are left out silently; a place, platform or region
 * without a location, or whose location has no point, is listed in `skipped`.
 */
export function mapMarkers(
  entities: readonly MapEntity[],
  locate: (id: string) => MapLocation,
  points: ReadonlyMap<string, LonLat>,
  scale: RadiusScale = DEFAULT_RADIUS_SCALE,
): MapMarkers {
  const dots: Omit<PointMarker, 'radius'>[] = [];
  const regions: RegionMarker[] = [];
  const skipped: MapMarkers['skipped'] = [];
  for (const entity of entities) {
    if (entity.type === 'official' || entity.type === 'person') continue;
    const location = locate(entity.id);
    if (!location) {
      skipped.push({ id: entity.id, name: entity.name, reason: 'no location' });
    } else if (location.kind === 'region') {
      const codes = [...new Set(location.codes)].filter((code) => points.has(code));
      if (codes.length === 0) skipped.push({ id: entity.id, name: entity.name, reason: 'no point' });
      else
        regions.push({
          id: entity.id,
          name: entity.name,
          count: entity.count,
          points: codes.map((c) => points.get(c)!),
        });
    } else {
      const point = points.get(location.code);
      if (!point) skipped.push({ id: entity.id, name: entity.name, reason: 'no point' });
      else
        dots.push({
          id: entity.id,
          kind: location.kind,
          name: entity.name,
          count: entity.count,
          point,
          code: location.code,
        });
    }
  }
  const maxCount = Math.max(0, ...dots.map((dot) => dot.count));
  const sized = dots
    .map((dot) => ({ ...dot, radius: markerRadius(dot.count, maxCount, scale) }))
    .sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { points: sized, regions, skipped };
}

/** An article's entities for its map: each counts its mentions in the article. */
export function articleMapEntities(entities: readonly DetectedEntity[]): MapEntity[] {
  return entities.map((entity) => ({
    id: entity.id,
    type: entity.type,
    name: entity.name,
    count: entity.mentions.length,
  }));
}

/**
 * The library's entities for its map: each counts the articles (of those given: all saved ones, or
 * the filtered) that name it; an entity met twice in one article counts once.
 */
export function libraryMapEntities(
  articles: readonly (readonly Pick<MapEntity, 'id' | 'type' | 'name'>[])[],
): MapEntity[] {
  const byId = new Map<string, MapEntity>();
  for (const entities of articles) {
    for (const id of new Set(entities.map((entity) => entity.id))) {
      const entity = entities.find((e) => e.id === id)!;
      const known = byId.get(id);
      if (known) known.count += 1;
      else byId.set(id, { id, type: entity.type, name: entity.name, count: 1 });
    }
  }
  return [...byId.values()];
}

/**
 * A `locate` for {@link mapMarkers} from knowledge-base entries (`city:330200` → its code; a
 * platform → its location; a region → its members). Ids the entries lack (the reader's own
 * entities, officials) locate to `null`.
 */
export function locateInKnowledgeBase(byId: ReadonlyMap<string, KbEntry>): (id: string) => MapLocation {
  const codeOf = (id: string | undefined) => (id?.startsWith('city:') ? id.slice('city:'.length) : '');
  return (id) => {
    const entry = byId.get(id);
    if (entry?.type === 'city' && entry.code) return { kind: 'place', code: entry.code };
    if (entry?.type === 'platform' && codeOf(entry.locationId))
      return { kind: 'platform', code: codeOf(entry.locationId) };
    if (entry?.type === 'region' && entry.memberIds?.length)
      return { kind: 'region', codes: entry.memberIds.map(codeOf) };
    return null;
  };
}
