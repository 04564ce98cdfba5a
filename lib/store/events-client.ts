import type { ArticleEvent, IsoDate } from '../core/brief';
import type { DetectedEntity } from '../core/entity';
import { encodeDetection, splitText } from './detection-wire';
import { requestStore } from './store-client';
import { sendTextInParts } from './text-parts-client';

/**
 * Most characters of an article's text sent for its events in one message: Chrome serialises a
 * message on the page's thread inside `sendMessage` (~30 ms for TEXT_PART_CHARS, 256 Ki
 * characters, on an idle machine), and the brief is read while the reader may be scrolling, so
 * its parts are smaller and each goes in a task of its own.
 */
export const EVENTS_PART_CHARS = 1 << 16;

/**
 * The events of `text` (see findArticleEvents) found by the background, off the page's thread:
 * `entities` with mentions as offsets of `text`, `articleDate` the article's day. The events'
 * offsets are into `text`. A long text goes in parts first (`kb:detect-part`), one task each.
 * Rejects when the background cannot be reached or answers an error.
 */
export async function requestArticleEvents(
  text: string,
  entities: readonly DetectedEntity[],
  articleDate: IsoDate | undefined,
): Promise<ArticleEvent[]> {
  const wire = encodeDetection(entities);
  const date = articleDate === undefined ? {} : { articleDate };
  const parts = splitText(text, EVENTS_PART_CHARS);
  if (parts.length === 1) return requestStore('kb:events', { text, entities: wire, ...date });
  return sendTextInParts(parts, (last, ref) =>
    requestStore('kb:events', { text: last, entities: wire, ...date, parts: ref }),
  );
}
