import { findDateLines, type DateSource } from '../core/brief';

// Meta names and properties that carry a publication date (lower case), most used first.
const DATE_META_NAMES = new Set([
  'article:published_time',
  'og:published_time',
  'og:release_date',
  'datepublished',
  'pubdate',
  'publishdate',
  'publish_date',
  'publication_date',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date',
  'dc.date.issued',
  'dcterms.date',
  'weibo:article:create_at',
  'date',
]);

/** How many elements before the article root may hold its date line (a byline above the story). */
const BYLINE_SIBLINGS = 3;

/**
 * Everything a page states about its publication date, by source (see lib/core/brief's
 * chooseArticleDate for which wins): publication meta, JSON-LD `datePublished`, `<time datetime>`
 * (inside the article first) and the date lines at the top of the article or just above it.
 * Example: the sample article's `<div class="meta">2019-06-04 来源:央广网</div>` gives a `line` source.
 */
export function articleDateSources(document: Document, articleRoot: Element): DateSource[] {
  const sources: DateSource[] = [];
  for (const meta of document.querySelectorAll('meta')) {
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop') ?? '')
      .trim()
      .toLowerCase();
    const value = meta.getAttribute('content');
    if (value && DATE_META_NAMES.has(key)) sources.push({ kind: 'meta', value });
  }
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    const value = datePublishedIn(script.textContent ?? '');
    if (value) sources.push({ kind: 'json-ld', value });
  }
  const times = [...articleRoot.querySelectorAll('time[datetime]'), ...document.querySelectorAll('time[datetime]')];
  for (const time of times) sources.push({ kind: 'time', value: time.getAttribute('datetime') ?? '' });
  for (const element of [articleRoot, ...siblingsBefore(articleRoot, BYLINE_SIBLINGS)]) {
    for (const line of findDateLines(linesOf(element).join('\n'))) sources.push({ kind: 'line', value: line });
  }
  return sources;
}

/** The `datePublished` of a JSON-LD block (also inside `@graph` and arrays), or undefined. */
function datePublishedIn(json: string): string | undefined {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return undefined; // a broken block says nothing
  }
  const stack = [data];
  while (stack.length > 0) {
    const item = stack.pop();
    if (Array.isArray(item)) stack.push(...(item as unknown[]));
    else if (item !== null && typeof item === 'object') {
      const record = item as Record<string, unknown>;
      if (typeof record.datePublished === 'string') return record.datePublished;
      stack.push(...Object.values(record));
    }
  }
  return undefined;
}

/** Up to `count` element siblings before `element`, nearest first, climbing to its parent's when it has none. */
function siblingsBefore(element: Element, count: number): Element[] {
  const found: Element[] = [];
  for (let at: Element | null = element; at && found.length < count; at = at.parentElement) {
    for (let s = at.previousElementSibling; s && found.length < count; s = s.previousElementSibling) found.push(s);
  }
  return found;
}

/** The first lines of an element's text, one per block (a date line is short and near the top). */
function linesOf(element: Element): string[] {
  const lines: string[] = [];
  const blocks = element.querySelectorAll('p, div, span, time, h1, h2, h3, h4, li, td, em, small, address');
  for (const block of [element, ...blocks].slice(0, 40)) {
    if (block !== element && block.querySelector('p, div')) continue; // its children speak for it
    const text = (block === element ? (element.firstChild?.textContent ?? '') : (block.textContent ?? '')).trim();
    if (text.length > 0 && text.length <= 200) lines.push(text);
  }
  return lines;
}
