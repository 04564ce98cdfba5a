// What every step of the knowledge-base build shares: paths, reading inputs, failing, ordering.

import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (two folders above this file). */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The curated inputs: platforms, regions, aliases, English names, pinyin overrides, common words. */
export const SOURCES_DIR = join(ROOT, 'scripts', 'kb-sources');
/** Where the build writes the knowledge base, and what `--check` compares with. */
export const OUTPUT_PATH = join(ROOT, 'public', 'kb', 'knowledge-base.json');

/** Throws an Error whose message starts with `build-kb:`; the command line prints only the message. */
export function fail(message: string): never {
  throw new Error(`build-kb: ${message}`);
}

/** Parses a JSON file. The type is the caller's word for the file's shape: nothing checks it here. */
export function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

/** Parses one of the curated JSON files in {@link SOURCES_DIR}, by file name. */
export function readSource<T>(name: string): T {
  return readJson<T>(join(SOURCES_DIR, name));
}

/** The installed version of a package, read from node_modules (for the file's `sources`). */
export function packageVersion(name: string): string {
  return readJson<{ version: string }>(join(ROOT, 'node_modules', name, 'package.json')).version;
}

/** Comparator by UTF-16 code units, independent of locale: the order every list of the file uses. */
export const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The items without repeats, first occurrence kept, in order. */
export const unique = <T>(items: Iterable<T>): T[] => [...new Set(items)];

/** Province-level code of a 6-digit code: `330282` → `330000`. */
export const provinceCodeOf = (code: string): string => `${code.slice(0, 2)}0000`;
