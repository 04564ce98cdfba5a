// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import {
  compactLength,
  findArticleRoot,
  findArticleRootByScore,
  insaneArticleRootReason,
  locateArticleRoot,
  locateArticleRootSteps,
  readabilityArticleRoot,
  READABILITY_MAX_TEXT,
  textLongerThan,
} from '../../lib/dom/article-root';
import { scanRootSteps, scanRoots } from '../../lib/dom/scan-roots';
import { finishSteps } from '../../lib/dom/sliced-work';
import { fixturePageNames, parsePage, readFixturePage } from './support/dom-helpers';

/** Page chrome no article root may contain or sit in. */
const CHROME = 'nav, aside, #comments, #related, #site-nav, footer';

function expectArticleRoot(doc: Document, root: Element): void {
  const article = doc.querySelector('article')!;
  const h1 = article.querySelector('h1')!;
  expect(root.contains(h1)).toBe(true);
  for (const p of article.querySelectorAll('p')) expect(root.contains(p)).toBe(true);
  expect(root.querySelector(CHROME)).toBeNull();
  expect(root.closest(CHROME)).toBeNull();
}

/** locateArticleRoot with a Readability step that only notes it was asked (and answers `answer`). */
function locateNotingReadability(doc: Document, answer: (d: Document) => Element | null = () => null) {
  let asked = false;
  const result = locateArticleRoot(doc, {
    readability: (d) => {
      asked = true;
      return answer(d);
    },
  });
  return { result, asked };
}

describe.each(fixturePageNames())('article root of %s', (name) => {
  it("takes the page's own <article> without running Readability, which gives the same root", () => {
    const doc = parsePage(readFixturePage(name));
    const { result, asked } = locateNotingReadability(doc);
    expect(asked).toBe(false);
    expect(result.source).toBe('article');
    expect(result.root).toBe(doc.querySelector('article'));
    expect(locateArticleRoot(doc, { trustDeclaredArticle: false }).root).toBe(result.root);
  });

  it("uses Readability's answer when it is sane, mapped back to the live <article>", () => {
    const doc = parsePage(readFixturePage(name));
    const result = locateArticleRoot(doc, { trustDeclaredArticle: false });
    expect(result.source).toBe('readability');
    expect(result.root).toBe(doc.querySelector('article'));
    expectArticleRoot(doc, result.root);
  });

  it('falls back to the paragraph heuristic when Readability answers with the sidebar', () => {
    const doc = parsePage(readFixturePage(name));
    const result = locateArticleRoot(doc, {
      readability: (d) => d.querySelector('aside'),
      trustDeclaredArticle: false,
    });
    expect(result.readabilityRejected).toBe('page chrome');
    expect(result.source).toBe('heuristic');
    expectArticleRoot(doc, result.root);
  });

  it('falls back when Readability answers with the comments, the whole page or nothing', () => {
    for (const answer of ['#comments', 'body', null]) {
      const doc = parsePage(readFixturePage(name));
      const result = locateArticleRoot(doc, {
        readability: (d) => (answer ? d.querySelector(answer) : null),
        trustDeclaredArticle: false,
      });
      expect(result.source).toBe('heuristic');
      expect(result.readabilityRejected).toBeTruthy();
      expectArticleRoot(doc, result.root);
    }
  });

  it('leaves the page exactly as it was', () => {
    const doc = parsePage(readFixturePage(name));
    const before = doc.documentElement.outerHTML;
    readabilityArticleRoot(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('readabilityArticleRoot', () => {
  it('writes nothing to the live page: an observer of the whole document sees no mutation', async () => {
    document.documentElement.innerHTML = parsePage(readFixturePage(fixturePageNames()[0]!)).documentElement.innerHTML;
    const records: MutationRecord[] = [];
    const observer = new MutationObserver((batch) => records.push(...batch));
    observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    expect(readabilityArticleRoot(document)).toBe(document.querySelector('article'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    records.push(...observer.takeRecords());
    observer.disconnect();
    expect(records).toEqual([]);
  });

  it('maps back through a page whose article is a plain <div> of paragraphs', () => {
    const doc = parsePage(`<body><div id="menu"><a href="#">首页</a></div>
      <div id="content"><div class="text">${'<p>宁波舟山港前三季度货物吞吐量稳居全球第一，甬舟两地携手共建世界一流强港。</p>'.repeat(6)}</div></div>
      <div class="sidebar"><ul><li><a href="#">温州新闻</a></li></ul></div></body>`);
    const result = locateArticleRoot(doc);
    expect(result.source).toBe('readability');
    expect(result.root).toBe(doc.querySelector('.text'));
  });
});

describe("the page's own <article>", () => {
  const paragraph = '<p>宁波舟山港前三季度货物吞吐量稳居全球第一，甬舟两地携手共建世界一流强港。</p>';
  const askedFor = (html: string) => {
    const doc = parsePage(html);
    return { doc, ...locateNotingReadability(doc, readabilityArticleRoot) };
  };

  it('is taken when it is the only one and holds the paragraphs', () => {
    const { doc, result, asked } = askedFor(
      `<body><nav><a href="#">首页</a></nav><main><article id="a"><h1>标题</h1>${paragraph.repeat(5)}</article>
      <aside><p>热门新闻推荐，每日更新。</p></aside></main></body>`,
    );
    expect(asked).toBe(false);
    expect(result.root).toBe(doc.querySelector('#a'));
  });

  it('is not trusted when the page has several (a feed, or comments marked up as articles)', () => {
    const { asked, result } = askedFor(
      `<body><article id="a">${paragraph.repeat(5)}<section id="comments"><article><p>评论：写得好，支持宁波发展。</p></article></section></article></body>`,
    );
    expect(asked).toBe(true);
    expect(result.source).not.toBe('article');
  });

  it('is not trusted when it misses a tenth of the paragraph text or sits in page chrome', () => {
    const teaser = askedFor(
      `<body><article id="teaser">${paragraph.repeat(3)}</article><div id="text">${paragraph.repeat(3)}</div></body>`,
    );
    expect(teaser.asked).toBe(true);
    const inChrome = askedFor(
      `<body><aside><article>${paragraph.repeat(3)}</article></aside><div>${paragraph}</div></body>`,
    );
    expect(inChrome.asked).toBe(true);
    expect(inChrome.result.source).not.toBe('article');
  });

  it('is not looked for on a page too long for Readability', () => {
    const doc = parsePage(
      `<body><article id="a">${paragraph.repeat(Math.ceil(READABILITY_MAX_TEXT / 36) + 1)}</article></body>`,
    );
    const result = locateArticleRoot(doc);
    expect(result.readabilityRejected).toBe('too much text');
    expect(result.root).toBe(doc.querySelector('#a'));
  });
});

describe('sanity check of an article root', () => {
  const page = `<body>
    <div id="main"><h1>标题</h1><p>宁波舟山港前三季度货物吞吐量稳居全球第一，甬舟两地携手共建世界一流强港，两地还将加快推进甬舟铁路和六横公路大桥建设，甬舟铁路建成后，舟山将结束不通铁路的历史，宁波至舟山的通行时间将大幅缩短。</p></div>
    <div class="box" id="hot"><h3>热门</h3><ul><li><a href="#">温州港新增两条外贸航线</a></li><li><a href="#">台州湾新区海工项目开工</a></li></ul>
    <p>热门新闻推荐，每日更新。</p></div></body>`;

  it('rejects an answer that misses most paragraph text (the sidebar of a one-paragraph page)', () => {
    const doc = parsePage(page);
    expect(insaneArticleRootReason(doc, doc.querySelector('#hot')!)).toBe('misses most paragraph text');
    const result = locateArticleRoot(doc, { readability: (d) => d.querySelector('#hot') });
    expect(result.source).toBe('heuristic');
    expect(result.root).toBe(doc.querySelector('#main'));
  });

  it('gives the right root on a one-paragraph page with the real Readability', () => {
    const doc = parsePage(page);
    expect(findArticleRoot(doc)).toBe(doc.querySelector('#main'));
  });

  it("rejects Readability's answer when it spans the whole page", () => {
    const doc = parsePage(`<body><div id="main"><h1>标题</h1><p>宁波舟山港前三季度货物吞吐量稳居全球第一。</p></div>
      <div id="hot"><p>温州港新增两条外贸航线，集装箱吞吐量同比增长。</p><p>台州湾新区海工项目开工，总投资五十亿元。</p></div></body>`);
    expect(readabilityArticleRoot(doc)).toBe(doc.body);
    expect(locateArticleRoot(doc).readabilityRejected).toBe('whole page');
  });

  it('rejects sidebar-like ids and classes, and elements inside page chrome', () => {
    const doc =
      parsePage(`<body><div class="right-sidebar"><p>${'合肥高新区发布十四五规划中期评估。'.repeat(8)}</p></div>
      <nav><div id="n"><p>${'南京江北新区集中签约。'.repeat(8)}</p></div></nav></body>`);
    expect(insaneArticleRootReason(doc, doc.querySelector('.right-sidebar')!)).toBe('sidebar-like id or class');
    expect(insaneArticleRootReason(doc, doc.querySelector('#n')!)).toBe('page chrome');
  });

  it('accepts a paragraph-less article with enough text', () => {
    const doc = parsePage(
      `<body><div id="a">${'<div>苏州工业园区举行重大项目集中签约，37个项目总投资超420亿元。</div>'.repeat(3)}</div></body>`,
    );
    expect(insaneArticleRootReason(doc, doc.querySelector('#a')!)).toBeNull();
    expect(insaneArticleRootReason(doc, doc.querySelector('#a > div')!)).toBe('too little text');
  });
});

describe('findArticleRootByScore (the fallback heuristic)', () => {
  it('falls back to <body> on a page without paragraphs', () => {
    const doc = parsePage('<body><div>短</div></body>');
    expect(findArticleRootByScore(doc)).toBe(doc.body);
    expect(locateArticleRoot(doc).source).toBe('body');
  });
});

describe('a page too long for Readability', () => {
  it('finds the article with the heuristic, without asking Readability', () => {
    const paragraph = '<p>宁波舟山港前三季度货物吞吐量稳居全球第一，甬舟两地携手共建世界一流强港。</p>';
    const doc = parsePage(`<body><nav><a href="#">首页</a></nav>
      <div id="feed">${paragraph.repeat(Math.ceil(READABILITY_MAX_TEXT / 36) + 1)}</div>
      <aside><p>热门新闻推荐，每日更新。</p></aside></body>`);
    const { result, asked } = locateNotingReadability(doc);
    expect(asked).toBe(false);
    expect(result.readabilityRejected).toBe('too much text');
    expect(result.source).toBe('heuristic');
    expect(result.root).toBe(doc.querySelector('#feed'));
  });

  it('is measured in steps a few hundred paragraphs long, which find the same root', () => {
    const paragraph = '<p>宁波舟山港前三季度货物吞吐量稳居全球第一，甬舟两地携手共建世界一流强港。</p>';
    const doc = parsePage(`<body><div id="feed">${paragraph.repeat(2000)}</div>
      <aside>${'<p>热门新闻推荐，每日更新。</p>'.repeat(10)}</aside></body>`);
    const steps = locateArticleRootSteps(doc);
    let yields = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) yields++;
    // 2,010 paragraphs: a step yields after every 256 of them.
    expect(yields).toBe(7);
    expect(step.value).toEqual(locateArticleRoot(doc));
    expect(step.value.root).toBe(doc.querySelector('#feed'));
  });
});

describe('scanRoots', () => {
  it('returns the article root for "article" and <body> for "page"', () => {
    const doc = parsePage(readFixturePage('hongqiao-yrd-cooperation.zh-Hans.html'));
    expect(scanRoots(doc, 'article')).toEqual([doc.querySelector('#story')]);
    expect(scanRoots(doc, 'page')).toEqual([doc.body]);
  });

  it('gives the same roots as steps', () => {
    const doc = parsePage(readFixturePage('hongqiao-yrd-cooperation.zh-Hans.html'));
    expect(finishSteps(scanRootSteps(doc, 'article'))).toEqual([doc.querySelector('#story')]);
    expect(finishSteps(scanRootSteps(doc, 'page'))).toEqual([doc.body]);
  });
});

describe('the cheap counts the root is found with', () => {
  it('counts text without white space exactly as removing every \\s would', () => {
    let everyUnit = '';
    for (let code = 0; code < 0x10000; code++) everyUnit += String.fromCharCode(code);
    expect(compactLength(everyUnit)).toBe(everyUnit.replace(/\s+/gu, '').length);
    expect(compactLength(' 宁波\u3000市\u00a0长\n')).toBe(4);
    expect(compactLength(null)).toBe(0);
  });

  it.each(fixturePageNames())('tells a text longer than a limit as textContent does, on %s', (name) => {
    const doc = parsePage(readFixturePage(name));
    const length = doc.body.textContent!.length;
    for (const limit of [0, 1, length - 1, length, length + 1, READABILITY_MAX_TEXT]) {
      expect(textLongerThan(doc.body, limit)).toBe(length > limit);
    }
  });
});
