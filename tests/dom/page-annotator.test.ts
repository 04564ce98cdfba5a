// @vitest-environment happy-dom
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Detector } from '../../lib/core/detection/detect';
import { annotatePage } from '../../lib/dom/annotate-page';
import { HIGHLIGHT_NAMES } from '../../lib/dom/highlights';
import type { PlacedMention } from '../../lib/dom/mention-locator';
import type { ScanScope } from '../../lib/core/settings';
import { PageAnnotator, type PageAnnotation } from '../../lib/dom/page-annotator';
import { buildTextIndex } from '../../lib/dom/text-index';
import { comparePositions } from '../../lib/dom/tree-order';
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

/** What the dynamic fixture page appends (its inline script does not run here). */
const UPDATE_WENZHOU = '【最新】温州市长张振丰在视频连线中表示，温州将主动融入杭州都市圈，姚高员对此表示欢迎。';
const UPDATE_TAIZHOU = '【更新】台州市长吴海平随后发言，台州将与杭绍两地共建智能制造产业链。';

let shipped: Detector;
let registry: Map<string, FakeHighlight>;
let annotator: PageAnnotator | undefined;

beforeAll(() => {
  shipped = shippedDetector();
});

beforeEach(() => {
  registry = stubHighlightApi();
  document.body.innerHTML = '';
});

afterEach(() => {
  annotator?.stop();
  annotator = undefined;
  vi.unstubAllGlobals();
});

/** Puts a fixture page's body into the test's document (its scripts do not run). */
function loadPage(name: string): void {
  document.body.innerHTML = parsePage(readFixturePage(name)).body.innerHTML;
}

/** The dynamic fixture page, with the shadow root its custom element would attach. */
function loadDynamicPage(): ShadowRoot {
  loadPage('dynamic-news-feed.html');
  const shadow = document.querySelector('district-quote')!.attachShadow({ mode: 'open' });
  shadow.innerHTML = '<p>会上还发布了杭绍电商合作清单，义乌国际商贸城将在两地设立跨境电商服务站。</p>';
  return shadow;
}

function setup(scope: ScanScope = 'article') {
  const detect = vi.fn((raw: string) => shipped.detect(raw));
  const timers = manualTimers();
  const onChange = vi.fn((_annotation: PageAnnotation) => {});
  annotator = new PageAnnotator(document, { detect }, { scope, timers, onChange, debounceMs: 200 });
  return { annotator, detect, timers, onChange };
}

function appendParagraph(parent: Element, text: string): HTMLParagraphElement {
  const paragraph = document.createElement('p');
  paragraph.textContent = text;
  parent.append(paragraph);
  return paragraph;
}

function entityNamed(annotation: PageAnnotation, name: string) {
  return annotation.entities.find((e) => e.name === name);
}

function texts(placed: readonly PlacedMention[]): string[] {
  return placed.map((p) => p.range.toString());
}

function expectDocumentOrder(placed: readonly PlacedMention[]): void {
  for (let i = 1; i < placed.length; i++) {
    const a = placed[i - 1]!.range;
    const b = placed[i]!.range;
    expect(comparePositions(a.startContainer, a.startOffset, b.startContainer, b.startOffset)).toBeLessThan(0);
  }
}

/** Every range in the registry, as text, across the type highlights. */
function paintedTexts(): string[] {
  return Object.values(HIGHLIGHT_NAMES).flatMap((name) => highlightTexts(registry, name));
}

describe('PageAnnotator: first scan', () => {
  it('reads the article root once, paints every type and reports it', () => {
    loadPage('hongqiao-yrd-cooperation.zh-Hans.html');
    const { annotator, detect, timers, onChange } = setup();
    annotator.start();

    const story = document.querySelector('#story')!;
    expect(detect).toHaveBeenCalledTimes(1);
    expect(detect).toHaveBeenCalledWith(buildTextIndex(story).text);
    expect(onChange).toHaveBeenCalledTimes(1);
    const annotation = annotator.annotation;
    expect(annotation.root).toBe(story);
    expect(annotation.roots).toEqual([story]);
    expect(entityNamed(annotation, '裘东耀')?.roles).toContainEqual({ organization: '宁波市', title: '市长' });
    expect(annotation.counts.official).toBe(registry.get(HIGHLIGHT_NAMES.official)!.size);
    expect(annotation.counts.city).toBeGreaterThan(10);
    for (const placed of annotation.locator.mentions) expect(story.contains(placed.range.startContainer)).toBe(true);
    expectDocumentOrder(annotation.locator.mentions);
    // Idle: nothing scheduled.
    expect(timers.pending()).toBe(0);
  });

  it('reads the open shadow root inside the article', () => {
    const shadow = loadDynamicPage();
    const { annotator } = setup();
    annotator.start();
    const platform = annotator.annotation.locator.mentions.find((p) => p.entity.name === '义乌国际商贸城')!;
    expect(platform.range.startContainer.getRootNode()).toBe(shadow);
    expectDocumentOrder(annotator.annotation.locator.mentions);
  });
});

describe('PageAnnotator: incremental updates', () => {
  it('reads only an appended paragraph, adds its mentions and links a person titled earlier', async () => {
    loadDynamicPage();
    const { annotator, detect, timers, onChange } = setup();
    annotator.start();
    const before = annotator.annotation;
    const yaoBefore = entityNamed(before, '姚高员')!;
    expect(yaoBefore.mentions).toHaveLength(2);
    expect(entityNamed(before, '温州市')).toBeUndefined();
    detect.mockClear();
    onChange.mockClear();

    const paragraph = appendParagraph(document.querySelector('#feed')!, UPDATE_WENZHOU);
    await mutationsDelivered();
    expect(timers.pending()).toBe(1);
    expect(detect).not.toHaveBeenCalled();
    timers.runAll();

    expect(detect).toHaveBeenCalledTimes(1);
    expect(detect).toHaveBeenCalledWith(UPDATE_WENZHOU);
    expect(onChange).toHaveBeenCalledTimes(1);
    const after = annotator.annotation;
    expect(entityNamed(after, '温州市')?.mentions).toHaveLength(2);
    expect(entityNamed(after, '张振丰')?.roles).toEqual([{ organization: '温州市', title: '市长' }]);
    // 姚高员 is bare in the new paragraph: linked to the official titled in the first chunk.
    const yao = entityNamed(after, '姚高员')!;
    expect(yao).toBe(yaoBefore); // the same object, kept up to date
    expect(yao.mentions).toHaveLength(3);
    expect(yao.roles).toEqual([{ organization: '杭州市', title: '市长' }]);
    const yaoPlaced = after.locator.mentionsOf(yao.id);
    expect(texts(yaoPlaced)).toEqual(['姚高员', '姚高员', '姚高员']);
    expect(paragraph.contains(yaoPlaced[2]!.range.startContainer)).toBe(true);
    const newText = paragraph.firstChild!;
    expect(after.locator.mentionsAtCaret(newText, UPDATE_WENZHOU.indexOf('姚高员') + 1)).toEqual([yaoPlaced[2]]);

    expectDocumentOrder(after.locator.mentions);
    const last = after.locator.mentions.at(-1)!;
    expect(paragraph.contains(last.range.startContainer)).toBe(true);
    expect(highlightTexts(registry, HIGHLIGHT_NAMES.official)).toContain('张振丰');
    expect(after.counts.official).toBe(before.counts.official + 2);
    expect(timers.pending()).toBe(0);
  });

  it('collects the changes of one debounce window into one update', async () => {
    loadDynamicPage();
    const { annotator, detect, timers, onChange } = setup();
    annotator.start();
    detect.mockClear();
    onChange.mockClear();
    const feed = document.querySelector('#feed')!;
    appendParagraph(feed, UPDATE_WENZHOU);
    await mutationsDelivered();
    appendParagraph(feed, UPDATE_TAIZHOU);
    await mutationsDelivered();
    expect(timers.pending()).toBe(1);
    timers.runAll();
    expect(detect.mock.calls).toEqual([[UPDATE_WENZHOU], [UPDATE_TAIZHOU]]);
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(entityNamed(annotator.annotation, '吴海平')).toBeDefined();
    expectDocumentOrder(annotator.annotation.locator.mentions);
  });

  it('reads a paragraph again when its text changes, and only that paragraph', async () => {
    loadPage('hongqiao-yrd-cooperation.zh-Hans.html');
    const { annotator, detect, timers } = setup();
    annotator.start();
    detect.mockClear();
    const paragraph = [...document.querySelectorAll('#story p')].find((p) => p.textContent!.includes('京东'))!;
    expect(texts(annotator.annotation.locator.mentions)).toContain('京东');

    (paragraph.firstChild as Text).data = '温州与台州签署合作协议，温州市长张振丰出席。';
    await mutationsDelivered();
    timers.runAll();

    expect(detect.mock.calls).toEqual([['温州与台州签署合作协议，温州市长张振丰出席。']]);
    const mentions = texts(annotator.annotation.locator.mentions);
    expect(mentions).not.toContain('京东');
    expect(mentions).toContain('张振丰');
    expect(entityNamed(annotator.annotation, '京东')).toBeUndefined();
    expect(paintedTexts()).not.toContain('京东');
    expectDocumentOrder(annotator.annotation.locator.mentions);
    // The caret in the changed text finds the new mention, not the old chunk's.
    const text = paragraph.firstChild!;
    const at = (text as Text).data.indexOf('张振丰') + 1;
    expect(texts(annotator.annotation.locator.mentionsAtCaret(text, at))).toEqual(['张振丰']);
    expect(annotator.annotation.locator.mentionsAtCaret(text, 1).map((p) => p.entity.name)).toEqual(['温州市']);
  });

  it('drops the mentions of a removed paragraph without reading anything', async () => {
    loadPage('hongqiao-yrd-cooperation.zh-Hans.html');
    const { annotator, detect, timers, onChange } = setup();
    annotator.start();
    const countsBefore = annotator.annotation.counts;
    detect.mockClear();
    onChange.mockClear();
    const paragraph = [...document.querySelectorAll('#story p')].find((p) => p.textContent!.includes('京东'))!;
    paragraph.remove();
    await mutationsDelivered();
    timers.runAll();

    expect(detect).not.toHaveBeenCalled();
    expect(onChange).toHaveBeenCalledTimes(1);
    const annotation = annotator.annotation;
    expect(entityNamed(annotation, '京东')).toBeUndefined();
    expect(paintedTexts()).not.toContain('京东');
    expect(annotation.counts.platform).toBeLessThan(countsBefore.platform);
    expect(annotation.counts.platform).toBe(registry.get(HIGHLIGHT_NAMES.platform)!.size);
    for (const placed of annotation.locator.mentions) expect(placed.range.startContainer.isConnected).toBe(true);
  });

  it('drops the mentions of a removed appended paragraph', async () => {
    loadDynamicPage();
    const { annotator, timers } = setup();
    annotator.start();
    const paragraph = appendParagraph(document.querySelector('#feed')!, UPDATE_WENZHOU);
    await mutationsDelivered();
    timers.runAll();
    expect(entityNamed(annotator.annotation, '张振丰')).toBeDefined();
    paragraph.remove();
    await mutationsDelivered();
    timers.runAll();
    expect(entityNamed(annotator.annotation, '张振丰')).toBeUndefined();
    expect(entityNamed(annotator.annotation, '姚高员')?.mentions).toHaveLength(2);
  });

  it('reads the host again when text inside an open shadow root changes', async () => {
    const shadow = loadDynamicPage();
    const { annotator, detect, timers } = setup();
    annotator.start();
    detect.mockClear();
    shadow.querySelector('p')!.textContent = '拼多多将在绍兴设立服务中心。';
    await mutationsDelivered();
    timers.runAll();
    expect(detect.mock.calls).toEqual([['拼多多将在绍兴设立服务中心。']]);
    const mentions = texts(annotator.annotation.locator.mentions);
    expect(mentions).toContain('拼多多');
    expect(mentions).not.toContain('义乌国际商贸城');
  });

  it("ignores the extension's own hosts and everything inside them", async () => {
    for (const scope of ['article', 'page'] as const) {
      loadPage('hongqiao-yrd-cooperation.zh-Hans.html');
      const { annotator, detect, timers, onChange } = setup(scope);
      annotator.start();
      detect.mockClear();
      onChange.mockClear();

      for (const parent of [document.body, document.querySelector('#story')!]) {
        const host = document.createElement('district-lens-card');
        host.setAttribute('data-district-lens', '');
        parent.append(host);
        host.attachShadow({ mode: 'open' }).innerHTML = '<p>温州市长张振丰</p>';
        const inner = document.createElement('div');
        host.append(inner);
        inner.textContent = '台州市长吴海平';
        (inner.firstChild as Text).data = '湖州市长王纲';
      }
      await mutationsDelivered();
      expect(timers.pending(), scope).toBe(0);
      timers.runAll();
      expect(detect, scope).not.toHaveBeenCalled();
      expect(onChange, scope).not.toHaveBeenCalled();
      annotator.stop();
    }
  });

  it('ignores changes outside the article, in form fields and in editable regions', async () => {
    loadPage('hongqiao-yrd-cooperation.zh-Hans.html');
    const { annotator, detect, timers } = setup();
    annotator.start();
    detect.mockClear();
    appendParagraph(document.querySelector('#related')!, '温州市长张振丰');
    (document.querySelector('#draft')!.firstChild as Text).data = '台州';
    await mutationsDelivered();
    expect(timers.pending()).toBe(0);

    // An editor inside the article: the reader types there, nothing is read.
    const editor = document.createElement('div');
    editor.setAttribute('contenteditable', 'true');
    document.querySelector('#story')!.append(editor);
    editor.textContent = '湖州市长王纲';
    (editor.firstChild as Text).data = '湖州市长王纲表示';
    const script = document.createElement('script');
    script.textContent = 'window.city = "温州"';
    document.querySelector('#story')!.append(script);
    await mutationsDelivered();
    timers.runAll();
    expect(detect).not.toHaveBeenCalled();
  });

  it('scans everything again when the article root is replaced (an SPA re-render)', async () => {
    loadPage('spa-news.html');
    const { annotator, detect, timers } = setup();
    annotator.start();
    expect(entityNamed(annotator.annotation, '沈觅')).toBeDefined();
    detect.mockClear();

    const article = document.createElement('article');
    article.id = 'story';
    article.innerHTML =
      '<h1>成渝地区双城经济圈建设提速</h1><p>本报讯 4月2日，成都与重庆在天府新区召开成渝地区双城经济圈建设联席会议。成都市长王凤朝、重庆市副市长郑向东出席会议。</p><p>王凤朝表示，成都将与重庆携手共建西部金融中心，推动两地产业链、创新链深度融合。</p>';
    document.querySelector('#story')!.replaceWith(article);
    await mutationsDelivered();
    timers.runAll();

    expect(detect).toHaveBeenCalledTimes(1);
    expect(detect).toHaveBeenCalledWith(buildTextIndex(article).text);
    const annotation = annotator.annotation;
    expect(annotation.root).toBe(article);
    expect(entityNamed(annotation, '沈觅')).toBeUndefined();
    expect(entityNamed(annotation, '王凤朝')?.mentions).toHaveLength(2);
    expect(paintedTexts()).not.toContain('沈觅');
  });
});

describe('PageAnnotator: pages that render their article late', () => {
  it('looks for the article again when a page without one renders it', async () => {
    const story = parsePage(readFixturePage('hongqiao-yrd-cooperation.zh-Hans.html')).querySelector('#story')!;
    document.body.innerHTML =
      '<header><nav><a href="#">温州</a></nav></header><main id="app"><p>加载中</p></main><footer>杭州市上城区</footer>';
    const { annotator, timers } = setup();
    annotator.start();
    expect(annotator.annotation.root).toBe(document.body);

    document.querySelector('#app')!.innerHTML = story.outerHTML;
    await mutationsDelivered();
    timers.runAll();
    const root = annotator.annotation.root;
    expect(root).toBe(document.querySelector('#story'));
    expect(entityNamed(annotator.annotation, '裘东耀')).toBeDefined();
    // The footer is no longer read.
    expect(paintedTexts().some((text) => text.includes('上城'))).toBe(false);
    expect(annotator.annotation.locator.mentions.every((p) => root.contains(p.range.startContainer))).toBe(true);
  });
});

describe('PageAnnotator: scope, rescan and stop', () => {
  it('setScope("page") reads the whole body again', () => {
    loadPage('hongqiao-yrd-cooperation.zh-Hans.html');
    const { annotator, detect } = setup();
    annotator.start();
    const articleCities = annotator.annotation.counts.city;
    annotator.setScope('page');
    expect(annotator.annotation.root).toBe(document.body);
    expect(detect).toHaveBeenLastCalledWith(buildTextIndex(document.body).text);
    // The footer's 上海市闵行区 counts on the page, never in the article.
    expect(annotator.annotation.counts.city).toBeGreaterThan(articleCities);
  });

  it('rescan() starts over and gives the same annotation', () => {
    loadPage('hongqiao-yrd-cooperation.zh-Hans.html');
    const { annotator, onChange } = setup();
    annotator.start();
    const counts = annotator.annotation.counts;
    annotator.rescan();
    expect(onChange).toHaveBeenCalledTimes(2);
    expect(annotator.annotation.counts).toEqual(counts);
  });

  it('stop() clears the highlights and disconnects: later changes cost nothing', async () => {
    loadDynamicPage();
    const { annotator, detect, timers, onChange } = setup();
    const disconnect = vi.spyOn(MutationObserver.prototype, 'disconnect');
    annotator.start();
    expect(registry.size).toBeGreaterThan(0);
    disconnect.mockClear();
    annotator.stop();
    expect(disconnect).toHaveBeenCalled();
    expect(registry.size).toBe(0);
    expect(annotator.annotation.entities).toEqual([]);
    detect.mockClear();
    onChange.mockClear();

    appendParagraph(document.querySelector('#feed')!, UPDATE_WENZHOU);
    await mutationsDelivered();
    expect(timers.pending()).toBe(0);
    expect(detect).not.toHaveBeenCalled();
    expect(onChange).not.toHaveBeenCalled();
    disconnect.mockRestore();
  });

  it('stop() cancels an update that was waiting', async () => {
    loadDynamicPage();
    const { annotator, timers } = setup();
    annotator.start();
    appendParagraph(document.querySelector('#feed')!, UPDATE_WENZHOU);
    await mutationsDelivered();
    expect(timers.pending()).toBe(1);
    annotator.stop();
    expect(timers.pending()).toBe(0);
  });
});

describe('annotatePage (one pass, kept for scripts and the current controller)', () => {
  it('annotates the article root and paints its mentions', () => {
    loadPage('hongqiao-yrd-cooperation.zh-Hans.html');
    const annotation = annotatePage(document, shipped);
    expect(annotation.root).toBe(document.querySelector('#story'));
    expect(annotation.roots).toEqual([annotation.root]);
    expect(entityNamed(annotation, '闵师林')?.mentions).toHaveLength(2);
    expect(annotation.counts.official).toBe(registry.get(HIGHLIGHT_NAMES.official)!.size);
    expect(annotation.locator.mentionAtOffset(annotation.locator.mentions[0]!.mention.start)).toBe(
      annotation.locator.mentions[0],
    );
  });
});
