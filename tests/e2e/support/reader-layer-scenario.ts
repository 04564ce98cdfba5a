import { afterAll, beforeAll, expect, it } from 'vitest';
import { SAMPLE_ARTICLE, startFixtureServer } from '../../../scripts/fixture-server.mjs';
import { resultPath } from './extension-paths';
import { highlightTexts as highlighted, waitForHighlightText } from './highlight-texts';
import { chooseImportFile, hoverMention } from './page-actions';
import type { ExtensionSession, SessionPage } from './session';

const CARD = ['district-lens-card', '.card'] as const;
const DIALOG = ['district-lens-card', '.card--dialog'] as const;
const MIRROR = 'hongqiao-yrd-cooperation.zh-Hant-pinyin.html';

/** Waits until some highlight of kind `name` reads `text` (or, with `present` false, none does). */
function waitForHighlight(page: SessionPage, name: string, text: string, present = true): Promise<void> {
  return waitForHighlightText(page, name, text, { present });
}

/** Selects the first occurrence of `text` in the article, as a reader dragging over it would. */
async function select(page: SessionPage, text: string): Promise<void> {
  const found = await page.evaluate((wanted: string) => {
    const walker = document.createTreeWalker(document.querySelector('#story')!, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(wanted);
      if (at === -1) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      (node.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
      window.getSelection()!.removeAllRanges();
      window.getSelection()!.addRange(range);
      return true;
    }
    return false;
  }, text);
  if (!found) throw new Error(`${text} is not in the article`);
}

/**
 * Opens the card on a mention, moves the pointer into it as a reader would, and uses one of
 * "Correct District Lens"'s buttons; the card closes with the mention. A card that closed before
 * the pointer reached it (the page was still settling) is opened again, up to three times.
 */
async function correct(page: SessionPage, highlight: string, text: string, button: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await hoverMention(page, highlight, text);
      await page.waitFor(CARD);
      const box = await page.evaluate(() => {
        const rect = document
          .querySelector('district-lens-card')!
          .shadowRoot!.querySelector('.card')!
          .getBoundingClientRect();
        return { x: rect.left + 12, y: rect.top + 12 };
      }, undefined);
      await page.mouseMove(box.x, box.y);
      await page.click(['district-lens-card', '.card__corrections-summary']);
      await page.click(['district-lens-card', button]);
      break;
    } catch (error) {
      if (attempt === 3) throw error;
      await page.press('Escape');
    }
  }
  // The page is annotated again at once: the mention goes, and its card with it.
  await page.waitForGone(CARD, 15_000);
}

/**
 * The reader teaches District Lens, in one browser: a name selected on one page and added as a
 * platform is highlighted, with its own card, on another page (the traditional, pinyin-annotated
 * mirror); "never highlight" and "not an entity here" take a highlight away, and it stays away
 * after a reload; the library lists what the reader taught; the JSON export carries it into a
 * fresh profile, which then behaves the same.
 */
export function readerLayerScenario(
  launch: () => Promise<ExtensionSession>,
  launchFresh: () => Promise<ExtensionSession> = launch,
): void {
  let session: ExtensionSession;
  let fresh: ExtensionSession | undefined;
  let server: Awaited<ReturnType<typeof startFixtureServer>>;
  let article: SessionPage;
  let exported = '';

  beforeAll(async () => {
    server = await startFixtureServer();
    session = await launch();
    article = await session.openPage(`${server.origin}/${SAMPLE_ARTICLE}`);
    await article.waitForFunction(() => CSS.highlights.has('district-lens-platform'), undefined, 15_000);
  });

  afterAll(async () => {
    await fresh?.close();
    await session?.close();
    await server?.close();
  });

  it('adds a selected name as a platform with Alt+Shift+A, highlighted at once on this page', async () => {
    expect(await highlighted(article, 'district-lens-platform')).not.toContain('丽宝公司');
    await select(article, '丽宝公司');
    await article.pressAltShift('KeyA');
    await article.waitFor(DIALOG);
    expect(
      await article.evaluate(() => {
        const root = document.querySelector('district-lens-card')!.shadowRoot!;
        return root.querySelector<HTMLInputElement>('input[name=name]')!.value;
      }, undefined),
    ).toBe('丽宝公司');
    await article.fill(['district-lens-card', 'input[name=aliases]'], '丽宝');
    await article.fill(['district-lens-card', 'textarea[name=description]'], '虹桥海外贸易中心的运营单位');
    await article.screenshot(resultPath(`${session.name}-reader-add-dialog.png`));
    const clicked = Date.now();
    await article.click(['district-lens-card', '.dialog__add']);
    await waitForHighlight(article, 'district-lens-platform', '丽宝公司');
    console.log(`${session.name}: Add → highlighted on the open page in ${Date.now() - clicked} ms`);
    // The alias too, inside a longer name the knowledge base does not know (虹桥丽宝广场).
    expect(await highlighted(article, 'district-lens-platform')).toContain('丽宝');
  });

  it('highlights it on another page, the traditional mirror, with its own card', async () => {
    const mirror = await session.openPage(`${server.origin}/${MIRROR}`);
    await waitForHighlight(mirror, 'district-lens-platform', '麗寶公司');
    await hoverMention(mirror, 'district-lens-platform', '麗寶公司');
    await mirror.waitFor(CARD);
    await mirror.waitForFunction(
      () =>
        document.querySelector('district-lens-card')?.shadowRoot?.textContent?.includes('虹桥海外贸易中心的运营单位') ??
        false,
      undefined,
    );
    const card = await mirror.text(CARD);
    expect(card).toContain('丽宝公司');
    expect(card).toContain('Yours');
    await new Promise((resolve) => setTimeout(resolve, 300));
    await mirror.screenshot(resultPath(`${session.name}-reader-entity-card.png`));
    await mirror.close();
  });

  it('never highlights a name again once the reader says so, also after a reload', async () => {
    await article.press('Escape');
    await correct(article, 'district-lens-platform', '接轨上海示范区', '.correct__never');
    await waitForHighlight(article, 'district-lens-platform', '接轨上海示范区', false);
    const again = await session.openPage(`${server.origin}/${SAMPLE_ARTICLE}`);
    await waitForHighlight(again, 'district-lens-platform', '丽宝公司');
    expect(await highlighted(again, 'district-lens-platform')).not.toContain('接轨上海示范区');
    await again.close();
  });

  it('takes one mention away with "Not an entity here", on this article only', async () => {
    await article.press('Escape');
    await correct(article, 'district-lens-platform', '京东', '.correct__not-here');
    await waitForHighlight(article, 'district-lens-platform', '京东', false);
    const again = await session.openPage(`${server.origin}/${SAMPLE_ARTICLE}#later`);
    await waitForHighlight(again, 'district-lens-platform', '唯品会');
    expect(await highlighted(again, 'district-lens-platform')).not.toContain('京东');
    await again.close();
    const mirror = await session.openPage(`${server.origin}/${MIRROR}`);
    await waitForHighlight(mirror, 'district-lens-platform', '京東');
    await mirror.close();
  });

  it('shows a person as an official once the reader changes the type', async () => {
    await article.press('Escape');
    expect(await highlighted(article, 'district-lens-person')).toContain('陈志鸿');
    for (let attempt = 1; ; attempt++) {
      try {
        await hoverMention(article, 'district-lens-person', '陈志鸿');
        await article.waitFor(CARD);
        await article.click(['district-lens-card', '.card__corrections-summary']);
        await article.click(['district-lens-card', '.correct__change-type']);
        await article.click(['district-lens-card', '.correct__type[data-type=official]']);
        break;
      } catch (error) {
        if (attempt === 3) throw error;
        await article.press('Escape');
      }
    }
    await waitForHighlight(article, 'district-lens-official', '陈志鸿');
    expect(await highlighted(article, 'district-lens-person')).not.toContain('陈志鸿');
  });

  it("lists the reader's entity and corrections in the library and exports them in the JSON", async () => {
    const library = await session.openExtensionPage('/notes.html#my-entities', 'section.reader-layer');
    await library.waitForFunction(() => document.body.textContent!.includes('丽宝公司'), undefined, 15_000);
    const text = await library.evaluate(() => document.body.textContent!, undefined);
    expect(text).toContain('接轨上海示范区');
    expect(text).toContain('京东');
    await library.screenshot(resultPath(`${session.name}-reader-library.png`));

    await library.click(['details.library-export > summary']);
    const file = await session.download(() => library.click(['.library-export__format[data-format=json]']));
    exported = file.text;
    const data = JSON.parse(exported) as {
      version: number;
      readerLayer: { entities: { name: string; aliases: string[] }[]; corrections: { kind: string }[] };
    };
    expect(data.version).toBe(4);
    expect(data.readerLayer.entities).toEqual([expect.objectContaining({ name: '丽宝公司', aliases: ['丽宝'] })]);
    expect(data.readerLayer.corrections.map((c) => c.kind).sort()).toEqual(['change-type', 'never', 'not-here']);
    await library.close();
  });

  it('imports them into a fresh profile, which then highlights and suppresses the same', async () => {
    await session.close();
    fresh = await launchFresh();
    const library = await fresh.openExtensionPage('/notes.html', 'section.import');
    await chooseImportFile(library, exported);
    expect(await library.text(['.import__reader-layer'])).toContain('Your own entities: 1 new');
    await library.click(['.import__actions .button']);
    await library.waitFor(['.import__done']);
    await library.close();

    const page = await fresh.openPage(`${server.origin}/${SAMPLE_ARTICLE}`);
    await waitForHighlight(page, 'district-lens-platform', '丽宝公司');
    const platforms = await highlighted(page, 'district-lens-platform');
    expect(platforms).not.toContain('接轨上海示范区');
    expect(platforms).not.toContain('京东');
    expect(platforms).toContain('唯品会');
    expect(await highlighted(page, 'district-lens-official')).toContain('陈志鸿');
    await page.close();
  });
}
