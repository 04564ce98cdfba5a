import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer, { type ElementHandle, type Page } from 'puppeteer-core';
import { FIREFOX_BINARY, FIREFOX_BUILD, requireFile } from './extension-paths';
import type { ExtensionSession, SessionPage } from './session';

/** Must equal `browser_specific_settings.gecko.id` in wxt.config.ts. */
const GECKO_ID = 'district-lens@district-lens.invalid';
/** Pins the extension's pages to `moz-extension://<this>/…`. */
const EXTENSION_UUID = '5b0f6b8e-2d5c-4b9a-9f3e-6c1d7a8e4f20';

async function sleep(ms: number) {
  await new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Runs in the page (so it must stay self-contained): the first element matching `levels`,
 * descending one shadow root per level; with `wantGone`, `true` once no element matches.
 */
function queryDeep(levels: readonly string[], wantGone = false): Element | boolean | null {
  let scope: ParentNode | null = document;
  let found: Element | null = null;
  for (const selector of levels) {
    found = scope?.querySelector(selector) ?? null;
    scope = found?.shadowRoot ?? found;
  }
  return wantGone ? found === null : found;
}

// Puppeteer's waitForSelector re-checks on DOM mutations of the document only, and a change
// inside a shadow root is not one; so poll with our own shadow-aware query instead.
function wrap(page: Page): SessionPage {
  const waitForElement = async (selector: readonly string[], timeout = 10_000) => {
    const handle = await page.waitForFunction(queryDeep, { timeout, polling: 100 }, selector);
    return handle as unknown as ElementHandle<HTMLElement>;
  };
  return {
    evaluate: (fn, arg) => page.evaluate(fn as (arg: unknown) => never, arg),
    waitForFunction: async (fn, arg, timeout = 10_000) => {
      await page.waitForFunction(fn as (arg: unknown) => boolean, { timeout, polling: 100 }, arg);
    },
    mouseMove: (x, y) => page.mouse.move(x, y),
    waitFor: async (selector, timeout) => {
      await waitForElement(selector, timeout);
    },
    waitForGone: async (selector, timeout = 10_000) => {
      await page.waitForFunction(queryDeep, { timeout, polling: 100 }, selector, true);
    },
    text: async (selector) => (await waitForElement(selector)).evaluate((el) => el.textContent ?? ''),
    fill: async (selector, value) => (await waitForElement(selector)).type(value),
    // Like Playwright's click, try again when the element was re-rendered between finding and clicking it.
    click: async (selector) => {
      for (let attempt = 1; ; attempt++) {
        try {
          await (await waitForElement(selector)).click();
          return;
        } catch (error) {
          if (attempt === 3) throw error;
          await sleep(150);
        }
      }
    },
    press: (key) => page.keyboard.press(key as Parameters<Page['keyboard']['press']>[0]),
    pressAltShift: async (code) => {
      await page.keyboard.down('Alt');
      await page.keyboard.down('Shift');
      await page.keyboard.press(code as Parameters<Page['keyboard']['press']>[0]);
      await page.keyboard.up('Shift');
      await page.keyboard.up('Alt');
    },
    // Media emulation needs CDP, which Firefox does not speak; the scheme is a launch option.
    emulateDarkMode: async () => undefined,
    screenshot: async (file) => {
      await page.screenshot({ path: file as `${string}.png` });
    },
    close: () => page.close(),
  };
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
      'browser.helperApps.neverAsk.saveToDisk': 'application/json,text/csv,text/markdown,application/ld+json',
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
      await current.waitForSelector(readySelector, { timeout: 15_000 });
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
      for (let waited = 0; waited < 15_000; waited += 100) {
        const fresh = readdirSync(downloads).filter((f) => !before.has(f) && !f.endsWith('.part'));
        if (fresh.length > 0) {
          await sleep(200); // let Firefox finish renaming and flushing the file
          const fileName = fresh[0]!;
          return { fileName, text: readFileSync(path.join(downloads, fileName), 'utf8') };
        }
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
