// What every step of the map build shares: paths, failing, the coordinate type, rounding.

import { join } from 'node:path';
import { ROOT } from '../build-kb/shared';

export { byString, packageVersion, readJson, ROOT } from '../build-kb/shared';

/** Where the build writes the map data, and what `--check` compares with. */
export const OUTPUT_PATH = join(ROOT, 'public', 'map', 'china-map.json');
/** The knowledge base the points are built for (the output of `npm run build:kb`). */
export const KB_PATH = join(ROOT, 'public', 'kb', 'knowledge-base.json');
/** The committed, curated inputs of the map build: the point overrides. */
export const SOURCES_DIR = join(ROOT, 'scripts', 'map-sources');

/** Longitude and latitude in degrees, GeoJSON's order. */
export type LonLat = readonly [lon: number, lat: number];

/** Throws an Error whose message starts with `build-map:`; the command line prints only the message. */
export function fail(message: string): never {
  throw new Error(`build-map: ${message}`);
}

/**
 * Degrees rounded to `digits` decimals: 2 (0.01°, about 1 km) is all a panel-size map can show and
 * short in JSON; 3 keeps a seat on its small island (长海).
 */
export const roundDegrees = (value: number, digits = 2): number => Math.round(value * 10 ** digits) / 10 ** digits;
