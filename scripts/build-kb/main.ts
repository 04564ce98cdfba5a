// Command line of the knowledge-base build: write public/kb/knowledge-base.json and the detector's
// prebuilt tables public/kb/knowledge-base.bin.gz (see prebuilt.ts), or check both are up to date.
//
//   npm run build:kb                               rebuild and write the file
//   npm run build:kb -- --check                    rebuild in memory; exit 1 when the committed file differs
//   npm run build:kb -- --verbose                  also list the short forms made weak automatically
//   node --import jiti/register scripts/build-kb/main.ts [--check] [--verbose]   the same, directly
//
// lib/core/knowledge/kb-format.ts (`parseKnowledgeBase`) reads the output; the rows are typed by it.
// The prebuilt tables are made from the JSON by the detector's own code (lib/core/detection), so
// after a change to derived names, the place matcher or the lexicon, run the build again.

import { checkOrWriteBuiltFile } from '../built-file';
import { buildKnowledgeBase } from './build';
import { checkOrWritePrebuilt } from './prebuilt';
import { OUTPUT_PATH } from './shared';

/**
 * Runs the build with the command line's flags. `--check`: compares with the committed files (the
 * JSON and the prebuilt tables) and sets exit code 1, with one line on stderr per file, when one
 * differs or is missing; writes nothing. Otherwise writes both (`--verbose` first prints the
 * build's log) and prints their sizes and the counts.
 */
async function main(args: readonly string[]): Promise<void> {
  const started = performance.now();
  const { text, stats, log } = await buildKnowledgeBase();
  const ms = Math.round(performance.now() - started);
  const check = args.includes('--check');
  if (!check && args.includes('--verbose')) for (const line of log) console.log(line);
  const shown = checkOrWriteBuiltFile(OUTPUT_PATH, text, check, 'npm run build:kb', ms);
  const prebuilt = checkOrWritePrebuilt(text, check);
  if (check) {
    if (process.exitCode !== 1) console.log(`${prebuilt}.`);
    return;
  }
  console.log(`wrote ${shown}: ${Buffer.byteLength(text)} bytes in ${ms} ms`);
  console.log(prebuilt);
  console.log(JSON.stringify(stats, null, 2));
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
