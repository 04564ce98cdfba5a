import { Readability } from '@mozilla/readability';
import { isWhiteSpace } from '../core/normalize';
import { finishSteps } from './sliced-work';

/**
 * Share of the page's paragraph text its only `<article>` must hold to be taken without asking
 * Readability (see {@link declaredArticle}).
 */
const DECLARED_ARTICLE_SHARE = 0.9;

/** Minimum characters of paragraph text for an element to count as the article. */
const MIN_ARTICLE_TEXT = 80;

/** Share of the page's paragraph text Readability's answer must hold to be believed. */
const MIN_PARAGRAPH_SHARE = 0.5;

/** Pages with more elements than this skip Readability (its cost grows with the page) for the heuristic. */
const READABILITY_MAX_ELEMENTS = 30_000;

/**
 * Pages with more text than this (characters of `<body>`) skip Readability for the heuristic:
 * Readability clones and scores the whole page in one task (216 ms on a 1 MB page, 785 ms on a
 * 5 MB one in Chromium), while the heuristic takes 4–15 ms there. An article is far shorter; a
 * page this long is a feed or an archive, whose paragraphs the heuristic finds as well.
 */
export const READABILITY_MAX_TEXT = 60_000;

/**
 * Attribute set on the elements of the *clone* Readability parses (never on the page): the
 * element's position in the live document, so its answer maps back to live elements.
 */
const CLONE_ID_ATTRIBUTE = 'data-district-lens-clone-id';

/** Paragraph-like elements whose text measures an article. */
const PARAGRAPH_SELECTOR = 'p, pre, td, blockquote';

/** Elements and roles that are page chrome, never the article. */
const CHROME_SELECTOR =
  'aside, nav, footer, [role="complementary"], [role="navigation"], [role="contentinfo"], [role="search"]';

/** id/class words of sidebars, related links, comment threads and menus. */
const CHROME_WORDS = new Set([
  'sidebar',
  'side',
  'aside',
  'rail',
  'related',
  'recommend',
  'recommended',
  'comment',
  'comments',
  'widget',
  'widgets',
  'footer',
  'nav',
  'navbar',
  'menu',
]);

/** Which method chose the article root. */
export type ArticleRootSource = 'article' | 'readability' | 'heuristic' | 'body';

/** The article root and how it was found. */
export interface ArticleRootResult {
  root: Element;
  source: ArticleRootSource;
  /** Why Readability's answer was not used, when it was not. */
  readabilityRejected?: string;
}

/** Finds the live element Readability takes for the article, or null (see {@link readabilityArticleRoot}). */
export type ReadabilityRunner = (doc: Document) => Element | null;

/** Options of {@link locateArticleRoot}. */
export interface ArticleRootOptions {
  /** Replaces the Readability step (tests); return null for "no answer". */
  readability?: ReadabilityRunner;
  /**
   * Whether a page that marks its article itself gets that `<article>` without Readability (see
   * {@link declaredArticle}); true by default. Tests of the Readability step turn it off.
   */
  trustDeclaredArticle?: boolean;
}

/** A paragraph-like element and its text's length without white space. */
interface Paragraph {
  element: Element;
  length: number;
}

/** The length of `text` without its white space (what `text.replace(/\s+/gu, "").length` counts), e.g. `compactLength(' 宁波 市 ')` → 3. */
export function compactLength(text: string | null): number {
  if (text === null) return 0;
  let length = text.length;
  for (let i = 0; i < text.length; i++) if (isWhiteSpace(text.charCodeAt(i))) length--;
  return length;
}

/**
 * Paragraphs measured per step of {@link paragraphSteps}. The first read of a text node's text
 * makes its string, so measuring a 5 MB page's 10,000 paragraphs held Chromium's thread ~60 ms in
 * one task; 256 of them take 1–2 ms.
 */
const PARAGRAPHS_PER_STEP = 256;

/** The paragraph-like elements of `doc` that carry text (10+ characters), with their lengths. */
function paragraphs(doc: Document): Paragraph[] {
  return finishSteps(paragraphSteps(doc));
}

/** {@link paragraphs} as steps: yields after every {@link PARAGRAPHS_PER_STEP} paragraphs. */
function* paragraphSteps(doc: Document): Generator<void, Paragraph[]> {
  const found: Paragraph[] = [];
  const elements = doc.querySelectorAll(PARAGRAPH_SELECTOR);
  for (let i = 0; i < elements.length; i++) {
    if (i > 0 && i % PARAGRAPHS_PER_STEP === 0) yield;
    const element = elements[i]!;
    const length = compactLength(element.textContent);
    if (length >= 10) found.push({ element, length });
  }
  return found;
}

/**
 * The element that collects the most paragraph text: the parent (or grandparent, at half
 * weight) of paragraphs, widened to an enclosing `<article>` when there is one. Falls back to
 * `<body>` when the page has no paragraph-rich element. A scoring heuristic in the spirit of
 * Readability that needs no clone; the fallback when Readability's answer is not sane.
 */
export function findArticleRootByScore(doc: Document): Element {
  return rootByScore(doc, paragraphs(doc));
}

/** {@link findArticleRootByScore} over the page's `found` paragraphs. */
function rootByScore(doc: Document, found: readonly Paragraph[]): Element {
  const scores = new Map<Element, number>();
  for (const { element: paragraph, length } of found) {
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

/** True when `element` has a text node child with visible characters. */
function holdsText(element: Element): boolean {
  for (let child = element.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3 && /\S/u.test((child as Text).data)) return true;
  }
  return false;
}

/** The deepest element containing every element of `elements` (they share a document). */
function commonAncestor(elements: readonly Element[]): Element | null {
  let common: Element | null = elements[0] ?? null;
  for (let i = 1; common && i < elements.length; i++) {
    const element = elements[i]!;
    while (common && !common.contains(element)) common = common.parentElement;
  }
  return common;
}

/**
 * Runs Readability on a clone of `doc` and returns the live element holding what it kept: the
 * deepest common ancestor of the live counterparts of the text-bearing elements in its answer,
 * widened to an enclosing `<article>`. Null when Readability finds nothing or fails.
 *
 * Mapping back: Readability mutates what it parses, so it gets `doc.cloneNode(true)`. Right
 * after cloning, the live and cloned `<body>` have the same structure; one lockstep walk gives
 * each cloned element the index of its live twin in a `data-*` attribute. The attribute survives
 * everything Readability does to the clone — renaming tags (it copies attributes), moving nodes,
 * and the `innerHTML` reset it does between attempts on short pages — so no node identity is
 * needed. The tags are written on the clone only: the page's DOM is never touched, not even
 * transiently, so neither the page's own MutationObservers nor ours see anything.
 */
export function readabilityArticleRoot(doc: Document): Element | null {
  const body = doc.body;
  if (!body) return null;
  const clone = doc.cloneNode(true) as Document;
  const cloneBody = clone.body;
  if (!cloneBody) return null;

  const live: Element[] = [];
  const liveWalker = doc.createTreeWalker(body, NodeFilter.SHOW_ELEMENT);
  const cloneWalker = clone.createTreeWalker(cloneBody, NodeFilter.SHOW_ELEMENT);
  for (
    let a = liveWalker.nextNode(), b = cloneWalker.nextNode();
    a && b;
    a = liveWalker.nextNode(), b = cloneWalker.nextNode()
  ) {
    (b as Element).setAttribute(CLONE_ID_ATTRIBUTE, String(live.length));
    live.push(a as Element);
  }

  let content: Element | null | undefined;
  try {
    const parsed = new Readability<Element>(clone, {
      serializer: (node) => node as Element,
      disableJSONLD: true,
      maxElemsToParse: READABILITY_MAX_ELEMENTS,
    }).parse();
    content = parsed?.content;
  } catch {
    return null; // too many elements, or a page Readability cannot handle: the heuristic decides
  }
  if (!content) return null;

  const found: Element[] = [];
  const consider = (element: Element) => {
    const id = element.getAttribute(CLONE_ID_ATTRIBUTE);
    if (id === null || !holdsText(element)) return;
    const twin = live[Number(id)];
    if (twin) found.push(twin);
  };
  consider(content);
  for (const element of content.querySelectorAll(`[${CLONE_ID_ATTRIBUTE}]`)) consider(element);
  const common = commonAncestor(found);
  if (!common) return null;
  return common.closest('article') ?? common;
}

/** True when an id or class of `element` names page chrome (sidebar, related, comments, menu …). */
function looksLikeChrome(element: Element): boolean {
  const words = `${element.id} ${element.getAttribute('class') ?? ''}`.toLowerCase().split(/[\s_-]+/u);
  return words.some((word) => CHROME_WORDS.has(word) || word.includes('sidebar'));
}

/**
 * Why `candidate` cannot be the article root of `doc`, or null when it is sane: it must lie
 * inside `<body>` without being it, not be (or sit in) an aside, nav or footer or look like a
 * sidebar by its id or class, and hold most of the page's paragraph text (or, on a page
 * without paragraphs, at least a short article's worth of text).
 */
export function insaneArticleRootReason(doc: Document, candidate: Element): string | null {
  return insaneReason(doc, candidate, () => paragraphs(doc));
}

/** {@link insaneArticleRootReason}, reading the page's paragraphs from `found` only when needed. */
function insaneReason(doc: Document, candidate: Element, found: () => readonly Paragraph[]): string | null {
  const body = doc.body;
  if (!body || candidate === body || candidate === doc.documentElement) return 'whole page';
  if (!body.contains(candidate)) return 'outside body';
  if (candidate.closest(CHROME_SELECTOR)) return 'page chrome';
  if (looksLikeChrome(candidate)) return 'sidebar-like id or class';
  let total = 0;
  let inside = 0;
  for (const { element, length } of found()) {
    total += length;
    if (candidate.contains(element)) inside += length;
  }
  if (total > 0) return inside >= total * MIN_PARAGRAPH_SHARE ? null : 'misses most paragraph text';
  return compactLength(candidate.textContent) >= MIN_ARTICLE_TEXT ? null : 'too little text';
}

/**
 * Finds the element that holds the page's article: the page's own `<article>` when it marks its
 * article itself (see {@link declaredArticle}), else Readability's answer when it is sane (see
 * {@link insaneArticleRootReason}), else the paragraph-scoring heuristic, else `<body>`. A page
 * with more than {@link READABILITY_MAX_TEXT} characters of text goes to the heuristic at once
 * (`readabilityRejected: 'too much text'`).
 */
export function locateArticleRoot(doc: Document, options: ArticleRootOptions = {}): ArticleRootResult {
  return finishSteps(locateArticleRootSteps(doc, options));
}

/**
 * {@link locateArticleRoot} as steps, for a caller that gives the page its thread back between
 * slices (see runSliced): the page's paragraphs are measured a few hundred per step. Readability,
 * which only runs on pages with little text, is one step.
 */
export function* locateArticleRootSteps(
  doc: Document,
  options: ArticleRootOptions = {},
): Generator<void, ArticleRootResult> {
  const runner = options.readability ?? readabilityArticleRoot;
  const tooLong = doc.body !== null && textLongerThan(doc.body, READABILITY_MAX_TEXT);
  // Read once, for every step that needs them (Readability leaves the page as it was).
  let found: Paragraph[] | undefined;
  if (!tooLong && options.trustDeclaredArticle !== false) {
    found = yield* paragraphSteps(doc);
    const declared = declaredArticle(doc, found);
    if (declared) return { root: declared, source: 'article' };
  }
  let readabilityRejected: string;
  let answer: Element | null = null;
  try {
    answer = tooLong ? null : runner(doc);
  } catch {
    answer = null;
  }
  if (tooLong) {
    readabilityRejected = 'too much text';
  } else if (answer) {
    const reason = insaneReason(doc, answer, () => (found ??= paragraphs(doc)));
    if (reason === null) return { root: answer, source: 'readability' };
    readabilityRejected = reason;
  } else {
    readabilityRejected = 'no answer';
  }
  found ??= yield* paragraphSteps(doc);
  const root = rootByScore(doc, found);
  return { root, source: root === doc.body ? 'body' : 'heuristic', readabilityRejected };
}

/**
 * The page's own `<article>`, when the page marks its article itself: it has exactly one, which is
 * a sane root (see {@link insaneArticleRootReason}) holding at least {@link DECLARED_ARTICLE_SHARE}
 * of the page's paragraph text. Null otherwise (no `<article>`, several — a feed, or comments
 * marked up as articles —, or one that misses paragraphs, e.g. a teaser beside the real text).
 *
 * Why skip Readability there: its answer is widened to the enclosing `<article>` anyway, and on
 * such a page it lands inside that one (it keeps the paragraphs, which the element holds), while
 * running it cost 15–25 ms of the page's thread before the first highlight at every load —
 * its code runs cold in each page's content script.
 */
function declaredArticle(doc: Document, found: readonly Paragraph[]): Element | null {
  const articles = doc.getElementsByTagName('article');
  if (articles.length !== 1) return null;
  const article = articles[0]!;
  if (insaneReason(doc, article, () => found) !== null) return null;
  let total = 0;
  let inside = 0;
  for (const { element, length } of found) {
    total += length;
    if (article.contains(element)) inside += length;
  }
  return total > 0 && inside >= total * DECLARED_ARTICLE_SHARE ? article : null;
}

/**
 * True when the text under `root` (all its text nodes, as `textContent` counts them) is longer
 * than `limit` characters, e.g. `textLongerThan(body, 60_000)` on a 5 MB page. Stops counting past
 * the limit: `textContent` would build the whole page's text as one string first (90–240 ms on a
 * 5 MB page in Chromium) to tell what the first 60,000 characters already tell.
 */
export function textLongerThan(root: Node, limit: number): boolean {
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let length = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    length += (node as Text).data.length;
    if (length > limit) return true;
  }
  return false;
}

/** The element that holds the page's article (see {@link locateArticleRoot}). */
export function findArticleRoot(doc: Document): Element {
  return locateArticleRoot(doc).root;
}
