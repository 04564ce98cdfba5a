// Command line of the knowledge-base build: write public/kb/knowledge-base.json, or check it is up to date.
//
//   npm run build:kb                               rebuild and write the file
//   npm run build:kb -- --check                    rebuild in memory; exit 1 when the committed file differs
//   npm run build:kb -- --verbose                  also list the short forms made weak automatically
//   node --import jiti/register scripts/build-kb/main.ts [--check] [--verbose]   the same, directly
//
// lib/core/knowledge/kb-format.ts (`parseKnowledgeBase`) reads the output; the rows are typed by it.

import { checkOrWriteBuiltFile } from '../built-file';
import { buildKnowledgeBase } from './build';
import { OUTPUT_PATH } from './shared';

/**
 * Runs the build with the command line's flags. `--check`: compares with the committed file and
 * sets exit code 1, with one line on stderr, when it differs or is missing; writes nothing.
 * Otherwise writes the file (`--verbose` first prints the build's log) and prints its size and the
 * counts.
 */
async function main(args: readonly string[]): Promise<void> {
  const started = performance.now();
  const { text, stats, log } = await buildKnowledgeBase();
  const ms = Math.round(performance.now() - started);
  const check = args.includes('--check');
  if (!check && args.includes('--verbose')) for (const line of log) console.log(line);
  const shown = checkOrWriteBuiltFile(OUTPUT_PATH, text, check, 'npm run build:kb', ms);
  if (check) return;
  console.log(`wrote ${shown}: ${Buffer.byteLength(text)} bytes in ${ms} ms`);
  console.log(JSON.stringify(stats, null, 2));
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
