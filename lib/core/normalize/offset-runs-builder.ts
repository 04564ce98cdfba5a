import type { OffsetRuns } from './normalized-text';

/** Scratch for the runs, kept from one call to the next and grown as needed; {@link OffsetRunsBuilder.finish} copies out. */
let scratchStart: Int32Array = new Int32Array(1024);
let scratchShift: Int32Array = new Int32Array(1024);

/**
 * Collects the offset map as runs (see OffsetRuns) while normalising, from the drops alone: the
 * map changes only where something is dropped, so a page that drops a few thousand things costs a
 * few thousand entries, not one per character.
 * Example: for `商務(wù)區` → `商务区`, `dropped(2, 6)` then `finish(3)` → runStart [0, 2], runShift [0, 4].
 *
 * Why typed scratch and one exact copy at the end: JS arrays pushed to 70,000 entries (the 5 MB
 * corpus) reallocate a dozen times, and every large backing store is fresh memory to fault in.
 * One builder at a time: the scratch is shared.
 */
export class OffsetRunsBuilder {
  private count = 0;

  /**
   * Notes a drop: normalised character `at` (the next one written, if any) comes from raw offset
   * `rawNext`. Drops in a row with nothing kept between them merge into one run start.
   */
  dropped(at: number, rawNext: number): void {
    const last = this.count - 1;
    if (last >= 0 && scratchStart[last] === at) {
      scratchShift[last] = rawNext - at;
      return;
    }
    // The first drop after kept characters: those characters are the identity run.
    if (last < 0 && at > 0) this.push(0, 0);
    this.push(at, rawNext - at);
  }

  /** The runs of a normalised text `length` units long (a run that starts at its end holds nothing). */
  finish(length: number): OffsetRuns {
    if (this.count > 0 && scratchStart[this.count - 1] === length) this.count--;
    return { runStart: scratchStart.slice(0, this.count), runShift: scratchShift.slice(0, this.count) };
  }

  private push(start: number, shift: number): void {
    if (this.count === scratchStart.length) {
      scratchStart = grown(scratchStart);
      scratchShift = grown(scratchShift);
    }
    scratchStart[this.count] = start;
    scratchShift[this.count++] = shift;
  }
}

/** Example: a full 1024-entry array → a 2048-entry one holding the same 1024 first. */
function grown(array: Int32Array): Int32Array {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}
