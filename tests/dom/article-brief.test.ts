// @vitest-environment happy-dom
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Detector } from '../../lib/core/detection/detect';
import { annotatePage } from '../../lib/dom/annotate-page';
import { findArticleEvents, type ArticleEvent, type IsoDate } from '../../lib/core/brief';
import type { DetectedEntity } from '../../lib/core/entity';
import { MAX_BRIEF_TEXT, readPageBrief, readPageBriefSliced } from '../../lib/dom/article-brief';
import { PageAnnotator } from '../../lib/dom/page-annotator';
import {
  fixturePageNames,
  manualTimers,
  parsePage,
  readFixturePage,
  shippedDetector,
  stubHighlightApi,
} from './support/dom-helpers';

let shipped: Detector;
beforeAll(() => {
  shipped = shippedDetector();
});
afterEach(() => vi.unstubAllGlobals());

/** Puts a fixture page (head and body) into the test's document. */
function loadPage(name: string): void {
  const page = parsePage(readFixturePage(name));
  document.head.innerHTML = page.head.innerHTML;
  document.body.innerHTML = page.body.innerHTML;
}

describe("a page's brief", () => {
  it("reads the sample article's date and its signing with Ningbo, and reaches the sentence on the page", () => {
    stubHighlightApi();
    loadPage('hongqiao-yrd-cooperation.zh-Hans.html');
    const brief = readPageBrief(document, annotatePage(document, shipped));
    expect(brief.date).toEqual({ date: '2019-06-04', source: 'line' });
    const signing = brief.events.find((e) => e.kind === 'signing' && e.parties.some((p) => p.name === '宁波市'));
    expect(signing?.date).toBe('2019-05-28');
    expect(signing?.parties.map((p) => p.name)).toEqual(['虹桥国际中央商务区', '宁波市']);
    expect(brief.index.rangeFor(signing!.sentence)?.toString()).toMatch(/^5月28日,虹桥商务区管委会与宁波签订合作协议/u);
  });

  it('reads the same brief on the traditional mirror with inline pinyin, the sentence on its own text', () => {
    stubHighlightApi();
    loadPage('hongqiao-yrd-cooperation.zh-Hant-pinyin.html');
    const brief = readPageBrief(document, annotatePage(document, shipped));
    expect(brief.date?.date).toBe('2019-06-04');
    const signing = brief.events.find((e) => e.kind === 'signing' && e.parties.some((p) => p.name === '宁波市'));
    expect(signing?.date).toBe('2019-05-28');
    expect(brief.index.rangeFor(signing!.sentence)?.toString()).toMatch(/^5月28日,虹橋商務\(wù\)區/u);
  });

  it('reads the events of the article text as it is now when the page is read again', () => {
    stubHighlightApi();
    document.head.innerHTML = '<meta property="article:published_time" content="2019-06-04">';
    const page = (sentence: string) =>
      `<article><h1>长三角合作</h1><p>${sentence}</p><p>会场气氛热烈,与会者认真听取介绍,双方表示将进一步深化合作。</p></article>`;
    const signing = (brief: ReturnType<typeof readPageBrief>) =>
      brief.events.map((e) => `${e.kind} ${e.date} ${e.parties.map((p) => p.name).join(' ')}`);
    document.body.innerHTML = page('5月28日,苏州工业园区与宿迁市签订合作协议。');
    const first = signing(readPageBrief(document, annotatePage(document, shipped)));
    expect(first).toEqual(['signing 2019-05-28 苏州工业园区 宿迁市']);
    // The same text again (the page changed elsewhere), then another text.
    expect(signing(readPageBrief(document, annotatePage(document, shipped)))).toEqual(first);
    document.body.innerHTML = page('5月29日,虹桥商务区管委会与宁波签订合作协议。');
    expect(signing(readPageBrief(document, annotatePage(document, shipped)))).toEqual([
      'signing 2019-05-29 虹桥国际中央商务区 宁波市',
    ]);
  });

  it("reuses the annotator's read of a whole article root, and reads the root again once an update changed it", async () => {
    stubHighlightApi();
    loadPage('hongqiao-yrd-cooperation.zh-Hans.html');
    const timers = manualTimers();
    const annotator = new PageAnnotator(document, shipped, { scope: 'article', timers, onChange: () => {} });
    annotator.start();
    const first = annotator.annotation;
    expect(first.rootIndex?.text).toContain('5月28日,虹桥商务区管委会与宁波签订合作协议');
    const brief = readPageBrief(document, first);
    expect(brief.index).toBe(first.rootIndex);
    // The same brief as from a fresh read of the root.
    const { rootIndex: _reused, ...unreused } = first;
    const fresh = readPageBrief(document, unreused);
    expect(fresh.index).not.toBe(first.rootIndex);
    expect(brief.events).toEqual(fresh.events);
    expect(brief.events.length).toBeGreaterThan(0);
    // A paragraph added to the article is a chunk of its own: the root's first read no longer holds it all.
    const added = document.createElement('p');
    added.textContent = '6月3日,苏州工业园区与宿迁市签订合作协议。';
    first.root.append(added);
    await new Promise((resolve) => setTimeout(resolve, 0)); // the MutationObserver's callback
    timers.runAll(); // the debounced update
    expect(annotator.annotation).not.toBe(first);
    expect(annotator.annotation.rootIndex).toBeUndefined();
    const after = readPageBrief(document, annotator.annotation);
    expect(after.events.some((e) => e.kind === 'signing' && e.parties.some((p) => p.name === '宿迁市'))).toBe(true);
    annotator.stop();
  });

  it('reads no events from a text too long to be an article, but still its date', { timeout: 30_000 }, () => {
    stubHighlightApi();
    document.head.innerHTML = '<meta property="article:published_time" content="2024-01-02">';
    document.body.innerHTML = `<article><p>${'5月28日，苏州工业园区与宿迁市签订合作协议。'.repeat(MAX_BRIEF_TEXT / 20)}</p></article>`;
    const brief = readPageBrief(document, annotatePage(document, shipped));
    expect(brief.events).toEqual([]);
    expect(brief.date?.date).toBe('2024-01-02');
  });
});

describe("a page's brief read in slices", () => {
  /** The event finding of the background, here (the page's own search, as readPageBrief's). */
  const here = (text: string, entities: readonly DetectedEntity[], date: IsoDate | undefined) =>
    findArticleEvents(text, entities, date);
  /** Window timers with no slice longer than one step (every yield gives the thread back). */
  const timers = {
    setTimeout: (h: () => void, ms: number) => window.setTimeout(h, ms),
    clearTimeout: window.clearTimeout.bind(window),
  };

  it.each([
    'hongqiao-yrd-cooperation.zh-Hans.html',
    'hongqiao-yrd-cooperation.zh-Hant-pinyin.html',
    ...fixturePageNames().filter((n) => !n.startsWith('hongqiao')),
  ])('reads the brief readPageBrief reads on %s', async (name) => {
    stubHighlightApi();
    loadPage(name);
    const annotation = annotatePage(document, shipped);
    const whole = readPageBrief(document, annotation);
    const sliced = await readPageBriefSliced(document, annotation, { sliceMs: 0, timers, isCurrent: () => true }, here);
    expect(sliced?.date).toEqual(whole.date);
    expect(sliced?.events).toEqual(whole.events);
    expect(sliced?.index.text).toBe(whole.index.text);
  });

  it(
    'reads the same brief on a long article, in many slices, and none over MAX_BRIEF_TEXT',
    { timeout: 60_000 },
    async () => {
      stubHighlightApi();
      loadPage('hongqiao-yrd-cooperation.zh-Hans.html');
      const story = document.querySelector('p')!.parentElement!;
      const paragraphs = [...story.querySelectorAll('p')].map((p) => p.outerHTML).join('');
      story.insertAdjacentHTML('beforeend', paragraphs.repeat(20));
      const annotation = annotatePage(document, shipped);
      const setTimeout = vi.fn(timers.setTimeout);
      const sliced = await readPageBriefSliced(
        document,
        annotation,
        { sliceMs: 0, timers: { ...timers, setTimeout }, isCurrent: () => true },
        here,
      );
      expect(setTimeout.mock.calls.length).toBeGreaterThan(3);
      expect(sliced?.events).toEqual(readPageBrief(document, annotation).events);
      expect(sliced?.events.length).toBeGreaterThan(0);

      document.body.innerHTML = `<article><p>${'5月28日，苏州工业园区与宿迁市签订合作协议。'.repeat(MAX_BRIEF_TEXT / 20)}</p></article>`;
      const finder = vi.fn(here);
      const long = await readPageBriefSliced(
        document,
        annotatePage(document, shipped),
        { sliceMs: 20, timers, isCurrent: () => true },
        finder,
      );
      expect(long?.events).toEqual([]);
      expect(finder).not.toHaveBeenCalled();
    },
  );

  it('gives no brief once the annotation is stale: between slices, or when the events come back', async () => {
    stubHighlightApi();
    loadPage('hongqiao-yrd-cooperation.zh-Hans.html');
    const annotation = annotatePage(document, shipped);
    let current = true;
    const manual = manualTimers();
    const finder = vi.fn(here);
    const reading = readPageBriefSliced(
      document,
      annotation,
      { sliceMs: 0, timers: manual, isCurrent: () => current },
      finder,
    );
    current = false; // the page was annotated again before the next slice
    manual.runAll();
    expect(await reading).toBeUndefined();
    expect(finder).not.toHaveBeenCalled();

    current = true;
    let answer: ((events: ArticleEvent[]) => void) | undefined;
    const late = readPageBriefSliced(
      document,
      annotation,
      { sliceMs: 1000, timers, isCurrent: () => current },
      () => new Promise<ArticleEvent[]>((resolve) => (answer = resolve)),
    );
    await vi.waitFor(() => expect(answer).toBeDefined());
    current = false; // the answer comes after the page changed
    answer!(readPageBrief(document, annotation).events);
    expect(await late).toBeUndefined();
  });
});
