import type { OffsetRuns } from './normalized-text';

/**
 * Collects the offset map as runs (see OffsetRuns) while normalising, from the drops alone: the
 * map changes only where something is dropped, so a page that drops a few thousand things costs a
 * few thousand entries, not one per character.
 * Example: for `商務(wù)區` → `商务区`, `dropped(2, 6)` then `finish(3)` → runStart [0, 2], runShift [0, 4].
 */
export class OffsetRunsBuilder {
  private readonly runStart: number[] = [];
  private readonly runShift: number[] = [];

  /**
   * Notes a drop: normalised character `at` (the next one written, if any) comes from raw offset
   * `rawNext`. Drops in a row with nothing kept between them merge into one run start.
   */
  dropped(at: number, rawNext: number): void {
    const last = this.runStart.length - 1;
    if (last >= 0 && this.runStart[last] === at) {
      this.runShift[last] = rawNext - at;
      return;
    }
    // The first drop after kept characters: those characters are the identity run.
    if (last < 0 && at > 0) {
      this.runStart.push(0);
      this.runShift.push(0);
    }
    this.runStart.push(at);
    this.runShift.push(rawNext - at);
  }

  /** The runs of a normalised text `length` units long (a run that starts at its end holds nothing). */
  finish(length: number): OffsetRuns {
    const last = this.runStart.length - 1;
    if (last >= 0 && this.runStart[last] === length) {
      this.runStart.pop();
      this.runShift.pop();
    }
    return { runStart: this.runStart, runShift: this.runShift };
  }
}
