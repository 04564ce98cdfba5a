import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { eventsOutput } from '../../scripts/events-output.mjs';

// The brief's events must not change when only the speed of finding them does: the recorded output
// covers every fixture page (date, kinds, offsets, parties, amounts) and the 1 MB corpora. When a
// change to event finding is meant to change it, re-record (npm run record:events-output) and read
// the diff of tests/fixtures/events-output.json.
const root = fileURLToPath(new URL('../..', import.meta.url));
const recorded = JSON.parse(readFileSync(`${root}/tests/fixtures/events-output.json`, 'utf8')) as Awaited<
  ReturnType<typeof eventsOutput>
>;

describe('events output', () => {
  it('is the recorded one on every fixture page and corpus', { timeout: 120_000 }, async () => {
    const now = await eventsOutput(root);
    expect(Object.keys(now.pages)).toEqual(Object.keys(recorded.pages));
    for (const [page, output] of Object.entries(now.pages)) expect(output, page).toEqual(recorded.pages[page]);
    expect(now.corpora).toEqual(recorded.corpora);
  });
});
