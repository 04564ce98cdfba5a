// Issue 13, kind 9: names of known platforms the knowledge base does not list, parts of platforms,
// and one entity per platform however it was found. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { derivePlatformNames, twoPlaceShortForm } from '../../lib/core/detection/platform-names';
import { foldToSimplified } from '../../lib/core/normalize/normalize-for-matching';
import { SHIPPED_KNOWLEDGE_BASE } from '../support/knowledge-base';
import { detector, platforms, surfaces } from './platforms-support';

const derived = derivePlatformNames(SHIPPED_KNOWLEDGE_BASE, foldToSimplified);

describe('a park named after two places is called by their first characters + 园区', () => {
  const placeAt = (name: string, at: number) =>
    ['深圳', '哈尔滨', '宿州', '马鞍山', '苏州', '宿迁'].find((p) => name.startsWith(p, at))?.length ?? 0;
  const initial = (c: string) => '深哈宿马苏滁锡'.includes(c);

  it.each([
    ['苏宿工业园区', '苏宿园区'],
    ['深圳（哈尔滨）产业园区', '深哈园区'],
    ['宿州马鞍山现代产业园区', '宿马园区'],
    ['苏滁现代产业园', '苏滁园区'],
    ['深哈产业园', '深哈园区'],
  ])('%s → %s', (name, short) => {
    expect(twoPlaceShortForm(name, placeAt, initial)).toBe(short);
  });

  it.each(['苏州工业园区', '生物医药产业园', '苏州生物医药产业园', '东湖工业园区'])('%s has none', (name) => {
    expect(twoPlaceShortForm(name, placeAt, initial)).toBeUndefined();
  });

  it('gives known parks their short form, safe to match anywhere', () => {
    const park = [...derived.kb.entries].find((e) => e.name === '宿州马鞍山现代产业园区');
    expect(park?.aliases).toContain('宿马园区');
    const text = '宿马园区今年新签约项目二十个';
    expect(platforms(text).map((e) => e.name)).toEqual(['宿州马鞍山现代产业园区']);
  });

  it('makes a shape-found park and its short form one entity', () => {
    const text = '苏滁现代产业园招商推介会在滁州举行，苏滁园区将重点发展智能制造';
    const found = platforms(text);
    expect(found).toHaveLength(1);
    expect(surfaces(text, found[0]!)).toEqual(['苏滁现代产业园', '苏滁园区']);
  });
});

describe('X核心区 is a part of the platform X, and its own platform', () => {
  it.each([
    ['虹桥商务区核心区交通便利', '虹桥商务区核心区'],
    ['临港科技城核心区首批项目开工', '临港科技城核心区'],
    ['鹤湖科学城核心区控制性详规获批', '鹤湖科学城核心区'],
  ])('%s', (text, name) => {
    expect(platforms(text).map((e) => e.name)).toEqual([name]);
  });

  it.each(['城市核心区人口密集', '浙江海洋经济发展核心区建设', '核心区面积达十平方公里'])(
    'is nothing after what is no platform: %s',
    (text) => {
      expect(platforms(text)).toEqual([]);
    },
  );
});

describe("a free trade zone's 片区 is its own platform", () => {
  it('is found by its own name where the article names the zone', () => {
    const text = '陕西自贸试验区挂牌以来，中心片区新增企业两千家';
    const names = platforms(text).map((e) => e.name);
    expect(names).toContain('中国（陕西）自由贸易试验区中心片区');
    expect(names).toContain('中国（陕西）自由贸易试验区');
  });

  it('is found in a list of the zone’s areas', () => {
    const text = '北京自贸试验区设科技创新片区、国际商务服务片区和高端产业片区';
    const names = platforms(text).map((e) => e.name);
    expect(names).toEqual(
      expect.arrayContaining([
        '中国（北京）自由贸易试验区科技创新片区',
        '中国（北京）自由贸易试验区国际商务服务片区',
        '中国（北京）自由贸易试验区高端产业片区',
      ]),
    );
  });

  it('is not found by that name alone, without the zone', () => {
    expect(platforms('中心片区新增企业两千家')).toEqual([]);
    expect(platforms('纳入科技创新片区管理')).toEqual([]);
  });

  it('is a platform of its own after the zone’s short name, not the zone and another platform', () => {
    const text = '广东自贸区横琴片区与珠海市政府签约';
    const found = platforms(text);
    expect(found.map((e) => e.name)).toEqual(['中国（广东）自由贸易试验区珠海横琴新区片区']);
    expect(found.flatMap((e) => surfaces(text, e))).toEqual(['广东自贸区横琴片区']);
  });
});

describe('one platform, one entity, however it was found', () => {
  it.each([
    ['深圳前海合作区管理局发布通告', 'platform:qianhai'],
    ['浙江宁波杭州湾新区管委会召开会议', 'platform:hangzhou-bay-new-area'],
    ['广州南沙新区片区挂牌', 'platform:ftz-guangdong-nansha'],
  ])('%s', (text, id) => {
    const found = platforms(text);
    expect(found.map((e) => e.id)).toContain(id);
    expect(found.filter((e) => e.id.startsWith('platform:local:'))).toEqual([]);
  });

  // Places that may stand before a platform's own name.
  const PLACES = ['广东', '深圳', '上海', '浙江', '江苏'];
  const named = SHIPPED_KNOWLEDGE_BASE.entries.filter(
    (e) => e.type === 'platform' && /(合作区|新区|开发区|产业园|示范区)$/u.test(e.name),
  );

  it('property: a place before a known platform leaves the platform one entity', () => {
    fc.assert(
      fc.property(fc.constantFrom(...PLACES), fc.constantFrom(...named), (place, entry) => {
        const found = platforms(`${place}${entry.name}持续扩大开放。${entry.name}今年引进项目。`);
        expect(found.filter((e) => e.id === entry.id)).toHaveLength(1);
        expect(found.filter((e) => e.id.startsWith('platform:local:'))).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});

describe('a region named X地区', () => {
  it.each([
    ['粤港澳地区的合作不断深化', '粤港澳地区'],
    ['京津冀地区协同发展', '京津冀地区'],
    ['珠三角地区制造业发达', '珠三角地区'],
  ])('%s covers %s', (text, surface) => {
    const regions = detector.detect(text).filter((e) => e.type === 'region');
    expect(regions.flatMap((e) => surfaces(text, e))).toEqual([surface]);
  });
});

describe('the national key development and opening-up pilot zones and the inland open economy zone', () => {
  it.each([
    ['二连浩特重点开发开放试验区、满洲里综合保税区向北开放', '二连浩特重点开发开放试验区'],
    ['云南瑞丽国家重点开发开放试验区加强联动', '瑞丽重点开发开放试验区'],
    ['黑龙江绥芬河-东宁重点开发开放试验区揭牌', '绥芬河—东宁重点开发开放试验区'],
    ['廣西東興國家重點開發開放試驗區', '东兴重点开发开放试验区'],
  ])('%s', (text, name) => {
    const found = platforms(text).filter((e) => e.name === name);
    expect(found).toHaveLength(1);
    expect(found[0]!.evidence).toEqual({ kind: 'knowledge-base' });
  });

  it('内陆开放型经济试验区 is Ningxia’s where the article names Ningxia', () => {
    expect(platforms('宁夏是全国首个内陆开放型经济试验区').map((e) => e.name)).toEqual(['宁夏内陆开放型经济试验区']);
    expect(platforms('甘肃将学习内陆开放型经济试验区经验').map((e) => e.name)).toEqual([]);
  });

  it.each([
    ['北京市通州区：城市副中心建设提速', '北京城市副中心'],
    ['北京：城市副中心站综合交通枢纽开通', '北京城市副中心'],
  ])('城市副中心 in Beijing news is Beijing’s: %s', (text, name) => {
    expect(platforms(text).map((e) => e.name)).toContain(name);
  });

  it('城市副中心 elsewhere is no platform', () => {
    expect(platforms('南阳要打造省域城市副中心').map((e) => e.name)).toEqual([]);
  });
});
