import { afterAll, beforeAll, expect, it } from 'vitest';
import { SAMPLE_ARTICLE, startFixtureServer } from '../../../scripts/fixture-server.mjs';
import { resultPath } from './extension-paths';
import { hoverMention } from './page-actions';
import type { ExtensionSession, SessionPage } from './session';

const CARD = ['district-lens-card', '.card'] as const;

/** Lets the card's short opening animation finish before a screenshot. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 300));
const HIGHLIGHT_NAMES = [
  'district-lens-city',
  'district-lens-platform',
  'district-lens-official',
  'district-lens-region',
];

interface HighlightReport {
  name: string;
  texts: string[];
  outsideArticle: number;
  inForbiddenPlace: number;
}

/** Reads the extension's highlights from the page's own registry (the page shares it). */
function readHighlights(page: SessionPage): Promise<HighlightReport[]> {
  return page.evaluate((names: string[]) => {
    const forbidden =
      'nav, aside, header, footer, script, style, input, textarea, [contenteditable], #comments, #related';
    return names.map((name) => {
      const ranges = [...((CSS.highlights.get(name) as Iterable<AbstractRange> | undefined) ?? [])].map((r) => {
        const live = document.createRange();
        live.setStart(r.startContainer, r.startOffset);
        live.setEnd(r.endContainer, r.endOffset);
        return live;
      });
      const elementOf = (range: Range) => {
        const node = range.commonAncestorContainer;
        return node.nodeType === 1 ? (node as Element) : node.parentElement;
      };
      return {
        name,
        texts: ranges.map((r) => r.toString()),
        outsideArticle: ranges.filter((r) => !elementOf(r)?.closest('#story')).length,
        inForbiddenPlace: ranges.filter((r) => elementOf(r)?.closest(forbidden)).length,
      };
    });
  }, HIGHLIGHT_NAMES);
}

/**
 * The foundation's user journey on the sample article, in one browser: highlights in the article
 * only, a card on hover, a saved note on the notes page, and a JSON export containing it.
 */
export function sampleArticleScenario(launch: () => Promise<ExtensionSession>): void {
  let session: ExtensionSession;
  let server: Awaited<ReturnType<typeof startFixtureServer>>;
  let article: SessionPage;
  const noteBody = `签约宁波 — e2e note ${Date.now()}`;

  beforeAll(async () => {
    server = await startFixtureServer();
    session = await launch();
    article = await session.openPage(`${server.origin}/${SAMPLE_ARTICLE}`);
    await article.waitForFunction((name: string) => CSS.highlights.has(name), 'district-lens-official', 15_000);
  });

  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  it('highlights cities, platforms and officials in the article, nowhere else', async () => {
    const report = await readHighlights(article);
    const byName = Object.fromEntries(report.map((r) => [r.name, r]));
    expect(byName['district-lens-city']!.texts).toEqual(expect.arrayContaining(['宁波', '嘉兴', '合肥', '慈溪']));
    expect(byName['district-lens-platform']!.texts).toEqual(expect.arrayContaining(['虹桥商务区', '进博会', '京东']));
    expect(byName['district-lens-official']!.texts).toEqual(
      expect.arrayContaining(['裘东耀', '闵师林', '鲁俊', '徐方']),
    );
    for (const r of report) {
      expect(r.outsideArticle, `${r.name} outside the article`).toBe(0);
      expect(r.inForbiddenPlace, `${r.name} in nav/aside/script/style/form fields`).toBe(0);
    }
  });

  it('highlights the traditional, pinyin-garbled mirror of the article with the same entities', async () => {
    const mirror = await session.openPage(`${server.origin}/hongqiao-yrd-cooperation.zh-Hant-pinyin.html`);
    await mirror.waitForFunction((name: string) => CSS.highlights.has(name), 'district-lens-official', 15_000);
    const byName = Object.fromEntries((await readHighlights(mirror)).map((r) => [r.name, r]));
    // Ranges cover the page's own text, pinyin annotations inside a name included.
    expect(byName['district-lens-official']!.texts).toEqual(
      expect.arrayContaining(['裘東耀', '閔師林', '魯俊', '徐方']),
    );
    expect(byName['district-lens-city']!.texts).toEqual(expect.arrayContaining(['寧波', '嘉興', '蘇州']));
    expect(byName['district-lens-platform']!.texts).toEqual(
      expect.arrayContaining(['上海虹橋商務(wù)區', '進(jìn)博會', '寧波杭州灣新區']),
    );
    await hoverMention(mirror, 'district-lens-official', '裘東耀');
    await mirror.waitFor(CARD);
    expect(await mirror.text(CARD)).toContain('裘东耀');
    await settle();
    await mirror.screenshot(resultPath(`${session.name}-traditional-card.png`));
    await mirror.close();
  });

  it("leaves the article's DOM exactly as the page served it", async () => {
    const same = await article.evaluate(async () => {
      const served = new DOMParser().parseFromString(await (await fetch(location.href)).text(), 'text/html');
      return served.querySelector('#story')!.innerHTML === document.querySelector('#story')!.innerHTML;
    }, undefined);
    expect(same).toBe(true);
  });

  it('leaves the whole page as served: body, attributes, scripts, styles, form fields, editable text', async () => {
    const report = await article.evaluate(async () => {
      /** Every node's name, attributes and text, and form fields' live values; the extension's host left out. */
      const serialize = (root: Node): string => {
        const out: string[] = [];
        const walk = (node: Node) => {
          if (node.nodeType === 1) {
            const element = node as Element;
            if (element.hasAttribute('data-district-lens')) return;
            const attributes = [...element.attributes].map((a) => `${a.name}=${a.value}`).join(' ');
            const value = 'value' in element ? ` value=${String((element as HTMLInputElement).value)}` : '';
            out.push(`<${element.tagName} ${attributes}${value}>`);
          } else if (node.nodeType === 3) out.push(`#${(node as Text).data}`);
          for (const child of node.childNodes) walk(child);
        };
        walk(root);
        return out.join('\n');
      };
      const served = new DOMParser().parseFromString(await (await fetch(location.href)).text(), 'text/html');
      return {
        same:
          serialize(document.head) === serialize(served.head) && serialize(document.body) === serialize(served.body),
        hosts: [...document.querySelectorAll('[data-district-lens]')].map((host) =>
          host.parentElement === document.body ? host.tagName.toLowerCase() : 'misplaced',
        ),
        channel: (window as unknown as { __channel?: string }).__channel,
      };
    }, undefined);
    expect(report.same).toBe(true);
    // Only the extension's own shadow hosts (card, drawer) are added, at the end of <body>.
    expect(report.hosts.sort()).toEqual(['district-lens-card', 'district-lens-panel']);
    expect(report.channel).toBe('宁波'); // the page's own script state is untouched
  });

  it('gives the page its own text when the reader selects, copies or finds a highlighted paragraph', async () => {
    const result = await article.evaluate(() => {
      const paragraph = [...document.querySelectorAll('#story p')].find((p) => p.textContent!.includes('裘东耀'))!;
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      const range = document.createRange();
      range.selectNodeContents(paragraph);
      selection.addRange(range);
      const selected = selection.toString();
      selection.removeAllRanges();
      const finder = window as unknown as { find?: (text: string) => boolean };
      const found = finder.find ? finder.find('宁波市长裘东耀') : true;
      window.getSelection()!.removeAllRanges();
      return { same: selected === paragraph.textContent, found };
    }, undefined);
    expect(result).toEqual({ same: true, found: true });
  });

  it('copies and pastes the page’s own text of a highlighted paragraph with the keyboard', async () => {
    const original = await article.evaluate(() => {
      const paragraph = [...document.querySelectorAll('#story p')].find((p) => p.textContent!.includes('裘东耀'))!;
      const range = document.createRange();
      range.selectNodeContents(paragraph);
      window.getSelection()!.removeAllRanges();
      window.getSelection()!.addRange(range);
      return paragraph.textContent!;
    }, undefined);
    await article.pressControl('KeyC');
    // Paste into a scratch field (added now, removed after: the page-untouched checks ran before).
    await article.evaluate(() => {
      window.getSelection()!.removeAllRanges();
      const field = document.createElement('textarea');
      field.id = 'district-lens-e2e-paste';
      document.body.append(field);
      field.focus();
    }, undefined);
    await article.pressControl('KeyV');
    const pasted = await article.evaluate(() => {
      const field = document.getElementById('district-lens-e2e-paste') as HTMLTextAreaElement;
      const value = field.value;
      field.remove();
      return value;
    }, undefined);
    const squeeze = (text: string) => text.replace(/\s+/gu, ' ').trim();
    expect(squeeze(pasted)).toBe(squeeze(original));
  });

  it('shows a card naming the official and the role when the pointer rests on the name', async () => {
    await hoverMention(article, 'district-lens-official', '裘东耀');
    await article.waitFor(CARD);
    const text = await article.text(CARD);
    expect(text).toContain('裘东耀');
    expect(text).toContain('市长');
    await settle();
    await article.screenshot(resultPath(`${session.name}-card.png`));
  });

  it("keeps the extension's shadow hosts out of the page's layout", async () => {
    const positions = await article.evaluate(
      () => [...document.querySelectorAll('[data-district-lens]')].map((host) => getComputedStyle(host).position),
      undefined,
    );
    expect(positions.length).toBeGreaterThan(0);
    expect(new Set(positions)).toEqual(new Set(['fixed']));
  });

  it('closes the card on Escape', async () => {
    await article.press('Escape');
    await article.waitForGone(CARD);
  });

  it('saves a note from the card, lists it on the notes page and exports it as JSON', async () => {
    await hoverMention(article, 'district-lens-official', '裘东耀');
    await article.waitFor(CARD);
    await article.fill(['district-lens-card', 'textarea'], noteBody);
    await article.click(['district-lens-card', '.card__save']);
    await article.waitForFunction(
      () => document.querySelector('district-lens-card')?.shadowRoot?.textContent?.includes('Saved') ?? false,
      undefined,
    );

    const notes = await session.openExtensionPage('/notes.html', '.library-note');
    const listed = await notes.text(['.library-note']);
    expect(listed).toContain(noteBody);
    expect(listed).toContain('裘东耀');
    await notes.screenshot(resultPath(`${session.name}-notes.png`));

    await notes.click(['details.library-export > summary']);
    const file = await session.download(() => notes.click(['.library-export__format[data-format=json]']));
    expect(file.fileName).toMatch(/^district-lens-notes-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = JSON.parse(file.text) as { format: string; notes: { body: string; entityName: string }[] };
    expect(exported.format).toBe('district-lens-notes');
    expect(exported.notes).toEqual([expect.objectContaining({ body: noteBody, entityName: '裘东耀' })]);

    // CSV for Excel: a byte-order mark first, so Chinese opens correctly.
    await notes.click(['details.library-export > summary']);
    const csv = await session.download(() => notes.click(['.library-export__format[data-format=csv]']));
    expect(csv.fileName).toMatch(/^district-lens-notes-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(csv.text.charCodeAt(0)).toBe(0xfeff);
    expect(csv.text).toContain(noteBody);
  });

  it("keeps the reader's note and the card out of reach of the page's scripts", async () => {
    const again = await session.openPage(`${server.origin}/${SAMPLE_ARTICLE}`);
    // Only page-world reads on this tab until the probe: the harness's helpers would expose the roots.
    for (let waited = 0; !(await again.evaluateAsPage(() => CSS.highlights.has('district-lens-official'), 0));) {
      if ((waited += 100) > 15_000) throw new Error('no highlights');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await hoverMention(again, 'district-lens-official', '裘东耀');
    await new Promise((resolve) => setTimeout(resolve, 1_000)); // dwell, open, fetch the notes

    // What a page script can find while the card shows the note: the hosts, but not inside them.
    const probe = await again.evaluateAsPage((note: string) => {
      const texts: string[] = [];
      const walk = (root: Document | ShadowRoot) => {
        for (const element of root.querySelectorAll('*')) {
          texts.push(element.textContent ?? '', ...[...element.attributes].map((a) => a.value));
          if (element.shadowRoot) walk(element.shadowRoot);
        }
      };
      walk(document);
      const hosts = [...document.querySelectorAll('[data-district-lens]')];
      return {
        hosts: hosts.map((h) => h.localName).sort(),
        readableRoots: hosts.filter((h) => h.shadowRoot !== null).length,
        noteFound: texts.some((t) => t.includes(note)) || document.body.innerText.includes(note),
        privilegedAccessor: 'openOrClosedShadowRoot' in Element.prototype,
      };
    }, noteBody);
    expect(probe).toEqual({
      hosts: ['district-lens-card', 'district-lens-panel'],
      readableRoots: 0,
      noteFound: false,
      privilegedAccessor: false,
    });

    // The card was showing the note all along (read through the driver's privileged protocol).
    expect(await again.text(CARD)).toContain(noteBody);
    await again.close();
  });
}
