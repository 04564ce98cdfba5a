import { afterAll, beforeAll, expect, it } from 'vitest';
import { SAMPLE_ARTICLE, startFixtureServer } from '../../../scripts/fixture-server.mjs';
import { resultPath } from './extension-paths';
import { hoverMention } from './page-actions';
import { highlightTexts } from './highlight-texts';
import type { ExtensionSession, SessionPage } from './session';

const CARD = ['district-lens-card', '.card'] as const;
const PANEL = ['district-lens-panel', '.panel'] as const;
const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

/** The sample article's cities the issue names, by id, with the province each must lie in. */
const CITIES: Record<string, { name: string; province: string }> = {
  'city:330200': { name: '宁波', province: '330000' },
  'city:330400': { name: '嘉兴', province: '330000' },
  'city:330100': { name: '杭州', province: '330000' },
  'city:320500': { name: '苏州', province: '320000' },
  'city:330700': { name: '金华', province: '330000' },
  'city:320100': { name: '南京', province: '320000' },
  'city:340100': { name: '合肥', province: '340000' },
  'city:310000': { name: '上海', province: '310000' },
};

interface DrawnMarker {
  id: string;
  label: string;
  /** The province outlines the marker's centre lies inside, by the browser's own hit test. */
  insideOf: string[];
  /** Its centre on the screen. */
  x: number;
  y: number;
}

/** The drawer's map markers as the browser draws them. */
function drawnMarkers(page: SessionPage): Promise<DrawnMarker[]> {
  return page.evaluate(() => {
    const root = document.querySelector('district-lens-panel')!.shadowRoot!;
    const provinces = [...root.querySelectorAll<SVGPathElement>('.map__provinces path')];
    return [...root.querySelectorAll<SVGGeometryElement>('.map__marker')].map((marker) => {
      const x = Number(marker.dataset.x);
      const y = Number(marker.dataset.y);
      const rect = marker.getBoundingClientRect();
      return {
        id: marker.dataset.id!,
        label: marker.getAttribute('aria-label') ?? '',
        insideOf: provinces.filter((path) => path.isPointInFill(new DOMPoint(x, y))).map((path) => path.dataset.code!),
        x: rect.left + rect.width / 2,
        y: rect.top + rect.height / 2,
      };
    });
  }, undefined);
}

/** The id of the map marker that has the keyboard focus in the drawer, or null. */
function focusedMarker(page: SessionPage): Promise<string | null> {
  return page.evaluate(() => {
    const active = document.querySelector('district-lens-panel')?.shadowRoot?.activeElement as HTMLElement | null;
    return active?.classList.contains('map__marker') ? (active.dataset.id ?? null) : null;
  }, undefined);
}

/**
 * The article's map in the entities drawer: the sample article's cities in their provinces, a label
 * on hover, a card on click, every marker reached with Tab and the arrow keys; screenshots in light
 * and dark. With `screenshotsOnly`, only the screenshot (a Firefox started dark).
 */
export function mapScenario(launch: () => Promise<ExtensionSession>, { screenshotsOnly = false } = {}): void {
  let session: ExtensionSession;
  let server: Awaited<ReturnType<typeof startFixtureServer>>;
  let article: SessionPage;

  beforeAll(async () => {
    server = await startFixtureServer();
    session = await launch();
    article = await session.openPage(`${server.origin}/${SAMPLE_ARTICLE}`);
    await article.waitForFunction(() => CSS.highlights.has('district-lens-city'), undefined, 15_000);
    await article.pressAltShift('KeyE');
    await article.waitFor(PANEL);
    await article.click(['district-lens-panel', '.panel__view[aria-pressed=false]']);
    await article.waitFor(['district-lens-panel', '.map__marker'], 15_000);
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('shows the map in the drawer, in light and dark', async () => {
    for (const scheme of session.colorSchemes) {
      await article.emulateDarkMode(scheme === 'dark');
      await settle();
      await article.screenshot(resultPath(`${session.name}-map-${scheme}.png`));
    }
    if (session.colorSchemes.includes('light')) await article.emulateDarkMode(false);
  });

  if (screenshotsOnly) {
    sidePanelMap();
    return;
  }

  it("puts 宁波, 嘉兴, 杭州, 苏州, 金华, 南京, 合肥 and 上海 inside their provinces' outlines", async () => {
    const markers = await drawnMarkers(article);
    for (const [id, { name, province }] of Object.entries(CITIES)) {
      const marker = markers.find((m) => m.id === id);
      expect(marker, `${name} has a marker`).toBeDefined();
      expect(marker!.label).toMatch(/ · /u);
      expect(marker!.insideOf, `${name} lies in ${province}`).toEqual([province]);
    }
  });

  it("shows a marker's name and count on hover, and opens its card at its first mention on click", async () => {
    // 合肥 stands apart from the delta's cluster of markers.
    const hefei = (await drawnMarkers(article)).find((m) => m.id === 'city:340100')!;
    // Markers may overlap: the label is the one of the marker on top where the pointer rests.
    const top = await article.evaluate(({ x, y }: { x: number; y: number }) => {
      const marker = document.querySelector('district-lens-panel')!.shadowRoot!.elementFromPoint(x, y) as HTMLElement;
      return { id: marker.dataset.id!, label: marker.getAttribute('aria-label')! };
    }, hefei);
    const onTop = top.label;
    expect(onTop).toMatch(/ · (\d+ mentions?|提及 \d+ 次)$/u);
    await article.mouseMove(hefei.x - 30, hefei.y - 30);
    await article.mouseMove(hefei.x, hefei.y);
    await article.waitFor(['district-lens-panel', '.map__tip']);
    await article.waitForFunction(
      (label: string) =>
        document.querySelector('district-lens-panel')?.shadowRoot?.querySelector('.map__tip')?.textContent === label,
      onTop,
      5_000,
    );
    await settle();
    await article.screenshot(resultPath(`${session.name}-map-hover.png`));
    await article.click(['district-lens-panel', `.map__marker[data-id="${top.id}"]`]);
    await article.waitFor(CARD);
    expect(await article.text(CARD)).toContain(onTop.split(' · ')[0]);
    await article.press('Escape');
    await article.waitForGone(CARD);
  });

  it('names the platforms far from the delta (京东 in Beijing, 唯品会 in Guangzhou) under the map; they open too', async () => {
    const outside = await article.evaluate(
      () =>
        [
          ...document
            .querySelector('district-lens-panel')!
            .shadowRoot!.querySelectorAll<HTMLElement>('.map-box__outside-entity'),
        ].map((b) => b.dataset.id),
      undefined,
    );
    expect(outside).toEqual(expect.arrayContaining(['platform:jd', 'platform:vipshop']));
    await article.click(['district-lens-panel', '.map-box__outside-entity[data-id="platform:jd"]']);
    await article.waitFor(CARD);
    expect(await article.text(CARD)).toContain('京东');
    await article.press('Escape');
    await article.waitForGone(CARD);
  });

  it('reaches every marker with Tab and the arrow keys', async () => {
    const markers = await drawnMarkers(article);
    expect(markers.length).toBeGreaterThanOrEqual(Object.keys(CITIES).length);
    // Tab from the List/Map switch enters the map on one marker.
    await article.evaluate(() => {
      const root = document.querySelector('district-lens-panel')!.shadowRoot!;
      root.querySelector<HTMLElement>('.panel__view[aria-pressed=true]')!.focus();
    }, undefined);
    await article.press('Tab');
    const entry = await focusedMarker(article);
    expect(entry).not.toBeNull();
    // From each marker reached, each arrow key: the markers reachable from the entry are all of them.
    const reached = new Set<string>([entry!]);
    const queue = [entry!];
    while (queue.length > 0) {
      const from = queue.shift()!;
      for (const key of ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown']) {
        await article.evaluate((id: string) => {
          const root = document.querySelector('district-lens-panel')!.shadowRoot!;
          root.querySelector<SVGElement>(`.map__marker[data-id="${id}"]`)!.focus();
        }, from);
        await article.press(key);
        const to = await focusedMarker(article);
        if (to && !reached.has(to)) {
          reached.add(to);
          queue.push(to);
        }
      }
    }
    expect([...reached].sort()).toEqual(markers.map((m) => m.id).sort());
    // Enter opens the focused marker's card.
    await article.evaluate(() => {
      const root = document.querySelector('district-lens-panel')!.shadowRoot!;
      root.querySelector<SVGElement>('.map__marker[data-id="city:340100"]')!.focus();
    }, undefined);
    await article.press('Enter');
    await article.waitFor(CARD);
    expect(await article.text(CARD)).toContain('合肥');
    await article.press('Escape');
  });

  it("exports the drawer's map as SVG and PNG files, the page's own DOM untouched", async () => {
    // Any node the export put in the page's own DOM, even for a moment (the download link goes in the drawer).
    await article.evaluate(() => {
      const scope = window as unknown as { mapExportMutations: number };
      scope.mapExportMutations = 0;
      new MutationObserver((records) => (scope.mapExportMutations += records.length)).observe(
        document.documentElement,
        {
          childList: true,
          subtree: true,
        },
      );
    }, undefined);
    const file = await session.download(() =>
      article.click(['district-lens-panel', '.map-box__actions button:first-child']),
    );
    expect(file.fileName).toBe('district-lens-map.svg');
    expect(file.text).toMatch(/^<\?xml[\s\S]*<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/u);
    // Every marker, with its label, and the leader lines of the markers moved out of 上海's crowd.
    expect(file.text).toContain('<title>');
    expect(file.text).toMatch(/宁波|Ningbo/u);
    expect(file.text).toContain('map__leaders');
    // The PNG: the same SVG drawn on a canvas in the page, twice its size.
    const png = await session.download(() =>
      article.click(['district-lens-panel', '.map-box__actions button:nth-child(2)']),
    );
    expect(png.fileName).toBe('district-lens-map.png');
    expect(png.text.slice(1, 4)).toBe('PNG');
    expect(
      await article.evaluate(() => (window as unknown as { mapExportMutations: number }).mapExportMutations, undefined),
    ).toBe(0);
  });

  it('maps the places of the saved articles in the library, sized by articles; a marker opens its page', async () => {
    // A note on each of two articles that both name 南京.
    const saveNoteOnFirstCity = async (page: SessionPage, body: string) => {
      const name = (await highlightTexts(page, 'district-lens-city'))[0]!;
      await hoverMention(page, 'district-lens-city', name);
      await page.waitFor(CARD);
      await page.fill(['district-lens-card', '.card__note textarea'], body);
      await page.click(['district-lens-card', '.card__save']);
      await page.waitForFunction(
        () => /Saved|已保存/u.test(document.querySelector('district-lens-card')?.shadowRoot?.textContent ?? ''),
        undefined,
      );
      await page.press('Escape');
    };
    await article.press('Escape'); // the drawer
    await saveNoteOnFirstCity(article, '地图笔记一');
    const second = await session.openPage(`${server.origin}/nanjing-jiangbei-new-area.zh-Hans.html`);
    await second.waitForFunction(() => CSS.highlights.has('district-lens-city'), undefined, 15_000);
    await saveNoteOnFirstCity(second, '地图笔记二');
    // Visits are recorded a couple of seconds after a page settles.
    await new Promise((resolve) => setTimeout(resolve, 3000));

    const library = await session.openExtensionPage('/notes.html', '.library-note');
    await library.click(['details.library-map > summary']);
    await library.waitFor(['.library-map .map__marker'], 15_000);
    const labels = await library.evaluate(
      () =>
        Object.fromEntries(
          [...document.querySelectorAll<SVGElement>('.library-map .map__marker')].map((m) => [
            m.dataset.id!,
            m.getAttribute('aria-label')!,
          ]),
        ),
      undefined,
    );
    expect(labels['city:320100']).toMatch(/ · (2 articles|2 篇文章)$/u); // 南京, in both
    expect(labels['city:330200']).toMatch(/ · (1 article|1 篇文章)$/u); // 宁波, in the sample only
    for (const scheme of session.colorSchemes) {
      await library.emulateDarkMode(scheme === 'dark');
      await settle();
      await library.screenshot(resultPath(`${session.name}-library-map-${scheme}.png`));
    }
    if (session.colorSchemes.includes('light')) await library.emulateDarkMode(false);
    // Markers overlap in the delta: reach 南京's with the keyboard rather than a click on a crowded spot.
    await library.evaluate(() => {
      document.querySelector<SVGElement>('.library-map .map__marker[data-id="city:320100"]')!.focus();
    }, undefined);
    await library.press('Enter');
    await library.waitFor(['.library-profile__card[data-entity-id="city:320100"]'], 10_000);
    expect(await library.text(['#library-profile'])).toContain('南京');
    // An official's page maps the places of their roles: 裘东耀, 宁波市 市长, at 宁波.
    await library.fill(['#library-search-input'], '裘东耀');
    const qiu = 'section.library-seen button.library-entity[data-entity-id="official:裘东耀"]';
    await library.waitFor([qiu], 10_000);
    await library.click([qiu]);
    await library.waitFor(['.library-profile__map--roles .map__marker[data-id="city:330200"]'], 15_000);
    expect(
      await library.evaluate(
        () =>
          document
            .querySelector('.library-profile__map--roles .map__marker[data-id="city:330200"]')!
            .getAttribute('aria-label'),
        undefined,
      ),
    ).toMatch(/^(Ningbo · |宁波市：)市长$/u);
    for (const scheme of session.colorSchemes) {
      await library.emulateDarkMode(scheme === 'dark');
      await settle();
      await library.screenshot(resultPath(`${session.name}-official-map-${scheme}.png`));
    }
    if (session.colorSchemes.includes('light')) await library.emulateDarkMode(false);
    await library.close();
    await second.close();
  });

  // Last in the file: the side panel is a tab of its own, opened after the article's other checks.
  function sidePanelMap() {
    it("shows the article's map in the browser's side panel, in light and dark", async () => {
      const side = await session.openExtensionPage('/sidepanel.html', '.panel');
      await side.setViewport(360, 760);
      // A side panel shows its window's active tab: make the article the active tab again, as when
      // the reader opens the panel beside it (here the panel is a tab of its own, now behind it).
      await side.evaluate(async () => {
        type Api = {
          tabs: {
            query(q: object): Promise<{ id?: number }[]>;
            sendMessage(id: number, m: object): Promise<unknown>;
            update(id: number, properties: object): Promise<unknown>;
          };
        };
        const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
        const api = (scope.browser ?? scope.chrome)!;
        // The extension sees no tab addresses (no `tabs` permission): the article's tab is the one whose page names 裘东耀.
        let tab: { id?: number } | undefined;
        for (const candidate of await api.tabs.query({})) {
          if (candidate.id === undefined) continue;
          const entities = (await api.tabs
            .sendMessage(candidate.id, { type: 'page:entities' })
            .catch(() => undefined)) as { name: string }[] | undefined;
          if (entities?.some((e) => e.name === '裘东耀')) tab = candidate;
        }
        await api.tabs.update(tab!.id!, { active: true });
      }, undefined);
      await side.waitFor(['.panel__item'], 15_000);
      await side.click(['.panel__view[aria-pressed=false]']);
      await side.waitFor(['.map__marker'], 15_000);
      const ids = await side.evaluate(
        () => [...document.querySelectorAll<SVGElement>('.map__marker')].map((m) => m.dataset.id!),
        undefined,
      );
      expect(ids).toEqual(expect.arrayContaining(Object.keys(CITIES)));
      expect(await side.text(['.map-box__actions'])).toMatch(/SVG[\s\S]*PNG/u);
      for (const scheme of session.colorSchemes) {
        await side.emulateDarkMode(scheme === 'dark');
        await settle();
        await side.screenshot(resultPath(`${session.name}-side-panel-map-${scheme}.png`));
      }
      await side.close();
    });
  }

  sidePanelMap();
}
