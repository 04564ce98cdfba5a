import type { EntityArticle } from '../../lib/core/notes';

/** A role the articles gave an entity, and the span of days of the articles that gave it. */
export interface RoleSpan {
  role: string;
  /** ISO instant of the earliest article (by when it was last read) naming the role. */
  first: string;
  /** ISO instant of the latest such article. */
  last: string;
  articles: number;
}

/**
 * The distinct roles among an entity's articles, the earliest-seen role first: how an official's
 * titles changed over the articles the reader met them in.
 * Example: two articles naming `宁波市 市长` (Jan, Mar) and one `浙江省 副省长` (May) → `[市长 Jan–Mar ×2, 副省长 May ×1]`.
 */
export function rolesOverTime(articles: readonly EntityArticle[]): RoleSpan[] {
  const spans = new Map<string, RoleSpan>();
  for (const article of articles) {
    for (const role of new Set(article.roles)) {
      const span = spans.get(role);
      if (!span) spans.set(role, { role, first: article.lastSeen, last: article.lastSeen, articles: 1 });
      else {
        if (article.lastSeen < span.first) span.first = article.lastSeen;
        if (article.lastSeen > span.last) span.last = article.lastSeen;
        span.articles++;
      }
    }
  }
  return [...spans.values()].sort((a, b) => a.first.localeCompare(b.first) || a.role.localeCompare(b.role));
}
