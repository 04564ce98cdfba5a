import { describe, it, expect } from 'vitest';
import { DictionaryMatcher } from '../../lib/core/matching/dictionary-matcher';
import { MatchList } from '../../lib/core/matching/match-list';

function surfaces(matcher: DictionaryMatcher<string>, text: string): string[] {
  return matcher.findAll(text).map((m) => text.slice(m.start, m.end));
}

describe('DictionaryMatcher', () => {
  const matcher = new DictionaryMatcher<string>([
    ['杭州', 'city:hangzhou'],
    ['杭州湾新区', 'platform:hangzhou-bay'],
    ['宁波', 'city:ningbo'],
    ['上海', 'city:shanghai'],
  ]);

  it('prefers the longest pattern starting at a position (杭州湾新区 over 杭州)', () => {
    const text = '宁波杭州湾新区建设提速';
    expect(matcher.findAll(text)).toEqual([
      { start: 0, end: 2, value: 'city:ningbo' },
      { start: 2, end: 7, value: 'platform:hangzhou-bay' },
    ]);
  });

  it('still finds the shorter pattern when the longer one does not follow', () => {
    const text = '杭州湾的经济发展与杭州联动';
    expect(matcher.findAll(text)).toEqual([
      { start: 0, end: 2, value: 'city:hangzhou' },
      { start: 9, end: 11, value: 'city:hangzhou' },
    ]);
  });

  it('returns non-overlapping matches sorted by start', () => {
    const overlapping = new DictionaryMatcher<string>([
      ['上海虹桥', 'a'],
      ['虹桥商务区', 'b'],
      ['商务区', 'c'],
    ]);
    const text = '上海虹桥商务区与虹桥商务区';
    const matches = overlapping.findAll(text);
    expect(matches.map((m) => m.value)).toEqual(['a', 'c', 'b']);
    expect(matches.map((m) => text.slice(m.start, m.end))).toEqual(['上海虹桥', '商务区', '虹桥商务区']);
    for (let i = 1; i < matches.length; i++) {
      expect(matches[i]!.start).toBeGreaterThanOrEqual(matches[i - 1]!.end);
    }
  });

  it('finds nothing in empty text or text without patterns', () => {
    expect(matcher.findAll('')).toEqual([]);
    expect(matcher.findAll('合作开放联动创新')).toEqual([]);
  });

  it('finds a pattern at the very end of the text', () => {
    expect(matcher.findAll('总部设在上海')).toEqual([{ start: 4, end: 6, value: 'city:shanghai' }]);
    expect(surfaces(matcher, '杭州')).toEqual(['杭州']);
    expect(surfaces(matcher, '杭州湾新区')).toEqual(['杭州湾新区']);
  });

  it('falls back to the shorter pattern when the text ends inside a longer one', () => {
    expect(matcher.findAll('前往杭州湾新')).toEqual([{ start: 2, end: 4, value: 'city:hangzhou' }]);
  });

  it('finds adjacent repeated patterns', () => {
    expect(surfaces(matcher, '上海上海宁波')).toEqual(['上海', '上海', '宁波']);
  });

  it('keeps the first value when a pattern repeats', () => {
    const duplicated = new DictionaryMatcher<string>([
      ['宁波', 'first'],
      ['宁波', 'second'],
    ]);
    expect(duplicated.findAll('宁波')).toEqual([{ start: 0, end: 2, value: 'first' }]);
  });

  it('ignores empty patterns', () => {
    const withEmpty = new DictionaryMatcher<string>([
      ['', 'empty'],
      ['苏州', 'city:suzhou'],
    ]);
    expect(withEmpty.findAll('去苏州')).toEqual([{ start: 1, end: 3, value: 'city:suzhou' }]);
  });
});

describe('DictionaryMatcher.longestAtEachStart', () => {
  it('gives the longest pattern at every start, overlapping ones included, and counts distinct patterns', () => {
    const matcher = new DictionaryMatcher([
      ['苏宿', 'a'],
      ['苏宿工业园区', 'b'],
      ['宿工', 'c'],
      ['苏宿', 'ignored: the first value of a repeated pattern is kept'],
    ]);
    expect(matcher.size).toBe(3);
    expect(matcher.longestAtEachStart('在苏宿工业园区')).toEqual([
      { start: 1, end: 7, value: 'b' },
      { start: 2, end: 4, value: 'c' },
    ]);
    // findAll resolves the same text leftmost-longest: the overlapping 宿工 is skipped.
    expect(matcher.findAll('在苏宿工业园区')).toEqual([{ start: 1, end: 7, value: 'b' }]);
    expect(new DictionaryMatcher<string>([]).longestAtEachStart('苏宿')).toEqual([]);
  });
});

describe('DictionaryMatcher.findEvery', () => {
  it('gives every occurrence of every pattern, nested and overlapping ones included, by start then end', () => {
    const matcher = new DictionaryMatcher([
      ['李明', 'short'],
      ['李明华', 'long'],
      ['明华', 'inner'],
    ]);
    expect(matcher.findEvery('李明华说李明')).toEqual([
      { start: 0, end: 2, value: 'short' },
      { start: 0, end: 3, value: 'long' },
      { start: 1, end: 3, value: 'inner' },
      { start: 4, end: 6, value: 'short' },
    ]);
    expect(new DictionaryMatcher<string>([]).findEvery('李明')).toEqual([]);
  });
});

describe('DictionaryMatcher.scanInto', () => {
  const matcher = new DictionaryMatcher<string>([
    ['杭州', 'city:hangzhou'],
    ['杭州湾新区', 'platform:hangzhou-bay'],
    ['宁波', 'city:ningbo'],
  ]);

  /** The list's matches as findAll gives them. */
  const listed = (list: MatchList) =>
    Array.from({ length: list.length }, (_, k) => ({
      start: list.starts[k],
      end: list.ends[k],
      value: matcher.valueAt(list.nodes[k]!),
    }));

  it('appends the matches findAllIn finds, with offsets into the whole text', () => {
    const text = '宁波杭州湾新区与杭州';
    const list = new MatchList();
    matcher.scanInto(text, 1, text.length, list);
    expect(listed(list)).toEqual(matcher.findAllIn(text, 1, text.length));
    expect(listed(list).map((m) => m.value)).toEqual(['platform:hangzhou-bay', 'city:hangzhou']);
  });

  it('reads no pattern past the end of the range, and appends after what the list holds', () => {
    const list = new MatchList();
    matcher.scanInto('宁波', 0, 2, list);
    matcher.scanInto('杭州湾新区', 0, 4, list); // 杭州湾新 is no pattern: 杭州 it is
    expect(listed(list)).toEqual([
      { start: 0, end: 2, value: 'city:ningbo' },
      { start: 0, end: 2, value: 'city:hangzhou' },
    ]);
    list.clear();
    expect(list.length).toBe(0);
  });

  it('grows the list past its first room', () => {
    const list = new MatchList(2);
    matcher.scanInto('宁波'.repeat(100), 0, 200, list);
    expect(list.length).toBe(100);
    expect(list.starts[99]).toBe(198);
  });
});

describe('a DictionaryMatcher stored and read back', () => {
  const built = new DictionaryMatcher<string>([
    ['杭州', 'city:hangzhou'],
    ['杭州湾新区', 'platform:hangzhou-bay'],
    ['宁', 'one-unit pattern'],
    ['宁波', 'city:ningbo'],
  ]);
  const text = '宁波与杭州湾新区签约，杭州、宁海和宁波代表出席。';
  const found = (matcher: DictionaryMatcher<string>) => matcher.findAll(text).map((m) => [m.start, m.end, m.value]);

  it('finds what the built matcher finds, from its tables or its edges, with or without the stored prefix bits', () => {
    const { pairs, singles, ...bare } = built.tables();
    expect(found(DictionaryMatcher.fromTables(built.tables()))).toEqual(found(built));
    expect(found(DictionaryMatcher.fromTables(bare))).toEqual(found(built));
    expect(found(DictionaryMatcher.fromEdges(built.edges()))).toEqual(found(built));
    expect(pairs!.length + singles!.length).toBeGreaterThan(0);
  });

  it('makes values stored as numbers on first use, once each, and all of them for its edges', () => {
    const edges = built.edges();
    const names = edges.values.filter((v) => v !== undefined);
    const made: number[] = [];
    const lazy = DictionaryMatcher.fromEdges<string>({
      ...edges,
      values: edges.values.map((v) => (v === undefined ? undefined : names.indexOf(v))),
      makeValue: (stored) => {
        made.push(stored);
        return names[stored]!;
      },
    });
    expect(made).toEqual([]);
    expect(found(lazy)).toEqual(found(built));
    expect(found(lazy)).toEqual(found(built));
    expect(lazy.findAll('杭州')).toEqual([{ start: 0, end: 2, value: 'city:hangzhou' }]);
    expect(new Set(made).size).toBe(made.length);
    expect(lazy.edges().values).toEqual(edges.values);
    expect(made).toHaveLength(names.length);
  });
});
