import type { DetectedEntity, Mention } from '../core/entity';
import type { PlacedMention } from './mention-locator';
import { rangeOver, type RangeBounds, type TextIndex } from './text-index';

/**
 * A mention placed on the page whose live Range is made the first time something asks for it
 * (painting it, measuring it, the card, a note). Why: a 5 MB article has 60k mentions and a
 * reader sees a screenful of them; made up front, each Range cost its creation (~⅓ of placing
 * them, CPU profile of the 5 MB page), a DOM wrapper every garbage collection traces, and an
 * update at every change to the document. `index` is the text index it was found in (its chunk).
 */
export class LazyPlacedMention implements PlacedMention, RangeBounds {
  private made: Range | undefined;
  // The bounds' four fields are kept here, not as an object of their own: a 1 MB page's 12k
  // mentions all live as long as the page, and each object more is one more for every garbage
  // collection to copy (Chromium, the 1 MB page: placing allocated 3.3 MB, retained 1.7 MB).
  readonly startNode: Text;
  readonly startOffset: number;
  readonly endNode: Text;
  readonly endOffset: number;

  constructor(
    readonly entity: DetectedEntity,
    readonly mention: Mention,
    bounds: RangeBounds,
    readonly index: TextIndex,
  ) {
    this.startNode = bounds.startNode;
    this.startOffset = bounds.startOffset;
    this.endNode = bounds.endNode;
    this.endOffset = bounds.endOffset;
  }

  /** Where the mention's text starts and ends when it was placed (this object itself). */
  get bounds(): RangeBounds {
    return this;
  }

  /** The live Range over the mention's text: the same object on every call. */
  get range(): Range {
    return (this.made ??= rangeOver(this.bounds));
  }

  /**
   * Where the mention's text is on screen, without keeping a live Range for it (a throwaway one
   * measures when none was made): the viewport painter measures a few dozen mentions at every
   * scroll, and each live Range kept would make every later change to the page's DOM dearer.
   */
  boundingRect(): DOMRect {
    return (this.made ?? rangeOver(this.bounds)).getBoundingClientRect();
  }

  /**
   * A range to paint the mention with: a StaticRange over its bounds where the browser has one,
   * else its live Range. Why static: a live Range in a registered highlight made every change to the
   * page's DOM cost more in Firefox (a page re-rendering 3,485 highlighted ranges: 965–1,258 ms
   * with live ranges, 179–759 ms with static ones or none), and painting needs no live Range at all.
   * A static range does not follow edits: the annotator re-places the mentions of a changed block.
   */
  paintRange(): AbstractRange {
    if (typeof StaticRange !== 'function') return this.range;
    const { startNode, startOffset, endNode, endOffset } = this;
    return new StaticRange({ startContainer: startNode, startOffset, endContainer: endNode, endOffset });
  }
}

/** The two ends of a placed mention's text, each a node and an offset in it. */
export interface MentionEnds {
  startNode: Node;
  startOffset: number;
  endNode: Node;
  endOffset: number;
}

/**
 * Where `placed`'s text starts and ends, read from its bounds when it has them, so that reading
 * every mention of a page (the brief does) makes no Range; from its range otherwise.
 * Example: for the mention 裘东耀 in text node t = '宁波市长裘东耀表示' → (t, 4, t, 7).
 */
export function mentionEnds(placed: PlacedMention): MentionEnds {
  if (placed instanceof LazyPlacedMention) {
    const { startNode, startOffset, endNode, endOffset } = placed;
    return { startNode, startOffset, endNode, endOffset };
  }
  const { startContainer, startOffset, endContainer, endOffset } = placed.range;
  return { startNode: startContainer, startOffset, endNode: endContainer, endOffset };
}
