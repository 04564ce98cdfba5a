// Issue 13, kind 8: a platform's short name inside a company, a listed share or a project is not
// the platform. Sentences written for these tests (not the examples).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { companyWordAt } from '../../lib/core/detection/platform-names';
import { SHIPPED_KNOWLEDGE_BASE } from '../support/knowledge-base';
import { platforms } from './platforms-support';

const ids = (text: string) => platforms(text).map((e) => e.id);

describe('a short form followed by a company, share or project word is a company', () => {
  it.each([
    ['泰达股份披露半年报', 'platform:tianjin-etdz'],
    ['中关村（000931）股价上涨', 'platform:zhongguancun'],
    ['光谷集团发布年度报告', 'platform:east-lake-hi-tech-zone'],
    ['张江园区公司与多家基金签约', 'platform:zhangjiang-hi-tech-park'],
    ['泰达控股召开董事会', 'platform:tianjin-etdz'],
  ])('%s', (text, id) => {
    expect(ids(text)).not.toContain(id);
  });

  it.each([
    ['泰达已聚集一批外资企业', 'platform:tianjin-etdz'],
    ['光谷企业数量再创新高', 'platform:east-lake-hi-tech-zone'],
    ['中关村已成为创新高地', 'platform:zhongguancun'],
  ])('the same short form elsewhere is the platform: %s', (text, id) => {
    expect(ids(text)).toContain(id);
  });

  it('keeps a full name followed by an organ or a company word (the zone is named)', () => {
    expect(ids('天津经济技术开发区管委会主任出席')).toContain('platform:tianjin-etdz');
  });

  it('tells a stock code from a bracketed place', () => {
    expect(companyWordAt('中关村（000931）', 3)).toBe(true);
    expect(companyWordAt('中关村(600895.SH)', 3)).toBe(true);
    expect(companyWordAt('中国（上海）', 2)).toBe(false);
    expect(companyWordAt('泰达已聚集', 2)).toBe(false);
  });

  const COMPANY_WORDS = ['集团', '股份', '公司', '控股', '高科', '发布公告', '项目', '（600895）'];
  // Short forms (not canonical names) of platforms, at least three characters long so that
  // nothing else in the knowledge base starts the same way.
  const shortForms = SHIPPED_KNOWLEDGE_BASE.entries
    .filter((e) => e.type === 'platform')
    .flatMap((e) => e.aliases.filter((a) => a.length >= 3 && a !== e.name).map((alias) => ({ id: e.id, alias })));

  it('property: no platform short form followed by a company word is that platform', () => {
    fc.assert(
      fc.property(fc.constantFrom(...shortForms), fc.constantFrom(...COMPANY_WORDS), ({ id, alias }, word) => {
        expect(ids(`据悉，${alias}${word}今日披露`)).not.toContain(id);
      }),
      { numRuns: 300 },
    );
  });
});
