import type { ScanScope } from '../core/settings';
import { findArticleRoot } from './article-root';

/**
 * The elements whose text is indexed for `scope`: the article root (see `findArticleRoot`) for
 * `'article'`, `<body>` for `'page'`. Empty when the document has no body yet.
 */
export function scanRoots(doc: Document, scope: ScanScope): Element[] {
  const body = doc.body;
  if (!body) return [];
  return [scope === 'page' ? body : findArticleRoot(doc)];
}
