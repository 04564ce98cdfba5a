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
export class LazyPlacedMention implements PlacedMention {
  private made: Range | undefined;

  constructor(
    readonly entity: DetectedEntity,
    readonly mention: Mention,
    readonly bounds: RangeBounds,
    readonly index: TextIndex,
  ) {}

  /** The live Range over the mention's text: the same object on every call. */
  get range(): Range {
    return (this.made ??= rangeOver(this.bounds));
  }
}
