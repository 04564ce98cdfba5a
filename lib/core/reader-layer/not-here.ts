import { anchorQuote, describeQuote, type AnchorText } from '../notes';
import type { Mention } from '../entity';
import { articleKey } from '../notes';
import type { NotHereCorrection } from './reader-layer';

/** The fields of a `not-here` correction that describe the mention (the caller adds `id` and `createdAt`). */
export type NotHereFields = Omit<NotHereCorrection, 'id' | 'createdAt'>;

/**
 * Describes the mention `raw.slice(mention.start, mention.end)` of `entityId` on the page at `url`
 * for a "Not an entity here" correction: its text and up to 32 characters on each side, as a
 * note's quote anchor keeps them, and the url without its fragment.
 * Throws a RangeError for an empty or out-of-range mention, as `describeQuote` does.
 */
export function describeNotHere(raw: string, mention: Mention, entityId: string, url: string): NotHereFields {
  const quote = describeQuote(raw, mention.start, mention.end);
  return {
    kind: 'not-here',
    entityId,
    surface: quote.exact,
    url: articleKey(url),
    prefix: quote.prefix,
    suffix: quote.suffix,
  };
}

/**
 * Where on the page (raw offsets) a `not-here` correction points, or `null` when it cannot be told
 * with confidence — then nothing is suppressed, because hiding the wrong mention is worse than
 * leaving a false one.
 *
 * With context, the place is found as a note's quote is ({@link anchorQuote}, context only): the
 * same text with the same neighbours, compared after normalisation, so the traditional or
 * pinyin-annotated mirror of the page behaves alike and a few changed characters around the
 * mention are tolerated, while a mention elsewhere, in other words, is not taken for it. Without
 * any context (the mention was the whole text) it points at the surface only when it occurs
 * exactly once among `candidates` (the entity's mentions with that text).
 */
export function locateNotHere(
  text: AnchorText,
  correction: NotHereCorrection,
  candidates: readonly Mention[],
): Mention | null {
  if (correction.prefix.length === 0 && correction.suffix.length === 0) {
    return candidates.length === 1 ? candidates[0]! : null;
  }
  return anchorQuote(text, {
    exact: correction.surface,
    prefix: correction.prefix,
    suffix: correction.suffix,
    sentence: '',
    position: { start: 0, end: correction.surface.length },
  });
}
