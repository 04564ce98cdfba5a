import type { DetectedEntity, Mention } from '../core/entity';
import { caretFromPoint } from './caret-from-point';
import type { TextIndex } from './text-index';

/** A mention placed on the page: its entity, its offsets and the live range over its text. */
export interface PlacedMention {
  entity: DetectedEntity;
  mention: Mention;
  range: Range;
}

function rectsContain(range: Range, x: number, y: number): boolean {
  for (const rect of range.getClientRects()) {
    if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return true;
  }
  return false;
}

/**
 * Finds which mention is under the pointer without any per-mention element: the caret under the
 * point gives a text offset, a binary search over the sorted mentions gives the candidate, and
 * its client rects confirm the pointer is really over its text (the caret snaps to the nearest
 * character even in margins).
 */
export class MentionLocator {
  private readonly placed: readonly PlacedMention[];

  /** `placed` may be in any order; it is sorted by start offset here. */
  constructor(
    private readonly doc: Document,
    private readonly index: TextIndex,
    placed: readonly PlacedMention[],
  ) {
    this.placed = [...placed].sort((a, b) => a.mention.start - b.mention.start);
  }

  /** Every placed mention, sorted by position in the article. */
  get mentions(): readonly PlacedMention[] {
    return this.placed;
  }

  /** The mention containing text offset `offset`, if any. */
  mentionAtOffset(offset: number): PlacedMention | undefined {
    let low = 0;
    let high = this.placed.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      const { mention } = this.placed[mid]!;
      if (offset < mention.start) high = mid - 1;
      else if (offset >= mention.end) low = mid + 1;
      else return this.placed[mid];
    }
    return undefined;
  }

  /** The mention under viewport point `(x, y)`, or undefined. */
  mentionAtPoint(x: number, y: number): PlacedMention | undefined {
    const caret = caretFromPoint(this.doc, x, y);
    if (!caret) return undefined;
    const offset = this.index.offsetOf(caret.node, caret.offset);
    if (offset < 0) return undefined;
    // The caret lands before or after the character under the pointer, so try both sides.
    for (const candidate of [this.mentionAtOffset(offset), this.mentionAtOffset(offset - 1)]) {
      if (candidate && rectsContain(candidate.range, x, y)) return candidate;
    }
    return undefined;
  }
}
