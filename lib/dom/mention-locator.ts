import type { DetectedEntity, Mention } from '../core/entity';
import { caretFromPoint } from './caret-from-point';
import type { TextIndex } from './text-index';

/**
 * A mention placed on the page: its entity, its offsets and the live range over its text.
 * `mention` indexes the text of the index it was found in (one chunk of the page when the page is
 * annotated incrementally); `range` is what to use on the page.
 */
export interface PlacedMention {
  entity: DetectedEntity;
  mention: Mention;
  range: Range;
}

/** One text index and the mentions placed from it, sorted by `mention.start`. */
export interface LocatorPart {
  index: TextIndex;
  placed: readonly PlacedMention[];
}

function rectsContain(range: Range, x: number, y: number): boolean {
  for (const rect of range.getClientRects()) {
    if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return true;
  }
  return false;
}

function byStart(a: PlacedMention, b: PlacedMention): number {
  return a.mention.start - b.mention.start;
}

/** The mention of `sorted` containing text offset `offset`, if any (binary search). */
function mentionAtOffsetIn(sorted: readonly PlacedMention[], offset: number): PlacedMention | undefined {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const { mention } = sorted[mid]!;
    if (offset < mention.start) high = mid - 1;
    else if (offset >= mention.end) low = mid + 1;
    else return sorted[mid];
  }
  return undefined;
}

/**
 * Finds which mention is under the pointer without any per-mention element: the caret under the
 * point gives a text node and offset, the text index holding that node gives a text offset, a
 * binary search over that index's sorted mentions gives the candidate, and its client rects
 * confirm the pointer is really over its text (the caret snaps to the nearest character even in
 * margins). Works over one text index or several (a page annotated in chunks).
 */
export class MentionLocator {
  private readonly parts: readonly LocatorPart[];
  private readonly ordered: readonly PlacedMention[];
  private readonly shadowRoots: readonly ShadowRoot[];

  /** One text index; `placed` may be in any order (it is sorted by start offset here). */
  constructor(doc: Document, index: TextIndex, placed: readonly PlacedMention[]);
  /**
   * Several text indexes (`parts`, each with its mentions sorted by start; a node indexed by
   * several parts belongs to the first) and all their mentions in document order (`ordered`).
   */
  constructor(doc: Document, parts: readonly LocatorPart[], ordered: readonly PlacedMention[]);
  constructor(
    private readonly doc: Document,
    source: TextIndex | readonly LocatorPart[],
    placed: readonly PlacedMention[],
  ) {
    if ('rangeFor' in source) {
      const sorted = [...placed].sort(byStart);
      this.parts = [{ index: source, placed: sorted }];
      this.ordered = sorted;
    } else {
      this.parts = source;
      this.ordered = placed;
    }
    this.shadowRoots = this.parts.flatMap((part) => part.index.shadowRoots);
  }

  /** Every placed mention, in document order. */
  get mentions(): readonly PlacedMention[] {
    return this.ordered;
  }

  /** The placed mentions of the entity with id `entityId`, in document order. */
  mentionsOf(entityId: string): PlacedMention[] {
    return this.ordered.filter((p) => p.entity.id === entityId);
  }

  /** The mention containing text offset `offset` of the first (with one index, the only) text index. */
  mentionAtOffset(offset: number): PlacedMention | undefined {
    const part = this.parts[0];
    return part ? mentionAtOffsetIn(part.placed, offset) : undefined;
  }

  /**
   * The mentions whose text holds the caret position (`node`, `offset`): the one the position
   * is in, and the one just before it (a caret lands before or after the character under the
   * pointer).
   */
  mentionsAtCaret(node: Node, offset: number): PlacedMention[] {
    for (const part of this.parts) {
      const at = part.index.offsetOf(node, offset);
      if (at < 0) continue;
      const found: PlacedMention[] = [];
      for (const candidate of [mentionAtOffsetIn(part.placed, at), mentionAtOffsetIn(part.placed, at - 1)]) {
        if (candidate && !found.includes(candidate)) found.push(candidate);
      }
      return found;
    }
    return [];
  }

  /** The mention under viewport point `(x, y)`, or undefined. */
  mentionAtPoint(x: number, y: number): PlacedMention | undefined {
    const caret = caretFromPoint(this.doc, x, y, this.shadowRoots);
    if (!caret) return undefined;
    return this.mentionsAtCaret(caret.node, caret.offset).find((candidate) => rectsContain(candidate.range, x, y));
  }
}
