// Big generated article pages, for the browser benchmark and the huge-page E2E: no multi-megabyte
// fixture is committed, the same pages are made from the fixture articles' paragraphs each time.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { FIXTURE_PAGES } from './fixture-server.mjs';

/**
 * The paragraphs of the fixture articles: varied district news, dense with entity names.
 * @returns {string[]}
 */
export function fixtureParagraphs() {
  const out = [];
  for (const file of [
    'hongqiao-yrd-cooperation.zh-Hans.html',
    'suzhou-industrial-park-investment.zh-Hans.html',
    'nanjing-jiangbei-new-area.zh-Hans.html',
    'guangzhou-nansha-canton-fair.zh-Hans.html',
    'ningbo-zhoushan-port.zh-Hant.html',
    'hefei-high-tech-zone.zh-Hant-pinyin.html',
  ]) {
    const html = readFileSync(path.join(FIXTURE_PAGES, file), 'utf8');
    for (const [, inner] of html.matchAll(/<p>([\s\S]*?)<\/p>/gu)) if (inner.length > 40) out.push(inner);
  }
  return out;
}

/**
 * An article page with about `chars` characters of text, paragraphs in a fixed shuffled order
 * (the same page every time).
 * @param {string[]} paragraphs
 * @param {number} chars
 * @param {string} title
 * @returns {string}
 */
export function bigPage(paragraphs, chars, title) {
  const body = [];
  let length = 0;
  let seed = 7;
  while (length < chars) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    const p = paragraphs[seed % paragraphs.length];
    body.push(`<p>${p}</p>`);
    length += p.replace(/<[^>]*>/gu, '').length;
  }
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${title}</title></head>
<body><header><nav><a href="#">首页</a><a href="#">宁波</a></nav></header>
<main><article id="story"><h1>${title}</h1>${body.join('\n')}</article></main>
<footer>版权所有</footer></body></html>`;
}
