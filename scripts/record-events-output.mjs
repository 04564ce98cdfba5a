// Records the brief's events on the fixture pages and the checked corpora into
// tests/fixtures/events-output.json (see scripts/events-output.mjs). Run it when a change to event
// finding is meant to change what is found, and read the diff; a speed change must leave it alone.
//
//   npm run record:events-output
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { eventsOutput } from './events-output.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const output = await eventsOutput(root);
const file = new URL('../tests/fixtures/events-output.json', import.meta.url);
writeFileSync(
  file,
  `${JSON.stringify(
    {
      _about:
        'The events a speed change must keep: per fixture page its article date and one JSON line per event, per corpus the count and a SHA-256 of its lines. Re-record with npm run record:events-output when event finding is meant to change.',
      ...output,
    },
    null,
    1,
  )}\n`,
);
const pages = Object.keys(output.pages).length;
console.log(`recorded ${pages} pages and ${Object.keys(output.corpora).length} corpora in ${fileURLToPath(file)}`);
