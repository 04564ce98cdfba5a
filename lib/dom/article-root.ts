/** Minimum characters of paragraph text for an element to count as the article. */
const MIN_ARTICLE_TEXT = 80;

function paragraphTextLength(paragraph: Element): number {
  return (paragraph.textContent ?? '').replace(/\s+/gu, '').length;
}

/**
 * Finds the element that holds the page's article: the parent (or grandparent, at half weight)
 * that collects the most paragraph text, widened to an enclosing `<article>` when there is one.
 * Falls back to `<body>` when the page has no paragraph-rich element.
 *
 * A scoring heuristic in the spirit of Readability, without cloning the document; the cards issue
 * may swap in @mozilla/readability once its answer is sanity-checked on short Chinese pages.
 */
export function findArticleRoot(doc: Document): Element {
  const scores = new Map<Element, number>();
  for (const paragraph of doc.querySelectorAll('p, pre, td, blockquote')) {
    const length = paragraphTextLength(paragraph);
    if (length < 10) continue;
    const parent = paragraph.parentElement;
    if (!parent) continue;
    scores.set(parent, (scores.get(parent) ?? 0) + length);
    const grandparent = parent.parentElement;
    if (grandparent) scores.set(grandparent, (scores.get(grandparent) ?? 0) + length / 2);
  }
  let best: Element | undefined;
  let bestScore = MIN_ARTICLE_TEXT;
  for (const [element, score] of scores) {
    if (element === doc.body || element === doc.documentElement) continue;
    if (score > bestScore) {
      best = element;
      bestScore = score;
    }
  }
  if (!best) return doc.body;
  return best.closest('article') ?? best;
}
