import { chooseArticleDate, findEvents, MAX_BRIEF_TEXT, type ArticleDate, type ArticleEvent } from '../core/brief';
import type { IsoDate } from '../core/brief';
import type { DetectedEntity, Mention } from '../core/entity';
import { normalizeForMatching, type NormalizedText } from '../core/normalize';
import { articleDateSources } from './article-date-sources';
import type { Timers } from './hover-intent';
import { LazyPlacedMention, mentionEnds } from './lazy-placed-mention';
import type { PlacedMention } from './mention-locator';
import type { PageAnnotation } from './page-annotator';
import { runSliced } from './sliced-work';
import { textIndexSteps, type TextIndex } from './text-index';

export { MAX_BRIEF_TEXT } from '../core/brief';

/** The article brief of a page: its date, its events, and how to reach each event's sentence. */
export interface PageBrief {
  date?: ArticleDate;
  /** Events with offsets into `index.text` (the text of the annotation's root). */
  events: ArticleEvent[];
  index: TextIndex;
}

/**
 * Finds the events of an article's raw text among `entities` (mentions as offsets of `text`), with
 * offsets of `text`: findArticleEvents, here or in the background.
 */
export type ArticleEventFinder = (
  text: string,
  entities: readonly DetectedEntity[],
  articleDate: IsoDate | undefined,
) => ArticleEvent[] | Promise<ArticleEvent[]>;

/** What the page's side of the brief reads before its events are found. */
interface BriefInput {
  index: TextIndex;
  date?: ArticleDate;
  /** The entities placed in the article root, mentions as offsets of `index.text`; undefined when the text is over MAX_BRIEF_TEXT. */
  entities?: DetectedEntity[];
}

/** Placed mentions turned into offsets between two yields of {@link briefInputSteps}. */
const MENTIONS_PER_STEP = 2048;

/**
 * `placed`'s offsets in `index`'s text: its own when it was found in that very read of the text,
 * else looked up by its ends (-1 for an end `index` did not read).
 */
function offsetsIn(index: TextIndex, placed: PlacedMention): Mention {
  if (placed instanceof LazyPlacedMention && placed.index === index) return placed.mention;
  const ends = mentionEnds(placed);
  return { start: index.offsetOf(ends.startNode, ends.startOffset), end: index.offsetOf(ends.endNode, ends.endOffset) };
}

/**
 * The page's side of the brief as steps (see runSliced): the article root's text index, the
 * article's date, and the placed mentions re-read as offsets of that text (the annotator found
 * them chunk by chunk). Yields between slices of the walk and of the mentions.
 */
function* briefInputSteps(doc: Document, annotation: PageAnnotation): Generator<void, BriefInput> {
  // The annotator's own read of the root, when it is still whole: no second walk of the article.
  const index = annotation.rootIndex ?? (yield* textIndexSteps(annotation.root));
  yield;
  const date = chooseArticleDate(articleDateSources(doc, annotation.root));
  const dated = date ? { date } : {};
  if (index.text.length > MAX_BRIEF_TEXT) return { index, ...dated };
  yield;
  const mentions = new Map<string, Mention[]>();
  let count = 0;
  for (const placed of annotation.locator.mentions) {
    if (++count % MENTIONS_PER_STEP === 0) yield;
    const { start, end } = offsetsIn(index, placed);
    if (start < 0 || end <= start) continue; // outside the article root (a second scanned root)
    let list = mentions.get(placed.entity.id);
    if (!list) mentions.set(placed.entity.id, (list = []));
    list.push({ start, end });
  }
  yield;
  const entities: DetectedEntity[] = annotation.entities.flatMap((entity) => {
    const own = mentions.get(entity.id);
    return own ? [{ ...entity, mentions: own.sort((a, b) => a.start - b.start) }] : [];
  });
  return { index, ...dated, entities };
}

/**
 * Reads the brief of an annotated page: the article's date from what the page states, and its
 * events found in the article root's text among the entities the annotation placed there (their
 * mentions re-read as offsets of that text, since the annotator found them chunk by chunk).
 * Returns no events for a text over MAX_BRIEF_TEXT. Reads the page; changes nothing. All in one
 * task, on the page's thread: {@link readPageBriefSliced} reads the same brief without a long task.
 */
export function readPageBrief(doc: Document, annotation: PageAnnotation): PageBrief {
  const steps = briefInputSteps(doc, annotation);
  let step = steps.next();
  while (!step.done) step = steps.next();
  const { index, date, entities } = step.value;
  const events = entities ? findEvents(normalizedArticle(index.text), entities, date?.date) : [];
  return { ...(date ? { date } : {}), events, index };
}

/**
 * {@link readPageBrief} without holding the page's thread: the text index and the mentions'
 * offsets are read in slices of at most `sliceMs` (a zero timer of `timers` between two), and the
 * events are found by `findEventsIn` (the background's, in the content script). Resolves to the
 * same brief readPageBrief gives on the same page, or to undefined as soon as `isCurrent()` answers
 * false (asked before each slice and when the events come back: the page was annotated again or
 * the script stopped; a stale brief is never given). The page should not change meanwhile: the
 * annotator's MutationObserver annotates it again, which makes this read stale. A rejection of
 * `findEventsIn` rejects.
 */
export function readPageBriefSliced(
  doc: Document,
  annotation: PageAnnotation,
  options: { sliceMs: number; timers: Timers; isCurrent: () => boolean },
  findEventsIn: ArticleEventFinder,
): Promise<PageBrief | undefined> {
  const { isCurrent } = options;
  return new Promise<BriefInput | undefined>((resolve) => {
    let input: BriefInput | undefined;
    const steps = (function* () {
      input = yield* briefInputSteps(doc, annotation);
    })();
    const current = () => {
      if (isCurrent()) return true;
      resolve(undefined);
      return false;
    };
    runSliced(steps, { ...options, isCurrent: current }, () => resolve(input));
  }).then(async (input) => {
    if (!input) return undefined;
    const { index, date, entities } = input;
    const events = entities ? await findEventsIn(index.text, entities, date?.date) : [];
    if (!isCurrent()) return undefined;
    return { ...(date ? { date } : {}), events, index };
  });
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
