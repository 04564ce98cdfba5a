import { afterAll, beforeAll, expect, it } from 'vitest';
import { bigPage, fixtureParagraphs } from '../../../scripts/big-pages.mjs';
import { startFixtureServer } from '../../../scripts/fixture-server.mjs';
import { resultPath } from './extension-paths';
import { highlightTexts } from './highlight-texts';
import { hoverMention } from './page-actions';
import type { ExtensionSession, SessionPage } from './session';

const CARD = ['district-lens-card', '.card'] as const;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** About 20 MB of UTF-8 (Chinese is three bytes a character) and a heartbeat that records the page's longest stall. */
function hugePage(): string {
  const heartbeat = `<script>
    let last = performance.now(), longest = 0;
    setInterval(() => { const now = performance.now(); longest = Math.max(longest, now - last); last = now; }, 20);
    window.longestStall = () => Math.round(longest);
  </script>`;
  return bigPage(fixtureParagraphs(), 7_000_000, '长三角区县新闻合集 20 MB').replace('</body>', `${heartbeat}</body>`);
}

/** The texts of the extension's highlights of one kind, sorted, read as the page can read them. */
async function sortedHighlightTexts(page: SessionPage, name: string): Promise<string[]> {
  return (await highlightTexts(page, name)).sort();
}

async function waitForHighlights(page: SessionPage, timeout = 15_000): Promise<void> {
  await page.waitForFunction(() => CSS.highlights.has('district-lens-official'), undefined, timeout);
}

/**
 * Pages that make life hard for an extension: the extension works (or steps aside cleanly) and
 * the page keeps working. The card is opened from the keyboard (Alt+Shift+N), which needs no
 * page-world API the hostile page may have broken.
 */
export function hostilePagesScenario(launch: () => Promise<ExtensionSession>): void {
  let session: ExtensionSession;
  let server: Awaited<ReturnType<typeof startFixtureServer>>;
  /** The same files from another port: another origin, for the cross-origin frame. */
  let otherSite: Awaited<ReturnType<typeof startFixtureServer>>;

  beforeAll(async () => {
    server = await startFixtureServer();
    otherSite = await startFixtureServer();
    const huge = hugePage();
    server.setRewrite((pathname, html) => (pathname === '/hostile/huge.html' ? huge : html));
    session = await launch();
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
    await otherSite?.close();
  });

  it("works on a page whose Content-Security-Policy is default-src 'none', card styles included", async () => {
    const page = await session.openPage(`${server.origin}/hostile/strict-csp.html`);
    await page.waitForFunction((name: string) => CSS.highlights.has(name), 'district-lens-official', 15_000);
    await page.pressAltShift('KeyN');
    await page.waitFor(CARD);
    expect(await page.text(CARD)).toMatch(/虹桥|宁波|裘东耀/u);
    // The card's own styles applied: not a transparent, unstyled box.
    const background = await page.evaluate(() => {
      const card = document.querySelector('district-lens-card')!.shadowRoot!.querySelector('.card')!;
      return getComputedStyle(card).backgroundColor;
    }, undefined);
    expect(background).not.toMatch(/^(transparent|rgba\(0, 0, 0, 0\))$/u);
    await page.screenshot(resultPath(`${session.name}-hostile-csp-card.png`));
    await page.close();
  });

  it('works on a page that broke Array, Node, Range, JSON, CSS, Highlight and MutationObserver in its own world', async () => {
    const page = await session.openPage(`${server.origin}/hostile/overwritten-builtins.html`);
    // The page's world cannot see the highlights any more (it replaced window.CSS), and the test
    // harness's own waiting needs the MutationObserver the page removed: poll with plain evaluates.
    const cardText = () =>
      page.evaluate(
        () => document.querySelector('district-lens-card')?.shadowRoot?.querySelector('.card')?.textContent ?? '',
        undefined,
      );
    let text = '';
    for (let tries = 0; tries < 30 && text === ''; tries++) {
      await page.pressAltShift('KeyN');
      await new Promise((resolve) => setTimeout(resolve, 500));
      text = await cardText();
    }
    expect(text).toMatch(/虹桥|宁波|裘东耀/u);
    expect(
      await page.evaluate(() => (window as unknown as { pageStillWorks(): boolean }).pageStillWorks(), undefined),
    ).toBe(true);
    await page.screenshot(resultPath(`${session.name}-hostile-builtins-card.png`));
    await page.close();
  });

  it('does nothing on a page that is not in Chinese: no highlight, no shadow host', async () => {
    const page = await session.openPage(`${server.origin}/hostile/non-chinese.html`);
    await sleep(2_000); // long past the first annotation of a Chinese page
    const seen = await page.evaluateAsPage(
      () => ({ highlights: CSS.highlights.size, hosts: document.querySelectorAll('[data-district-lens]').length }),
      undefined,
    );
    expect(seen).toEqual({ highlights: 0, hosts: 0 });
    await page.close();
  });

  it('highlights whole names next to emoji, rare astral characters and combining marks', async () => {
    const page = await session.openPage(`${server.origin}/hostile/astral-and-combining.html`);
    await waitForHighlights(page);
    expect(await sortedHighlightTexts(page, 'district-lens-official')).toEqual(['裘东耀', '闵师林']);
    expect(await sortedHighlightTexts(page, 'district-lens-city')).toEqual(
      expect.arrayContaining(['宁波', '嘉兴\u0301', '湖州', '苏州市', '南京市']),
    );
    // No highlight starts or ends inside a surrogate pair or before a mark that belongs to its last character.
    const cut = await page.evaluate(() => {
      const bad: string[] = [];
      for (const [, highlight] of CSS.highlights) {
        for (const painted of highlight as unknown as Iterable<AbstractRange>) {
          const range = document.createRange();
          range.setStart(painted.startContainer, painted.startOffset);
          range.setEnd(painted.endContainer, painted.endOffset);
          const after = (range.endContainer.textContent ?? '').slice(range.endOffset);
          const startText = range.startContainer.textContent ?? '';
          if (/^[\uDC00-\uDFFF]/u.test(startText.slice(range.startOffset)) || /^[\uDC00-\uDFFF\p{M}]/u.test(after)) {
            bad.push(range.toString());
          }
        }
      }
      return bad;
    }, undefined);
    expect(cut).toEqual([]);
    await hoverMention(page, 'district-lens-official', '裘东耀');
    await page.waitFor(CARD);
    expect(await page.text(CARD)).toContain('裘东耀');
    await page.close();
  });

  it('highlights names split across many inline elements as one mention with one card', async () => {
    const page = await session.openPage(`${server.origin}/hostile/split-names.html`);
    await waitForHighlights(page);
    expect(await sortedHighlightTexts(page, 'district-lens-official')).toEqual(['裘东耀', '闵师林']);
    expect(await sortedHighlightTexts(page, 'district-lens-platform')).toEqual(
      expect.arrayContaining(['虹桥商务区', '虹桥商务区', '进博会']),
    );
    expect(await sortedHighlightTexts(page, 'district-lens-city')).toEqual(expect.arrayContaining(['宁波', '宁波']));
    await hoverMention(page, 'district-lens-official', '闵师林');
    await page.waitFor(CARD);
    expect(await page.text(CARD)).toContain('闵师林');
    await page.close();
  });

  it('follows a page that re-renders its article every two seconds, without piling up highlights', async () => {
    const page = await session.openPage(`${server.origin}/hostile/rerender.html`);
    await waitForHighlights(page);
    const renders = () => page.evaluateAsPage(() => (window as unknown as { renders(): number }).renders(), undefined);
    const first = await renders();
    const countsThen = await page.evaluate(() => [...CSS.highlights.values()].map((h) => h.size), undefined);
    await page.waitForFunction(
      (from: number) => (window as unknown as { renders(): number }).renders() >= from + 2,
      first,
      10_000,
    );
    await sleep(800); // the annotator's debounce after the last re-render
    const state = await page.evaluate(
      () => ({
        counts: [...CSS.highlights.values()].map((h) => h.size),
        detached: [...CSS.highlights.values()]
          .flatMap((h) => [...(h as unknown as Iterable<AbstractRange>)])
          .filter((r) => !r.startContainer.isConnected).length,
      }),
      undefined,
    );
    expect(state).toEqual({ counts: countsThen, detached: 0 });
    await hoverMention(page, 'district-lens-official', '裘东耀');
    await page.waitFor(CARD);
    expect(await page.text(CARD)).toContain('裘东耀');
    expect(await renders()).toBeGreaterThan(first + 1);
    await page.close();
  });

  it('annotates text at the bottom of 1,000 nested elements', async () => {
    const page = await session.openPage(`${server.origin}/hostile/deep-nesting.html`);
    await waitForHighlights(page);
    expect(await sortedHighlightTexts(page, 'district-lens-official')).toEqual(['裘东耀', '闵师林']);
    expect(
      await page.evaluateAsPage(() => (window as unknown as { depth(): number }).depth(), undefined),
    ).toBeGreaterThan(1_000);
    await hoverMention(page, 'district-lens-official', '闵师林');
    await page.waitFor(CARD);
    expect(await page.text(CARD)).toContain('闵师林');
    await page.close();
  });

  it("annotates a frame of the site's own origin and leaves another site's frame alone", async () => {
    const otherPort = new URL(otherSite.origin).port;
    const page = await session.openPage(`${server.origin}/hostile/iframes.html?other=${otherPort}`);
    await page.waitForFunction(() => CSS.highlights.has('district-lens-city'), undefined, 15_000);
    type FrameReport = { origin: string; highlights: string[]; officials: string[]; hosts: number };
    const ask = (id: string) =>
      page.evaluateAsPage(
        (frame: string) => (window as unknown as { askFrame(id: string): Promise<FrameReport> }).askFrame(frame),
        id,
      );
    let same: FrameReport = await ask('same-origin');
    // Highlights come first and the extension's shadow hosts right after: wait for both.
    for (let waited = 0; (same.officials.length === 0 || same.hosts === 0) && waited < 15_000; waited += 250) {
      await sleep(250);
      same = await ask('same-origin');
    }
    expect(same).toMatchObject({ origin: server.origin, officials: ['裘东耀', '闵师林'] });
    expect(same.hosts).toBeGreaterThan(0);
    await sleep(1_500); // as long again for the other frame, which has the same text
    expect(await ask('cross-origin')).toEqual({ origin: otherSite.origin, highlights: [], officials: [], hosts: 0 });
    await page.close();
  });

  it('works on a 20 MB page and the page keeps running', async () => {
    const page = await session.openPage(`${server.origin}/hostile/huge.html`);
    await waitForHighlights(page, 60_000);
    await page.pressAltShift('KeyN');
    await page.waitFor(CARD, 15_000);
    const report = await page.evaluateAsPage(
      () => ({
        chars: document.body.textContent?.length ?? 0,
        longestStall: (window as unknown as { longestStall(): number }).longestStall(),
      }),
      undefined,
    );
    console.log(`${session.name}: 20 MB page, ${report.chars} characters, longest stall ${report.longestStall} ms`);
    expect(report.chars).toBeGreaterThan(6_900_000);
    // The page's own timer kept firing: no freeze. The stall includes the browser's own first layout
    // of 20 MB (about 600 ms in headless Chromium without the extension); budgets are the benchmark's.
    // Measured: 2.4–3.6 s in Firefox on an idle 2-core machine, 4.7–7.7 s when other work loads it;
    // Firefox ESR 140: 1.0–3.0 s at load 9–15, mostly the page's own first layout (it froze for 76 s
    // when the viewport painter deleted ranges one by one). The bound leaves room for a busy CI
    // machine while a frozen page still fails.
    expect(report.longestStall).toBeLessThan(10_000);
    await page.screenshot(resultPath(`${session.name}-hostile-huge-card.png`));
    await page.close();
  });
}
