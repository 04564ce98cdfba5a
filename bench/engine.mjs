// Engine benchmark (Node): throughput of normalise + detect on the fixture articles and on
// generated ~1 MB and ~5 MB district-news corpora, next to the floor (a bare loop reading every
// character once) and the naive matchers the trie replaced. Prints a table; not a test.
//
//   npm run bench
import { readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { Window } from 'happy-dom';
import { createJiti } from 'jiti';

const jiti = createJiti(import.meta.url);
const { createDetector, DictionaryMatcher } = await jiti.import('../lib/core/detection/index.ts');
const { parseKnowledgeBase } = await jiti.import('../lib/core/knowledge/index.ts');
const { normalizeForMatching, foldToSimplified } = await jiti.import('../lib/core/normalize/index.ts');
const { findArticleRoot } = await jiti.import('../lib/dom/article-root.ts');
const { buildTextIndex } = await jiti.import('../lib/dom/text-index.ts');

const PAGES = new URL('../tests/fixtures/pages/', import.meta.url);
const kbLoad = performance.now();
const kb = parseKnowledgeBase(
  JSON.parse(readFileSync(new URL('../public/kb/knowledge-base.json', import.meta.url), 'utf8')),
);
const kbParsed = performance.now();
const detector = createDetector(kb);
const detectorBuilt = performance.now();

/** The article text the extension sees on each fixture page. */
function articleTexts() {
  const window = new Window({ url: 'http://127.0.0.1/' });
  globalThis.NodeFilter = window.NodeFilter;
  const texts = readdirSync(PAGES)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((file) => {
      window.document.write(readFileSync(new URL(file, PAGES), 'utf8'));
      const { text } = buildTextIndex(findArticleRoot(window.document));
      window.document.open();
      return { file, text };
    });
  void window.happyDOM.close();
  return texts;
}

/** A corpus of about `chars` characters made of the fixture paragraphs in a fixed shuffled order. */
function corpus(paragraphs, chars) {
  const out = [];
  let length = 0;
  let seed = 42;
  while (length < chars) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    const p = paragraphs[seed % paragraphs.length];
    out.push(p);
    length += p.length + 1;
  }
  return out.join('\n');
}

/** Median milliseconds of `runs` calls of `fn`. */
function time(fn, runs) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

const mb = (text) => Buffer.byteLength(text, 'utf8') / 1e6;
const rows = [];
function row(what, text, ms, floorMs) {
  rows.push([
    what,
    `${(text.length / 1000).toFixed(0)}k chars`,
    `${ms.toFixed(1)} ms`,
    `${(mb(text) / (ms / 1000)).toFixed(1)} MB/s`,
    floorMs ? `${(ms / floorMs).toFixed(1)}×` : '',
  ]);
}

const bareLoop = (text) => {
  let sum = 0;
  for (let i = 0; i < text.length; i++) sum += text.charCodeAt(i);
  return sum;
};

const names = [
  ...new Set(kb.entries.flatMap((e) => [e.name, ...e.aliases, ...(e.weakAliases ?? [])].map(foldToSimplified))),
];
const trie = new DictionaryMatcher(names.map((n) => [n, n]));
const bigRegExp = new RegExp(
  names
    .sort((a, b) => b.length - a.length)
    .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|'),
  'g',
);

const articles = articleTexts();
const paragraphs = articles.flatMap((a) => a.text.split('\n').filter((p) => p.length > 40));
const oneMb = corpus(paragraphs, 350_000); // ~1 MB of UTF-8
const fiveMb = corpus(paragraphs, 1_750_000);

for (const { file, text } of articles) {
  const floor = time(() => bareLoop(text), 50);
  row(
    `detect ${file}`,
    text,
    time(() => detector.detect(text), 20),
    floor,
  );
}
for (const [label, text] of [
  ['1 MB corpus', oneMb],
  ['5 MB corpus', fiveMb],
]) {
  const floor = time(() => bareLoop(text), 9);
  row(`bare loop (floor), ${label}`, text, floor, floor);
  row(
    `normalise, ${label}`,
    text,
    time(() => normalizeForMatching(text), 5),
    floor,
  );
  const normalized = normalizeForMatching(text).text;
  row(
    `trie matcher only, ${label}`,
    text,
    time(() => trie.findAll(normalized), 5),
    floor,
  );
  row(
    `normalise + detect, ${label}`,
    text,
    time(() => detector.detect(text), 3),
    floor,
  );
}
{
  const text = oneMb;
  const floor = time(() => bareLoop(text), 9);
  const normalized = normalizeForMatching(text).text;
  row(
    `naive: indexOf per KB name (${names.length}), 1 MB corpus`,
    text,
    time(() => {
      let hits = 0;
      for (const n of names) for (let at = normalized.indexOf(n); at !== -1; at = normalized.indexOf(n, at + 1)) hits++;
      return hits;
    }, 1),
    floor,
  );
  const sample = normalized.slice(0, 30_000);
  const sampleFloor = time(() => bareLoop(sample), 9);
  row(
    'naive: one big RegExp alternation, 30k sample',
    sample,
    time(() => sample.match(bigRegExp), 1),
    sampleFloor,
  );
}

console.log(
  `District Lens engine benchmark — Node ${process.version}, ${os.cpus()[0]?.model ?? 'cpu'} ×${os.cpus().length}`,
);
console.log(
  `knowledge base: ${kb.entries.length} entries, ${names.length} names; parse ${(kbParsed - kbLoad).toFixed(1)} ms, build detector ${(detectorBuilt - kbParsed).toFixed(1)} ms`,
);
const widths = [0, 1, 2, 3, 4].map((i) => Math.max(...rows.map((r) => r[i].length), 4));
for (const r of [['what', 'size', 'median', 'throughput', 'vs floor'], ...rows]) {
  console.log(r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  '));
}
