// Issue 13: Mongolian, Tibetan and Uyghur names. Four-character names (巴音朝鲁, 白玛旺堆) are read
// whole when only the four-character reading ends where a name ends; transliterated names written
// with an interpunct (艾尔肯·吐尼亚孜) are one name, whichever dot the page uses.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { createDetector } from '../../lib/core/detection/detect';
import { findTitledPeople, readPersonalName } from '../../lib/core/detection/official-detector';
import { SHIPPED_KNOWLEDGE_BASE } from '../support/knowledge-base';

const detector = createDetector(SHIPPED_KNOWLEDGE_BASE);
const names = (text: string) => findTitledPeople(text, []).map((p) => p.name);
const officials = (text: string) =>
  detector
    .detect(text)
    .filter((e) => e.type === 'official')
    .map((e) => e.name);

describe('four-character names', () => {
  it('takes four characters when only four end where a name ends', () => {
    expect(names('日喀则市委书记达娃次仁出席开幕式。')).toEqual(['达娃次仁']);
    expect(names('自治区政协主席白玛赤林,副主席')).toEqual(['白玛赤林']);
    expect(names('盟委书记白音仓布、盟长王炜出席')).toEqual(['白音仓布', '王炜']);
  });

  it('keeps two and three characters where they end clearly', () => {
    expect(names('书记王伟强调,')).toEqual(['王伟']);
    expect(names('主任李明华出席会议')).toEqual(['李明华']);
    expect(names('副市长刘洁说。')).toEqual(['刘洁']);
  });

  it('finds four-character officials in traditional and pinyin pages', () => {
    expect(officials('吉林省委書記巴音朝魯會見客商。')).toContain('巴音朝鲁');
    expect(officials('拉薩市委書(shū)記白(bái)瑪旺堆,市長')).toContain('白玛旺堆');
  });

  const FOUR = ['巴特朝鲁', '白玛旺堆', '达娃次仁', '白音仓布'];
  it('property: a four-character name after a title and before punctuation or a verb is whole', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FOUR), fc.constantFrom('，', '。', '出席', '指出', '会见'), (name, after) => {
        const text = `自治区党委书记${name}${after}`;
        expect(readPersonalName(text, 7)).toBe(4);
      }),
    );
  });
});

describe('names with an interpunct', () => {
  it('reads both parts as one name with any dot', () => {
    expect(names('自治区主席雪克来提·扎克尔指出')).toEqual(['雪克来提·扎克尔']);
    expect(names('州长帕尔哈提・肉孜表示,')).toEqual(['帕尔哈提・肉孜']);
    expect(names('市委书记努尔•白克力出席')).toEqual(['努尔•白克力']);
    expect(names('地委副书记、行署专员买买提江‧吾买尔为活动揭牌')).toContain('买买提江‧吾买尔');
  });

  it('finds the official and the later mention in a traditional page', () => {
    const found = detector.detect('自治區主席艾爾肯·吐尼亞孜為自貿區揭牌。艾爾肯·吐尼亞孜說,');
    const official = found.find((e) => e.name === '艾尔肯·吐尼亚孜');
    expect(official?.type).toBe('official');
    expect(official?.mentions).toHaveLength(2);
  });

  it('needs two characters on each side', () => {
    expect(names('记者王涛·摄')).toEqual(['王涛']);
  });
});
