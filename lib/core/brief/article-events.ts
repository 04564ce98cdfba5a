import type { DetectedEntity } from '../entity';
import { normalizeRecent } from '../normalize';
import type { IsoDate } from './calendar-date';
import type { ArticleEvent } from './event';
import { findEvents } from './find-events';

/**
 * Longest article text, in UTF-16 code units, whose events are read: the brief is for articles, and
 * a 20 MB page of text is no article (its entities are still highlighted).
 */
export const MAX_BRIEF_TEXT = 400_000;

/**
 * The events of an article's raw text (see findEvents), `entities` with mentions as offsets of
 * `text`: normalises the text as the detector does, then finds the events, with offsets of `text`.
 * The page's brief asks the background for this, off the page's thread; both sides run this one
 * function, so the answer is the same wherever it runs. No events for a text over MAX_BRIEF_TEXT.
 * The normalisation is the one detection just made of the same text when it is still kept (see
 * normalizeRecent).
 */
export function findArticleEvents(
  text: string,
  entities: readonly DetectedEntity[],
  articleDate: IsoDate | undefined,
): ArticleEvent[] {
  if (text.length > MAX_BRIEF_TEXT) return [];
  return findEvents(normalizeRecent(text), entities, articleDate);
}
