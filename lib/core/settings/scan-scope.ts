/**
 * What the extension reads on a page: the article only (`'article'`, the default), or the whole
 * page (`'page'`, the popup's _Scan the whole page_). The store keeps it and the page obeys it, so
 * it lives here, below both.
 */
export type ScanScope = 'article' | 'page';
