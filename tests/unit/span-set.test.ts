import { describe, expect, it } from 'vitest';
import { Coverage, SortedSpans } from '../../lib/core/detection/span-set';

describe('SortedSpans', () => {
  const spans = new SortedSpans([
    { start: 10, end: 14 },
    { start: 0, end: 3 },
    { start: 20, end: 22 },
  ]);

  it.each([
    [2, 5, { start: 0, end: 3 }],
    [3, 10, undefined],
    [13, 21, { start: 10, end: 14 }],
    [15, 21, { start: 20, end: 22 }],
    [22, 30, undefined],
  ])('finds the span overlapping [%i, %i)', (start, end, expected) => {
    expect(spans.overlapping(start, end)).toEqual(expected);
  });

  it.each([
    [0, 14, { start: 0, end: 3 }],
    [1, 14, { start: 10, end: 14 }],
    [11, 30, { start: 20, end: 22 }],
    [10, 13, undefined],
  ])('finds the first span inside [%i, %i)', (start, end, expected) => {
    expect(spans.firstInside(start, end)).toEqual(expected);
  });
});

describe('Coverage', () => {
  it('tells whether nested or overlapping spans cover any character of a range', () => {
    const coverage = new Coverage(30);
    coverage.add({ start: 5, end: 8 });
    coverage.add({ start: 6, end: 12 });
    expect(coverage.intersects({ start: 0, end: 5 })).toBe(false);
    expect(coverage.intersects({ start: 11, end: 20 })).toBe(true);
    expect(coverage.intersects({ start: 12, end: 20 })).toBe(false);
  });
});
