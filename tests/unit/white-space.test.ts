import { describe, expect, it } from 'vitest';
import { isWhiteSpace } from '../../lib/core/normalize';

describe('isWhiteSpace', () => {
  it('answers for every UTF-16 code unit exactly as /\\s/ does', () => {
    const differ: number[] = [];
    for (let unit = 0; unit < 0x10000; unit++)
      if (isWhiteSpace(unit) !== /\s/u.test(String.fromCharCode(unit))) differ.push(unit);
    expect(differ).toEqual([]);
    expect(isWhiteSpace(0x3000)).toBe(true);
    expect(isWhiteSpace('宁'.charCodeAt(0))).toBe(false);
  });
});
