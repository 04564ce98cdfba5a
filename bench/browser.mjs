// Browser benchmark: the built extension in Debian's Chromium on pages served from 127.0.0.1 —
// the seed article, a page with ~1 MB of text and one with ~5 MB. For each page it measures, in
// the same page and run, a bare TreeWalker pass over all text nodes (the floor), the extension's
// full annotate time (text index + detect + highlight ranges), the time from DOMContentLoaded to
// the first highlight, the longest main-thread task (PerformanceObserver `longtask`), the JS heap
// after annotating (next to the same page without the extension), and on the 5 MB page the cost
// of the update after one paragraph is appended. Prints a table; not a test.
//
//   node bench/browser.mjs [--no-build] [--runs N] [--write-readme]
/* global chrome -- bench code evaluated in the extension service worker */
import { execSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { createJiti } from 'jiti';
import { bigPage, fixtureParagraphs } from '../scripts/big-pages.mjs';
import { FIXTURE_PAGES, SAMPLE_ARTICLE, startFixtureServer } from '../scripts/fixture-server.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const RUNS = Number(option('--runs', '3'));
const ROOT = path.resolve(import.meta.dirname, '..');

if (!args.includes('--no-build')) execSync('npx wxt build', { cwd: ROOT, stdio: 'inherit' });

const jiti = createJiti(import.meta.url);
const { launchChromiumContext } = await jiti.import('../tests/e2e/support/chromium-session.ts');

// ── pages ─────────────────────────────────────────────────────────────────────────────────────

const pagesDir = mkdtempSync(path.join(os.tmpdir(), 'district-lens-bench-'));
const paragraphs = fixtureParagraphs();
// ~1 MB and ~5 MB of UTF-8 text (Chinese is 3 bytes a character), as in bench/engine.mjs.
writeFileSync(path.join(pagesDir, 'text-1mb.html'), bigPage(paragraphs, 350_000, '长三角区县新闻合集 1 MB'));
writeFileSync(path.join(pagesDir, 'text-5mb.html'), bigPage(paragraphs, 1_750_000, '长三角区县新闻合集 5 MB'));
writeFileSync(path.join(pagesDir, SAMPLE_ARTICLE), readFileSync(path.join(FIXTURE_PAGES, SAMPLE_ARTICLE)));
const PAGES = [
  ['seed article', SAMPLE_ARTICLE],
  ['1 MB text', 'text-1mb.html'],
  ['5 MB text', 'text-5mb.html'],
];

// ── measuring ─────────────────────────────────────────────────────────────────────────────────

/** Runs in the page before its scripts: records every long task. */
function recordLongTasks() {
  window.__benchLongTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      window.__benchLongTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
}

/**
 * Runs in the page: median ms of `runs` TreeWalker passes over every text node that read each
 * character once (as the Node floor does), and the characters read.
 */
function bareTreeWalkerPass(runs) {
  const times = [];
  let chars = 0;
  let checksum = 0;
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let length = 0;
    while (walker.nextNode()) {
      const data = walker.currentNode.data;
      for (let i = 0; i < data.length; i++) checksum += data.charCodeAt(i);
      length += data.length;
    }
    times.push(performance.now() - start);
    chars = length;
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)], chars, checksum };
}

/**
 * Asks the content script of the active tab (the page just opened), through the extension's
 * service worker, what annotating cost. By the active tab: matching by address would need the
 * `tabs` permission, which the extension does not ask for.
 */
async function pagePerformance(worker) {
  return worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    if (!tab?.id) return undefined;
    try {
      return await chrome.tabs.sendMessage(tab.id, { type: 'page:performance' });
    } catch {
      return undefined; // the content script is not listening yet
    }
  });
}

async function waitFor(check, timeoutMs, what) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function heapAfterGc(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const scanOf = (perf) => perf.timings.find((t) => t.kind === 'scan');

/** One load of `url` with the extension: every figure of the table for that page. */
async function measureWithExtension(launch, url, appendParagraph) {
  const page = await launch.context.newPage();
  await page.addInitScript(recordLongTasks);
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 120_000 });
  const perf = await waitFor(
    async () => {
      const p = await pagePerformance(launch.worker);
      return p?.timings.some((t) => t.kind === 'scan') ? p : undefined;
    },
    120_000,
    `the annotation of ${url}`,
  );
  await page.waitForTimeout(2500); // let the deferred work (visit record, notes) run too
  const floor = await page.evaluate(bareTreeWalkerPass, 5);
  const longTasks = await page.evaluate(() => window.__benchLongTasks);
  const heap = await heapAfterGc(launch.context, page);
  const scan = perf.timings.find((t) => t.kind === 'scan');
  const result = {
    floor,
    scan,
    firstHighlight: perf.firstHighlightAt - perf.domContentLoadedAt,
    scriptStart: perf.scriptStart - perf.domContentLoadedAt,
    scanStart: scanOf(perf).at - scanOf(perf).totalMs - perf.domContentLoadedAt,
    longest: Math.max(0, ...longTasks.map((t) => t.duration)),
    longTaskCount: longTasks.length,
    heap,
  };
  if (appendParagraph) {
    const before = perf.timings.length;
    const tasksBefore = longTasks.length;
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = '另据报道，宁波市长裘东耀当天还前往进博会现场考察，并与虹桥商务区管委会座谈。';
      document.querySelector('article').append(p);
    });
    const after = await waitFor(
      async () => {
        const p = await pagePerformance(launch.worker);
        return p && p.timings.length > before ? p : undefined;
      },
      30_000,
      'the update after appending a paragraph',
    );
    await page.waitForTimeout(2500);
    const tasks = await page.evaluate(() => window.__benchLongTasks);
    result.append = {
      ...after.timings.at(-1),
      longest: Math.max(0, ...tasks.slice(tasksBefore).map((t) => t.duration)),
    };
  }
  await page.close();
  return result;
}

/** The same page without the extension: its heap and its own longest task, the baselines. */
async function withoutExtensionBaseline(launch, url) {
  const page = await launch.context.newPage();
  await page.addInitScript(recordLongTasks);
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  await page.waitForTimeout(2500);
  const longTasks = await page.evaluate(() => window.__benchLongTasks);
  const heap = await heapAfterGc(launch.context, page);
  await page.close();
  return { heap, longest: Math.max(0, ...longTasks.map((t) => t.duration)) };
}

// ── running ───────────────────────────────────────────────────────────────────────────────────

const server = await startFixtureServer({ root: pagesDir });
const withExtension = await launchChromiumContext();
const withoutExtension = await launchChromiumContext({ withExtension: false });
const version =
  withExtension.context.browser()?.version() ?? (await withExtension.worker.evaluate(() => navigator.userAgent));
const rows = [];
try {
  // A first load warms the browser's caches (and the service worker) so runs compare.
  await measureWithExtension(withExtension, `${server.origin}/${SAMPLE_ARTICLE}`, false);
  for (const [label, file] of PAGES) {
    const url = `${server.origin}/${file}`;
    const runs = [];
    for (let r = 0; r < RUNS; r++) runs.push(await measureWithExtension(withExtension, url, file === 'text-5mb.html'));
    const baselines = [];
    for (let r = 0; r < RUNS; r++) baselines.push(await withoutExtensionBaseline(withoutExtension, url));
    const pick = (f) => median(runs.map(f));
    rows.push({
      label,
      chars: runs[0].floor.chars,
      floorMs: pick((r) => r.floor.ms),
      annotateMs: pick((r) => r.scan.indexMs + r.scan.detectMs + r.scan.placeMs),
      indexMs: pick((r) => r.scan.indexMs),
      detectMs: pick((r) => r.scan.detectMs),
      placeMs: pick((r) => r.scan.placeMs),
      scanMs: pick((r) => r.scan.totalMs),
      firstHighlightMs: pick((r) => r.firstHighlight),
      scriptStartMs: pick((r) => r.scriptStart),
      scanStartMs: pick((r) => r.scanStart),
      longestMs: pick((r) => r.longest),
      heapMb: pick((r) => r.heap) / 1e6,
      baseHeapMb: median(baselines.map((b) => b.heap)) / 1e6,
      baseLongestMs: median(baselines.map((b) => b.longest)),
      append: runs[0].append
        ? {
            ms: pick((r) => r.append.totalMs),
            chars: pick((r) => r.append.chars),
            longest: pick((r) => r.append.longest),
            indexMs: pick((r) => r.append.indexMs),
            detectMs: pick((r) => r.append.detectMs),
            placeMs: pick((r) => r.append.placeMs),
            publishMs: pick((r) => r.append.publishMs),
          }
        : undefined,
    });
  }
} finally {
  await withExtension.close();
  await withoutExtension.close();
  await server.close();
  rmSync(pagesDir, { recursive: true, force: true });
}

// ── sizes ─────────────────────────────────────────────────────────────────────────────────────

const sizeOf = (file) => {
  const bytes = readFileSync(file);
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
};
const kbSize = (n) => `${(n / 1024).toFixed(1)} KB`;
const content = sizeOf(path.join(ROOT, '.output/chrome-mv3/content-scripts/content.js'));
const kbData = sizeOf(path.join(ROOT, '.output/chrome-mv3/kb/knowledge-base.json'));
const zips = ['chrome-mv3', 'firefox-mv2']
  .map((target) => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const file = path.join(ROOT, `.output/${pkg.name}-${pkg.version}-${target}.zip`);
    return existsSync(file) ? `${target} zip ${kbSize(readFileSync(file).length)}` : undefined;
  })
  .filter(Boolean);

// ── report ────────────────────────────────────────────────────────────────────────────────────

const ms = (n) => (typeof n !== 'number' ? 'n/a' : n < 1 ? `${n.toFixed(2)} ms` : `${n.toFixed(1)} ms`);
const lines = [];
lines.push(
  `Chromium ${version}, headless, ${os.cpus()[0]?.model ?? 'cpu'} ×${os.cpus().length}, Node ${process.version}; median of ${RUNS} loads per page.`,
  '',
  '| page | text | bare TreeWalker reading every character (floor) | annotate (index + detect + ranges) | × floor | DOMContentLoaded → first highlight | longest task (without extension) | JS heap after annotate (without extension) |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
);
for (const r of rows) {
  lines.push(
    `| ${r.label} | ${(r.chars / 1000).toFixed(0)}k chars | ${ms(r.floorMs)} | ${ms(r.annotateMs)} (${r.indexMs.toFixed(0)} + ${r.detectMs.toFixed(0)} + ${r.placeMs.toFixed(0)}) | ${r.floorMs >= 0.01 ? `${(r.annotateMs / r.floorMs).toFixed(0)}×` : '—'} | ${ms(r.firstHighlightMs)} | ${ms(r.longestMs)} (${ms(r.baseLongestMs)}) | ${r.heapMb.toFixed(1)} MB (${r.baseHeapMb.toFixed(1)} MB) |`,
  );
}
lines.push('');
for (const r of rows) {
  lines.push(
    `- ${r.label}: after DOMContentLoaded the content script starts at ${ms(r.scriptStartMs)}, the scan at ${ms(r.scanStartMs)} (settings read, article root found), the first highlight is painted at ${ms(r.firstHighlightMs)}.`,
  );
}
for (const r of rows) {
  if (r.append) {
    lines.push(
      `- Appending one paragraph (${r.append.chars} chars) to the ${r.label} page: update ${ms(r.append.ms)} (index ${ms(r.append.indexMs)}, detect round trip ${ms(r.append.detectMs)}, place ${ms(r.append.placeMs)}, publish ${ms(r.append.publishMs)}; the whole scan took ${ms(r.scanMs)}: ${(r.scanMs / r.append.ms).toFixed(0)}× more); longest task then ${ms(r.append.longest)}.`,
    );
  }
}
lines.push(
  `- Content script ${kbSize(content.raw)} (${kbSize(content.gzip)} gzip); knowledge base ${kbSize(kbData.raw)} (${kbSize(kbData.gzip)} gzip)${zips.length ? `; ${zips.join(', ')}` : ''}.`,
);
const report = lines.join('\n');
console.log(report);

if (args.includes('--write-readme')) {
  const readme = path.join(ROOT, 'README.md');
  const text = readFileSync(readme, 'utf8');
  const start = '<!-- bench:browser:start -->';
  const end = '<!-- bench:browser:end -->';
  if (!text.includes(start)) throw new Error(`README.md has no ${start} marker`);
  writeFileSync(
    readme,
    `${text.slice(0, text.indexOf(start) + start.length)}\n${report}\n${text.slice(text.indexOf(end))}`,
  );
  console.log('README.md Performance section updated.');
}
