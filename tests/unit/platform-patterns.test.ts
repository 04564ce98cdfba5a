import { describe, expect, it } from 'vitest';
import { findPatternPlatforms } from '../../lib/core/detection/platform-patterns';

/** Names found in `text`, where `places` are the known place names (their spans count as proper nouns). */
function platformNames(text: string, places: readonly string[] = []): string[] {
  const known = places.flatMap((p) => {
    const at = text.indexOf(p);
    return at < 0 ? [] : [{ start: at, end: at + p.length, proper: true, platform: false }];
  });
  return findPatternPlatforms(text, { known: known.sort((a, b) => a.start - b.start) }).map((p) => p.name);
}

describe('findPatternPlatforms', () => {
  it.each([
    ['沪苏大丰产业联动集聚区正式揭牌', ['大丰'], '沪苏大丰产业联动集聚区'],
    ['项目落户苏州生物医药产业园。', ['苏州'], '苏州生物医药产业园'],
    ['来自苏州生物医药产业园的企业', ['苏州'], '苏州生物医药产业园'],
    ['2024中国（广州）国际智能装备博览会开幕', ['广州'], '2024中国（广州）国际智能装备博览会'],
    ['加快建设扬子江新金融集聚区', [], '扬子江新金融集聚区'],
    ['中国（安徽）自由贸易试验区合肥片区', ['安徽', '合肥'], '中国（安徽）自由贸易试验区合肥片区'],
    ['全面落实好接轨上海示范区行动计划', ['上海'], '接轨上海示范区'],
  ])('finds the platform in %s', (text, places, expected) => {
    expect(platformNames(text, places)).toContain(expected);
  });

  it.each([
    ['本次博览会吸引了众多企业'],
    ['打造数字经济集聚区'],
    ['全国178家国家高新区中位列第五'],
    ['建设世界一流高科技园区'],
    ['进一步提升商务区服务能级'],
    ['相关部门给予新区大力支持'],
    ['一批功能性平台'],
    ['高水平开放示范区'],
  ])('finds no platform in the generic phrase %s', (text) => {
    expect(platformNames(text)).toEqual([]);
  });

  it('stops the name at a copula or a function word', () => {
    expect(platformNames('南沙新区是国家级新区', ['南沙'])).toEqual(['南沙新区']);
    expect(platformNames('青浦既是示范区的一部分', ['青浦'])).toEqual([]);
  });

  it('reports where the platform stands and what kind it is', () => {
    const text = '签约落户苏州生物医药产业园';
    const [found] = findPatternPlatforms(text, { known: [{ start: 4, end: 6, proper: true, platform: false }] });
    expect(found).toEqual({
      start: 4,
      end: text.length,
      name: '苏州生物医药产业园',
      kind: 'industrial park',
      suffix: '产业园',
    });
  });
});
