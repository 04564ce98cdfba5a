import type { DetectedEntity, EntityType } from '../core/entity';
import type { Detector } from '../core/detect';
import { findArticleRoot } from './article-root';
import { paintHighlights } from './highlights';
import { MentionLocator, type PlacedMention } from './mention-locator';
import { buildTextIndex } from './text-index';

/** What one annotation pass produced for a page. */
export interface PageAnnotation {
  root: Element;
  entities: DetectedEntity[];
  locator: MentionLocator;
  /** Highlighted mentions per entity type. */
  counts: Record<EntityType, number>;
}

/**
 * Annotates the article of `doc`: finds its root, indexes its text, runs `detector`, maps the
 * mentions back to ranges and paints them as highlights. The page's DOM is not modified.
 */
export function annotatePage(doc: Document, detector: Detector): PageAnnotation {
  const root = findArticleRoot(doc);
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
  return { root, entities, locator: new MentionLocator(doc, index, placed), counts };
}
