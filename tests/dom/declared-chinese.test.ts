// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { declaresChinese } from '../../lib/dom/declared-chinese';

/** A document as document_start sees it: `<html>` with its attributes, no body yet. */
function pageWith(html: string, characterSet = 'UTF-8'): Document {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  Object.defineProperty(doc, 'characterSet', { value: characterSet });
  return doc;
}

describe('declaresChinese (the early wake’s hint)', () => {
  it('is true for a page that says it is Chinese by its language, its charset or its host', () => {
    expect(declaresChinese(pageWith('<html lang="zh-CN">'), 'news.example.com')).toBe(true);
    expect(declaresChinese(pageWith('<html lang="zh-Hant-TW">'), 'news.example.com')).toBe(true);
    expect(declaresChinese(pageWith('<html lang=" ZH ">'), 'news.example.com')).toBe(true);
    expect(declaresChinese(pageWith('<html>', 'GBK'), 'news.example.com')).toBe(true);
    expect(declaresChinese(pageWith('<html>', 'Big5'), 'news.example.com')).toBe(true);
    expect(declaresChinese(pageWith('<html lang="en">'), 'www.gov.cn')).toBe(true);
    expect(declaresChinese(pageWith('<html>'), 'news.sina.com.HK')).toBe(true);
  });

  it('is false for any other page, so it never starts the background', () => {
    expect(declaresChinese(pageWith('<html lang="en">'), 'example.com')).toBe(false);
    expect(declaresChinese(pageWith('<html lang="zhx">'), 'example.com')).toBe(false);
    expect(declaresChinese(pageWith('<html>'), 'cn.example.com')).toBe(false);
    expect(declaresChinese(pageWith('<html lang="ja">', 'Shift_JIS'), 'example.jp')).toBe(false);
  });
});
