import type { DetectedEntity, EntityType } from '../core/entity';
import type { Detector } from '../core/detection';
import { paintHighlights } from './highlights';
import { MentionLocator, type PlacedMention } from './mention-locator';
import { scanRoots } from './scan-roots';
import { buildTextIndex, type TextIndex } from './text-index';

/** What an annotation of a page holds (one pass of {@link annotatePage}, or a PageAnnotator's current state). */
export interface PageAnnotation {
  /** The first scanned root (the article root); `<body>` when nothing was scanned. */
  root: Element;
  /** Every scanned root. */
  roots: Element[];
  /**
   * Entities found on the page. A PageAnnotator merges them across chunks (same id, roles
   * unioned) and lists their mentions in document order; a mention's offsets index the text of
   * the chunk it was found in, so use `locator.mentions` (with ranges) to reach them on the page.
   */
  entities: DetectedEntity[];
  /** Every placed mention (document order) and hit-testing under the pointer. */
  locator: MentionLocator;
  /** Highlighted mentions per entity type. */
  counts: Record<EntityType, number>;
  /**
   * The text index of `root` when one read of it holds every mention placed in it and nothing in it
   * changed since (annotatePage; a PageAnnotator until an update reads something in it again): the
   * offsets of the mentions found in that read index its text, so the brief need not read the
   * article again. Undefined otherwise.
   */
  rootIndex?: TextIndex;
}

/**
 * Annotates the article of `doc` once: finds its root, indexes its text, runs `detector`, maps
 * the mentions back to ranges and paints them as highlights. The page's DOM is not modified.
 * Use a `PageAnnotator` (page-annotator.ts) to follow the page's changes too.
 */
export function annotatePage(doc: Document, detector: Detector): PageAnnotation {
  const roots = scanRoots(doc, 'article');
  const root = roots[0] ?? doc.body ?? doc.documentElement;
  const index = buildTextIndex(root);
  const entities = detector.detect(index.text);
  const placed: PlacedMention[] = [];
  for (const entity of entities) {
    for (const mention of entity.mentions) {
      const range = index.rangeFor(mention);
      if (range) placed.push({ entity, mention, range });
    }
  }
  const counts = paintHighlights(placed.map(({ entity, range }) => ({ type: entity.type, range })));
  return { root, roots: [root], entities, locator: new MentionLocator(doc, index, placed), counts, rootIndex: index };
}
