// Scans one HTML page with the extension's own pipeline (article root → text index → detector)
// and prints {"entities":[{type,name,roles,mentions}]} — the format ../shared/eval/score.mjs reads.
//
//   npm run --silent scan -- tests/fixtures/pages/hongqiao-yrd-cooperation.zh-Hans.html
//
// TypeScript sources load through jiti; the page is parsed with happy-dom (no browser needed).
import { readFile } from 'node:fs/promises';
import { Window } from 'happy-dom';
import { createJiti } from 'jiti';

const file = process.argv[2];
if (!file) {
  console.error('usage: npm run --silent scan -- PAGE.html');
  process.exit(2);
}

const jiti = createJiti(import.meta.url);
const { createDetector } = await jiti.import('../lib/core/detect.ts');
const { formatRole } = await jiti.import('../lib/core/entity.ts');
const { STARTER_KNOWLEDGE_BASE } = await jiti.import('../lib/core/starter-knowledge-base.ts');
const { findArticleRoot } = await jiti.import('../lib/dom/article-root.ts');
const { buildTextIndex } = await jiti.import('../lib/dom/text-index.ts');

const window = new Window({ url: 'http://127.0.0.1/' });
globalThis.NodeFilter = window.NodeFilter;
window.document.write(await readFile(file, 'utf8'));

const index = buildTextIndex(findArticleRoot(window.document));
const entities = createDetector(STARTER_KNOWLEDGE_BASE).detect(index.text);
const output = entities.map((entity) => ({
  type: entity.type,
  name: entity.name,
  roles: entity.roles.map(formatRole),
  mentions: entity.mentions.length,
}));
console.log(JSON.stringify({ entities: output }, null, 1));
await window.happyDOM.close();
