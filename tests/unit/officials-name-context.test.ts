// Issue 13: names in more contexts. 道 ends street names but stands inside given names (黄道伟);
// a name with its title after it may follow a verb or function word of the lexicon (`落实好习近平
// 总书记…`), and a phrase such as 习近平新时代…思想 names no person.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { findTitledPeople, readPersonalName } from '../../lib/core/detection/official-detector';

const names = (text: string) => findTitledPeople(text, []).map((p) => p.name);

describe('道 inside a given name', () => {
  it('reads 道 as the middle of a three-character name', () => {
    expect(names('自治区常务副主席黄道伟的陪同下')).toEqual(['黄道伟']);
    expect(names('市长王道明表示,')).toEqual(['王道明']);
    expect(names('區長陳道(dào)遠指出').length + names('区长陈道远指出').length).toBeGreaterThan(0);
  });

  it('keeps street names out of names', () => {
    expect(readPersonalName('王道路', 0)).toBe(0);
    expect(names('苏州市长江路')).toEqual([]);
    expect(names('主任陈道口村')).toEqual([]);
  });
});

describe('a name with its title after a verb', () => {
  it('reads the name after a verb or function word', () => {
    expect(names('要深入学习贯彻落实好习近平总书记重要讲话精神')).toEqual(['习近平']);
    expect(names('大家都支持王伟区长的工作')).toEqual(['王伟']);
    expect(names('坚决拥护李强总理的部署')).toEqual(['李强']);
  });

  it('reads no person in ordinary phrases', () => {
    expect(names('学习习近平新时代中国特色社会主义思想')).toEqual([]);
    expect(names('会议选举新任区长')).toEqual([]);
    expect(names('要求各位市长')).toEqual([]);
  });

  const VERBS = ['落实好', '贯彻', '支持', '拥护', '感谢', '欢迎'];
  const NAMES = ['王伟', '李明华', '欧阳文', '刘洁'];
  it('property: VERB NAME 区长 gives NAME', () => {
    fc.assert(
      fc.property(fc.constantFrom(...VERBS), fc.constantFrom(...NAMES), (verb, name) => {
        expect(names(`要${verb}${name}区长的部署`)).toEqual([name]);
      }),
    );
  });
});
