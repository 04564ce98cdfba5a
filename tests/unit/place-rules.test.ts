import { describe, expect, it } from 'vitest';
import type { KbEntry } from '../../lib/core/knowledge/knowledge-base';
import {
  abbreviationInContext,
  chooseEntry,
  followedByNonPlace,
  inListOfPlaces,
} from '../../lib/core/detection/place-rules';

const place = (id: string, parentId: string, provinceId: string): KbEntry => ({
  id,
  type: 'city',
  name: '鼓楼区',
  aliases: [],
  kind: 'district',
  level: 'county',
  parentId,
  provinceId,
});

describe('followedByNonPlace', () => {
  it.each([
    ['南京路步行街', 2, true],
    ['南京东路', 2, true],
    ['宁波大学', 2, true],
    ['杭州日报', 2, true],
    ['南京市', 2, false],
    ['南京、苏州', 2, false],
  ])('%s after %i characters → %s', (text, end, expected) => {
    expect(followedByNonPlace(text, end)).toBe(expected);
  });
});

describe('abbreviationInContext', () => {
  const placesAt = (offsets: number[]) => (offset: number) => offsets.includes(offset);

  it('accepts an abbreviation next to another one (沪苏浙皖)', () => {
    expect(abbreviationInContext('沪苏浙皖四地', 0, placesAt([1]))).toBe(true);
  });

  it('accepts an unambiguous abbreviation after a verb of going or staying (驻沪, 赴沪)', () => {
    expect(abbreviationInContext('各城市驻沪机构', 4, placesAt([]))).toBe(true);
    expect(abbreviationInContext('企业赴沪参展', 3, placesAt([]))).toBe(true);
  });

  it('rejects an everyday word even after such a verb (在新的…)', () => {
    expect(abbreviationInContext('在新的起点上', 1, placesAt([]))).toBe(false);
  });

  it('rejects an abbreviation standing alone', () => {
    expect(abbreviationInContext('苏醒过来', 0, placesAt([]))).toBe(false);
  });
});

describe('inListOfPlaces', () => {
  it('accepts a weak name listed with places (朝阳、海淀)', () => {
    const text = '朝阳、海淀两区';
    expect(
      inListOfPlaces(
        text,
        0,
        2,
        () => false,
        (o) => o === 3,
      ),
    ).toBe(true);
  });

  it('rejects a weak name used as a word (朝阳产业)', () => {
    expect(
      inListOfPlaces(
        '发展朝阳产业',
        2,
        4,
        () => false,
        () => false,
      ),
    ).toBe(false);
  });
});

describe('chooseEntry', () => {
  const nanjing = place('city:320106', 'city:320100', 'city:320000');
  const fuzhou = place('city:350102', 'city:350100', 'city:350000');

  it('picks the same-named district whose city the article names', () => {
    expect(chooseEntry([nanjing, fuzhou], new Map([['city:350100', 1]]))).toBe(fuzhou);
    expect(
      chooseEntry(
        [nanjing, fuzhou],
        new Map([
          ['city:320100', 3],
          ['city:350100', 1],
        ]),
      ),
    ).toBe(nanjing);
  });

  it('falls back to the first entry when nothing in the article tells them apart', () => {
    expect(chooseEntry([nanjing, fuzhou], new Map())).toBe(nanjing);
  });
});
