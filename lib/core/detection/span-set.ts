import type { Mention } from '../entity';

/**
 * Non-overlapping spans sorted by start, with O(log n) questions about a range. The detector asks
 * these per match, so a linear scan would make long pages quadratic.
 */
export class SortedSpans<T extends Mention = Mention> {
  private readonly spans: readonly T[];

  /** `spans` must not overlap; they are sorted by start here unless `sorted` says they already are. */
  constructor(spans: readonly T[], sorted = false) {
    this.spans = sorted ? spans : [...spans].sort((a, b) => a.start - b.start);
  }

  /** Index of the first span whose start is ≥ `offset` (spans.length when none). */
  private firstStartingAtOrAfter(offset: number): number {
    let low = 0;
    let high = this.spans.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.spans[mid]!.start < offset) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  /** The span overlapping `[start, end)`, if any (the first one when several do). */
  overlapping(start: number, end: number): T | undefined {
    const next = this.firstStartingAtOrAfter(start);
    const before = this.spans[next - 1];
    if (before && before.end > start) return before;
    const after = this.spans[next];
    return after && after.start < end ? after : undefined;
  }

  /** The span ending exactly at `end`, if any. */
  endingAt(end: number): T | undefined {
    const before = this.spans[this.firstStartingAtOrAfter(end) - 1];
    return before && before.end === end ? before : undefined;
  }

  /** Every span, sorted by start. */
  all(): readonly T[] {
    return this.spans;
  }

  /** The first span lying entirely inside `[start, end)`, if any. */
  firstInside(start: number, end: number): T | undefined {
    const candidate = this.spans[this.firstStartingAtOrAfter(start)];
    return candidate && candidate.end <= end ? candidate : undefined;
  }
}

/**
 * Which characters of a text some span covers, for spans that may nest or overlap (every
 * occurrence of every person's name). Marking and asking cost the span's length.
 */
export class Coverage {
  private readonly covered: Uint8Array;

  /** Covers nothing of a text `length` long, or marks in `zeroed` (an all-zero array as long as the text). */
  constructor(lengthOrZeroed: number | Uint8Array) {
    this.covered = typeof lengthOrZeroed === 'number' ? new Uint8Array(lengthOrZeroed) : lengthOrZeroed;
  }

  /** Marks `[start, end)` as covered. */
  add({ start, end }: Mention): void {
    this.covered.fill(1, start, end);
  }

  /** True when any character of `[start, end)` is covered. */
  intersects({ start, end }: Mention): boolean {
    for (let i = start; i < end; i++) if (this.covered[i]) return true;
    return false;
  }
}
