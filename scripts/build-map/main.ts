// Command line of the map build: write public/map/china-map.json, or check it is up to date.
//
//   npm run build:map                 rebuild and write the file; print sizes (raw, gzip) and counts
//   npm run build:map -- --check      rebuild in memory; exit 1 when the committed file differs
//
// Reads public/kb/knowledge-base.json: run `npm run build:kb` first when the places change.

import { gzipSync } from 'node:zlib';
import { checkOrWriteBuiltFile } from '../built-file';
import { buildMapData } from './build';
import { fail, OUTPUT_PATH } from './shared';

/** The map data's budget: loaded by the panel and the library only, never by the content script. */
const GZIP_BUDGET_BYTES = 150 * 1024;

/**
 * Runs the build. `--check`: compares with the committed file and sets exit code 1, with one line on
 * stderr, when it differs or is missing. Otherwise writes the file and prints its sizes and counts.
 * Fails when the gzip size is over {@link GZIP_BUDGET_BYTES}.
 */
function main(args: readonly string[]): void {
  const started = performance.now();
  const { text, stats } = buildMapData();
  const ms = Math.round(performance.now() - started);
  const raw = Buffer.byteLength(text);
  const gzip = gzipSync(text, { level: 9 }).length;
  if (gzip > GZIP_BUDGET_BYTES)
    fail(`the map data would be ${gzip} bytes gzip, over the ${GZIP_BUDGET_BYTES}-byte budget`);
  const check = args.includes('--check');
  const shown = checkOrWriteBuiltFile(OUTPUT_PATH, text, check, 'npm run build:map', ms);
  if (check) return;
  console.log(`wrote ${shown}: ${(raw / 1024).toFixed(1)} KB, ${(gzip / 1024).toFixed(1)} KB gzip, in ${ms} ms`);
  console.log(JSON.stringify(stats, null, 2));
}

try {
  main(process.argv.slice(2));
} catch (error: unknown) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
