import { describe, expect, it } from 'vitest';
import { KeptByteArrays, MAX_KEPT_LENGTH } from '../../lib/core/detection/kept-byte-arrays';

describe('KeptByteArrays', () => {
  it('hands out zeroed arrays again after a reset, even where the last detection marked them', () => {
    const kept = new KeptByteArrays();
    kept.reset();
    const first = kept.take(8);
    first.fill(1);
    kept.reset();
    const again = kept.take(6);
    expect([...again]).toEqual([0, 0, 0, 0, 0, 0]);
    expect(again.buffer).toBe(first.buffer);
  });

  it('gives separate arrays within one detection', () => {
    const kept = new KeptByteArrays();
    kept.reset();
    const a = kept.take(10);
    const b = kept.take(10);
    a[3] = 1;
    expect(b[3]).toBe(0);
    expect(a.buffer).not.toBe(b.buffer);
  });

  it('grows a kept array for a longer page and does not keep one longer than the limit', () => {
    const kept = new KeptByteArrays();
    kept.reset();
    expect(kept.take(10).length).toBe(10);
    kept.reset();
    expect(kept.take(100_000).length).toBe(100_000);
    kept.reset();
    const huge = kept.take(MAX_KEPT_LENGTH + 1);
    expect(huge.length).toBe(MAX_KEPT_LENGTH + 1);
    kept.reset();
    expect(kept.take(MAX_KEPT_LENGTH + 1).buffer).not.toBe(huge.buffer);
  });
});
