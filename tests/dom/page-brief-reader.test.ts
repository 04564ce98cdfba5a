// @vitest-environment happy-dom
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createPageBriefReader } from '../../entrypoints/content/page-brief';
import { findArticleEvents, type ArticleEvent } from '../../lib/core/brief';
import type { Detector } from '../../lib/core/detection/detect';
import { annotatePage } from '../../lib/dom/annotate-page';
import { readPageBrief } from '../../lib/dom/article-brief';
import { parsePage, readFixturePage, shippedDetector, stubHighlightApi } from './support/dom-helpers';

let shipped: Detector;
beforeAll(() => {
  shipped = shippedDetector();
});
afterEach(() => vi.unstubAllGlobals());

const timers = {
  setTimeout: (h: () => void, ms: number) => window.setTimeout(h, ms),
  clearTimeout: (id: number) => window.clearTimeout(id),
};

/** An event finder whose answers wait until the test gives them, in the order asked. */
function deferredFinder() {
  const asked: { text: string; answer: () => void }[] = [];
  const finder = vi.fn(
    (...[text, entities, date]: Parameters<typeof findArticleEvents>) =>
      new Promise<ArticleEvent[]>((resolve) => {
        asked.push({ text, answer: () => resolve(findArticleEvents(text, entities, date)) });
      }),
  );
  return { finder, asked };
}

function loadSample(): void {
  stubHighlightApi();
  const page = parsePage(readFixturePage('hongqiao-yrd-cooperation.zh-Hans.html'));
  document.head.innerHTML = page.head.innerHTML;
  document.body.innerHTML = page.body.innerHTML;
}

describe('the page’s brief reader', () => {
  it('settles on the brief read in one task, then gives that one without reading again', async () => {
    loadSample();
    const annotation = annotatePage(document, shipped);
    const { finder, asked } = deferredFinder();
    const briefOf = createPageBriefReader(document, finder);
    const settling = briefOf.settled(annotation, { timers, isCurrent: () => true });
    expect(briefOf.settled(annotation, { timers, isCurrent: () => true })).toBe(settling); // one read at a time
    await vi.waitFor(() => expect(asked).toHaveLength(1));
    asked[0]!.answer();
    const brief = await settling;
    expect(brief?.events).toEqual(readPageBrief(document, annotation).events);
    expect(brief?.date?.date).toBe('2019-06-04');
    expect(briefOf(annotation)).toBe(brief);
    expect(await briefOf.settled(annotation, { timers, isCurrent: () => true })).toBe(brief);
    expect(finder).toHaveBeenCalledTimes(1);
  });

  it('drops a stale answer: the brief of a newer annotation is not overwritten by an older one', async () => {
    loadSample();
    const older = annotatePage(document, shipped);
    const { finder, asked } = deferredFinder();
    const briefOf = createPageBriefReader(document, finder);
    const settling = briefOf.settled(older, { timers, isCurrent: () => true });
    await vi.waitFor(() => expect(asked).toHaveLength(1));
    // The page changes and is annotated again before the background answers.
    document.querySelector('p')!.textContent = '5月29日,苏州工业园区与宿迁市签订合作协议。';
    const newer = annotatePage(document, shipped);
    const newerBrief = briefOf(newer);
    asked[0]!.answer();
    expect(await settling).toBeUndefined();
    expect(briefOf(newer)).toBe(newerBrief);
    expect(newerBrief.events.some((e) => e.date === '2019-05-29')).toBe(true);
  });

  it('gives the brief read in one task meanwhile, the same, when the answer comes after it', async () => {
    loadSample();
    const annotation = annotatePage(document, shipped);
    const { finder, asked } = deferredFinder();
    const briefOf = createPageBriefReader(document, finder);
    const settling = briefOf.settled(annotation, { timers, isCurrent: () => true });
    await vi.waitFor(() => expect(asked).toHaveLength(1));
    const now = briefOf(annotation); // the reader opened the panel
    asked[0]!.answer();
    expect(await settling).toBe(now);
  });

  it('gives nothing when its caller moved on (isCurrent false), and reads again when asked again', async () => {
    loadSample();
    const annotation = annotatePage(document, shipped);
    const { finder, asked } = deferredFinder();
    const briefOf = createPageBriefReader(document, finder);
    let current = true;
    const settling = briefOf.settled(annotation, { timers, isCurrent: () => current });
    await vi.waitFor(() => expect(asked).toHaveLength(1));
    current = false;
    asked[0]!.answer();
    expect(await settling).toBeUndefined();
    const again = briefOf.settled(annotation, { timers, isCurrent: () => true });
    await vi.waitFor(() => expect(asked).toHaveLength(2));
    asked[1]!.answer();
    expect((await again)?.events).toEqual(readPageBrief(document, annotation).events);
  });
});
