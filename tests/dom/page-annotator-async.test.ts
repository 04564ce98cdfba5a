// @vitest-environment happy-dom
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Detector } from '../../lib/core/detection/detect';
import type { DetectedEntity } from '../../lib/core/entity/entity';
import { HIGHLIGHT_NAMES } from '../../lib/dom/highlights';
import { PageAnnotator, type AnnotateTiming, type PageAnnotation } from '../../lib/dom/page-annotator';
import {
  highlightTexts,
  manualTimers,
  mutationsDelivered,
  parsePage,
  readFixturePage,
  shippedDetector,
  stubHighlightApi,
  type FakeHighlight,
} from './support/dom-helpers';

// The content script's detector answers asynchronously (the background holds the knowledge
// base): these tests drive the annotator with promises they resolve themselves.

let shipped: Detector;
let registry: Map<string, FakeHighlight>;
let annotator: PageAnnotator | undefined;

beforeAll(() => {
  shipped = shippedDetector();
});
beforeEach(() => {
  registry = stubHighlightApi();
  document.body.innerHTML = parsePage(readFixturePage('hongqiao-yrd-cooperation.zh-Hans.html')).body.innerHTML;
});
afterEach(() => {
  annotator?.stop();
  annotator = undefined;
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** A detector whose answers wait until `release()`; each call is recorded. */
function deferredDetector() {
  const waiting: { text: string; resolve: (entities: DetectedEntity[]) => void }[] = [];
  return {
    detector: {
      detect: (text: string) =>
        new Promise<DetectedEntity[]>((resolve) => {
          waiting.push({ text, resolve });
        }),
    },
    waiting,
    /** Answers every waiting call with the real detector's result. */
    async release() {
      for (const call of waiting.splice(0)) call.resolve(shipped.detect(call.text));
      await new Promise((resolve) => setTimeout(resolve, 0));
    },
  };
}

describe('PageAnnotator with a detector that answers later', () => {
  it('paints nothing until the detector answers, then everything, in one published annotation', async () => {
    const { detector, release, waiting } = deferredDetector();
    const onChange = vi.fn((_a: PageAnnotation) => {});
    annotator = new PageAnnotator(document, detector, { scope: 'article', timers: manualTimers(), onChange });
    annotator.start();
    expect(waiting).toHaveLength(1);
    expect(registry.size).toBe(0);
    await release();
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(highlightTexts(registry, HIGHLIGHT_NAMES.official)).toEqual(expect.arrayContaining(['裘东耀', '闵师林']));
    expect(annotator.annotation.entities.length).toBeGreaterThan(10);
  });

  it('drops an answer that comes back after the annotator stopped or scanned again', async () => {
    const { detector, release } = deferredDetector();
    const onChange = vi.fn();
    annotator = new PageAnnotator(document, detector, { scope: 'article', timers: manualTimers(), onChange });
    annotator.start();
    annotator.stop();
    await release();
    expect(onChange).not.toHaveBeenCalled();
    expect(registry.size).toBe(0);
  });

  it('places a big answer in slices, giving the thread back between them, and paints the rest at the end', async () => {
    const { detector, release } = deferredDetector();
    const timers = manualTimers();
    const onChange = vi.fn();
    const timings: AnnotateTiming[] = [];
    // A long article (the sample six times over), and a slice of 0 ms: every step gives the thread back.
    const story = document.querySelector('#story')!;
    const paragraphs = [...story.querySelectorAll('p')];
    for (let copy = 0; copy < 5; copy++) for (const p of paragraphs) story.append(p.cloneNode(true));
    annotator = new PageAnnotator(document, detector, {
      scope: 'article',
      timers,
      onChange,
      sliceMs: 0,
      onTiming: (t) => timings.push(t),
    });
    annotator.start();
    await release();
    // The first slice (the top of the article) is painted at once; the rest waits for its turn.
    expect(onChange).not.toHaveBeenCalled();
    expect(timers.pending()).toBe(1);
    const firstSlice = [...registry.values()].reduce((n, h) => n + h.size, 0);
    expect(firstSlice).toBeGreaterThan(0);
    while (timers.pending() > 0) timers.runAll();
    expect(onChange).toHaveBeenCalledTimes(1);
    const all = [...registry.values()].reduce((n, h) => n + h.size, 0);
    expect(all).toBe(annotator.annotation.locator.mentions.length);
    expect(all).toBeGreaterThan(firstSlice);
    expect(timings).toEqual([expect.objectContaining({ kind: 'scan', firstPaintAt: expect.any(Number) })]);
  });

  it('starts placing a very big answer in a task after the one that brought it, and publishes entities in order of first mention', async () => {
    // Decoding 60k mentions took the answer's task tens of ms: placing the first slice in the same
    // task made one long task of the two. Here 1,500 paragraphs give ~6,000 mentions.
    const paragraph =
      '<p>宁波市长裘东耀表示，宁波舟山港和上海港前三季度货物吞吐量稳居全球前列，虹桥商务区也在增长。</p>';
    document.body.innerHTML = `<article id="story">${paragraph.repeat(1500)}</article>`;
    // happy-dom lays nothing out: every mention would be near the viewport and painted, and each
    // Range boundary it sets walks the 1,500 siblings (most of this test's time). Paragraph i sits
    // at y = 40 i instead, so the window near the viewport is the first screens.
    const story = document.querySelector('#story')!;
    vi.spyOn(Range.prototype, 'getBoundingClientRect').mockImplementation(function (this: Range) {
      const top = [...story.children].indexOf(this.startContainer.parentElement!) * 40;
      return { top, bottom: top + 30, left: 0, right: 100, width: 100, height: 30 } as DOMRect;
    });
    const { detector, release } = deferredDetector();
    const timers = manualTimers();
    const onChange = vi.fn();
    annotator = new PageAnnotator(document, detector, { scope: 'article', timers, onChange, sliceMs: 5 });
    annotator.start();
    while (timers.pending() > 0) timers.runAll(); // reading the article, in slices
    await release();
    expect(registry.size).toBe(0);
    expect(timers.pending()).toBe(1);
    timers.runAll();
    expect(registry.size).toBeGreaterThan(0);
    let slices = 0;
    while (timers.pending() > 0 && slices < 10_000) {
      timers.runAll();
      slices++;
    }
    expect(onChange).toHaveBeenCalledTimes(1);
    const { entities, locator } = annotator.annotation;
    expect(locator.mentions.length).toBeGreaterThan(4000);
    const firsts = entities.map((e) => locator.mentions.findIndex((p) => p.entity.id === e.id));
    expect(firsts).toEqual([...firsts].sort((a, b) => a - b));
    expect(entities.map((e) => e.name).slice(0, 3)).toEqual(['宁波市', '裘东耀', '宁波舟山港']);
  }, 30_000);

  it('paints only the top of a page too long to paint whole while placing it, then the window near the viewport', async () => {
    // ~100 characters and 4 mentions a paragraph: 300 paragraphs are far past a limit of 200.
    const paragraph =
      '<p>宁波市长裘东耀表示，宁波舟山港和上海港前三季度货物吞吐量稳居全球前列，虹桥商务区也在增长，长三角一体化持续推进。</p>';
    document.body.innerHTML = `<article id="story">${paragraph.repeat(300)}</article>`;
    const { detector, release } = deferredDetector();
    const timers = manualTimers();
    const onChange = vi.fn();
    annotator = new PageAnnotator(document, detector, {
      scope: 'article',
      timers,
      onChange,
      sliceMs: 0,
      viewport: { limit: 200, marginScreens: 1, marginMentions: 5 },
    });
    annotator.start();
    while (timers.pending() > 0) timers.runAll(); // reading the article, in slices
    await release();
    while (timers.pending() > 0 && onChange.mock.calls.length === 0 && registry.size === 0) timers.runAll();
    // The first slice painted only mentions in the article's first 5,000 characters.
    const story = document.querySelector('#story')!;
    const early = [...registry.values()].flatMap((h) => [...h]);
    expect(early.length).toBeGreaterThan(0);
    const paragraphOf = (range: Range) => [...story.children].indexOf(range.startContainer.parentElement!);
    expect(Math.max(...early.map(paragraphOf))).toBeLessThan(5000 / 55);
    // happy-dom lays nothing out: paragraph i sits at y = 40 i, the viewport shows the first ones.
    vi.spyOn(Range.prototype, 'getBoundingClientRect').mockImplementation(function (this: Range) {
      const top = paragraphOf(this) * 40;
      return { top, bottom: top + 30, left: 0, right: 100, width: 100, height: 30 } as DOMRect;
    });
    while (timers.pending() > 0) timers.runAll();
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(annotator.annotation.locator.mentions.length).toBeGreaterThan(1000);
    // Then the viewport and one screen below it (the top of the page), not the rest.
    const painted = [...registry.values()].flatMap((h) => [...h]);
    expect(painted.length).toBeGreaterThan(0);
    expect(painted.length).toBeLessThan(annotator.annotation.locator.mentions.length / 4);
    expect(Math.max(...painted.map(paragraphOf))).toBeLessThanOrEqual((2 * window.innerHeight) / 40 + 2);
  });

  it('holds changes made while the detector works and reads them once it is done', async () => {
    const { detector, release, waiting } = deferredDetector();
    const timers = manualTimers();
    const onChange = vi.fn();
    annotator = new PageAnnotator(document, detector, { scope: 'article', timers, onChange, debounceMs: 10 });
    annotator.start();
    const added = document.createElement('p');
    added.textContent = '另据报道，宁波市长裘东耀当天还前往进博会现场考察。';
    document.querySelector('#story')!.append(added);
    await mutationsDelivered();
    timers.runAll(); // the debounce fires while the scan still waits: the update must wait too
    expect(waiting).toHaveLength(1);
    await release(); // the scan is placed; the held update is scheduled
    timers.runAll();
    expect(waiting.map((w) => w.text)).toEqual([added.textContent]);
    await release();
    expect(onChange).toHaveBeenCalledTimes(2);
    const qiu = annotator.annotation.locator.mentions.filter((p) => p.range.toString() === '裘东耀');
    expect(qiu.some((p) => added.contains(p.range.startContainer))).toBe(true);
  });

  it('tells the controller when the detector fails, and paints nothing', async () => {
    const onError = vi.fn();
    annotator = new PageAnnotator(
      document,
      { detect: () => Promise.reject(new Error('no knowledge base')) },
      { scope: 'article', timers: manualTimers(), onChange: vi.fn(), onError },
    );
    annotator.start();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: 'no knowledge base' }));
    expect(registry.size).toBe(0);
  });
});

describe('PageAnnotator on a huge page', () => {
  it('finds the article in slices, giving the page its thread back, then reads and paints it', () => {
    const paragraph = '<p>宁波市长裘东耀表示，宁波舟山港前三季度货物吞吐量稳居全球第一。</p>';
    document.body.innerHTML = `<nav><a href="#">首页</a></nav><div id="feed">${paragraph.repeat(600)}</div>`;
    const timers = manualTimers();
    const detect = vi.fn((text: string) => shipped.detect(text));
    annotator = new PageAnnotator(document, { detect }, { scope: 'article', timers, onChange: vi.fn(), sliceMs: 0 });
    annotator.start();
    // The first slice measured a few hundred paragraphs and gave the thread back.
    expect(detect).not.toHaveBeenCalled();
    expect(timers.pending()).toBe(1);
    let slices = 0;
    while (timers.pending() > 0 && slices < 10_000) {
      timers.runAll();
      slices++;
    }
    expect(detect).toHaveBeenCalledTimes(1);
    expect(detect.mock.calls[0]![0]).not.toContain('首页');
    expect(annotator.annotation.roots).toEqual([document.querySelector('#feed')]);
    expect(highlightTexts(registry, HIGHLIGHT_NAMES.city)).toContain('宁波');
  }, 30_000);
});

describe('PageAnnotator bookkeeping after changes', () => {
  /** What the annotation must always say: entities in first-mention order, each with exactly its placed mentions. */
  function expectConsistent(annotation: PageAnnotation) {
    const placed = annotation.locator.mentions;
    const firstSeen: string[] = [];
    for (const p of placed) if (!firstSeen.includes(p.entity.id)) firstSeen.push(p.entity.id);
    expect(annotation.entities.map((e) => e.id)).toEqual(firstSeen);
    for (const entity of annotation.entities) {
      expect(entity.mentions).toEqual(annotation.locator.mentionsOf(entity.id).map((p) => p.mention));
    }
  }

  it('keeps entities and their mentions right through appends, edits and removals', async () => {
    const timers = manualTimers();
    let annotation: PageAnnotation | undefined;
    annotator = new PageAnnotator(document, shipped, {
      scope: 'article',
      timers,
      onChange: (a) => (annotation = a),
      debounceMs: 10,
    });
    annotator.start();
    expectConsistent(annotation!);
    const story = document.querySelector('#story')!;

    const added = document.createElement('p');
    added.textContent = '另据报道，温州市长张振丰与宁波市长裘东耀当天前往进博会现场考察。';
    story.prepend(added);
    await mutationsDelivered();
    timers.runAll();
    expectConsistent(annotation!);
    expect(annotation!.entities[0]!.name).toBe(annotator.annotation.locator.mentions[0]!.entity.name);
    expect(annotation!.locator.mentionsOf(annotation!.entities.find((e) => e.name === '张振丰')!.id)).toHaveLength(1);

    added.textContent = '另据报道，台州市代表出席。';
    await mutationsDelivered();
    timers.runAll();
    expectConsistent(annotation!);
    expect(annotation!.entities.some((e) => e.name === '张振丰')).toBe(false);

    for (const p of [...story.querySelectorAll('p')].slice(2)) p.remove();
    await mutationsDelivered();
    timers.runAll();
    expectConsistent(annotation!);
    expect(annotation!.locator.mentions.every((p) => p.range.startContainer.isConnected)).toBe(true);
  });
});
