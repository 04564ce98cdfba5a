import { afterAll, beforeAll, expect, it } from 'vitest';
import { SAMPLE_ARTICLE, startFixtureServer } from '../../../scripts/fixture-server.mjs';
import { resultPath } from './extension-paths';
import { chooseImportFile, hoverMention } from './page-actions';
import type { ExtensionSession, SessionPage } from './session';

const CARD = ['district-lens-card', '.card'] as const;

/** 虹桥商务区 (虹桥国际中央商务区) and 宁波, the sides of the sample article's signing. */
const HONGQIAO = 'platform:hongqiao-cbd';
const NINGBO = 'city:330200';
/** The signing of 5月28日 as a brief line (English or Chinese interface) … */
const SIGNING_LINE = /(2019-05-28|5月28日) · (Signing|签约) · 虹桥国际中央商务区 ↔ 宁波市 · 合作协议/u;
/** … and in an entity's events over time, where the day is always ISO. */
const SIGNING_IN_PROFILE = /2019-05-28 · (Signing|签约) · 虹桥国际中央商务区 ↔ 宁波市 · 合作协议/u;

/** The sentence the note on the second 闵师林 quotes; the last step removes it from the page. */
const QUOTED_SENTENCE = '闵师林要求运营单位要抓紧项目推进,确保6月底完工,9月底正式投入使用,并初步形成示范效应。';

/** "The same article, a day later": other ads between the paragraphs, another menu and sidebar. */
function withNewAdsAndMenus(_pathname: string, html: string): string {
  return html
    .replace(/<p>/gu, '<div class="ad">推荐阅读：闵师林调研虹桥商务区 宁波市长裘东耀会见客商</div><p>')
    .replace(/<nav id="site-nav">[\s\S]*?<\/nav>/u, '<nav id="site-nav"><a href="#">要闻</a><a href="#">嘉兴</a></nav>')
    .replace(/<aside id="related">/u, '<aside id="related"><p>闵师林：推进示范效应。裘东耀指出。</p>');
}

/** The article with the quoted sentence edited away (and the new ads). */
function withoutQuotedSentence(pathname: string, html: string): string {
  return withNewAdsAndMenus(pathname, html.replace(QUOTED_SENTENCE, ''));
}

/** The mentions under the noted marker: their text and the paragraph each stands in. */
function notedMentions(page: SessionPage): Promise<{ text: string; paragraph: string }[]> {
  return page.evaluate(
    () =>
      [...((CSS.highlights.get('district-lens-noted') as Iterable<Range> | undefined) ?? [])].map((range) => ({
        text: range.toString(),
        paragraph: range.startContainer.parentElement?.closest('p, div, li')?.textContent ?? '',
      })),
    undefined,
  );
}

/** Waits until the noted marker covers exactly `count` mentions. */
function waitForNoted(page: SessionPage, count: number): Promise<void> {
  return page.waitForFunction(
    (want: number) =>
      [...((CSS.highlights.get('district-lens-noted') as Set<Range> | undefined) ?? [])].length === want,
    count,
    15_000,
  );
}

/** Hovers a mention, writes `body` in its card and saves it; waits for "Saved". */
async function saveNoteOn(page: SessionPage, text: string, nth: number, body: string): Promise<void> {
  await hoverMention(page, 'district-lens-official', text, nth);
  await page.waitFor(CARD);
  await page.fill(['district-lens-card', '.card__note textarea'], body);
  await page.click(['district-lens-card', '.card__save']);
  await page.waitForFunction(
    () => document.querySelector('district-lens-card')?.shadowRoot?.textContent?.includes('Saved') ?? false,
    undefined,
  );
  await page.press('Escape');
  await page.waitForGone(CARD);
}

/** The text of the card note whose body contains `body`, once the card has loaded it. */
async function cardNoteText(page: SessionPage, body: string): Promise<string> {
  const read = (wanted: string) => {
    const notes = document.querySelector('district-lens-card')?.shadowRoot?.querySelectorAll('.note') ?? [];
    return [...notes].find((n) => n.textContent?.includes(wanted))?.textContent ?? '';
  };
  const shown = (wanted: string) =>
    [...(document.querySelector('district-lens-card')?.shadowRoot?.querySelectorAll('.note') ?? [])].some(
      (n) => n.textContent?.includes(wanted) ?? false,
    );
  await page.waitForFunction(shown, body, 10_000).catch(() => undefined);
  return page.evaluate(read, body);
}

/**
 * Notes that are never lost, in one browser: notes saved on mentions re-attach on a revisit,
 * also after the page changed around the article; a note whose sentence was removed shows as an
 * orphan, never on another mention.
 */
export function notesScenario(
  launch: () => Promise<ExtensionSession>,
  /** A second browser with a fresh profile (Firefox: a dark one, so the library is seen in dark). */
  launchFresh: () => Promise<ExtensionSession> = launch,
): void {
  let session: ExtensionSession;
  let fresh: ExtensionSession | undefined;
  /** The JSON export of the first profile, imported into the fresh one. */
  let exportedJson = '';
  let server: Awaited<ReturnType<typeof startFixtureServer>>;
  let url: string;
  const stamp = Date.now();
  const onQiu = `裘东耀 note ${stamp}`;
  const onMin = `闵师林 second mention note ${stamp}`;

  beforeAll(async () => {
    server = await startFixtureServer();
    session = await launch();
    url = `${server.origin}/${SAMPLE_ARTICLE}`;
  });

  afterAll(async () => {
    await session?.close();
    await fresh?.close();
    await server?.close();
  });

  /** Opens the article in a new tab, as a reader coming back to it, and waits for the highlights. */
  async function revisit(): Promise<SessionPage> {
    const page = await session.openPage(url);
    await page.waitForFunction((name: string) => CSS.highlights.has(name), 'district-lens-official', 15_000);
    return page;
  }

  it('re-attaches notes saved on mentions when the reader comes back', async () => {
    const first = await revisit();
    await saveNoteOn(first, '裘东耀', 0, onQiu);
    await saveNoteOn(first, '闵师林', 1, onMin);
    await waitForNoted(first, 2);
    await first.close();

    const again = await revisit();
    await waitForNoted(again, 2);
    const noted = await notedMentions(again);
    expect(noted.map((n) => n.text).sort()).toEqual(['裘东耀', '闵师林']);
    expect(noted.find((n) => n.text === '闵师林')?.paragraph).toContain('要求运营单位');
    await hoverMention(again, 'district-lens-official', '闵师林', 1);
    await again.waitFor(CARD);
    expect(await cardNoteText(again, onMin)).toContain('On this mention');
    await new Promise((resolve) => setTimeout(resolve, 300)); // let the card's fade-in finish
    await again.screenshot(resultPath(`${session.name}-note-reattached.png`));
    await again.close();
  });

  it('re-attaches them when ads, menus and sidebars around the article changed', async () => {
    server.setRewrite(withNewAdsAndMenus);
    const changed = await revisit();
    await waitForNoted(changed, 2);
    const noted = await notedMentions(changed);
    expect(noted.map((n) => n.text).sort()).toEqual(['裘东耀', '闵师林']);
    const min = noted.find((n) => n.text === '闵师林')!;
    expect(min.paragraph).toContain('要求运营单位');
    expect(min.paragraph).not.toContain('推荐阅读');
    await changed.close();
  });

  it('shows a note whose sentence was removed as an orphan, on no mention', async () => {
    server.setRewrite(withoutQuotedSentence);
    const edited = await revisit();
    await waitForNoted(edited, 1);
    expect((await notedMentions(edited)).map((n) => n.text)).toEqual(['裘东耀']);
    await hoverMention(edited, 'district-lens-official', '闵师林', 0);
    await edited.waitFor(CARD);
    const orphan = await cardNoteText(edited, onMin);
    expect(orphan).toContain('Its sentence is no longer on this page');
    expect(orphan).toContain(QUOTED_SENTENCE);
    await new Promise((resolve) => setTimeout(resolve, 300)); // let the card's fade-in finish
    await edited.screenshot(resultPath(`${session.name}-note-orphan.png`));
    await edited.close();
    server.setRewrite(undefined);
  });

  it('lists the notes in the library with their sentences, in light and dark', async () => {
    const library = await session.openExtensionPage('/notes.html', '.library-note');
    await library.waitForFunction(() => document.querySelectorAll('.library-note').length === 2, undefined);
    const minNote = await library.evaluate(
      (body: string) =>
        [...document.querySelectorAll('.library-note')].find((n) => n.textContent?.includes(body))?.textContent ?? '',
      onMin,
    );
    expect(minNote).toContain(QUOTED_SENTENCE);
    for (const scheme of session.colorSchemes) {
      await library.emulateDarkMode(scheme === 'dark');
      await library.screenshot(resultPath(`${session.name}-library-${scheme}.png`));
    }
    if (session.colorSchemes.includes('dark')) await library.emulateDarkMode(false);
    await library.close();
  });

  it("shows an entity's events from the articles read, in its library profile", async () => {
    // Read the article (its visit, with the brief, is recorded once the page settles), then open the library.
    const article = await revisit();
    const library = await session.openExtensionPage('/notes.html', '.library-note');
    const briefRecorded = () =>
      library.evaluate(async () => {
        // Firefox answers `browser.runtime` with promises; Chromium's `chrome.runtime` does too.
        type Runtime = { runtime: { sendMessage(m: object): Promise<unknown> } };
        const api = globalThis as unknown as { browser?: Runtime; chrome: Runtime };
        const runtime = (api.browser ?? api.chrome).runtime;
        const reply = (await runtime.sendMessage({ type: 'articles:list' })) as {
          value?: { date?: string; events?: unknown[] }[];
        };
        return (reply.value ?? []).some((a) => a.date === '2019-06-04' && (a.events?.length ?? 0) > 0);
      }, undefined);
    for (let waited = 0; !(await briefRecorded()) && waited < 15_000; waited += 250) {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    await article.close();
    const id = await library.evaluate((body: string) => {
      const note = [...document.querySelectorAll('.library-note')].find((n) => n.textContent?.includes(body));
      return note?.getAttribute('data-note-id') ?? '';
    }, onQiu);
    await library.click([`.library-note[data-note-id="${id}"] .library-note__entity`]);
    await library.waitFor(['.library-profile__events'], 10_000);
    // 座谈会上，宁波市长裘东耀指出… : a meeting where he speaks, in the article of 2019-06-04.
    expect(await library.text(['.library-profile__events'])).toMatch(/2019-06-04 · (Meeting|会议会见) · 裘东耀/u);
    await library.close();
  });

  it('opens the library page of 虹桥商务区, met in the article without a note, and exports the article brief', async () => {
    const library = await session.openExtensionPage('/notes.html', '.library-note');
    // The search finds the entities of the articles read, by any of their names.
    await library.fill(['#library-search-input'], '虹桥商务区');
    await library.waitFor([`section.library-seen button.library-entity[data-entity-id="${HONGQIAO}"]`], 10_000);
    await library.click([`section.library-seen button.library-entity[data-entity-id="${HONGQIAO}"]`]);
    await library.waitFor([`.library-profile__card[data-entity-id="${HONGQIAO}"] .library-profile__events`], 10_000);
    expect(await library.text(['.library-profile__events'])).toMatch(SIGNING_IN_PROFILE);
    expect(await library.text(['.library-profile__met'])).toContain('宁波市');
    expect(await library.text(['.library-profile__articles'])).toMatch(/2019/u);
    for (const scheme of session.colorSchemes) {
      await library.emulateDarkMode(scheme === 'dark');
      await library.screenshot(resultPath(`${session.name}-entity-profile-${scheme}.png`));
    }
    if (session.colorSchemes.includes('dark')) await library.emulateDarkMode(false);

    // By article: the article's brief, its entities opening their pages, and its Markdown.
    await library.click(['#library-search-input']);
    await library.press('Escape'); // clears the search
    await library.click(['input[name=library-group-by][value=article]']);
    await library.waitFor(['.library-brief .library-brief__event'], 10_000);
    expect(await library.text(['.library-brief'])).toMatch(SIGNING_LINE);
    await library.click([`.library-brief__entities button.library-entity[data-entity-id="${NINGBO}"]`]);
    await library.waitFor([`.library-profile__card[data-entity-id="${NINGBO}"] .library-profile__events`], 10_000);
    expect(await library.text(['.library-profile__events'])).toMatch(SIGNING_IN_PROFILE);
    await library.screenshot(resultPath(`${session.name}-library-briefs-light.png`));

    const brief = await session.download(() => library.click(['.library-brief__export']));
    expect(brief.fileName).toMatch(/^district-lens-brief-2019-06-04-.*\.md$/u);
    expect(brief.text).toContain(url);
    expect(brief.text).toMatch(SIGNING_LINE);
    await library.click(['details.library-export > summary']);
    const all = await session.download(() => library.click(['.library-export__format[data-format=briefs]']));
    expect(all.text).toMatch(SIGNING_LINE);
    await library.close();
  });

  it('opens the article at the mention from the library, with its card', async () => {
    const library = await session.openExtensionPage('/notes.html', '.library-note');
    const open = await library.evaluate((body: string) => {
      const note = [...document.querySelectorAll('.library-note')].find((n) => n.textContent?.includes(body));
      return note?.getAttribute('data-note-id') ?? '';
    }, onQiu);
    const article = await session.waitForNewPage(url, () =>
      library.click([`.library-note[data-note-id="${open}"] .library-note__open`]),
    );
    await article.waitFor(CARD, 15_000);
    expect(await article.text(CARD)).toContain('裘东耀');
    expect(await cardNoteText(article, onQiu)).toContain('On this mention');
    await article.close();
    await library.close();
  });

  it('exports the notes as JSON, Markdown, CSV and Web Annotation with their anchors', async () => {
    const library = await session.openExtensionPage('/notes.html', '.library-note');
    const exportAs = async (format: string) => {
      await library.click(['details.library-export > summary']);
      return session.download(() => library.click([`.library-export__format[data-format=${format}]`]));
    };

    const json = await exportAs('json');
    exportedJson = json.text;
    const data = JSON.parse(json.text) as {
      version: number;
      notes: { body: string; anchor: { exact: string; sentence: string } | null }[];
    };
    expect(data.version).toBe(4);
    expect(data.notes).toHaveLength(2);
    const min = data.notes.find((n) => n.body === onMin)!;
    expect(min.anchor).toMatchObject({ exact: '闵师林', sentence: QUOTED_SENTENCE });

    const markdown = await exportAs('markdown');
    expect(markdown.fileName).toMatch(/\.md$/u);
    expect(markdown.text).toContain(onMin);
    expect(markdown.text).toContain('要求运营单位要抓紧项目推进');
    expect(markdown.text).toContain(url);

    const csv = await exportAs('csv');
    expect(csv.text.charCodeAt(0)).toBe(0xfeff);
    expect(csv.text).toContain(onQiu);
    expect(csv.text).toContain(QUOTED_SENTENCE);

    const annotations = await exportAs('web-annotation');
    const collection = JSON.parse(annotations.text) as { first?: { items: unknown[] }; items?: unknown[] };
    const text = JSON.stringify(collection);
    expect(text).toContain('TextQuoteSelector');
    expect(text).toContain('TextPositionSelector');
    expect(text).toContain(onMin);
    await library.close();
  });

  it('imports the JSON export into a fresh profile and shows the same library, byte for byte', async () => {
    await session.close();
    fresh = await launchFresh();
    const library = await fresh.openExtensionPage('/notes.html', 'section.import');
    await chooseImportFile(library, exportedJson);
    expect(await library.text(['.import__preview'])).toContain('2 new');
    expect(await library.text(['.import__briefs'])).toMatch(/Article briefs \(dates and events\): 1 — 1 new/u);
    await library.click(['.import__actions .button']);
    await library.waitForFunction(() => document.querySelectorAll('.library-note').length === 2, undefined, 15_000);
    await library.screenshot(resultPath(`${fresh.name}-library-imported-${fresh.colorSchemes[0]}.png`));

    await library.click(['details.library-export > summary']);
    const again = await fresh.download(() => library.click(['.library-export__format[data-format=json]']));
    const withoutStamp = (text: string) => text.replace(/"exportedAt": "[^"]*"/u, '"exportedAt": ""');
    expect(withoutStamp(again.text)).toBe(withoutStamp(exportedJson));
  });
  it('gives the fresh profile the same brief: the page of 虹桥商务区 shows the signing with 宁波', async () => {
    const library = await fresh!.openExtensionPage('/notes.html', '.library-note');
    await library.fill(['#library-search-input'], '虹桥商务区');
    await library.waitFor([`section.library-seen button.library-entity[data-entity-id="${HONGQIAO}"]`], 10_000);
    await library.click([`section.library-seen button.library-entity[data-entity-id="${HONGQIAO}"]`]);
    await library.waitFor([`.library-profile__card[data-entity-id="${HONGQIAO}"] .library-profile__events`], 10_000);
    expect(await library.text(['.library-profile__events'])).toMatch(SIGNING_IN_PROFILE);
    await library.screenshot(resultPath(`${fresh!.name}-entity-profile-imported-${fresh!.colorSchemes[0]}.png`));
    await library.close();
  });
}
