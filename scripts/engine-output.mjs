// The engine's output on every fixture page and on the checked corpora, in the compact form
// recorded in tests/fixtures/engine-output.json: a rewrite of the engine for speed must give the
// same output (tests/unit/engine-output.test.ts compares), and a change to detection re-records it
// on purpose (`npm run record:engine-output`), so the diff shows every entity that changed.
import { readdirSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { Window } from 'happy-dom';
import { createJiti } from 'jiti';
import { checkedCorpora, fixtureArticleTexts, paragraphsOf } from '../bench/corpora.mjs';

/** The page sets whose output is recorded, relative to the repository root. */
export const RECORDED_PAGE_DIRS = ['tests/fixtures/pages', 'tests/fixtures/written/pages'];

/**
 * One line per entity, in the order the detector returns them:
 * `type id name | roles ; … | evidence | start-end start-end …`.
 * Example: `city city:330200 宁波市 |  | knowledge-base | 12-14 40-42`.
 * @param {{ type: string, id: string, name: string, roles: { organization: string, title: string }[], evidence: { kind: string }, mentions: { start: number, end: number }[] }[]} entities
 */
export function entityLines(entities) {
  return entities.map(
    (e) =>
      `${e.type} ${e.id} ${e.name} | ${e.roles.map((r) => `${r.organization} ${r.title}`).join(' ; ')} | ${
        e.evidence.kind
      } | ${e.mentions.map((m) => `${m.start}-${m.end}`).join(' ')}`,
  );
}

/**
 * Runs the engine (loaded from the TypeScript sources) on every recorded page and corpus. With
 * `prebuilt`, the detector is made over the committed prebuilt tables
 * (public/kb/knowledge-base.bin.gz, as the background loads them) instead of built from the JSON.
 * @param {string} root the repository root
 * @param {{ prebuilt?: boolean }} [options]
 * @returns {Promise<{ pages: Record<string, string[]>, corpora: Record<string, { entities: number, mentions: number, sha256: string }> }>}
 */
export async function engineOutput(root, options = {}) {
  const jiti = createJiti(import.meta.url);
  const { createDetector, decodeDetectorTables, detectorOver } = await jiti.import('../lib/core/detection/index.ts');
  const { parseKnowledgeBase } = await jiti.import('../lib/core/knowledge/index.ts');
  const { findArticleRoot } = await jiti.import('../lib/dom/article-root.ts');
  const { buildTextIndex } = await jiti.import('../lib/dom/text-index.ts');
  const kb = parseKnowledgeBase(JSON.parse(readFileSync(`${root}/public/kb/knowledge-base.json`, 'utf8')));
  const detector = options.prebuilt
    ? detectorOver(
        decodeDetectorTables(new Uint8Array(gunzipSync(readFileSync(`${root}/public/kb/knowledge-base.bin.gz`)))),
      )
    : createDetector(kb);

  const pages = {};
  const window = new Window({ url: 'http://127.0.0.1/' });
  const previousNodeFilter = globalThis.NodeFilter;
  globalThis.NodeFilter = window.NodeFilter;
  try {
    for (const dir of RECORDED_PAGE_DIRS) {
      for (const file of readdirSync(`${root}/${dir}`)
        .filter((f) => f.endsWith('.html'))
        .sort()) {
        window.document.write(readFileSync(`${root}/${dir}/${file}`, 'utf8'));
        const { text } = buildTextIndex(findArticleRoot(window.document));
        window.document.open();
        pages[`${dir}/${file}`] = entityLines(detector.detect(text));
      }
    }
  } finally {
    globalThis.NodeFilter = previousNodeFilter;
    await window.happyDOM.close();
  }

  const corpora = {};
  for (const [label, text] of Object.entries(checkedCorpora(paragraphsOf(await fixtureArticleTexts()), kb))) {
    const entities = detector.detect(text);
    const lines = entityLines(entities);
    corpora[label] = {
      entities: entities.length,
      mentions: entities.reduce((n, e) => n + e.mentions.length, 0),
      sha256: createHash('sha256').update(lines.join('\n')).digest('hex'),
    };
  }
  return { pages, corpora };
}
