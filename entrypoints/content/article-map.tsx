import { ArticleMap, type ArticleMapProps } from '../../components/ArticleMap';

/** The drawer's Map view: the article's map as the background projects it (no map data in the page). */
export function articleMap(props: ArticleMapProps) {
  return <ArticleMap {...props} />;
}
