import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import * as v from 'valibot';
import { mapDataSchema, type MapDataFile } from './map-format';

/** Longitude and latitude in degrees, GeoJSON's order. */
export type LonLat = readonly [lon: number, lat: number];

/** A province-level outline, ready for d3-geo: GeoJSON in degrees, rings in d3's order, `id` its code. */
export type ProvinceShape = Feature<Polygon | MultiPolygon, Record<string, never>> & { id: string };

/** The map data, parsed: province outlines and the point of every place, by code. */
export interface MapData {
  /** The 34 province-level outlines, by code (`330000`). */
  provinces: ReadonlyMap<string, ProvinceShape>;
  /** The point of every knowledge-base place, by code (`330200`). */
  points: ReadonlyMap<string, LonLat>;
  /** The file's source notes (for an about line). */
  sources: MapDataFile['sources'];
}

/**
 * Parses public/map/china-map.json (the object or its JSON text). Throws an Error starting with
 * `Invalid map data:` that names the first problem when the file is not a map file of
 * MAP_VERSION, a row is malformed or a code repeats; never returns partial data.
 */
export function parseMapData(input: unknown): MapData {
  let value = input;
  if (typeof input === 'string') {
    try {
      value = JSON.parse(input) as unknown;
    } catch {
      throw new Error('Invalid map data: not JSON');
    }
  }
  const result = v.safeParse(mapDataSchema, value);
  if (!result.success) {
    const issue = result.issues[0];
    const where = v.getDotPath(issue) ?? 'the file';
    throw new Error(`Invalid map data: ${where}: ${issue.message}`);
  }
  const file = result.output;
  const points = new Map<string, LonLat>();
  for (const [code, lon, lat] of file.points) {
    if (points.has(code)) throw new Error(`Invalid map data: point ${code} appears twice`);
    points.set(code, [lon, lat]);
  }
  const topology = file.provinces as unknown as Topology;
  const collection = feature(topology, topology.objects.provinces as GeometryCollection);
  const provinces = new Map<string, ProvinceShape>();
  for (const shape of collection.features) {
    const id = String(shape.id);
    if (provinces.has(id)) throw new Error(`Invalid map data: province ${id} appears twice`);
    provinces.set(id, { ...(shape as unknown as ProvinceShape), id });
  }
  return { provinces, points, sources: file.sources };
}
