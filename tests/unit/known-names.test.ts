import { describe, expect, it } from 'vitest';
import { KnownNames, PLATFORM, PROPER, PROVINCE } from '../../lib/core/detection/known-names';

describe('KnownNames', () => {
  // 宁波 [2, 4) proper, 前海 [6, 8) a platform, 广西 [10, 12) a province.
  const known = KnownNames.of([
    { start: 2, end: 4, proper: true, platform: false },
    { start: 6, end: 8, proper: false, platform: true },
    { start: 10, end: 12, proper: true, platform: false, province: true },
  ]);

  it('keeps each name as columns with its facts as bits', () => {
    expect(known.length).toBe(3);
    expect([...known.starts]).toEqual([2, 6, 10]);
    expect([...known.ends]).toEqual([4, 8, 12]);
    expect(known.has(0, PROPER)).toBe(true);
    expect(known.has(0, PLATFORM)).toBe(false);
    expect(known.has(1, PLATFORM)).toBe(true);
    expect(known.has(2, PROVINCE)).toBe(true);
    expect(known.has(-1, PROPER)).toBe(false);
  });

  it('answers the range questions with an index, -1 for none', () => {
    expect(known.endingAt(8)).toBe(1);
    expect(known.endingAt(7)).toBe(-1);
    expect(known.overlapping(3, 4)).toBe(0);
    expect(known.overlapping(4, 6)).toBe(-1);
    expect(known.overlapping(5, 11)).toBe(1);
    expect(known.firstInside(5, 12)).toBe(1);
    expect(known.firstInside(7, 12)).toBe(2);
    expect(known.firstInside(11, 20)).toBe(-1);
  });

  it('reads only the first `length` entries of longer columns', () => {
    const columns = new KnownNames(Int32Array.of(0, 5, 9), Int32Array.of(2, 7, 11), Uint8Array.of(PROPER, 0, 0), 2);
    expect(columns.endingAt(11)).toBe(-1);
    expect(columns.overlapping(9, 10)).toBe(-1);
    expect(columns.endingAt(7)).toBe(1);
  });
});
