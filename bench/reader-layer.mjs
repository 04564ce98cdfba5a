// Reader-layer benchmark (Node): what the reader's own entries cost on top of the built-in
// detector — preparing a layer of 1, 100 and 1,000 entries (all `withLayer` does; the
// knowledge-base automaton is not rebuilt), and detect on the sample article with and without
// a 100-entry layer. Prints a table; not a test.
//
//   node bench/reader-layer.mjs
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { Window } from 'happy-dom';
import { createJiti } from 'jiti';
import { timeRuns } from './bundle.mjs';

const jiti = createJiti(import.meta.url);
const { createDetector } = await jiti.import('../lib/core/detection/index.ts');
const { parseKnowledgeBase } = await jiti.import('../lib/core/knowledge/index.ts');
const { createReaderAwareDetector, describeNotHere } = await jiti.import('../lib/core/reader-layer/index.ts');
const { findArticleRoot } = await jiti.import('../lib/dom/article-root.ts');
const { buildTextIndex } = await jiti.import('../lib/dom/text-index.ts');

const kb = parseKnowledgeBase(
  JSON.parse(readFileSync(new URL('../public/kb/knowledge-base.json', import.meta.url), 'utf8')),
);
const kbBuildStart = performance.now();
const base = createDetector(kb);
const kbBuildMs = performance.now() - kbBuildStart;

/** The article text the extension sees on a fixture page. */
function articleText(file) {
  const window = new Window({ url: 'http://127.0.0.1/' });
  globalThis.NodeFilter = window.NodeFilter;
  window.document.write(readFileSync(new URL(`../tests/fixtures/pages/${file}`, import.meta.url), 'utf8'));
  const { text } = buildTextIndex(findArticleRoot(window.document));
  void window.happyDOM.close();
  return text;
}
const article = articleText('hongqiao-yrd-cooperation.zh-Hans.html');
const url = 'http://127.0.0.1:5174/hongqiao-yrd-cooperation.zh-Hans.html';

/** Median milliseconds of `runs` calls of `fn`. */
const time = (fn, runs) => timeRuns(fn, runs).median;

const HAN = '东南西北中新城港湾区园桥海江山湖金银华兴安平和泰昌盛丰荣';
let seed = 7;
function randomName(length) {
  let name = '';
  for (let i = 0; i < length; i++) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    name += HAN[seed % HAN.length];
  }
  return name;
}

/**
 * A layer of `n` entries like a reader's: mostly own entities with an alias or two, some
 * corrections of each kind; a few of them occur in the sample article.
 */
function layerOf(n) {
  const time = '2026-01-02T03:04:05.000Z';
  const entities = [];
  const corrections = [];
  const first = base.detect(article)[0];
  for (let i = 0; i < n; i++) {
    const kind = i % 10;
    if (kind < 6) {
      entities.push({
        id: `reader:e${i}`,
        type: 'platform',
        name: i === 0 ? '长三角一体化' : randomName(4 + (i % 4)),
        aliases: [randomName(3), randomName(5)],
        description: '',
        createdAt: time,
        updatedAt: time,
      });
    } else if (kind === 6) {
      corrections.push({ kind: 'never', id: `c${i}`, createdAt: time, surface: i === 6 ? '京东' : randomName(2) });
    } else if (kind === 7) {
      corrections.push({
        kind: 'same-as',
        id: `c${i}`,
        createdAt: time,
        alias: randomName(4),
        targetId: 'platform:ciie',
      });
    } else if (kind === 8) {
      corrections.push({
        kind: 'change-type',
        id: `c${i}`,
        createdAt: time,
        entityId: `city:${330000 + i}`,
        type: 'person',
      });
    } else {
      const mention = first.mentions[0];
      corrections.push({ id: `c${i}`, createdAt: time, ...describeNotHere(article, mention, first.id, url) });
    }
  }
  return { entities, corrections };
}

const rows = [];
const empty = createReaderAwareDetector(base, kb);
for (const n of [1, 100, 1000]) {
  const layer = layerOf(n);
  rows.push([`prepare a ${n}-entry layer (withLayer)`, time(() => empty.withLayer(layer), 1000)]);
}
const layer100 = layerOf(100);
const with100 = empty.withLayer(layer100);
const with1000 = empty.withLayer(layerOf(1000));
time(() => base.detect(article), 200); // warm-up, so the first row is not charged for JIT
rows.push(['detect, base detector alone', time(() => base.detect(article), 1000)]);
rows.push(['detect, empty layer', time(() => empty.detect(article, { url }), 1000)]);
rows.push(['detect, 100-entry layer', time(() => with100.detect(article, { url }), 1000)]);
rows.push(['detect, 1,000-entry layer', time(() => with1000.detect(article, { url }), 1000)]);
rows.push([
  'add one entry to the 100 and detect again',
  time(() => {
    const next = {
      entities: [...layer100.entities, { ...layer100.entities[1], id: 'reader:new', name: '虹桥枢纽', aliases: [] }],
      corrections: layer100.corrections,
    };
    with100.withLayer(next).detect(article, { url });
  }, 100),
]);

const found = with100.detect(article, { url });
console.log(
  `100-entry layer on the sample article: ${found.length} entities (base ${base.detect(article).length}), ${found.filter((e) => e.id.startsWith('reader:')).length} of them the reader's`,
);
console.log(`District Lens reader-layer benchmark — Node ${process.version}, ${os.cpus()[0]?.model ?? 'cpu'}`);
console.log(
  `sample article: ${article.length} characters; knowledge base: ${kb.entries.length} entries, detector built once in ${kbBuildMs.toFixed(1)} ms`,
);
const width = Math.max(...rows.map((r) => r[0].length));
for (const [what, ms] of rows) console.log(`${what.padEnd(width)}  ${ms.toFixed(3).padStart(8)} ms (median)`);
