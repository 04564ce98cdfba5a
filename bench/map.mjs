// Map benchmark (Node): how long the background takes to turn entities into the picture a panel
// draws (lib/core/map's markers + mapPicture: projection, clipped province outlines, hulls), bundled
// as the extension ships it — for the sample article and for a library of 1,000 places, next to the
// offline-map issue's goals (≤ 100 ms and ≤ 300 ms for the panel's map). The browser's own drawing
// of the SVG (MapPicture) comes on top and is not counted here. Prints a table; not a test.
//
//   node bench/map.mjs
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'rolldown';
import { fixtureArticleTexts } from './corpora.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');

/** Bundles the parts of lib/core the background uses for a map, minified, and imports them. */
async function loadBundled() {
  // Inside node_modules: the bundle imports d3 and topojson as packages, which resolve from there.
  mkdirSync(path.join(ROOT, 'node_modules/.cache'), { recursive: true });
  const dir = mkdtempSync(path.join(ROOT, 'node_modules/.cache/district-lens-map-'));
  const core = (domain) => JSON.stringify(path.join(ROOT, 'lib/core', domain, 'index.ts'));
  writeFileSync(
    path.join(dir, 'entry.ts'),
    [
      `export { createDetector } from ${core('detection')};`,
      `export { parseKnowledgeBase } from ${core('knowledge')};`,
      `export { articleMapEntities, locateInKnowledgeBase, mapMarkers, mapPicture, parseMapData } from ${core('map')};`,
    ].join('\n'),
  );
  const file = path.join(dir, 'bundle.mjs');
  await build({
    input: path.join(dir, 'entry.ts'),
    platform: 'neutral',
    logLevel: 'silent',
    output: { file, format: 'esm', minify: true },
  });
  const bundled = await import(pathToFileURL(file).href);
  rmSync(dir, { recursive: true, force: true });
  return bundled;
}

/** Median milliseconds of `runs` calls of `fn`, and the first call's. */
function time(fn, runs) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  const first = times[0];
  times.sort((a, b) => a - b);
  return { first, median: times[Math.floor(times.length / 2)] };
}

const E = await loadBundled();
const kb = E.parseKnowledgeBase(JSON.parse(readFileSync(path.join(ROOT, 'public/kb/knowledge-base.json'), 'utf8')));
const loadStart = performance.now();
const map = E.parseMapData(readFileSync(path.join(ROOT, 'public/map/china-map.json'), 'utf8'));
const loadMs = performance.now() - loadStart;
const locate = E.locateInKnowledgeBase(kb.byId);
const detector = E.createDetector(kb);

const sample = (await fixtureArticleTexts()).find((a) => a.file === 'hongqiao-yrd-cooperation.zh-Hans.html');
const sampleEntities = E.articleMapEntities(detector.detect(sample.text));
const picture = (entities) => E.mapPicture(map, E.mapMarkers(entities, locate, map.points));
const article = time(() => picture(sampleEntities), 30);

// 1,000 places of the knowledge base (every other county from the first), counted 1–20 articles.
const places = kb.entries.filter((e) => e.type === 'city' && e.level === 'county').filter((_, i) => i % 2 === 0);
const library = places.slice(0, 1000).map((e, i) => ({ id: e.id, type: 'city', name: e.name, count: 1 + (i % 20) }));
const libraryTime = time(() => picture(library), 10);
const bytes = (entities) => Buffer.byteLength(JSON.stringify(picture(entities)));

const rows = [
  ['map data parsed (once per background start)', `${loadMs.toFixed(1)} ms`, ''],
  [
    `sample article (${sampleEntities.length} entities): markers + picture`,
    `${article.median.toFixed(1)} ms (first ${article.first.toFixed(1)} ms)`,
    `goal ≤ 100 ms ${article.first <= 100 ? '✔' : '✘'}; ${(bytes(sampleEntities) / 1000).toFixed(1)} kB sent`,
  ],
  [
    `library of ${library.length} places: markers + picture`,
    `${libraryTime.median.toFixed(1)} ms (first ${libraryTime.first.toFixed(1)} ms)`,
    `goal ≤ 300 ms ${libraryTime.first <= 300 ? '✔' : '✘'}; ${(bytes(library) / 1000).toFixed(1)} kB sent`,
  ],
];
console.log(
  `District Lens map benchmark — Node ${process.version}, ${os.cpus()[0]?.model.trim()} ×${os.cpus().length}`,
);
const width = Math.max(...rows.map((r) => r[0].length));
for (const [what, ms, goal] of rows) console.log(`${what.padEnd(width)}  ${ms.padEnd(28)}  ${goal}`);
