// Scans one HTML page with the extension's own pipeline (article root → text index → detector →
// the brief's date and events) and prints exactly one JSON object — the format
// ../shared/eval/score.mjs reads, plus the brief that scripts/score-events.mjs reads:
//   {"entities":[{"type","name","id","roles":["<org> <title>"],"mentions":[{"text","start","end"}]}],
//    "date":"YYYY-MM-DD"|null,"dateSource":"meta"|"json-ld"|"time"|"line"|null,
//    "events":[{"kind","date","parties":[{"name","type","role","names"}],"amounts","sentence"}]}
// Offsets index the raw article text the extension sees (the text index of the article root).
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
const { createDetector } = await jiti.import('../lib/core/detection/index.ts');
const { chooseArticleDate, findEvents } = await jiti.import('../lib/core/brief/index.ts');
const { normalizeForMatching } = await jiti.import('../lib/core/normalize/index.ts');
const { articleDateSources } = await jiti.import('../lib/dom/article-date-sources.ts');
const { formatRole } = await jiti.import('../lib/core/entity/index.ts');
const { parseKnowledgeBase } = await jiti.import('../lib/core/knowledge/index.ts');
const { findArticleRoot } = await jiti.import('../lib/dom/article-root.ts');
const { buildTextIndex } = await jiti.import('../lib/dom/text-index.ts');

const kbFile = new URL('../public/kb/knowledge-base.json', import.meta.url);
const kb = parseKnowledgeBase(JSON.parse(await readFile(kbFile, 'utf8')));

const window = new Window({ url: 'http://127.0.0.1/' });
globalThis.NodeFilter = window.NodeFilter;
window.document.write(await readFile(file, 'utf8'));

const root = findArticleRoot(window.document);
const { text } = buildTextIndex(root);
const detected = createDetector(kb).detect(text);
const entities = detected.map((entity) => ({
  type: entity.type,
  name: entity.name,
  id: entity.id,
  roles: entity.roles.map(formatRole),
  // Why it is highlighted: knowledge-base / name-shape (+ suffix) / title (+ title) / reader.
  evidence: entity.evidence,
  mentions: entity.mentions.map(({ start, end }) => ({ text: text.slice(start, end), start, end })),
}));
const articleDate = chooseArticleDate(articleDateSources(window.document, root));
const events = findEvents(normalizeForMatching(text), detected, articleDate?.date).map((event) => ({
  kind: event.kind,
  date: event.date ?? null,
  // The names the party goes by in this article too, so a scorer can match 宁波 as well as 宁波市.
  parties: event.parties.map(({ entityId, name, type, role }) => ({
    name,
    type,
    role,
    names: [...new Set(entities.find((e) => e.id === entityId)?.mentions.map((m) => m.text) ?? [])],
  })),
  amounts: event.amounts,
  sentence: text.slice(event.sentence.start, event.sentence.end),
}));
process.stdout.write(
  `${JSON.stringify({ entities, date: articleDate?.date ?? null, dateSource: articleDate?.source ?? null, events })}\n`,
);
await window.happyDOM.close();
