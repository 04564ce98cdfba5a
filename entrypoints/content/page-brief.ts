import { findArticleEvents, type ArticleEvent } from '../../lib/core/brief';
import {
  readPageBrief,
  readPageBriefSliced,
  type ArticleEventFinder,
  type PageBrief,
} from '../../lib/dom/article-brief';
import type { Timers } from '../../lib/dom/hover-intent';
import type { PageAnnotation } from '../../lib/dom/page-annotator';
import { requestArticleEvents } from '../../lib/store/events-client';

/** Longest slice of the brief's reading on the page's thread, in ms (a long task is 50). */
const BRIEF_SLICE_MS = 12;

/**
 * The brief of the page's current annotation, read once per annotation: the visit, the panel and
 * the card all ask for it, and reading it walks the whole article. Called, it gives the brief now
 * (read in one task unless already read); `settled` reads it without a long task.
 */
export interface PageBriefReader {
  (annotation: PageAnnotation): PageBrief;
  /**
   * The brief of `annotation`, read in slices with the events found in the background (see
   * readPageBriefSliced): the same brief, and then the one the call form gives too. Resolves to
   * undefined when the read went stale: `isCurrent()` answered false, or the reader was asked for
   * another annotation meanwhile. A brief already read (or being read) for `annotation` is reused.
   */
  settled(
    annotation: PageAnnotation,
    options: { timers: Timers; isCurrent: () => boolean },
  ): Promise<PageBrief | undefined>;
}

/** The events found by the background, off the page's thread; found here when it cannot answer. */
function eventsInBackground(...[text, entities, articleDate]: Parameters<ArticleEventFinder>): Promise<ArticleEvent[]> {
  return requestArticleEvents(text, entities, articleDate).catch(() => findArticleEvents(text, entities, articleDate));
}

/**
 * A {@link PageBriefReader} of `doc`. `findEventsIn` finds the events for `settled` (default: the
 * background's, with the same search here when the background cannot answer).
 */
export function createPageBriefReader(
  doc: Document,
  findEventsIn: ArticleEventFinder = eventsInBackground,
): PageBriefReader {
  let last: { annotation: PageAnnotation; brief?: PageBrief; reading?: Promise<PageBrief | undefined> } | undefined;
  const read = (annotation: PageAnnotation): PageBrief => {
    if (last?.annotation !== annotation) last = { annotation };
    last.brief ??= readPageBrief(doc, annotation);
    return last.brief;
  };
  const settled: PageBriefReader['settled'] = (annotation, { timers, isCurrent }) => {
    if (last?.annotation === annotation) {
      if (last.brief) return Promise.resolve(last.brief);
      if (last.reading) return last.reading;
    }
    const entry: NonNullable<typeof last> = { annotation };
    last = entry;
    // Stale once the reader moved to another annotation: its answer must not become that one's.
    const current = () => last === entry && isCurrent();
    entry.reading = readPageBriefSliced(
      doc,
      annotation,
      { sliceMs: BRIEF_SLICE_MS, timers, isCurrent: current },
      findEventsIn,
    )
      .then((brief) => {
        if (!brief || last !== entry) return undefined;
        // Read in one task meanwhile (the reader opened the panel): that brief stays, the same.
        entry.brief ??= brief;
        return entry.brief;
      })
      .finally(() => {
        if (entry.reading && !entry.brief) entry.reading = undefined;
      });
    return entry.reading;
  };
  return Object.assign(read, { settled });
}
