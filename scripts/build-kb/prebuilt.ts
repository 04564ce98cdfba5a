// The prebuilt form of the detector's tables, public/kb/knowledge-base.bin.gz: what the background
// loads instead of parsing the JSON and building the detector (lib/core/detection/prebuilt-knowledge.ts
// encodes and decodes it). Made from the knowledge base's JSON text by the code that derives the
// tables, so a change to either (the JSON, derived names, the place matcher, the lexicon of
// platform-name words) makes the committed file stale until `npm run build:kb` writes it again.

import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { buildDetectorTables, encodeDetectorTables } from '../../lib/core/detection';
import { parseKnowledgeBase } from '../../lib/core/knowledge';
import { ROOT } from './shared';

/** Where the build writes the prebuilt tables, gzipped (the background inflates them). */
export const PREBUILT_PATH = join(ROOT, 'public', 'kb', 'knowledge-base.bin.gz');

/** The prebuilt tables' bytes (not gzipped) for the knowledge base whose JSON text is `kbText`. */
export function prebuiltBytes(kbText: string): Uint8Array {
  return encodeDetectorTables(buildDetectorTables(parseKnowledgeBase(kbText)));
}

/**
 * The committed prebuilt tables, inflated; null when the file is missing or no gzip. Compared by
 * content, not by the gzip bytes, which another zlib may write differently.
 */
export function committedPrebuiltBytes(path = PREBUILT_PATH): Uint8Array | null {
  try {
    return new Uint8Array(gunzipSync(readFileSync(path)));
  } catch {
    return null;
  }
}

/**
 * With `check`, compares the tables made from `kbText` with the committed file and, when they
 * differ or it is missing, sets exit code 1 with one line on stderr; writes nothing. Otherwise
 * writes the file. Returns a line saying which and the file's size.
 */
export function checkOrWritePrebuilt(kbText: string, check: boolean): string {
  const shown = relative(process.cwd(), PREBUILT_PATH) || PREBUILT_PATH;
  const fresh = prebuiltBytes(kbText);
  if (check) {
    const committed = committedPrebuiltBytes();
    if (!committed || Buffer.compare(Buffer.from(committed), Buffer.from(fresh)) !== 0) {
      console.error(`${shown} is out of date: run npm run build:kb and commit the result.`);
      process.exitCode = 1;
      return `${shown} is out of date`;
    }
    return `${shown} is up to date`;
  }
  const gzipped = gzipSync(fresh, { level: 9 });
  writeFileSync(PREBUILT_PATH, gzipped);
  return `wrote ${shown}: ${gzipped.length} bytes (${fresh.length} inflated)`;
}
