import { chooseArticleDate, findEvents, type ArticleDate, type ArticleEvent } from '../core/brief';
import type { DetectedEntity, Mention } from '../core/entity';
import { normalizeForMatching, type NormalizedText } from '../core/normalize';
import { articleDateSources } from './article-date-sources';
import type { PageAnnotation } from './page-annotator';
import { buildTextIndex, type TextIndex } from './text-index';

/**
 * Longest article text, in UTF-16 code units, whose events are read: the brief is for articles, and
 * a 20 MB page of text is no article (its entities are still highlighted).
 */
export const MAX_BRIEF_TEXT = 400_000;

/** The article brief of a page: its date, its events, and how to reach each event's sentence. */
export interface PageBrief {
  date?: ArticleDate;
  /** Events with offsets into `index.text` (the text of the annotation's root). */
  events: ArticleEvent[];
  index: TextIndex;
}

/**
 * Reads the brief of an annotated page: the article's date from what the page states, and its
 * events found in the article root's text among the entities the annotation placed there (their
 * mentions re-read as offsets of that text, since the annotator found them chunk by chunk).
 * Returns no events for a text over MAX_BRIEF_TEXT. Reads the page; changes nothing.
 */
export function readPageBrief(doc: Document, annotation: PageAnnotation): PageBrief {
  const index = buildTextIndex(annotation.root);
  const date = chooseArticleDate(articleDateSources(doc, annotation.root));
  if (index.text.length > MAX_BRIEF_TEXT) return { ...(date ? { date } : {}), events: [], index };
  const mentions = new Map<string, Mention[]>();
  for (const placed of annotation.locator.mentions) {
    const start = index.offsetOf(placed.range.startContainer, placed.range.startOffset);
    const end = index.offsetOf(placed.range.endContainer, placed.range.endOffset);
    if (start < 0 || end <= start) continue; // outside the article root (a second scanned root)
    let list = mentions.get(placed.entity.id);
    if (!list) mentions.set(placed.entity.id, (list = []));
    list.push({ start, end });
  }
  const entities: DetectedEntity[] = annotation.entities.flatMap((entity) => {
    const own = mentions.get(entity.id);
    return own ? [{ ...entity, mentions: own.sort((a, b) => a.start - b.start) }] : [];
  });
  const events = findEvents(normalizedArticle(index.text), entities, date?.date);
  return { ...(date ? { date } : {}), events, index };
}

/** The article text normalised last, and its normalised form (see normalizedArticle). */
let lastNormalized: { text: string; normalized: NormalizedText } | undefined;

/**
 * The article text normalised for the event finding, normalised again only when it changed: a page
 * that changes around its article (ads, a sidebar, a comment box) gets a new annotation and its
 * brief is read again, on the same article text. The detector normalised that text too, but chunk
 * by chunk and out of reach (in the background), so the brief has to do it; one text is kept, the
 * page's current article.
 */
function normalizedArticle(text: string): NormalizedText {
  if (lastNormalized?.text !== text) lastNormalized = { text, normalized: normalizeForMatching(text) };
  return lastNormalized.normalized;
}
