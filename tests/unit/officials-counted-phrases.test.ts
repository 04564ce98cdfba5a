// Issue 13: a count, a date or a doubled adverb next to a title is no name. Found on a real page
// (`1位女性常委`, `14位新常委`, `市长双双入选`, `2005年后历任`); the sentences here are written apart
// from it, and the property covers any Han text after a digit.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { readPersonalName } from '../../lib/core/detection/official-detector';
import { peopleIn } from '../support/detected-people';

describe('a count or a date before a title is no name', () => {
  it('reads `N位/名 … title` as people counted', () => {
    expect(peopleIn('本次换届共有3位新常委，其中2名副省长来自外省。')).toEqual([]);
    expect(peopleIn('全市12位区长参加了培训，5位女性副区长作了交流发言。')).toEqual([]);
    expect(peopleIn('会上，4位江苏副市长介绍了各自城市的开放平台。')).toEqual([]);
  });

  it('reads a year before an appointment as a date', () => {
    expect(peopleIn('他2016年后历任县长、县委书记，2021年起任副市长。')).toEqual([]);
    expect(peopleIn('2019年曾任市长助理。')).toEqual([]);
  });

  it('keeps a name after a digit-free boundary', () => {
    expect(peopleIn('2023年，市长王建军表示，开发区将扩区。')).toEqual(['王建军']);
    expect(peopleIn('第3次会议由区长陈立新主持。')).toEqual(['陈立新']);
  });
});

describe('a doubled surname is an adverb', () => {
  it('reads 双双, 常常, 单单 as adverbs after titles', () => {
    expect(peopleIn('两地的市委书记、市长双双入选省委常委。')).toEqual([]);
    expect(peopleIn('副县长常常深入企业解决难题。')).toEqual([]);
    expect(peopleIn('今年区长单单招商一项就跑了二十多个城市。')).toEqual([]);
  });

  it('never starts a name right after an Arabic digit or on a doubled surname', () => {
    const han = fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((c) => String.fromCharCode(c));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9 }), fc.array(han, { minLength: 1, maxLength: 5 }), (digit, chars) => {
        const text = `主任${digit}${chars.join('')}表示`;
        expect(readPersonalName(text, 3)).toBe(0);
        const doubled = `主任${chars[0]}${chars[0]}${chars.slice(1).join('')}表示`;
        expect(readPersonalName(doubled, 2)).toBe(0);
      }),
      { numRuns: 500 },
    );
  });
});
