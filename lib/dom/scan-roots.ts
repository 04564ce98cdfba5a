import type { ScanScope } from '../core/settings';
import { locateArticleRootSteps } from './article-root';
import { finishSteps } from './sliced-work';

/**
 * The elements whose text is indexed for `scope`: the article root (see `findArticleRoot`) for
 * `'article'`, `<body>` for `'page'`. Empty when the document has no body yet.
 */
export function scanRoots(doc: Document, scope: ScanScope): Element[] {
  return finishSteps(scanRootSteps(doc, scope));
}

/**
 * {@link scanRoots} as steps (see locateArticleRootSteps), for a caller that gives the page its
 * thread back between slices: finding a 5 MB page's article was one ~60 ms task.
 */
export function* scanRootSteps(doc: Document, scope: ScanScope): Generator<void, Element[]> {
  const body = doc.body;
  if (!body) return [];
  if (scope === 'page') return [body];
  return [(yield* locateArticleRootSteps(doc)).root];
}
