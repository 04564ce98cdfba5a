// Browser benchmark: the built extension in Debian's Chromium and Firefox ESR on pages served from
// 127.0.0.1 — the seed article, a page with ~1 MB of text and one with ~5 MB. For each page it
// measures, in the same page and run, a bare TreeWalker pass over all text nodes (the floor), the
// extension's full annotate time (text index + detect + highlight ranges), the detect round trip
// split into its legs (the page handing the text over, the background waiting for its knowledge
// base, the engine itself, the answer's way back) with the background's own clock, the times from
// DOMContentLoaded to the content script's start and to the first highlight, the longest
// main-thread task (Chromium: PerformanceObserver `longtask`; Firefox, which has no such entries:
// the longest stall of a zero-delay timer chain, the same thing seen from inside the page), the JS
// heap after annotating (Chromium), each next to the same page without the extension, and on the
// 5 MB page the cost of the update after one paragraph is appended. It also prints how long the
// background took to load the detector's prebuilt tables (read + inflate, decode, detector build) when it started, and, in
// Chromium, how long the drawer's map of the seed article takes from the click on *Map* to its SVG
// being in the DOM (the first map after the background's start, a map not drawn before, the same
// map again; issue #16's goal ≤ 100 ms) and how the seed article fares as the first page after the
// background's service worker stopped (as Chrome stops an idle one). Prints tables; not a test. `--map-only` measures the map alone (Chromium).
//
// In Chromium each long task is attributed from a trace of the page's main thread: it is the
// extension's when most of it runs the extension's scripts (their compile, evaluation, callbacks and
// timers, by script URL), so the page's own long tasks (parsing a 5 MB document, its first layout)
// are told apart from the extension's and "no long task from the extension" is measured.
//
//   node bench/browser.mjs [--no-build] [--runs N] [--browsers chromium,firefox] [--pages seed,1mb,5mb]
//                          [--write-readme] [--map-only] [--pages-only] [--trace-dir DIR]
/* global chrome, browser -- bench code evaluated in the extension's own contexts */
import { execSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { createJiti } from 'jiti';
import puppeteer from 'puppeteer-core';
import { bigPage, fixtureParagraphs } from '../scripts/big-pages.mjs';
import { FIXTURE_PAGES, SAMPLE_ARTICLE, startFixtureServer } from '../scripts/fixture-server.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const RUNS = Number(option('--runs', '3'));
const MAP_ONLY = args.includes('--map-only');
/** Only the pages' rows: no map, no page after the background stopped (quicker, for comparing builds). */
const PAGES_ONLY = args.includes('--pages-only');
/** Where to save each traced Chromium page load's trace events (JSON), to read what ran when. */
const TRACE_DIR = option('--trace-dir', undefined);
const BROWSERS = MAP_ONLY ? ['chromium'] : option('--browsers', 'chromium,firefox').split(',');
/** Which pages to load: `seed`, `1mb`, `5mb` (all by default). */
const PAGE_KEYS = option('--pages', 'seed,1mb,5mb').split(',');
const ROOT = path.resolve(import.meta.dirname, '..');

if (!args.includes('--no-build')) {
  execSync('npx wxt build', { cwd: ROOT, stdio: 'inherit' });
  if (BROWSERS.includes('firefox')) execSync('npx wxt build -b firefox', { cwd: ROOT, stdio: 'inherit' });
}

const jiti = createJiti(import.meta.url);
const { launchChromiumContext } = await jiti.import('../tests/e2e/support/chromium-session.ts');
const { exposeClosedRootsWithCdp } = await jiti.import('../tests/e2e/support/closed-shadow-roots.ts');
const { EXTENSION_UUID, GECKO_ID } = await jiti.import('../tests/e2e/support/firefox-session.ts');
const { FIREFOX_BINARY, FIREFOX_BUILD } = await jiti.import('../tests/e2e/support/extension-paths.ts');

// ── pages ─────────────────────────────────────────────────────────────────────────────────────

const pagesDir = mkdtempSync(path.join(os.tmpdir(), 'district-lens-bench-'));
const paragraphs = fixtureParagraphs();
// ~1 MB and ~5 MB of UTF-8 text (Chinese is 3 bytes a character), as in bench/engine.mjs.
writeFileSync(path.join(pagesDir, 'text-1mb.html'), bigPage(paragraphs, 350_000, '长三角区县新闻合集 1 MB'));
writeFileSync(path.join(pagesDir, 'text-5mb.html'), bigPage(paragraphs, 1_750_000, '长三角区县新闻合集 5 MB'));
writeFileSync(path.join(pagesDir, SAMPLE_ARTICLE), readFileSync(path.join(FIXTURE_PAGES, SAMPLE_ARTICLE)));

// The seed article as a real news page loads it: a parser-blocking script in its head (an ad or
// analytics tag, or just the network) holds DOMContentLoaded back by SLOW_SCRIPT_MS. Served from a
// server of its own that answers after that delay.
const SLOW_SCRIPT_MS = 500;
const slowServer = createServer((request, response) => {
  setTimeout(() => response.writeHead(200, { 'content-type': 'text/javascript' }).end('void 0;'), SLOW_SCRIPT_MS);
});
await new Promise((resolve) => slowServer.listen(0, '127.0.0.1', resolve));
const SLOW_SEED = 'seed-slow-head.html';
writeFileSync(
  path.join(pagesDir, SLOW_SEED),
  readFileSync(path.join(FIXTURE_PAGES, SAMPLE_ARTICLE), 'utf8').replace(
    /<head>/i,
    `<head><script src="http://127.0.0.1:${slowServer.address().port}/slow.js"></script>`,
  ),
);
const PAGES = [
  ['seed', 'seed article', SAMPLE_ARTICLE],
  ['1mb', '1 MB text', 'text-1mb.html'],
  ['5mb', '5 MB text', 'text-5mb.html'],
]
  .filter(([key]) => PAGE_KEYS.includes(key))
  .map(([, label, file]) => [label, file]);

// ── in the page ───────────────────────────────────────────────────────────────────────────────

/**
 * Runs in the page before its scripts: records every task longer than 50 ms. Where the browser
 * has `longtask` entries (Chromium) they are the record; elsewhere (Firefox) a chain of zero-delay
 * timers notes every stall of the thread past 50 ms, which is the same thing seen from the page.
 */
function recordLongTasks() {
  window.__benchLongTasks = [];
  if (PerformanceObserver.supportedEntryTypes?.includes('longtask')) {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        window.__benchLongTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
    return;
  }
  let last = performance.now();
  const tick = () => {
    const now = performance.now();
    if (now - last > 50) window.__benchLongTasks.push({ start: last, duration: now - last });
    last = now;
    setTimeout(tick, 0);
  };
  setTimeout(tick, 0);
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

function appendParagraph() {
  const p = document.createElement('p');
  p.textContent = '另据报道，宁波市长裘东耀当天还前往进博会现场考察，并与虹桥商务区管委会座谈。';
  document.querySelector('article').append(p);
}

/**
 * Runs in the page, once the drawer's shadow root is exposed: clicks the drawer's *Map* switch and
 * resolves with the ms until an SVG marker is in the drawer's DOM (a MutationObserver sees it as
 * soon as Preact commits it): the request to the background, its projection, the answer's way
 * back and the drawing. Back to *List* after, so the next call draws a new map.
 */
function timeDrawerMap() {
  const root = document.querySelector('district-lens-panel').shadowRoot;
  const [list, map] = root.querySelectorAll('.panel__view');
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const observer = new MutationObserver(() => {
      if (!root.querySelector('svg.map .map__marker')) return;
      const ms = performance.now() - start;
      observer.disconnect();
      list.click();
      resolve({ ms, markers: root.querySelectorAll('.map__marker').length });
    });
    observer.observe(root, { childList: true, subtree: true });
    setTimeout(() => {
      observer.disconnect();
      reject(new Error('no map within 30 s'));
    }, 30_000);
    map.click();
  });
}

// ── browsers ──────────────────────────────────────────────────────────────────────────────────

/**
 * Chromium through playwright-core. `performance()` asks the content script of the active tab,
 * through the extension's service worker: matching the tab by address would need the `tabs`
 * permission, which the extension does not ask for.
 */
async function chromiumDriver(withExtension) {
  const launch = await launchChromiumContext({ withExtension });
  const version = launch.context.browser()?.version() ?? (await launch.worker?.evaluate(() => navigator.userAgent));
  return {
    name: 'Chromium',
    version,
    async open(url, waitUntil, trace = false) {
      const page = await launch.context.newPage();
      await page.addInitScript(recordLongTasks);
      const tracing = trace ? await startTrace(launch.context, page) : undefined;
      await page.goto(url, { waitUntil, timeout: 120_000 });
      return {
        extensionTasks: async () => {
          if (!tracing) return undefined;
          const events = await tracing.stop();
          if (TRACE_DIR) writeFileSync(path.join(TRACE_DIR, `trace-${Date.now()}.json`), JSON.stringify(events));
          return extensionLongTasks(events);
        },
        evaluate: (fn, arg) => page.evaluate(fn, arg),
        wait: (ms) => page.waitForTimeout(ms),
        press: (key) => page.keyboard.press(key),
        exposeClosedRoots: () => exposeClosedRootsWithCdp(page),
        async heap() {
          const cdp = await launch.context.newCDPSession(page);
          await cdp.send('HeapProfiler.collectGarbage');
          const { usedSize } = await cdp.send('Runtime.getHeapUsage');
          await cdp.detach();
          return usedSize;
        },
        close: () => page.close(),
      };
    },
    // The background's latest worker: after stopBackground, a page's message starts a new one.
    performance: () =>
      (launch.context.serviceWorkers().at(-1) ?? launch.worker)
        .evaluate(async () => {
          const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
          if (!tab?.id) return undefined;
          try {
            return await chrome.tabs.sendMessage(tab.id, { type: 'page:performance' });
          } catch {
            return undefined; // the content script is not listening yet
          }
        })
        .catch(() => undefined), // a stopped worker, before the page's message starts a new one
    /** Stops the extension's service worker, as Chrome does after 30 s without events. */
    async stopBackground() {
      const page = await launch.context.newPage();
      const cdp = await launch.context.newCDPSession(page);
      await cdp.send('ServiceWorker.enable');
      // Playwright may go on listing a stopped worker for a while; its `close` event says it is gone.
      const closed = launch.context
        .serviceWorkers()
        .map((worker) => new Promise((resolve) => (worker.once('close', resolve), setTimeout(resolve, 5000))));
      await cdp.send('ServiceWorker.stopAllWorkers');
      await cdp.detach();
      await page.close();
      await Promise.all(closed);
    },
    close: () => launch.close(),
  };
}

/**
 * Firefox ESR through puppeteer-core over WebDriver BiDi, as the E2E suite drives it. The
 * extension's own page (the popup's document, in a tab) asks every other tab for its content
 * script's figures: the bench keeps one page open at a time.
 */
async function firefoxDriver(withExtension) {
  const profileless = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_BINARY,
    headless: true,
    protocol: 'webDriverBiDi',
    defaultViewport: { width: 1280, height: 900 },
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }) },
  });
  let extensionPage;
  if (withExtension) {
    await profileless.installExtension(FIREFOX_BUILD);
    extensionPage = await profileless.newPage();
    // Not awaited: the tab switches process and puppeteer misses the load event.
    void extensionPage.goto(`moz-extension://${EXTENSION_UUID}/popup.html`).catch(() => undefined);
    await waitFor(
      () => extensionPage.evaluate(() => typeof browser !== 'undefined' && Boolean(browser.tabs)).catch(() => false),
      20_000,
      'the extension page',
    );
  }
  const version = await profileless.version();
  return {
    name: 'Firefox',
    version,
    async open(url) {
      const page = await profileless.newPage();
      await page.evaluateOnNewDocument(recordLongTasks);
      await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 120_000 });
      return {
        evaluate: (fn, arg) => page.evaluate(fn, arg),
        wait: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
        heap: async () => undefined,
        close: () => page.close(),
      };
    },
    performance: () =>
      extensionPage.evaluate(async () => {
        const self = await browser.tabs.getCurrent();
        for (const tab of await browser.tabs.query({})) {
          if (tab.id === self?.id) continue;
          try {
            const answer = await browser.tabs.sendMessage(tab.id, { type: 'page:performance' });
            if (answer) return answer;
          } catch {
            // no content script there (yet)
          }
        }
        return undefined;
      }),
    close: () => profileless.close(),
  };
}

// ── Chromium traces: whose long task ──────────────────────────────────────────────────────────

const TRACE_CATEGORIES = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute'];

/** Starts a trace of `page` (before it navigates); `stop()` resolves with its events. */
async function startTrace(context, page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Tracing.start', {
    transferMode: 'ReturnAsStream',
    traceConfig: { includedCategories: TRACE_CATEGORIES, recordMode: 'recordAsMuchAsPossible' },
  });
  return {
    async stop() {
      const done = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.end');
      const { stream } = await done;
      let json = '';
      for (;;) {
        const chunk = await cdp.send('IO.read', { handle: stream, size: 1 << 22 });
        json += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data;
        if (chunk.eof) break;
      }
      await cdp.send('IO.close', { handle: stream });
      await cdp.detach();
      const parsed = JSON.parse(json);
      return Array.isArray(parsed) ? parsed : parsed.traceEvents;
    },
  };
}

/** Script events whose `args.data.url` (or `args.data.stackTrace`) names the script that ran. */
const SCRIPT_EVENTS = new Set([
  'FunctionCall',
  'EvaluateScript',
  'v8.compile',
  'v8.compileModule',
  'TimerFire',
  'v8.run',
  'V8.Execute',
]);

/** The URL of the script a trace event ran, if it says. */
function scriptUrlOf(event) {
  const data = event.args?.data ?? event.args?.beginData ?? {};
  return data.url ?? data.fileName ?? data.stackTrace?.[0]?.url ?? event.args?.fileName ?? '';
}

/**
 * The page's long tasks (> 50 ms, on the renderer's main threads) from a trace, each with the ms
 * the extension's scripts ran inside it (outermost events only, by script URL); a task is the
 * extension's when they ran for more than half of it.
 */
function extensionLongTasks(events) {
  const mainThreads = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const onMain = events.filter((e) => mainThreads.has(`${e.pid}:${e.tid}`) && e.ph === 'X');
  const all = onMain.filter(
    (e) => (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask') && e.dur > 50_000,
  );
  // Both names nest around the same task: keep the outermost.
  const tasks = all.filter(
    (t) =>
      !all.some(
        (o) =>
          o !== t &&
          o.pid === t.pid &&
          o.tid === t.tid &&
          o.ts <= t.ts &&
          o.ts + o.dur >= t.ts + t.dur &&
          (o.dur > t.dur || o.ts < t.ts || o.name === 'RunTask'),
      ),
  );
  const scripts = onMain
    .filter((e) => SCRIPT_EVENTS.has(e.name) && /^(chrome-extension|moz-extension):/u.test(scriptUrlOf(e)))
    .sort((a, b) => a.ts - b.ts);
  return tasks.map((task) => {
    let extension = 0;
    let coveredUntil = -Infinity;
    for (const s of scripts) {
      if (s.ts < task.ts || s.ts >= task.ts + task.dur) continue;
      const end = s.ts + (s.dur ?? 0);
      if (end <= coveredUntil) continue;
      extension += end - Math.max(s.ts, coveredUntil);
      coveredUntil = end;
    }
    if (process.env.BENCH_DEBUG) {
      const inside = onMain.filter((e) => e.ts >= task.ts && e.ts < task.ts + task.dur && e.dur > 3000 && e !== task);
      console.log(
        `task ${(task.dur / 1000).toFixed(0)} ms (extension scripts ${(extension / 1000).toFixed(0)} ms):`,
        inside.map((e) => `${e.name} ${(e.dur / 1000).toFixed(1)} ${scriptUrlOf(e).slice(-40)}`).join(' | '),
      );
    }
    return { duration: task.dur / 1000, extensionMs: extension / 1000, extensions: extension * 2 > task.dur };
  });
}

// ── measuring ─────────────────────────────────────────────────────────────────────────────────

async function waitFor(check, timeoutMs, what) {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const spread = (values) => [Math.min(...values), Math.max(...values)];

/**
 * The legs of a detect round trip of `chars` characters: the page's record and the background's
 * (the latest of each with that length), on the shared epoch clock.
 */
function roundTripOf(perf, chars) {
  const page = perf.detects?.findLast((d) => d.chars === chars);
  const bg = perf.background?.detects?.findLast((d) => d.chars === chars);
  if (!page || !bg || bg.repliedAt === undefined) return undefined;
  const total = page.receivedAt - page.sentAt;
  const handler = bg.repliedAt - bg.receivedAt - bg.waitedMs - bg.engineMs;
  return {
    total,
    sendSync: page.sendMs,
    // A long text's parts waiting for their tasks between sends (the page's queued work runs then).
    queued: page.queuedMs ?? 0,
    send: bg.receivedAt - page.sentAt,
    waited: bg.waitedMs,
    engine: bg.engineMs,
    handler,
    back: page.receivedAt - bg.repliedAt,
    replySync: bg.replyMs ?? 0,
    mentions: bg.mentions,
    // A text sent in parts: each part's way from its send to the background's handler, and the
    // wait from the request's arrival to the whole text (its parts put together).
    parts: page.sendsAt && bg.arrivedAt ? page.sendsAt.map((at, i) => bg.arrivedAt[i] - at) : undefined,
    sendsAfter: page.sendsAt ? page.sendsAt.map((at) => at - page.sentAt) : undefined,
    assembled: bg.arrivedAt ? bg.receivedAt - bg.arrivedAt.at(-1) : undefined,
  };
}

/** One load of `url` with the extension: every figure of the table for that page. */
async function measureWithExtension(driver, url, withAppend) {
  const page = await driver.open(url, 'domcontentloaded', true);
  const perf = await waitFor(
    async () => {
      const p = await driver.performance();
      return p?.timings.some((t) => t.kind === 'scan') ? p : undefined;
    },
    120_000,
    `the annotation of ${url}`,
  );
  await page.wait(2500); // let the deferred work (card and panel, visit record, notes) run too
  const floor = await page.evaluate(bareTreeWalkerPass, 5);
  const longTasks = await page.evaluate(() => window.__benchLongTasks);
  const heap = await page.heap();
  const traced = await page.extensionTasks?.();
  const scan = perf.timings.find((t) => t.kind === 'scan');
  const result = {
    floor,
    scan,
    roundTrip: roundTripOf(perf, scan.chars),
    background: perf.background,
    firstHighlight: perf.firstHighlightAt - perf.domContentLoadedAt,
    scriptStart: perf.scriptStart - perf.domContentLoadedAt,
    scanStart: scan.at - scan.totalMs - perf.domContentLoadedAt,
    longest: Math.max(0, ...longTasks.map((t) => t.duration)),
    longTaskCount: longTasks.length,
    // Chromium: the longest task that was mostly the extension's scripts (0: none), from the trace.
    extensionLongest: traced ? Math.max(0, ...traced.filter((t) => t.extensions).map((t) => t.duration)) : undefined,
    // …and the most the extension's scripts ran inside any one long task.
    extensionShare: traced ? Math.max(0, ...traced.map((t) => t.extensionMs)) : undefined,
    settingsMs: perf.settingsMs,
    rootsMs: scan.rootsMs,
    heap,
  };
  if (withAppend) {
    const before = perf.timings.length;
    const tasksBefore = longTasks.length;
    await page.evaluate(appendParagraph);
    const after = await waitFor(
      async () => {
        const p = await driver.performance();
        return p && p.timings.length > before ? p : undefined;
      },
      30_000,
      'the update after appending a paragraph',
    );
    await page.wait(2500);
    const tasks = await page.evaluate(() => window.__benchLongTasks);
    result.append = {
      ...after.timings.at(-1),
      longest: Math.max(0, ...tasks.slice(tasksBefore).map((t) => t.duration)),
    };
  }
  await page.close();
  return result;
}

/**
 * The seed article as the first page after the background stopped (Chromium: an extension's
 * service worker is stopped after 30 s without events, so this is every article a reader opens
 * after reading the previous one for a while): `runs` loads, each after stopping the worker. Each
 * gives script start → first highlight and, on the same clock (ms from the script's start), when
 * the page sent its text, when the new worker ran its first line, when its detector was ready and
 * warmed up, when the request reached it and when it answered.
 */
async function measureAfterBackgroundStop(driver, url, runs) {
  const loads = [];
  for (let r = 0; r < runs; r++) {
    await driver.stopBackground();
    const page = await driver.open(url, 'domcontentloaded');
    const perf = await waitFor(
      async () => {
        const p = await driver.performance();
        return p?.firstHighlightAt !== undefined && p.background?.detects?.length ? p : undefined;
      },
      60_000,
      `the annotation of ${url} after the background stopped`,
    );
    const origin = await page.evaluate(() => performance.timeOrigin);
    await page.close();
    const start = origin + perf.scriptStart;
    const at = (epoch) => (typeof epoch === 'number' ? epoch - start : undefined);
    const sent = perf.detects.at(-1);
    const answered = perf.background.detects.at(-1);
    const load = perf.background.load;
    loads.push({
      highlight: perf.firstHighlightAt - perf.scriptStart,
      sent: at(sent?.sentAt),
      scopeCreated: at(load?.scopeCreatedAt),
      backgroundStart: at(load?.backgroundStartedAt),
      ready: at(load?.readyAt),
      warmedUp: at(load?.warmedUpAt),
      received: at(answered?.receivedAt),
      waited: answered?.waitedMs,
      engine: answered?.engineMs,
      replied: at(answered?.repliedAt),
      fetchMs: load?.fetchMs,
      decodeMs: load?.parseMs,
    });
  }
  return loads;
}

/** The same page without the extension: its heap and its own longest task, the baselines. */
async function withoutExtensionBaseline(driver, url) {
  const page = await driver.open(url, 'load');
  await page.wait(2500);
  const longTasks = await page.evaluate(() => window.__benchLongTasks);
  const heap = await page.heap();
  await page.close();
  return { heap, longest: Math.max(0, ...longTasks.map((t) => t.duration)) };
}

/**
 * The drawer's map of the seed article (Chromium): the first map after the background started (the
 * panel's opening asked the background for it: the map data and the picture are ready unless the
 * click comes within a few hundred ms), `runs` maps after the article changed (a picture not drawn
 * before: projection, message and drawing) and `runs` of the same map again (kept by the background).
 */
async function measureDrawerMap(driver, url, runs) {
  const page = await driver.open(url, 'domcontentloaded');
  await waitFor(
    async () => (await driver.performance())?.timings.some((t) => t.kind === 'scan'),
    120_000,
    `the annotation of ${url}`,
  );
  await page.press('Alt+Shift+KeyE');
  await waitFor(
    async () => {
      await page.exposeClosedRoots();
      return page.evaluate(() =>
        Boolean(document.querySelector('district-lens-panel')?.shadowRoot?.querySelector('.panel__view')),
      );
    },
    10_000,
    'the drawer',
  );
  const first = await page.evaluate(timeDrawerMap);
  const next = [];
  for (let r = 0; r < runs; r++) {
    await page.wait(200);
    next.push(await page.evaluate(timeDrawerMap));
  }
  // The article changes (a paragraph naming 宁波, 进博会 and 虹桥商务区 again): new counts, a picture the
  // background has not drawn yet, with the map data already loaded.
  const changed = [];
  for (let r = 0; r < runs; r++) {
    const before = (await driver.performance()).timings.length;
    await page.evaluate(appendParagraph);
    await waitFor(
      async () => (await driver.performance())?.timings.length > before,
      30_000,
      'the update after appending a paragraph',
    );
    await page.wait(200);
    changed.push(await page.evaluate(timeDrawerMap));
  }
  await page.close();
  return {
    first: first.ms,
    markers: first.markers,
    next: median(next.map((n) => n.ms)),
    nextSpread: spread(next.map((n) => n.ms)),
    changed: median(changed.map((n) => n.ms)),
    changedSpread: spread(changed.map((n) => n.ms)),
  };
}

/** Every page, `RUNS` loads each, in one browser with the extension and one without. */
async function benchBrowser(makeDriver, server) {
  const withExtension = await makeDriver(true);
  const withoutExtension = MAP_ONLY ? undefined : await makeDriver(false);
  const rows = [];
  let startup;
  let mapRender;
  let afterStop;
  try {
    // A first load warms the browser's caches; it is also the first page after the background
    // started, which may have waited for the knowledge base.
    const first = await measureWithExtension(withExtension, `${server.origin}/${SAMPLE_ARTICLE}`, false);
    startup = { load: first.background?.load, firstRoundTrip: first.roundTrip };
    if (withExtension.name === 'Chromium' && !PAGES_ONLY)
      mapRender = await measureDrawerMap(withExtension, `${server.origin}/${SAMPLE_ARTICLE}`, Math.max(RUNS, 5));
    if (withExtension.stopBackground && !MAP_ONLY && !PAGES_ONLY)
      afterStop = {
        local: await measureAfterBackgroundStop(withExtension, `${server.origin}/${SAMPLE_ARTICLE}`, RUNS),
        slowHead: await measureAfterBackgroundStop(withExtension, `${server.origin}/${SLOW_SEED}`, RUNS),
      };
    for (const [label, file] of MAP_ONLY ? [] : PAGES) {
      const url = `${server.origin}/${file}`;
      const runs = [];
      for (let r = 0; r < RUNS; r++)
        runs.push(await measureWithExtension(withExtension, url, file === 'text-5mb.html'));
      const baselines = [];
      for (let r = 0; r < RUNS; r++) baselines.push(await withoutExtensionBaseline(withoutExtension, url));
      const pick = (f) => median(runs.map(f));
      if (process.env.BENCH_DEBUG)
        for (const r of runs) {
          const t = r.roundTrip ?? {};
          const f = (v) => (typeof v === 'number' ? v.toFixed(1) : '-');
          console.log(
            `${withExtension.name} ${label}: script→highlight ${f(r.firstHighlight - r.scriptStart)} scan start ${f(r.scanStart - r.scriptStart)} index ${f(r.scan.indexMs)} detect ${f(r.scan.detectMs)} place ${f(r.scan.placeMs)} | trip ${f(t.total)} = send ${f(t.send)} (sync ${f(t.sendSync)}) + wait ${f(t.waited)} + engine ${f(t.engine)} + handler ${f(t.handler)} + back ${f(t.back)} | longest ${f(r.longest)}${t.parts ? ` | parts sent at +${t.sendsAfter.map(f).join(', +')} ms, each to the handler ${t.parts.map(f).join(', ')} ms, then put together ${f(t.assembled)} ms` : ''}`,
          );
        }
      const trips = runs.map((r) => r.roundTrip).filter(Boolean);
      const pickTrip = (f) => (trips.length ? median(trips.map(f)) : undefined);
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
        scriptToHighlightMs: pick((r) => r.firstHighlight - r.scriptStart),
        scanStartMs: pick((r) => r.scanStart),
        longestMs: pick((r) => r.longest),
        longestEach: runs.map((r) => r.longest),
        extensionEach: runs[0].extensionLongest === undefined ? undefined : runs.map((r) => r.extensionLongest),
        extensionShareEach: runs[0].extensionShare === undefined ? undefined : runs.map((r) => r.extensionShare),
        settingsMs: pick((r) => r.settingsMs ?? NaN),
        rootsMs: pick((r) => r.rootsMs ?? NaN),
        heapMb: runs[0].heap === undefined ? undefined : pick((r) => r.heap) / 1e6,
        baseHeapMb: baselines[0].heap === undefined ? undefined : median(baselines.map((b) => b.heap)) / 1e6,
        baseLongestMs: median(baselines.map((b) => b.longest)),
        trip: trips.length
          ? {
              total: pickTrip((t) => t.total),
              totalSpread: spread(trips.map((t) => t.total)),
              sendSync: pickTrip((t) => t.sendSync),
              queued: pickTrip((t) => t.queued),
              send: pickTrip((t) => t.send),
              waited: pickTrip((t) => t.waited),
              engine: pickTrip((t) => t.engine),
              engineSpread: spread(trips.map((t) => t.engine)),
              handler: pickTrip((t) => t.handler),
              back: pickTrip((t) => t.back),
              replySync: pickTrip((t) => t.replySync),
              mentions: pickTrip((t) => t.mentions),
              ratio: pickTrip((t) => t.total / t.engine),
              ratioSpread: spread(trips.map((t) => t.total / t.engine)),
            }
          : undefined,
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
    await withoutExtension?.close();
  }
  return { name: withExtension.name, version: withExtension.version, rows, startup, mapRender, afterStop };
}

// ── running ───────────────────────────────────────────────────────────────────────────────────

const server = await startFixtureServer({ root: pagesDir });
const results = [];
try {
  if (BROWSERS.includes('chromium')) results.push(await benchBrowser(chromiumDriver, server));
  if (BROWSERS.includes('firefox')) results.push(await benchBrowser(firefoxDriver, server));
} finally {
  await server.close();
  slowServer.close();
  rmSync(pagesDir, { recursive: true, force: true });
}

// ── sizes ─────────────────────────────────────────────────────────────────────────────────────

const sizeOf = (file) => {
  const bytes = readFileSync(file);
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
};
// kB of 1,000 bytes, as WXT's build prints them.
const kB = (n) => `${(n / 1000).toFixed(1)} kB`;
const content = sizeOf(path.join(ROOT, '.output/chrome-mv3/content-scripts/content.js'));
const early = sizeOf(path.join(ROOT, '.output/chrome-mv3/content-scripts/early-settings.js'));
const pageUi = sizeOf(path.join(ROOT, '.output/chrome-mv3/content-scripts/page-ui.js'));
const background = sizeOf(path.join(ROOT, '.output/chrome-mv3/background.js'));
const kbData = sizeOf(path.join(ROOT, '.output/chrome-mv3/kb/knowledge-base.json'));
const kbTables = sizeOf(path.join(ROOT, '.output/chrome-mv3/kb/knowledge-base.bin.gz'));
const zips = ['chrome-mv3', 'firefox-mv2']
  .map((target) => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const file = path.join(ROOT, `.output/${pkg.name}-${pkg.version}-${target}.zip`);
    return existsSync(file) ? `${target} zip ${kB(readFileSync(file).length)}` : undefined;
  })
  .filter(Boolean);

// ── report ────────────────────────────────────────────────────────────────────────────────────

const ms = (n) => (typeof n !== 'number' ? 'n/a' : n < 1 ? `${n.toFixed(2)} ms` : `${n.toFixed(1)} ms`);
const range = ([low, high]) => `${low.toFixed(0)}–${high.toFixed(0)}`;
const lines = [];
for (const { name, version, rows, startup, mapRender, afterStop } of results) {
  if (mapRender) {
    lines.push(
      `- ${name} ${version}: the drawer's map of the seed article (${mapRender.markers} markers), from the click on *Map* to the SVG in the DOM: ${ms(mapRender.first)} the first time after the background's start (the panel's opening had it prepared), ${ms(mapRender.changed)} (${range(mapRender.changedSpread)}) after the article changed (a picture not drawn before), ${ms(mapRender.next)} (${range(mapRender.nextSpread)}) for the same map again (kept by the background); goal ≤ 100 ms: first ${mapRender.first <= 100 ? '✔' : '✘'}, changed ${mapRender.changed <= 100 ? '✔' : '✘'}.`,
      '',
    );
  }
  if (MAP_ONLY) continue;
  const longTaskKind = name === 'Firefox' ? 'longest stall > 50 ms (timer chain)' : 'longest task';
  lines.push(
    `**${name} ${version}**, headless, ${os.cpus()[0]?.model ?? 'cpu'} ×${os.cpus().length}, Node ${process.version}; median of ${RUNS} loads per page.`,
    '',
    `| page | text | bare TreeWalker reading every character (floor) | annotate (index + detect + ranges) | × floor | DOMContentLoaded → first highlight (script start → first highlight) | ${longTaskKind}, each run (without extension) | JS heap after annotate (without extension) |`,
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const r of rows) {
    lines.push(
      `| ${r.label} | ${(r.chars / 1000).toFixed(0)}k chars | ${ms(r.floorMs)} | ${ms(r.annotateMs)} (${r.indexMs.toFixed(0)} + ${r.detectMs.toFixed(0)} + ${r.placeMs.toFixed(0)}) | ${r.floorMs >= 0.01 ? `${(r.annotateMs / r.floorMs).toFixed(0)}×` : '—'} | ${ms(r.firstHighlightMs)} (${ms(r.scriptToHighlightMs)}) | ${r.longestEach.map((n) => n.toFixed(0)).join(', ')} ms (${ms(r.baseLongestMs)}) | ${r.heapMb === undefined ? 'n/a' : `${r.heapMb.toFixed(1)} MB (${r.baseHeapMb.toFixed(1)} MB)`} |`,
    );
  }
  lines.push(
    '',
    `| ${name}: detect round trip | round trip | engine (in the background) | × engine (spread) | page → background (of which sendMessage) | waiting for the knowledge base | handler | background → page (of which sendResponse) | mentions |`,
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const r of rows) {
    const t = r.trip;
    if (!t) continue;
    lines.push(
      `| ${r.label} | ${ms(t.total)} (${range(t.totalSpread)}) | ${ms(t.engine)} (${range(t.engineSpread)}) | ${t.ratio.toFixed(2)}× (${t.ratioSpread.map((x) => x.toFixed(2)).join('–')}) | ${ms(t.send)} (${ms(t.sendSync)}${t.queued > 0 ? `; parts waited ${ms(t.queued)} for tasks` : ''}) | ${ms(t.waited)} | ${ms(t.handler)} | ${ms(t.back)} (${ms(t.replySync)}) | ${t.mentions} |`,
    );
  }
  lines.push('');
  const load = startup?.load;
  if (load?.readyAt !== undefined) {
    lines.push(
      `- ${name}: the background loads the knowledge base once, at its start: ready ${ms(load.readyAt - load.backgroundStartedAt)} after the background's first line — read + inflate the prebuilt tables ${ms(load.fetchMs)}, decode ${ms(load.parseMs)}, detector build ${ms(load.buildMs)} (decode + build ${ms(load.parseMs + load.buildMs)}).` +
        (startup.firstRoundTrip
          ? ` The first page after the start waited ${ms(startup.firstRoundTrip.waited)} for it (round trip ${ms(startup.firstRoundTrip.total)}).`
          : ''),
    );
  }
  for (const [loads, label] of [
    [afterStop?.local, 'the seed article'],
    [
      afterStop?.slowHead,
      `the seed article with a ${SLOW_SCRIPT_MS} ms parser-blocking script in its head (as a real page's tags or network hold DOMContentLoaded back)`,
    ],
  ]) {
    if (!loads?.length) continue;
    const m = (f) => median(loads.map(f).filter((x) => typeof x === 'number'));
    lines.push(
      `- ${name}, ${label}, as the first page after the background stopped (Chrome stops an idle extension worker after 30 s), ${loads.length} loads: script start → first highlight ${ms(m((l) => l.highlight))} (${loads.map((l) => l.highlight.toFixed(0)).join(', ')} ms). Medians from the main script's start: the page sent its text at ${ms(m((l) => l.sent))}; the worker's global scope was made at ${ms(m((l) => l.scopeCreated))} (the document_start script wakes it once the settings are read) and ran the background's first line at ${ms(m((l) => l.backgroundStart))}, had its detector ready at ${ms(m((l) => l.ready))} (read + inflate ${ms(m((l) => l.fetchMs))}, decode ${ms(m((l) => l.decodeMs))}) and warmed up at ${ms(m((l) => l.warmedUp))}; the request reached its listener at ${ms(m((l) => l.received))}, waited ${ms(m((l) => l.waited))} for the detector and the reader's layer, was detected in ${ms(m((l) => l.engine))} and answered at ${ms(m((l) => l.replied))}.`,
    );
  }
  for (const r of rows) {
    lines.push(
      `- ${name}, ${r.label}: after DOMContentLoaded the content script starts at ${ms(r.scriptStartMs)}, the scan at ${ms(r.scanStartMs)} (settings read in ${ms(r.settingsMs)}, article root found in ${ms(r.rootsMs)}), the first highlight is painted at ${ms(r.firstHighlightMs)}: ${ms(r.scriptToHighlightMs)} after the script's start (goal for the seed article ≤ 25 ms).`,
    );
    if (r.extensionEach)
      lines.push(
        `- ${name}, ${r.label}: long tasks (> 50 ms) that were mostly the extension's scripts (trace attribution), longest each run: ${r.extensionEach.map((n) => n.toFixed(0)).join(', ')} ms (goal: none); the most the extension's scripts ran inside any one long task: ${r.extensionShareEach.map((n) => n.toFixed(0)).join(', ')} ms.`,
      );
  }
  for (const r of rows) {
    if (r.append) {
      lines.push(
        `- ${name}: appending one paragraph (${r.append.chars} chars) to the ${r.label} page: update ${ms(r.append.ms)} (index ${ms(r.append.indexMs)}, detect round trip ${ms(r.append.detectMs)}, place ${ms(r.append.placeMs)}, publish ${ms(r.append.publishMs)}; the whole scan took ${ms(r.scanMs)}: ${(r.scanMs / r.append.ms).toFixed(0)}× more); longest task then ${ms(r.append.longest)}.`,
      );
    }
  }
  lines.push('');
}
if (!MAP_ONLY)
  lines.push(
    `- Content script ${kB(content.raw)} (${kB(content.gzip)} gzip), early settings script (document_start) ${kB(early.raw)} (${kB(early.gzip)} gzip), UI script (card, panel, map; injected after the first highlights) ${kB(pageUi.raw)} (${kB(pageUi.gzip)} gzip); background ${kB(background.raw)} (${kB(background.gzip)} gzip); detector's prebuilt tables ${kB(kbTables.raw)} (gzipped already), read at the background's start; knowledge base ${kB(kbData.raw)} (${kB(kbData.gzip)} gzip), read for cards, search and the map${zips.length ? `; ${zips.join(', ')}` : ''}.`,
  );
const report = lines.join('\n');
console.log(report);

if (args.includes('--write-readme') && !MAP_ONLY) {
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
