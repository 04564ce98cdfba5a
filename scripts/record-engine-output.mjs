// Records the engine's output on the fixture pages and the checked corpora into
// tests/fixtures/engine-output.json (see scripts/engine-output.mjs). Run it when a change to
// detection is meant to change what is found, and read the diff; a speed change must leave it alone.
//
//   npm run record:engine-output
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { engineOutput } from './engine-output.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const output = await engineOutput(root);
const file = new URL('../tests/fixtures/engine-output.json', import.meta.url);
writeFileSync(
  file,
  `${JSON.stringify(
    {
      _about:
        'The engine output a speed change must keep: one line per entity per fixture page, and per corpus counts and a SHA-256 of its lines. Re-record with npm run record:engine-output when detection is meant to change.',
      ...output,
    },
    null,
    1,
  )}\n`,
);
const pages = Object.keys(output.pages).length;
console.log(`recorded ${pages} pages and ${Object.keys(output.corpora).length} corpora in ${fileURLToPath(file)}`);
