/** Offsets asked about one at a time: a Set of numbers, or {@link OffsetBits}. */
export interface OffsetLookup {
  has(offset: number): boolean;
}

/**
 * A set of offsets into a text, as one bit per offset: `has` is an array read. Why not a
 * Set<number>: the detector asks about the characters around every title and name (thousands on
 * a long page), and each Set insertion and lookup hashed the number. Why bits, not bytes: the
 * array is fresh per page, and a 1 MB page's 35 KB of bits cost less to make than its bytes.
 *
 * @example
 * const starts = OffsetBits.of([2, 5], 8);
 * starts.has(5); // true
 * starts.has(9); // false (outside the text)
 */
export class OffsetBits implements OffsetLookup {
  private readonly words: Int32Array;
  private readonly length: number;

  /** No offset, over offsets 0 to `length` − 1; offsets outside are never held. */
  constructor(length: number) {
    this.length = Math.max(0, length);
    this.words = new Int32Array((this.length + 31) >>> 5);
  }

  /** The offsets of `offsets` that lie in [0, `length`). */
  static of(offsets: Iterable<number>, length: number): OffsetBits {
    const bits = new OffsetBits(length);
    for (const offset of offsets) bits.add(offset);
    return bits;
  }

  /** Adds `offset` (ignored outside [0, length)). */
  add(offset: number): void {
    if (offset >= 0 && offset < this.length) this.words[offset >>> 5]! |= 1 << (offset & 31);
  }

  /** True when `offset` was added. */
  has(offset: number): boolean {
    return offset >= 0 && offset < this.length && (this.words[offset >>> 5]! & (1 << (offset & 31))) !== 0;
  }
}
