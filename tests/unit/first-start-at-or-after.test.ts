import { describe, expect, it } from 'vitest';
import { firstStartAtOrAfter } from '../../lib/core/detection/first-start-at-or-after';

describe('firstStartAtOrAfter', () => {
  it('finds the first start at or after an offset among the first `length` starts', () => {
    const starts = Int32Array.of(0, 5, 5, 9, 100);
    expect(firstStartAtOrAfter(starts, 4, 5)).toBe(1);
    expect(firstStartAtOrAfter(starts, 4, 6)).toBe(3);
    expect(firstStartAtOrAfter(starts, 4, 10)).toBe(4); // past the used length, the 100 is not read
    expect(firstStartAtOrAfter(starts, 4, -1)).toBe(0);
    expect(firstStartAtOrAfter(starts, 0, 3)).toBe(0);
  });
});
