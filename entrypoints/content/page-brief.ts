import { readPageBrief, type PageBrief } from '../../lib/dom/article-brief';
import type { PageAnnotation } from '../../lib/dom/page-annotator';

/**
 * The brief of the page's current annotation, read once per annotation: the visit, the panel and
 * the card all ask for it, and reading it walks the whole article.
 */
export function createPageBriefReader(doc: Document): (annotation: PageAnnotation) => PageBrief {
  let last: { annotation: PageAnnotation; brief: PageBrief } | undefined;
  return (annotation) => {
    if (last?.annotation !== annotation) last = { annotation, brief: readPageBrief(doc, annotation) };
    return last.brief;
  };
}
