import type { Mention } from '../entity';
import { firstStartAtOrAfter } from './first-start-at-or-after';

/** A knowledge-base name found in the text, as the platform scan sees it (one object; see {@link KnownNames} for many). */
export interface KnownName extends Mention {
  /**
   * True when the name says which place it is on its own: a full name or safe short form, or a short
   * form that is an ordinary noun (光明 for 光明区). False for short forms that are also verbs,
   * adjectives or single characters (合作 for 合作市, 大方 for 大方县, 苏 for 江苏).
   */
  proper: boolean;
  /** True when it is a platform's name (a part of it may be named after it: `…核心区`). */
  platform: boolean;
  /** True when it is a province's name (广西, 广西壮族自治区): a generic park word after it names no one park. */
  province?: boolean;
}

// The bits of KnownNames.flags.
/** The name is proper (see KnownName.proper). */
export const PROPER = 1;
/** The name is a platform's (see KnownName.platform). */
export const PLATFORM = 2;
/** The name is a province's (see KnownName.province). */
export const PROVINCE = 4;

/**
 * The knowledge-base names found in a text as columns, sorted by start and not overlapping: the
 * i-th is `[starts[i], ends[i])` with the bits {@link PROPER}, {@link PLATFORM}, {@link PROVINCE} in
 * `flags[i]`, for i < `length` (the arrays may be longer). The questions about a range answer an
 * index, -1 for none, in O(log n).
 *
 * Why columns, not a {@link KnownName} per name: the detector has them as columns already (its
 * place matches), and an object per match — tens of thousands on a long page — was set again at
 * every page, and on pages longer than the kept objects made fresh and copied by the collections.
 *
 * @example
 * const known = KnownNames.of([{ start: 2, end: 4, proper: true, platform: false }]);
 * known.endingAt(4); // 0
 * known.overlapping(0, 2); // -1
 */
export class KnownNames {
  /**
   * Columns as described above; the detector passes its matches' own arrays (read, never written).
   */
  constructor(
    readonly starts: Int32Array,
    readonly ends: Int32Array,
    readonly flags: Uint8Array,
    readonly length: number,
  ) {}

  /** The columns of `names` (sorted by start, not overlapping). */
  static of(names: readonly KnownName[]): KnownNames {
    const starts = new Int32Array(names.length);
    const ends = new Int32Array(names.length);
    const flags = new Uint8Array(names.length);
    for (let i = 0; i < names.length; i++) {
      const name = names[i]!;
      starts[i] = name.start;
      ends[i] = name.end;
      flags[i] = (name.proper ? PROPER : 0) | (name.platform ? PLATFORM : 0) | (name.province ? PROVINCE : 0);
    }
    return new KnownNames(starts, ends, flags, names.length);
  }

  /** True when name `i` (an index, or -1 for none) has the bit `flag`. */
  has(i: number, flag: number): boolean {
    return i >= 0 && (this.flags[i]! & flag) !== 0;
  }

  /** Index of the first name whose start is ≥ `offset` (`length` when none). */
  private firstStartingAtOrAfter(offset: number): number {
    return firstStartAtOrAfter(this.starts, this.length, offset);
  }

  /** The name overlapping `[start, end)` (the first when several do), or -1. */
  overlapping(start: number, end: number): number {
    const next = this.firstStartingAtOrAfter(start);
    if (next > 0 && this.ends[next - 1]! > start) return next - 1;
    return next < this.length && this.starts[next]! < end ? next : -1;
  }

  /** The name ending exactly at `end`, or -1. */
  endingAt(end: number): number {
    const before = this.firstStartingAtOrAfter(end) - 1;
    return before >= 0 && this.ends[before] === end ? before : -1;
  }

  /** The first name lying entirely inside `[start, end)`, or -1. */
  firstInside(start: number, end: number): number {
    const first = this.firstStartingAtOrAfter(start);
    return first < this.length && this.ends[first]! <= end ? first : -1;
  }
}
