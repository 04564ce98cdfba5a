// Kinds of platform error the second held-out batch of real pages showed (2026-12-07): a name run
// across 继 or 中国共产党, honours read as zones, platform words the patterns lacked, a platform's
// short form inside a company name with a word between. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { platformNames } from './platforms-support';

describe('words that end a platform name scanning left', () => {
  it('stops at 继 (成为继…之后)', () => {
    expect(platformNames('该区有望成为继两江新区之后又一个国家级新区')).toEqual(['重庆两江新区']);
  });

  it('stops at 中国共产党, as at 中共', () => {
    const names = platformNames('中国共产党苏州工业园区工作委员会召开全体会议');
    expect(names).toContain('苏州工业园区');
    expect(names.some((n) => n.startsWith('中国共产党'))).toBe(false);
  });
});

describe('honours a zone is awarded are no platforms', () => {
  it.each(['该园区被评为浙江省知名品牌示范区', '荣获全国百佳产业示范园区称号', '入选中国百强园区榜单'])(
    '%s',
    (text) => {
      expect(platformNames(text)).toEqual([]);
    },
  );
});

describe('platform words of bonded logistics, finance, border cooperation and single-industry parks', () => {
  it.each([
    ['货物进入南宁保税物流中心', '南宁保税物流中心'],
    ['丝路金融城首批机构入驻', '丝路金融城'],
    ['临沂商贸物流城扩建', '临沂商贸物流城'],
    ['他考察了中老磨憨边境合作中心', '中老磨憨边境合作中心'],
    ['泰兴经济开发区化工园扩区', '泰兴经济开发区化工园'],
    ['寿光蔬菜高科技示范园迎来参观者', '寿光蔬菜高科技示范园'],
  ])('%s', (text, name) => {
    expect(platformNames(text)).toContain(name);
  });

  it('finds none in the bare words', () => {
    expect(platformNames('各地建设现代农业示范园和化工园')).toEqual([]);
  });
});

describe('a short form with a word before the company word is a company', () => {
  it.each(['光谷联合控股发布公告', '中关村发展集团投资一家企业', '光谷建设投资公司中标'])('%s', (text) => {
    expect(platformNames(text)).toEqual([]);
  });

  it('keeps the short form where no company word follows', () => {
    expect(platformNames('光谷发展迅速')).toEqual(['武汉东湖新技术开发区']);
  });
});
