import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer, { type Page } from 'puppeteer-core';
import { exposeClosedRootsWithBidi } from './closed-shadow-roots';
import { deepSessionPage } from './deep-page';
import { FIREFOX_BINARY, FIREFOX_BUILD, requireFile } from './extension-paths';
import type { ExtensionSession, SessionPage } from './session';

/** Must equal `browser_specific_settings.gecko.id` in wxt.config.ts. */
export const GECKO_ID = 'district-lens@district-lens.invalid';
/** Pins the extension's pages to `moz-extension://<this>/…` (the benchmark opens one too). */
export const EXTENSION_UUID = '5b0f6b8e-2d5c-4b9a-9f3e-6c1d7a8e4f20';

async function sleep(ms: number) {
  await new Promise((resolve) => setTimeout(resolve, ms));
}

/** The part of puppeteer's BiDi frame that sends `browsingContext.setViewport` itself. */
interface BidiFrameWithContext {
  browsingContext: {
    setViewport(options: { viewport: { width: number; height: number } }): Promise<void>;
  };
}

/**
 * Resizes the page's viewport with the one BiDi command it needs. Puppeteer's `page.setViewport`
 * also sends `emulation.setScreenOrientationOverride`, which Firefox ESR 140 does not know
 * ("unknown command"), so the whole call failed there.
 */
async function setViewportWithBidi(page: Page, width: number, height: number): Promise<void> {
  const frame = page.mainFrame() as unknown as BidiFrameWithContext;
  await frame.browsingContext.setViewport({ viewport: { width, height } });
}

/**
 * Polls until `selector` matches while the tab may still be switching to the extension's process.
 * Puppeteer's own waiting fails for good when an evaluate lands in the realm being torn down
 * ("right-hand side of 'in' should be an object, got null"), so each poll is a fresh evaluate
 * and such errors just mean "not yet".
 */
async function waitThroughNavigation(page: Page, selector: string, timeout: number): Promise<void> {
  const deadline = Date.now() + timeout;
  let lastError: unknown = null;
  while (Date.now() < deadline) {
    try {
      if (await page.evaluate((s: string) => document.querySelector(s) !== null, selector)) return;
    } catch (error) {
      lastError = error;
    }
    await sleep(100);
  }
  throw new Error(`${selector} did not appear within ${timeout} ms (last error: ${String(lastError)})`);
}

function wrap(page: Page): SessionPage {
  return deepSessionPage({
    evaluate: (fn, arg) => page.evaluate(fn as (arg: unknown) => never, arg),
    exposeClosedRoots: () => exposeClosedRootsWithBidi(page),
    mouseMove: (x, y) => page.mouse.move(x, y),
    mouseClick: (x, y) => page.mouse.click(x, y),
    type: (text) => page.keyboard.type(text),
    press: (key) => page.keyboard.press(key as Parameters<Page['keyboard']['press']>[0]),
    pressControl: async (code) => {
      await page.keyboard.down('Control');
      await page.keyboard.press(code as Parameters<Page['keyboard']['press']>[0]);
      await page.keyboard.up('Control');
    },
    pressAltShift: async (code) => {
      await page.keyboard.down('Alt');
      await page.keyboard.down('Shift');
      await page.keyboard.press(code as Parameters<Page['keyboard']['press']>[0]);
      await page.keyboard.up('Shift');
      await page.keyboard.up('Alt');
    },
    // Media emulation needs CDP, which Firefox does not speak; the scheme is a launch option.
    emulateDarkMode: async () => undefined,
    setViewport: (width, height) => setViewportWithBidi(page, width, height),
    screenshot: async (file) => {
      await page.screenshot({ path: file as `${string}.png` });
    },
    close: () => page.close(),
  });
}

/** Launches Debian's Firefox ESR with the built MV2 extension installed as a temporary add-on. */
export async function launchFirefox(
  colorScheme: 'light' | 'dark' = 'light',
  options: { proxyPort?: number } = {},
): Promise<ExtensionSession> {
  requireFile(FIREFOX_BINARY, 'install it with `npm run setup:browsers`');
  requireFile(path.join(FIREFOX_BUILD, 'manifest.json'), 'run `npm run build` first');
  const downloads = mkdtempSync(path.join(os.tmpdir(), 'district-lens-firefox-downloads-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_BINARY,
    headless: true,
    protocol: 'webDriverBiDi',
    defaultViewport: { width: 1280, height: 900 },
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      'intl.accept_languages': 'zh-CN, zh, en',
      // 0 = dark, 1 = light: what pages see as prefers-color-scheme.
      'layout.css.prefers-color-scheme.content-override': colorScheme === 'dark' ? 0 : 1,
      'browser.download.folderList': 2,
      'browser.download.dir': downloads,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.start_downloads_in_tmp_dir': false,
      'browser.helperApps.neverAsk.saveToDisk':
        'application/json,text/csv,text/markdown,application/ld+json,image/svg+xml,image/png',
      ...(options.proxyPort
        ? {
            // Every request through the logging proxy, loopback included.
            'network.proxy.type': 1,
            'network.proxy.http': '127.0.0.1',
            'network.proxy.http_port': options.proxyPort,
            'network.proxy.ssl': '127.0.0.1',
            'network.proxy.ssl_port': options.proxyPort,
            'network.proxy.no_proxies_on': '',
            'network.proxy.allow_hijacking_localhost': true,
          }
        : {}),
    },
  });
  await browser.installExtension(FIREFOX_BUILD);
  let current: Page | undefined;

  return {
    name: 'firefox',
    colorSchemes: [colorScheme],
    async openPage(url) {
      current = await browser.newPage();
      await current.goto(url);
      return wrap(current);
    },
    async openExtensionPage(pagePath, readySelector) {
      current = await browser.newPage();
      // Not awaited: the tab switches process and puppeteer misses the load event.
      void current.goto(`moz-extension://${EXTENSION_UUID}${pagePath}`).catch(() => undefined);
      await waitThroughNavigation(current, readySelector, 15_000);
      return wrap(current);
    },
    async waitForNewPage(urlPrefix, trigger) {
      const [target] = await Promise.all([
        browser.waitForTarget((t) => t.url().startsWith(urlPrefix), { timeout: 15_000 }),
        trigger(),
      ]);
      const page = await target.page();
      if (!page) throw new Error(`no page for ${urlPrefix}`);
      current = page;
      return wrap(page);
    },
    async download(trigger) {
      const before = new Set(readdirSync(downloads));
      await trigger();
      // Firefox writes a download as a placeholder under a random name beside a `.part` file, then
      // renames it: only a listing with no `.part` left, the same twice in a row, names the file.
      let previous = '';
      for (let waited = 0; waited < 15_000; waited += 100) {
        const listed = readdirSync(downloads).filter((f) => !before.has(f));
        const fresh = listed.filter((f) => !f.endsWith('.part'));
        const settled = fresh.length > 0 && fresh.length === listed.length && fresh.join('/') === previous;
        if (settled) {
          const fileName = fresh[0]!;
          return { fileName, text: readFileSync(path.join(downloads, fileName), 'utf8') };
        }
        previous = fresh.length === listed.length ? fresh.join('/') : '';
        await sleep(100);
      }
      throw new Error(`no download appeared in ${downloads}`);
    },
    async close() {
      await browser.close();
      rmSync(downloads, { recursive: true, force: true });
    },
  };
}
