import type { KbEntry } from '../knowledge';
import type { NameCandidates } from './name-candidates';
import type { KnownName } from './known-names';
import { doubled, NO_INT32, NO_UINT8 } from '../matching';

/** Room for this many matches before the first grow(): a news article has a few dozen. */
const INITIAL_ROOM = 1024;

/**
 * The place matcher's matches of one page as columns: the i-th match is `[starts[i], ends[i])`,
 * meaning `candidates[i]`. Sorted by start, not overlapping. Kept from one page to the next (see
 * {@link clear}): the detector filters and rewrites the matches in place.
 *
 * Why columns, not an object per match: a long page has hundreds of thousands of matches, and
 * objects that lived through the whole detection were most of what every garbage collection in it
 * copied (a 20 MB page made dozens of minor and several full collections per call).
 *
 * @example
 * const m = new PlaceMatches();
 * m.push(0, 2, candidates); // m.length === 1, m.starts[0] === 0, m.ends[0] === 2
 */
export class PlaceMatches {
  // The columns start empty and get their room in the constructor: see STORED_TWICE in
  // lib/core/matching/growable-columns.ts.
  starts = NO_INT32;
  ends = NO_INT32;
  /** 1 where the full name yielded its last character to a title (宁波市长): see detect.ts's yieldToTitles. */
  suffixYielded = NO_UINT8;
  /** The names' candidates: the trie's own objects, shared by every match of a name (or a narrowed copy). */
  readonly candidates: NameCandidates[] = [];
  /** The entry each match is accepted as (detect.ts's acceptPlaces), undefined for none. */
  readonly entries: (KbEntry | undefined)[] = [];
  length = 0;

  constructor() {
    this.starts = new Int32Array(INITIAL_ROOM);
    this.ends = new Int32Array(INITIAL_ROOM);
    this.suffixYielded = new Uint8Array(INITIAL_ROOM);
  }

  /** Empties the list (its arrays are kept). */
  clear(): void {
    this.length = 0;
  }

  /** Appends the match `[start, end)` of a name with `candidates`. */
  push(start: number, end: number, candidates: NameCandidates): void {
    if (this.length === this.starts.length) this.grow();
    const k = this.length++;
    this.starts[k] = start;
    this.ends[k] = end;
    this.suffixYielded[k] = 0;
    this.candidates[k] = candidates;
  }

  /**
   * Copies match `from` to `to` (`to` ≤ `from`): how a filter keeps a match while it compacts the
   * list in place, then sets {@link length}.
   */
  move(from: number, to: number): void {
    this.starts[to] = this.starts[from]!;
    this.ends[to] = this.ends[from]!;
    this.suffixYielded[to] = this.suffixYielded[from]!;
    this.candidates[to] = this.candidates[from]!;
  }

  /**
   * Sets the length to `length` (≤ the current one). The arrays keep their room: shortened, a long
   * page's arrays were copied again as the next page's matches grew them back.
   */
  truncate(length: number): void {
    this.length = length;
  }

  /** Doubles the room. */
  private grow(): void {
    this.starts = doubled(this.starts);
    this.ends = doubled(this.ends);
    this.suffixYielded = doubled(this.suffixYielded);
  }
}

/**
 * The places accepted on a page as columns: `[starts[i], ends[i])` means `entries[i]`, sorted by
 * start. Kept from one page to the next like {@link PlaceMatches}, for the same reason: objects are
 * made only for the mentions the detection finally emits.
 */
export class PlaceSpans {
  // The columns start empty and get their room in the constructor: see STORED_TWICE in
  // lib/core/matching/growable-columns.ts.
  starts = NO_INT32;
  ends = NO_INT32;
  readonly entries: KbEntry[] = [];
  length = 0;

  constructor() {
    this.starts = new Int32Array(INITIAL_ROOM);
    this.ends = new Int32Array(INITIAL_ROOM);
  }

  /** Empties the list (its arrays are kept). */
  clear(): void {
    this.length = 0;
  }

  /** Appends the place `[start, end)` meaning `entry`. */
  push(start: number, end: number, entry: KbEntry): void {
    if (this.length === this.starts.length) this.grow();
    const k = this.length++;
    this.starts[k] = start;
    this.ends[k] = end;
    this.entries[k] = entry;
  }

  /** Copies place `from` to `to` (`to` ≤ `from`), for a filter that compacts in place. */
  move(from: number, to: number): void {
    this.starts[to] = this.starts[from]!;
    this.ends[to] = this.ends[from]!;
    this.entries[to] = this.entries[from]!;
  }

  /** Sets the length to `length` (≤ the current one; the arrays keep their room, see PlaceMatches). */
  truncate(length: number): void {
    this.length = length;
  }

  /** Doubles the room. */
  private grow(): void {
    this.starts = doubled(this.starts);
    this.ends = doubled(this.ends);
  }
}

/**
 * Name objects for the scan that reads objects (the title scan's known places), kept from one page
 * to the next and set again: the i-th asked for is the same object at every page, for the first
 * {@link MAX_KEPT_NAMES}. Why: made fresh, they lived through the scan, long enough to be copied by
 * the collections in it; kept, they are old and cost none. Valid until the next page: the scan
 * keeps no reference to them.
 */
export class KeptNames {
  private readonly kept: KnownName[] = [];

  /** The `i`-th object (asked for in order from 0 on each page) with these fields. */
  at(i: number, start: number, end: number, proper: boolean, platform: boolean, province: boolean): KnownName {
    const name = this.kept[i];
    if (name === undefined) {
      // Every field, in one order: the objects share one shape.
      const made = { start, end, proper, platform, province };
      if (i === this.kept.length && i < MAX_KEPT_NAMES) this.kept.push(made);
      return made;
    }
    name.start = start;
    name.end = end;
    name.proper = proper;
    name.platform = platform;
    name.province = province;
    return name;
  }
}

/** The most name objects kept between pages (about 4 MB; the 1 MB corpus has 15,600 matches). */
const MAX_KEPT_NAMES = 1 << 16;
