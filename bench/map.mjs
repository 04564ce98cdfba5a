// Map benchmark (Node): how long the background takes to turn entities into the picture a panel
// draws (lib/core/map's markers + mapPicture: projection, clipped province outlines, hulls), bundled
// as the extension ships it — for the sample article and for a library of 1,000 places, next to the
// offline-map issue's goals (≤ 100 ms and ≤ 300 ms for the panel's map). The browser's own drawing
// of the SVG (MapPicture) comes on top and is not counted here. Prints a table; not a test.
//
//   node bench/map.mjs
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bundleCore, timeRuns } from './bundle.mjs';
import { fixtureArticleTexts } from './corpora.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');

const { module: E } = await bundleCore({
  detection: ['createDetector'],
  knowledge: ['parseKnowledgeBase'],
  map: ['articleMapEntities', 'locateInKnowledgeBase', 'mapMarkers', 'mapPicture', 'parseMapData'],
});
const time = timeRuns;
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
