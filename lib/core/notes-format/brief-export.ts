import { briefMarkdown, type BriefLabels } from '../brief';
import type { ArticleDigest } from '../notes';

/**
 * The brief of one article of the reading history as Markdown — the same text as the page's
 * _Copy brief_ (see `briefMarkdown`): the title linked to the article, its date (or "date
 * unknown") and site, one line per stored event, then the entities met in it by type, officials
 * with the roles the article gave them.
 */
export function articleBriefMarkdown(digest: ArticleDigest, labels: BriefLabels): string {
  const { article, entities } = digest;
  return briefMarkdown(
    {
      title: article.title || article.url,
      url: article.url,
      site: article.site,
      ...(article.date === undefined ? {} : { date: article.date }),
    },
    article.events ?? [],
    entities,
    labels,
  );
}

/**
 * The briefs of several articles in one Markdown file: each article's brief (see
 * {@link articleBriefMarkdown}) in the given order, separated by a horizontal rule. Empty text
 * for no article.
 */
export function articleBriefsMarkdown(digests: readonly ArticleDigest[], labels: BriefLabels): string {
  return digests.map((digest) => articleBriefMarkdown(digest, labels)).join('\n---\n\n');
}

/**
 * The download name of a brief export: one article's is named after its date (the export's UTC
 * date when the page stated none) and its site, `district-lens-brief-2019-06-04-www.example.com.md`;
 * several articles' is `district-lens-briefs-2026-11-26.md` (the export's UTC date). Only letters,
 * digits, dots and dashes of the site are kept.
 */
export function briefFileName(article: { date?: string; site: string } | undefined, exportedAt: Date): string {
  const today = exportedAt.toISOString().slice(0, 10);
  if (!article) return `district-lens-briefs-${today}.md`;
  const site = article.site.replace(/[^\p{L}\p{N}.-]+/gu, '-').replace(/^-+|-+$/gu, '');
  return `district-lens-brief-${article.date ?? today}${site ? `-${site}` : ''}.md`;
}
