import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';

/** The repository root. */
export const ROOT = path.resolve(import.meta.dirname, '../../..');
/** The built extensions the E2E suite loads (`npm run build` makes them). */
export const CHROME_BUILD = path.join(ROOT, '.output/chrome-mv3');
export const FIREFOX_BUILD = path.join(ROOT, '.output/firefox-mv2');
/** Where screenshots go (git-ignored): open them and look. */
export const RESULTS = path.join(ROOT, 'test-results');

/** Debian's browser binaries; `npm run setup:browsers` installs them. */
export const CHROMIUM_BINARY = process.env.CHROMIUM_BIN ?? '/usr/bin/chromium';
export const FIREFOX_BINARY = process.env.FIREFOX_BIN ?? '/usr/bin/firefox-esr';

/** Throws a clear message when the build or the browser is missing. */
export function requireFile(file: string, hint: string): string {
  if (!existsSync(file)) throw new Error(`${file} is missing: ${hint}`);
  return file;
}

/** Makes sure the screenshot folder exists and returns a path inside it. */
export function resultPath(name: string): string {
  mkdirSync(RESULTS, { recursive: true });
  return path.join(RESULTS, name);
}
