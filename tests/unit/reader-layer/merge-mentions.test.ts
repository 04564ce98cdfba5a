import { describe, expect, it } from 'vitest';
import { mergeMentions, type SourcedMention } from '../../../lib/core/reader-layer';

const base = (start: number, end: number, entityId = 'kb'): SourcedMention => ({
  start,
  end,
  entityId,
  fromReader: false,
});
const reader = (start: number, end: number, entityId = 'reader:x'): SourcedMention => ({
  start,
  end,
  entityId,
  fromReader: true,
});
const spans = (ms: SourcedMention[]) => ms.map((m) => `${m.fromReader ? 'R' : 'B'}${m.start}-${m.end}`);

describe('mergeMentions: leftmost-longest across the base and the reader', () => {
  it('keeps everything when nothing overlaps', () => {
    expect(spans(mergeMentions([base(0, 2), base(5, 7)], [reader(2, 4)]))).toEqual(['B0-2', 'R2-4', 'B5-7']);
  });

  it('gives an equal span to the reader', () => {
    expect(spans(mergeMentions([base(3, 6)], [reader(3, 6)]))).toEqual(['R3-6']);
  });

  it('gives a longer span starting at the same place to whichever is longer', () => {
    expect(spans(mergeMentions([base(0, 6)], [reader(0, 4)]))).toEqual(['B0-6']);
    expect(spans(mergeMentions([base(0, 4)], [reader(0, 6)]))).toEqual(['R0-6']);
  });

  it('never puts a reader mention inside a longer base mention', () => {
    expect(spans(mergeMentions([base(0, 6)], [reader(2, 4), reader(6, 8)]))).toEqual(['B0-6', 'R6-8']);
  });

  it('lets the reader match that starts first win a partial overlap, either way round', () => {
    expect(spans(mergeMentions([base(3, 6)], [reader(1, 4)]))).toEqual(['R1-4']);
    expect(spans(mergeMentions([base(1, 4)], [reader(3, 6)]))).toEqual(['B1-4']);
  });

  it('finds a reader match that an earlier, beaten reader match would have hidden', () => {
    // Alone, the reader's own leftmost-longest would take 1-3 and skip 2-9; the base takes 0-2 first.
    expect(spans(mergeMentions([base(0, 2)], [reader(1, 3), reader(2, 9)]))).toEqual(['B0-2', 'R2-9']);
  });

  it('leaves the base’s own decisions alone', () => {
    const own = [base(0, 5, 'a'), base(3, 8, 'b')];
    expect(mergeMentions(own, [])).toEqual(own);
    expect(spans(mergeMentions(own, [reader(9, 10)]))).toEqual(['B0-5', 'B3-8', 'R9-10']);
  });
});
