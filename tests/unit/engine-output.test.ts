import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { engineOutput } from '../../scripts/engine-output.mjs';

// The engine's output must not change when only its speed does: the recorded output covers every
// fixture page (entities, roles, evidence, mention offsets) and the benchmark's 1 MB corpora.
// When a change to detection is meant to change it, re-record (npm run record:engine-output) and
// read the diff of tests/fixtures/engine-output.json.
const root = fileURLToPath(new URL('../..', import.meta.url));
const recorded = JSON.parse(readFileSync(`${root}/tests/fixtures/engine-output.json`, 'utf8')) as Awaited<
  ReturnType<typeof engineOutput>
>;

describe('engine output', () => {
  it('is the recorded one on every fixture page and corpus', { timeout: 120_000 }, async () => {
    const now = await engineOutput(root);
    expect(Object.keys(now.pages)).toEqual(Object.keys(recorded.pages));
    for (const [page, lines] of Object.entries(now.pages)) expect(lines, page).toEqual(recorded.pages[page]);
    expect(now.corpora).toEqual(recorded.corpora);
  });

  // The background's detector is made over the prebuilt tables (public/kb/knowledge-base.bin.gz):
  // it must find exactly what the detector built from the JSON finds.
  it('is the recorded one with the detector loaded from the prebuilt tables', { timeout: 120_000 }, async () => {
    const now = await engineOutput(root, { prebuilt: true });
    expect(Object.keys(now.pages)).toEqual(Object.keys(recorded.pages));
    for (const [page, lines] of Object.entries(now.pages)) expect(lines, page).toEqual(recorded.pages[page]);
    expect(now.corpora).toEqual(recorded.corpora);
  });
});
