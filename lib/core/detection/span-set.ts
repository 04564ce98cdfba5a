import type { Mention } from '../entity';
import { firstStartAtOrAfter } from './first-start-at-or-after';

/**
 * Non-overlapping spans sorted by start, with O(log n) questions about a range. The detector asks
 * these per match, so a linear scan would make long pages quadratic.
 */
export class SortedSpans<T extends Mention = Mention> {
  private readonly spans: readonly T[];
  // The spans' starts and ends, in their order. Why copies: the spans are objects of many shapes
  // (matches, places, platforms), and reading `start` off them in every search step was a
  // megamorphic property load; read once here, a search step reads a typed array.
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;

  /** `spans` must not overlap; they are sorted by start here unless `sorted` says they already are. */
  constructor(spans: readonly T[], sorted = false) {
    this.spans = sorted ? spans : [...spans].sort((a, b) => a.start - b.start);
    this.starts = new Int32Array(this.spans.length);
    this.ends = new Int32Array(this.spans.length);
    for (let i = 0; i < this.spans.length; i++) {
      this.starts[i] = this.spans[i]!.start;
      this.ends[i] = this.spans[i]!.end;
    }
  }

  /** Index of the first span whose start is ≥ `offset` (spans.length when none). */
  private firstStartingAtOrAfter(offset: number): number {
    return firstStartAtOrAfter(this.starts, this.starts.length, offset);
  }

  /** The span overlapping `[start, end)`, if any (the first one when several do). */
  overlapping(start: number, end: number): T | undefined {
    const next = this.firstStartingAtOrAfter(start);
    if (next > 0 && this.ends[next - 1]! > start) return this.spans[next - 1];
    return next < this.starts.length && this.starts[next]! < end ? this.spans[next] : undefined;
  }

  /** The span ending exactly at `end`, if any. */
  endingAt(end: number): T | undefined {
    const before = this.firstStartingAtOrAfter(end) - 1;
    return before >= 0 && this.ends[before] === end ? this.spans[before] : undefined;
  }

  /** Every span, sorted by start. */
  all(): readonly T[] {
    return this.spans;
  }

  /** The first span lying entirely inside `[start, end)`, if any. */
  firstInside(start: number, end: number): T | undefined {
    const first = this.firstStartingAtOrAfter(start);
    return first < this.starts.length && this.ends[first]! <= end ? this.spans[first] : undefined;
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

  /** Marks `span` as covered. */
  add(span: Mention): void {
    this.addRange(span.start, span.end);
  }

  /** True when any character of `span` is covered. */
  intersects(span: Mention): boolean {
    return this.intersectsRange(span.start, span.end);
  }

  // The range forms take offsets, not span objects: the detector's spans come in many shapes, and
  // a property read off each inside here was a megamorphic load in its per-match loops.

  /** Marks `[start, end)` as covered (offsets within the text). */
  addRange(start: number, end: number): void {
    // A loop, not `fill`: the spans are a few characters, and each `fill` was a call into the
    // runtime that cost more than the bytes it set.
    const { covered } = this;
    for (let i = start; i < end; i++) covered[i] = 1;
  }

  /** True when any character of `[start, end)` is covered. */
  intersectsRange(start: number, end: number): boolean {
    for (let i = start; i < end; i++) if (this.covered[i]) return true;
    return false;
  }
}
