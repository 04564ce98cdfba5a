import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { CHROME_BUILD, CHROMIUM_BINARY, requireFile } from './extension-paths';
import { exposeClosedRootsWithCdp } from './closed-shadow-roots';
import { deepSessionPage } from './deep-page';
import type { ExtensionSession, SessionPage } from './session';

function wrap(page: Page): SessionPage {
  return deepSessionPage({
    evaluate: (fn, arg) => page.evaluate(fn as (arg: unknown) => never, arg as unknown),
    exposeClosedRoots: () => exposeClosedRootsWithCdp(page),
    mouseMove: (x, y) => page.mouse.move(x, y),
    mouseClick: (x, y) => page.mouse.click(x, y),
    type: (text) => page.keyboard.type(text),
    press: (key) => page.keyboard.press(key),
    pressControl: (code) => page.keyboard.press(`Control+${code}`),
    pressAltShift: (code) => page.keyboard.press(`Alt+Shift+${code}`),
    emulateDarkMode: (dark) => page.emulateMedia({ colorScheme: dark ? 'dark' : 'light' }),
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    screenshot: async (file) => {
      await page.screenshot({ path: file });
    },
    close: () => page.close(),
  });
}

/** A Chromium with a fresh profile, the built extension loaded unless `withExtension` is false. */
export interface ChromiumLaunch {
  context: BrowserContext;
  /** The extension's service worker (undefined without the extension). */
  worker?: Worker;
  /** Closes the browser and deletes the profile. */
  close(): Promise<void>;
}

/**
 * Launches Debian's Chromium headless in a fresh profile, with the built MV3 extension unless
 * `withExtension` is false (the benchmark's baseline). The E2E session and `npm run bench` share it.
 */
export async function launchChromiumContext({
  withExtension = true,
  proxyPort,
}: {
  withExtension?: boolean;
  /** Route every request, loopback included, through an HTTP proxy on this 127.0.0.1 port. */
  proxyPort?: number;
} = {}): Promise<ChromiumLaunch> {
  requireFile(CHROMIUM_BINARY, 'install it with `npm run setup:browsers`');
  if (withExtension) requireFile(path.join(CHROME_BUILD, 'manifest.json'), 'run `npm run build` first');
  const profile = mkdtempSync(path.join(os.tmpdir(), 'district-lens-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_BINARY,
    headless: true, // the new headless mode loads extensions
    viewport: { width: 1280, height: 900 },
    locale: 'zh-CN',
    acceptDownloads: true,
    args: [
      ...(withExtension ? [`--disable-extensions-except=${CHROME_BUILD}`, `--load-extension=${CHROME_BUILD}`] : []),
      // <-loopback>: Chromium otherwise sends 127.0.0.1 around the proxy.
      ...(proxyPort ? [`--proxy-server=http://127.0.0.1:${proxyPort}`, '--proxy-bypass-list=<-loopback>'] : []),
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
  const worker = withExtension
    ? (context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker')))
    : undefined;
  return {
    context,
    worker,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Launches Debian's Chromium with the built MV3 extension in a fresh profile. */
export async function launchChromium(options: { proxyPort?: number } = {}): Promise<ExtensionSession> {
  const { context, worker, close } = await launchChromiumContext(options);
  const extensionOrigin = `chrome-extension://${new URL(worker!.url()).host}`;
  let current: Page | undefined;

  return {
    name: 'chromium',
    colorSchemes: ['light', 'dark'],
    async openPage(url) {
      current = await context.newPage();
      await current.goto(url);
      return wrap(current);
    },
    async openExtensionPage(pagePath, readySelector) {
      current = await context.newPage();
      await current.goto(`${extensionOrigin}${pagePath}`);
      await current.locator(readySelector).first().waitFor();
      return wrap(current);
    },
    async waitForNewPage(urlPrefix, trigger) {
      const [page] = await Promise.all([
        context.waitForEvent('page', { predicate: (p) => p.url().startsWith(urlPrefix) || p.url() === 'about:blank' }),
        trigger(),
      ]);
      await page.waitForURL((url) => url.href.startsWith(urlPrefix));
      await page.waitForLoadState('load');
      current = page;
      return wrap(page);
    },
    async download(trigger) {
      if (!current) throw new Error('no page open');
      const [download] = await Promise.all([current.waitForEvent('download'), trigger()]);
      const file = await download.path();
      return { fileName: download.suggestedFilename(), text: readFileSync(file, 'utf8') };
    },
    close,
  };
}
