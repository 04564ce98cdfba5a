// Checks the built data the way the map will draw it: every place's rounded point inside its own
// province's simplified, quantised outline.

import { geoContains } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { join } from 'node:path';
import { readJson, SOURCES_DIR, type LonLat } from './shared';

/**
 * Places that lie in another province's land than the one that administers them (加格达奇 in
 * 内蒙古's 鄂伦春自治旗, run by 黑龙江), from point-overrides.json's `liesIn`: code → province code.
 */
export function readLiesIn(): Map<string, string> {
  const file = readJson<{ liesIn?: Record<string, { province: string; source: string }> }>(
    join(SOURCES_DIR, 'point-overrides.json'),
  );
  return new Map(Object.entries(file.liesIn ?? {}).map(([code, row]) => [code, row.province]));
}

/** The province outlines of a built topology, by code, as GeoJSON features in degrees. */
export function provinceShapes(topology: Topology): Map<string, Feature<Polygon | MultiPolygon>> {
  const collection = feature(topology, topology.objects.provinces as GeometryCollection);
  const shapes = new Map<string, Feature<Polygon | MultiPolygon>>();
  for (const shape of collection.features) shapes.set(String(shape.id), shape as Feature<Polygon | MultiPolygon>);
  return shapes;
}

/**
 * The places whose point lies outside their province's outline (or whose province has none), by
 * code, with a `code name (lon, lat) not in province` line each: empty when all are inside. A place
 * of `liesIn` is checked against the province it lies in instead.
 */
export function pointsOutsideTheirProvince(
  topology: Topology,
  places: readonly { code: string; name: string; province: string }[],
  points: ReadonlyMap<string, LonLat>,
  liesIn: ReadonlyMap<string, string> = new Map(),
): Map<string, string> {
  const shapes = provinceShapes(topology);
  const outside = new Map<string, string>();
  for (const place of places) {
    const point = points.get(place.code);
    const province = liesIn.get(place.code) ?? place.province;
    const shape = shapes.get(province);
    if (point && shape && geoContains(shape, point as [number, number])) continue;
    outside.set(place.code, `${place.code} ${place.name} (${point?.join(', ') ?? 'no point'}) not in ${province}`);
  }
  return outside;
}
