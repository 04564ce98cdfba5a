// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { buildTextIndex } from '../../lib/dom/text-index';
import { compareTreeOrder } from '../../lib/dom/tree-order';

function host(html: string, shadowHtml: string, mode: ShadowRootMode = 'open'): HTMLElement {
  const element = document.createElement('div');
  element.innerHTML = html;
  element.attachShadow({ mode }).innerHTML = shadowHtml;
  return element;
}

describe('buildTextIndex', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it('reads text under 100,000 nested elements without recursing (no stack overflow)', () => {
    // Built inside the document, one level at a time (happy-dom connects a detached subtree recursively).
    const article = document.body.appendChild(document.createElement('article'));
    const chain: Element[] = [article];
    for (let depth = 0; depth < 100_000; depth++) chain.push(chain.at(-1)!.appendChild(document.createElement('div')));
    chain.at(-1)!.textContent = '宁波市长裘东耀';
    expect(buildTextIndex(article).text.trim()).toBe('宁波市长裘东耀');
    for (const element of chain.reverse()) element.remove(); // bottom up, for the same reason
    // Building 100,000 happy-dom elements takes ~2 s alone, more on a busy 2-core machine.
  }, 30_000);

  it('keeps a paragraph together and separates blocks and <br>', () => {
    document.body.innerHTML = '<article><p>宁波<b>市长</b>裘东耀</p><p>嘉兴<br>金华</p></article>';
    expect(buildTextIndex(document.querySelector('article')!).text).toBe('宁波市长裘东耀\n嘉兴\n金华');
  });

  it('reads an open shadow root where its host stands, as a block of its own', () => {
    document.body.innerHTML = '<article><p>前文宁</p><span id="host"></span><p>后文</p></article>';
    document.querySelector('#host')!.attachShadow({ mode: 'open' }).innerHTML = '<p>波杭州湾新区</p>';
    const index = buildTextIndex(document.querySelector('article')!);
    // 宁 | 波 never join: the shadow boundary is a block boundary.
    expect(index.text).toBe('前文宁\n波杭州湾新区\n后文');
    expect(index.shadowRoots).toEqual([document.querySelector('#host')!.shadowRoot]);
  });

  it('separates shadow text from light text in the same paragraph, on both sides', () => {
    document.body.innerHTML = '<p>上海<span id="host"></span>市</p>';
    document.querySelector('#host')!.attachShadow({ mode: 'open' }).innerHTML = '虹桥';
    expect(buildTextIndex(document.querySelector('p')!).text).toBe('上海\n虹桥\n市');
  });

  it("reads a host's shadow content before its light children", () => {
    const element = host('<p>light 嘉兴</p>', '<h2>shadow 宁波</h2><slot></slot>');
    document.body.append(element);
    expect(buildTextIndex(document.body).text).toBe('shadow 宁波\nlight 嘉兴');
  });

  it('maps offsets inside a shadow root to ranges and back', () => {
    document.body.innerHTML = '<article><p>开头</p><div id="host"></div></article>';
    const shadow = document.querySelector('#host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>义乌国际商贸城设站</p>';
    const index = buildTextIndex(document.querySelector('article')!);
    const start = index.text.indexOf('义乌');
    const range = index.rangeFor({ start, end: start + 7 })!;
    expect(range.toString()).toBe('义乌国际商贸城');
    expect(range.startContainer.getRootNode()).toBe(shadow);
    expect(index.offsetOf(shadow.querySelector('p')!.firstChild!, 2)).toBe(start + 2);
  });

  it('descends into nested open shadow roots', () => {
    document.body.innerHTML = '<div id="outer"></div>';
    const outer = document.querySelector('#outer')!.attachShadow({ mode: 'open' });
    outer.innerHTML = '<p>外层</p><div id="inner"></div>';
    outer.querySelector('#inner')!.attachShadow({ mode: 'open' }).innerHTML = '<p>内层</p>';
    const index = buildTextIndex(document.body);
    expect(index.text).toBe('外层\n内层');
    expect(index.shadowRoots).toHaveLength(2);
  });

  it('does not read closed shadow roots', () => {
    document.body.append(host('<p>light</p>', '<p>closed 宁波</p>', 'closed'));
    expect(buildTextIndex(document.body).text).toBe('light');
  });

  it("never reads the extension's own host, light or shadow", () => {
    document.body.innerHTML =
      '<article><p>嘉兴</p><div data-district-lens id="card">卡片 宁波</div><p>金华</p></article>';
    document.querySelector('#card')!.attachShadow({ mode: 'open' }).innerHTML = '<p>宁波市长</p>';
    const index = buildTextIndex(document.querySelector('article')!);
    expect(index.text).toBe('嘉兴\n金华');
    expect(index.shadowRoots).toEqual([]);
  });

  it('skips skipped elements inside a shadow root', () => {
    document.body.innerHTML = '<div id="host"></div>';
    document.querySelector('#host')!.attachShadow({ mode: 'open' }).innerHTML =
      '<style>p{color:red}</style><p>苏州</p><textarea>南京</textarea><nav>上海</nav>';
    expect(buildTextIndex(document.body).text).toBe('苏州');
  });

  it('never makes a range across a shadow boundary', () => {
    document.body.innerHTML = '<p>宁<span id="host"></span></p>';
    document.querySelector('#host')!.attachShadow({ mode: 'open' }).innerHTML = '波';
    const index = buildTextIndex(document.body);
    expect(index.text).toBe('宁\n波');
    expect(index.rangeFor({ start: 0, end: 3 })).toBeNull();
  });
});

describe('compareTreeOrder', () => {
  it('orders nodes the way the text index reads them, across shadow roots', () => {
    document.body.innerHTML = '<p id="a">甲</p><div id="host"><p id="light">丙</p></div><p id="z">丁</p>';
    const shadow = document.querySelector('#host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p id="s">乙</p>';
    const order = [
      document.querySelector('#a')!.firstChild!,
      document.querySelector('#host')!,
      shadow.querySelector('#s')!.firstChild!,
      document.querySelector('#light')!.firstChild!,
      document.querySelector('#z')!.firstChild!,
    ];
    for (let i = 0; i < order.length; i++) {
      for (let j = 0; j < order.length; j++) {
        expect(Math.sign(compareTreeOrder(order[i]!, order[j]!)), `${i} vs ${j}`).toBe(Math.sign(i - j));
      }
    }
  });

  it('finds the same bounds whatever order mentions are asked in (the look-up starts from the previous one)', () => {
    const paragraphs = Array.from({ length: 40 }, (_, i) => `<p>第${i}段<b>宁波</b>市长裘东耀</p>`).join('');
    document.body.innerHTML = `<article>${paragraphs}</article>`;
    const article = document.querySelector('article')!;
    const { text } = buildTextIndex(article);
    const mentions: { start: number; end: number }[] = [];
    for (let at = text.indexOf('宁波市长'); at !== -1; at = text.indexOf('宁波市长', at + 1))
      mentions.push({ start: at, end: at + 2 }, { start: at + 1, end: at + 4 }, { start: at + 4, end: at + 7 });
    const describe = (b: ReturnType<ReturnType<typeof buildTextIndex>['boundsFor']>) =>
      b && `${b.startNode.data}:${b.startOffset}-${b.endNode.data}:${b.endOffset}`;
    const inOrder = mentions.map((m) => describe(buildTextIndex(article).boundsFor(m)));
    const index = buildTextIndex(article);
    const walked = mentions.map((m) => describe(index.boundsFor(m)));
    const shuffled = [...mentions.keys()].sort((a, b) => ((a * 7919) % 97) - ((b * 7919) % 97));
    const jumping = new Map(shuffled.map((i) => [i, describe(index.boundsFor(mentions[i]!))]));
    expect(walked).toEqual(inOrder);
    expect(mentions.map((_, i) => jumping.get(i))).toEqual(inOrder);
    // A mention across two text nodes (宁波 in <b>, 市长 after it) ends in the next node.
    expect(walked[1]).toBe('宁波:1-市长裘东耀:2');
  });
});
