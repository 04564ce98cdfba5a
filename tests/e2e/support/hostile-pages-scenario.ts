import { afterAll, beforeAll, expect, it } from 'vitest';
import { startFixtureServer } from '../../../scripts/fixture-server.mjs';
import { resultPath } from './extension-paths';
import type { ExtensionSession } from './session';

const CARD = ['district-lens-card', '.card'] as const;

/**
 * Pages that make life hard for an extension: the extension works (or steps aside cleanly) and
 * the page keeps working. The card is opened from the keyboard (Alt+Shift+N), which needs no
 * page-world API the hostile page may have broken.
 */
export function hostilePagesScenario(launch: () => Promise<ExtensionSession>): void {
  let session: ExtensionSession;
  let server: Awaited<ReturnType<typeof startFixtureServer>>;

  beforeAll(async () => {
    server = await startFixtureServer();
    session = await launch();
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
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
}
