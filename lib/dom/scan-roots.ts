import { findArticleRoot } from './article-root';

/** What the extension reads on a page: the article only, or the whole page. */
export type ScanScope = 'article' | 'page';

/**
 * The elements whose text is indexed for `scope`: the article root (see `findArticleRoot`) for
 * `'article'`, `<body>` for `'page'`. Empty when the document has no body yet.
 */
export function scanRoots(doc: Document, scope: ScanScope): Element[] {
  const body = doc.body;
  if (!body) return [];
  return [scope === 'page' ? body : findArticleRoot(doc)];
}
