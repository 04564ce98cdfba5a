import {
  anchorQuote,
  createAnchorText,
  describeQuote,
  type AnchorQuoteOptions,
  type AnchorText,
  type DescribeQuoteOptions,
  type QuoteAnchor,
} from '../core/notes';
import type { Mention } from '../core/entity';
import { LazyPlacedMention, mentionEnds } from './lazy-placed-mention';
import type { PlacedMention } from './mention-locator';
import type { TextIndex } from './text-index';

/**
 * Page glue for note anchors: describe the mention a note is saved on, and find the mention a
 * stored note belongs to when the page is read again.
 *
 * Both sides must use the same text: the text index of the whole scanned root
 * (`buildTextIndex(annotation.root)`, or the annotator's own `rootIndex`), not the index of one
 * chunk of a PageAnnotator. Placed mentions are matched through their ends in the DOM, so mentions
 * placed from any chunk work; one placed from that very index is read by its offsets.
 */

/**
 * The offsets of `placed`'s text in `index`'s text, or null when an end is not in an indexed text
 * node. Makes no Range: a mention placed from `index` itself has them already, any other gives its
 * ends (see mentionEnds). Why: re-attaching notes reads every mention of the page, and making a
 * Range for each cost ~2 s on the 20 MB page in Firefox when its first card opened.
 */
export function mentionOffsets(index: TextIndex, placed: PlacedMention): Mention | null {
  if (placed instanceof LazyPlacedMention && placed.index === index) return placed.mention;
  const ends = mentionEnds(placed);
  if (ends.startNode.nodeType !== 3 || ends.endNode.nodeType !== 3) return null;
  const start = index.offsetOf(ends.startNode, ends.startOffset);
  const end = index.offsetOf(ends.endNode, ends.endOffset);
  if (start < 0 || end < 0 || end <= start) return null;
  return { start, end };
}

/** The offsets of `range` in `index`'s text, or null when a boundary is not in an indexed text node. */
export function rangeOffsets(index: TextIndex, range: Range): Mention | null {
  if (range.startContainer.nodeType !== 3 || range.endContainer.nodeType !== 3) return null;
  const start = index.offsetOf(range.startContainer, range.startOffset);
  const end = index.offsetOf(range.endContainer, range.endOffset);
  if (start < 0 || end < 0 || end <= start) return null;
  return { start, end };
}

/**
 * The anchor to store with a note saved on `placed` (a placed mention or any range over indexed
 * text): its quote, context and sentence in `index`'s text. Null when the range no longer lies
 * in the index (its text left the page).
 * Example: for the mention 闵师林 in the sample article → `{ exact: '闵师林', prefix: '…常务副主任', suffix: '表示我们与…', sentence: '…', position }`.
 */
export function anchorForMention(
  index: TextIndex,
  placed: PlacedMention | Range,
  options?: DescribeQuoteOptions,
): QuoteAnchor | null {
  const span = 'range' in placed ? mentionOffsets(index, placed) : rangeOffsets(index, placed);
  return span ? describeQuote(index.text, span.start, span.end, options) : null;
}

/** Where a stored note re-attached on the page. */
export interface AnchoredMention {
  /**
   * The highlighted mention the note belongs to: the placed mention over exactly the anchored
   * text (with `entityId`: of that entity, or a mention of that entity overlapping it). Null when
   * the quote is on the page but no such mention is highlighted there — show the note with its
   * entity's other notes, never on another entity's mention.
   */
  placed: PlacedMention | null;
  /** A live range over the anchored text (the mention's range when there is one). */
  range: Range;
  /** Offsets of the anchored text in the index's text. */
  start: number;
  end: number;
  /** The anchoring score (see anchorQuote). */
  score: number;
}

export interface AnchorMentionOptions extends AnchorQuoteOptions {
  /** The note's entity: only a mention of this entity counts as its mention. */
  entityId?: string;
}

/** Re-attaches notes on one page: the text normalised once, the mentions' offsets computed once. */
export interface MentionAnchorer {
  /** The index's text, prepared for anchoring. */
  readonly text: AnchorText;
  /** Where `anchor` re-attaches now, or null: the note is an orphan (see anchorQuote). */
  anchor(anchor: QuoteAnchor, options?: AnchorMentionOptions): AnchoredMention | null;
  /** The anchor for a note saved on `placed` (see {@link anchorForMention}). */
  describe(placed: PlacedMention | Range): QuoteAnchor | null;
}

interface Located {
  placed: PlacedMention;
  start: number;
  end: number;
}

/**
 * Prepares re-attaching notes in `index` (the whole scanned root) among `mentions` (the
 * annotation's `locator.mentions`). Build a new one when the annotation changes.
 */
export function createMentionAnchorer(index: TextIndex, mentions: readonly PlacedMention[]): MentionAnchorer {
  const text = createAnchorText(index.text);
  const located: Located[] = [];
  for (const placed of mentions) {
    const span = mentionOffsets(index, placed);
    if (span) located.push({ placed, ...span });
  }
  located.sort((a, b) => a.start - b.start);

  const mentionFor = (start: number, end: number, entityId: string | undefined): PlacedMention | null => {
    let overlapping: Located | null = null;
    for (const m of located) {
      if (m.start >= end) break;
      if (m.end <= start) continue;
      if (entityId !== undefined && m.placed.entity.id !== entityId) continue;
      if (m.start === start && m.end === end) return m.placed;
      // Without the entity, only the exact text counts: an overlapping mention may be another entity.
      if (entityId !== undefined && overlapping === null) overlapping = m;
    }
    return overlapping?.placed ?? null;
  };

  return {
    text,
    anchor(anchor, options = {}) {
      const { entityId, ...thresholds } = options;
      const match = anchorQuote(text, anchor, thresholds);
      if (!match) return null;
      const placed = mentionFor(match.start, match.end, entityId);
      const range = placed?.range ?? index.rangeFor(match);
      if (!range) return null;
      return { placed, range, start: match.start, end: match.end, score: match.score };
    },
    describe(placed) {
      return anchorForMention(index, placed);
    },
  };
}

/**
 * Where a stored note's `anchor` re-attaches among the placed `mentions` of the page indexed by
 * `index`, or null when the note is an orphan. For several notes, use {@link createMentionAnchorer}
 * once instead (it normalises the page's text once).
 */
export function anchorMention(
  index: TextIndex,
  mentions: readonly PlacedMention[],
  anchor: QuoteAnchor,
  options?: AnchorMentionOptions,
): AnchoredMention | null {
  return createMentionAnchorer(index, mentions).anchor(anchor, options);
}
