// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { chooseArticleDate } from '../../lib/core/brief';
import { articleDateSources } from '../../lib/dom/article-date-sources';
import { findArticleRoot } from '../../lib/dom/article-root';

/** The article date District Lens reads from a page's HTML. */
function dateOf(html: string) {
  document.documentElement.innerHTML = html;
  return chooseArticleDate(articleDateSources(document, findArticleRoot(document)));
}

const STORY =
  '<p>5月28日，虹桥商务区管委会与宁波签订合作协议，这是继嘉兴之后，又一个长三角重要节点城市与商务区开展全面紧密合作。截至目前，已有苏州、金华、嘉兴、宁波等一批长三角城市与商务区协议开展合作。</p>';

describe('the article date on a page', () => {
  it('reads publication meta first', () => {
    expect(
      dateOf(
        `<head><meta property="article:published_time" content="2019-06-04T09:00:00+08:00"></head><body><article><div>2019-06-01 来源：央广网</div>${STORY}</article></body>`,
      ),
    ).toEqual({ date: '2019-06-04', source: 'meta' });
  });

  it('reads JSON-LD datePublished, also inside @graph', () => {
    const jsonLd = JSON.stringify({
      '@graph': [{ '@type': 'NewsArticle', datePublished: '2023-05-19T10:00:00+08:00' }],
    });
    expect(
      dateOf(
        `<head><script type="application/ld+json">${jsonLd}</script></head><body><article>${STORY}</article></body>`,
      ),
    ).toEqual({ date: '2023-05-19', source: 'json-ld' });
  });

  it('reads <time datetime>, then a visible date line above or at the top of the article', () => {
    expect(dateOf(`<body><article><time datetime="2022-11-02">11月2日</time>${STORY}</article></body>`)).toEqual({
      date: '2022-11-02',
      source: 'time',
    });
    expect(
      dateOf(`<body><article><h1>标题</h1><div class="meta">2019-06-04 来源:央广网</div>${STORY}</article></body>`),
    ).toEqual({
      date: '2019-06-04',
      source: 'line',
    });
    expect(
      dateOf(
        `<body><div class="info">发布时间：2023年05月19日 09:30 来源：园区网</div><article>${STORY}${STORY}</article></body>`,
      ),
    ).toEqual({ date: '2023-05-19', source: 'line' });
  });

  it('gives no date when the page states none (a date in the body is no publication date)', () => {
    expect(
      dateOf(
        `<body><article>${STORY}<p>2018年12月，双方曾签署框架协议，并在此后多次开展互访交流活动，推动合作走深走实。</p></article></body>`,
      ),
    ).toBeUndefined();
    expect(
      dateOf(
        '<head><script type="application/ld+json">{broken</script></head><body><article>' + STORY + '</article></body>',
      ),
    ).toBeUndefined();
  });
});
