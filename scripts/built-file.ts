// What the build commands (build:kb, build:map) do with the text they built: check it against the
// committed file, or write it.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';

/**
 * With `check`, compares `text` with the file at `path` and, when it differs or is missing, sets exit
 * code 1 with one line on stderr naming `command` (`npm run build:map`); writes nothing. Otherwise
 * writes it (creating its folder). Returns the path as shown to the reader (relative to here).
 */
export function checkOrWriteBuiltFile(path: string, text: string, check: boolean, command: string, ms: number): string {
  const shown = relative(process.cwd(), path) || path;
  if (check) {
    let committed: string | null = null;
    try {
      committed = readFileSync(path, 'utf8');
    } catch {
      // missing: reported as out of date below
    }
    if (committed !== text) {
      console.error(`${shown} is out of date: run ${command} and commit the result.`);
      process.exitCode = 1;
    } else {
      console.log(`${shown} is up to date (built in memory in ${ms} ms).`);
    }
    return shown;
  }
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  return shown;
}
