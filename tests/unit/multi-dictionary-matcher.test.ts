import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DictionaryMatcher } from '../../lib/core/matching';
import { MultiDictionaryMatcher } from '../../lib/core/detection/multi-dictionary-matcher';
import { jointDictionary } from '../../lib/core/detection/joint-dictionaries';

const TITLES: [string, string][] = [
  ['市长', 'mayor'],
  ['副市长', 'vice mayor'],
  ['主任', 'director'],
  ['书记', 'secretary'],
];
const VERBS: [string, string][] = [
  ['任', 'take office'],
  ['任命', 'appoint'],
  ['为', 'copula'],
];
const PLATFORM_WORDS: [string, string][] = [
  ['新区', 'new area'],
  ['开发区', 'development zone'],
  ['经济技术开发区', 'economic and technological development zone'],
];

describe('MultiDictionaryMatcher', () => {
  const matcher = new MultiDictionaryMatcher<string>([TITLES, VERBS, PLATFORM_WORDS]);

  it('finds each dictionary’s words on their own: a verb inside a title is still a verb (主任)', () => {
    expect(matcher.findAll('任命王强为主任')).toEqual([
      [{ start: 5, end: 7, value: 'director' }],
      [
        { start: 0, end: 2, value: 'appoint' },
        { start: 4, end: 5, value: 'copula' },
        { start: 6, end: 7, value: 'take office' },
      ],
      [],
    ]);
  });

  it('takes the longest word of each dictionary and goes on after it (经济技术开发区, not 开发区)', () => {
    expect(matcher.findAll('宁波经济技术开发区副市长')).toEqual([
      [{ start: 9, end: 12, value: 'vice mayor' }],
      [],
      [{ start: 2, end: 9, value: 'economic and technological development zone' }],
    ]);
  });

  it('keeps the first value of a word a dictionary repeats', () => {
    const repeated = new MultiDictionaryMatcher<string>([
      [
        ['队长', 'private'],
        ['队长', 'context'],
      ],
    ]);
    expect(repeated.findAll('队长')).toEqual([[{ start: 0, end: 2, value: 'private' }]]);
  });

  it('finds in any text what a DictionaryMatcher of each dictionary finds', () => {
    const dictionaries = [TITLES, VERBS, PLATFORM_WORDS];
    const single = dictionaries.map((words) => new DictionaryMatcher(words));
    const pieces = [...new Set(dictionaries.flat().flatMap(([w]) => [w, ...w]))];
    const text = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.constantFrom('王', '强', '，', 'a')), {
      maxLength: 30,
    });
    fc.assert(
      fc.property(text, (parts) => {
        const joined = parts.join('');
        expect(matcher.findAll(joined)).toEqual(single.map((m) => m.findAll(joined)));
      }),
    );
  });
});

describe('jointDictionary', () => {
  it('gives each dictionary its own matches of the text, searched once for all of them', () => {
    const titles = jointDictionary(TITLES);
    const verbs = jointDictionary(VERBS);
    const text = '陈平任东湖新区管委会主任';
    expect(verbs.findAll(text)).toEqual([
      { start: 2, end: 3, value: 'take office' },
      { start: 11, end: 12, value: 'take office' },
    ]);
    expect(titles.findAll(text)).toEqual([{ start: 10, end: 12, value: 'director' }]);
    expect(titles.findAll('副市长王强')).toEqual([{ start: 0, end: 3, value: 'vice mayor' }]);
    expect(verbs.findAll('副市长王强')).toEqual([]);
  });
});
