import { describe, expect, it } from 'vitest';
import { sortByStart, startOrder } from '../../lib/dom/sort-by-start';

/** A deterministic pseudo-random sequence. */
function random(seed: number): () => number {
  return () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff);
}

describe('sortByStart', () => {
  it('sorts by start and keeps equal starts in their order, as a stable comparator sort does', () => {
    const next = random(7);
    for (const [count, span] of [
      [0, 1],
      [1, 1],
      [50, 10],
      [5000, 300],
      [20000, 2 ** 31 - 1],
    ] as const) {
      const items = Array.from({ length: count }, (_, i) => ({ start: next() % span, i }));
      const expected = [...items].sort((a, b) => a.start - b.start);
      expect(sortByStart(items, (x) => x.start)).toEqual(expected);
    }
  });

  it('leaves its input as it was', () => {
    const items = [{ start: 3 }, { start: 1 }, { start: 2 }];
    const copy = [...items];
    expect(sortByStart(items, (x) => x.start).map((x) => x.start)).toEqual([1, 2, 3]);
    expect(items).toEqual(copy);
  });
});

describe('startOrder', () => {
  it('gives the positions sortByStart takes the items from', () => {
    const next = random(11);
    for (const [count, span] of [
      [0, 1],
      [1, 1],
      [50, 10],
      [5000, 300],
    ] as const) {
      const items = Array.from({ length: count }, (_, i) => ({ start: next() % span, i }));
      const expected = [...items].sort((a, b) => a.start - b.start).map((x) => x.i);
      expect([...startOrder(items, (x) => x.start)]).toEqual(expected);
    }
    expect([...startOrder([{ s: 5 }, { s: 1 }, { s: 5 }], (x) => x.s)]).toEqual([1, 0, 2]);
  });
});
