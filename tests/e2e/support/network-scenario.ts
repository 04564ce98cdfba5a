import { afterAll, beforeAll, expect, it } from 'vitest';
import { SAMPLE_ARTICLE, startFixtureServer } from '../../../scripts/fixture-server.mjs';
import { hoverMention } from './page-actions';
import { startRequestLogProxy } from './request-log-proxy';
import type { ExtensionSession, SessionPage } from './session';

const CARD = ['district-lens-card', '.card'] as const;

/**
 * The browsers' own services (updates, sign-in, autofill, safe browsing, telemetry): requests the
 * browser makes with or without any extension. Everything else must be the pages' own.
 */
const BROWSER_SERVICES =
  /(^|\.)(google\.com|googleapis\.com|gstatic\.com|gvt1\.com|mozilla\.(com|net|org)|firefox\.com|mozilla\.cloud|mozaws\.net)$/u;

/** The host of a logged request: its URL's, or `host` of a CONNECT's `host:port`. */
function hostOf({ method, url }: { method: string; url: string }): string {
  return method === 'CONNECT' ? url.replace(/:\d+$/u, '') : new URL(url).hostname;
}

/**
 * Where the drawer's map stands, as one line for a failure message: whether the panel is shown and
 * in which view (a click that missed the Map switch), what the map box asked the background for and
 * what came back (`data-asked`, `data-answered`, `data-shown`, see MapRequest), what it says, how many
 * markers it drew; the page's scroll (a click that landed on a brief line goes to its sentence) and
 * highlights (an update that replaced the annotation).
 */
async function mapDiagnosis(page: SessionPage): Promise<string> {
  return page
    .evaluate(() => {
      const root = document.querySelector('district-lens-panel')?.shadowRoot;
      const box = root?.querySelector<HTMLElement>('.map-box');
      const views = [...(root?.querySelectorAll('.panel__view') ?? [])].map(
        (b) => `${b.textContent}=${b.getAttribute('aria-pressed')}`,
      );
      const highlights = [...CSS.highlights.keys()].map((name) => `${name}:${CSS.highlights.get(name)?.size ?? 0}`);
      return JSON.stringify({
        panelHosts: document.querySelectorAll('district-lens-panel').length,
        panel: Boolean(root?.querySelector('.panel')),
        views,
        mapBox: box
          ? {
              ...box.dataset,
              busy: box.getAttribute('aria-busy'),
              note: box.querySelector('.map-box__note')?.textContent ?? null,
            }
          : null,
        markers: root?.querySelectorAll('.map__marker').length ?? 0,
        briefEvents: root?.querySelectorAll('.brief__event').length ?? 0,
        focused: (root?.activeElement as HTMLElement | null)?.className ?? null,
        scrollY: window.scrollY,
        highlights,
      });
    }, undefined)
    .catch((error: unknown) => `(could not read the page: ${String(error)})`);
}

/**
 * Nothing leaves the machine: a whole session — articles annotated, a card, a note saved, the
 * article's map shown, the library opened and exported, an appended paragraph — with every request the browser makes
 * (loopback included) going through a logging proxy. Only the pages' own requests to their
 * server may appear; the extension makes none.
 */
export function networkScenario(launch: (proxyPort: number) => Promise<ExtensionSession>): void {
  let session: ExtensionSession;
  let server: Awaited<ReturnType<typeof startFixtureServer>>;
  let proxy: Awaited<ReturnType<typeof startRequestLogProxy>>;

  beforeAll(async () => {
    server = await startFixtureServer();
    proxy = await startRequestLogProxy(server.origin);
    session = await launch(proxy.port);
  });

  afterAll(async () => {
    await session?.close();
    await proxy?.close();
    await server?.close();
  });

  it('makes no network request of its own during a whole session', async () => {
    const article = await session.openPage(`${server.origin}/${SAMPLE_ARTICLE}`);
    await article.waitForFunction((name: string) => CSS.highlights.has(name), 'district-lens-official', 15_000);
    await hoverMention(article, 'district-lens-official', '裘东耀');
    await article.waitFor(CARD);
    await article.fill(['district-lens-card', '.card__note textarea'], '不出本机的笔记');
    await article.click(['district-lens-card', '.card__save']);
    await article.waitForFunction(
      () => document.querySelector('district-lens-card')?.shadowRoot?.textContent?.includes('Saved') ?? false,
      undefined,
    );
    await article.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = '另据报道，嘉兴市长毛宏芳当天还前往进博会现场考察。';
      document.querySelector('#story')!.append(p);
    }, undefined);
    // The article's map (#16): drawn from the extension's own map data, nothing fetched from a tile server.
    await article.pressAltShift('KeyE');
    await article.waitFor(['district-lens-panel', '.panel']);
    await article.click(['district-lens-panel', '.panel__view[aria-pressed=false]']);
    // The first map of a session loads the map data in the background: give a loaded machine time.
    await article.waitFor(['district-lens-panel', '.map__marker'], 30_000).catch(async (error: unknown) => {
      // Issue 14's flake (1 run in 8): say where the map went missing next time.
      throw new Error(`No map marker within 30 s: ${await mapDiagnosis(article)}`, { cause: error });
    });
    await article.press('Escape');
    const mirror = await session.openPage(`${server.origin}/hongqiao-yrd-cooperation.zh-Hant-pinyin.html`);
    await mirror.waitForFunction((name: string) => CSS.highlights.has(name), 'district-lens-official', 15_000);
    const library = await session.openExtensionPage('/notes.html', '.library-note');
    await library.click(['details.library-export > summary']);
    await session.download(() => library.click(['.library-export__format[data-format=json]']));
    // Visits are recorded a couple of seconds after a page settles: let that happen too.
    await new Promise((resolve) => setTimeout(resolve, 3000));

    expect(proxy.requests.length, 'the browser really sent its requests through the proxy').toBeGreaterThan(0);
    const pages = proxy.requests.filter((r) => r.url.startsWith(`${server.origin}/`));
    const foreign = proxy.requests.filter((r) => !pages.includes(r) && !BROWSER_SERVICES.test(hostOf(r)));
    expect(foreign).toEqual([]);
    // The pages' own requests are only what a page loads: documents (and the browser's favicon probe).
    for (const { method, url } of pages) {
      expect(method).toBe('GET');
      expect(new URL(url).pathname).toMatch(/\.html$|^\/favicon\.ico$/u);
    }
    // Nothing carries the article's text in its address.
    for (const { url } of proxy.requests) expect(decodeURIComponent(url)).not.toMatch(/裘东耀|不出本机/u);
  });
}
