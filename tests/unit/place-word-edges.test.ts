// Issue 13: a place name is read where the text says a place, not across a word edge, and not where
// it names a website, a campus, a paper or an airport. Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { crossesWordEdge, namesSomethingElse } from '../../lib/core/detection/place-rules';
import { detector } from './platforms-support';

const cities = (text: string) =>
  detector
    .detect(text)
    .filter((e) => e.type === 'city')
    .map((e) => e.name);

describe('a short place name read across a word edge is no place', () => {
  it.each([
    ['高水平南阳', 2, 4],
    ['黄河北岸', 1, 3],
    ['提高水平南京', 3, 5],
  ])('crossesWordEdge(%s, %i, %i)', (text, start, end) => {
    expect(crossesWordEdge(text, start, end)).toBe(true);
  });

  it.each([
    ['黄河北岸新城建设提速', '河北省'],
    ['推动高水平南阳建设', '平南县'],
    ['参观中国—东盟信息港南宁核心基地', '港南区'],
  ])('%s has no %s', (text, wrong) => {
    expect(cities(text)).not.toContain(wrong);
  });

  it.each([
    ['推动高水平南阳建设', '南阳市'],
    ['要提高水平南京各区都要行动', '南京市'],
    ['湖南河北两省签约', '河北省'],
    ['江苏南京举行推介会', '南京市'],
  ])('%s still has %s', (text, place) => {
    expect(cities(text)).toContain(place);
  });

  it('property: two provinces written together stay two places', () => {
    const provinces = ['江苏', '浙江', '河北', '湖南', '四川', '广东', '山东', '河南'];
    fc.assert(
      fc.property(fc.constantFrom(...provinces), fc.constantFrom(...provinces), (a, b) => {
        fc.pre(a !== b);
        const found = cities(`${a}${b}两省签署协议`);
        expect(found).toEqual(expect.arrayContaining([`${a}省`, `${b}省`]));
      }),
    );
  });
});

describe('a place name that names something else', () => {
  it.each([
    ['来源：龙江开放网', 3, 5],
    ['来源:白山黑水经贸网', 3, 5],
    ['中国矿业大学（北京）教授', 7, 9],
  ])('namesSomethingElse(%s, %i, %i)', (text, start, end) => {
    expect(namesSomethingElse(text, start, end, false)).toBe(true);
  });

  it.each([
    ['依托美兰机场扩建', '美兰区'],
    ['从双流国际机场出发', '双流区'],
    ['來源：新京報', '新疆维吾尔自治区'],
    ['来源:白山黑水经贸网', '白山市'],
    ['中国石油大学(华东)和中国矿业大学(北京)', '北京市'],
  ])('%s has no %s', (text, wrong) => {
    expect(cities(text)).not.toContain(wrong);
  });

  it.each([
    ['依托三亚国际机场', '三亚市'],
    ['北京大学代表团访问宁波', '宁波市'],
    ['京津冀和沪苏浙', '上海市'],
  ])('%s still has %s', (text, place) => {
    expect(detector.detect(text).some((e) => e.name === place || e.type === 'region')).toBe(true);
  });
});

describe('a district whose full name is a common noun needs its city', () => {
  it.each(['了解城区的规划', '冷空气南下，城区最低气温零下2摄氏度', '郊区农户收入增长'])('%s', (text) => {
    expect(cities(text)).toEqual([]);
  });

  it.each([
    ['阳泉市城区召开会议', '城区'],
    ['晋城市城区人民政府', '城区'],
    ['铜陵市郊区举行签约', '郊区'],
  ])('%s', (text, place) => {
    expect(cities(text)).toContain(place);
  });
});
