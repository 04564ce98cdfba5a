import type { EntityArticle } from '../../lib/core/notes';

/** A role the articles gave an entity, and the span of days of the articles that gave it. */
export interface RoleSpan {
  role: string;
  /** The earliest article naming the role: its date (`YYYY-MM-DD`), or when it was read for an undated one. */
  first: string;
  /** The latest such article, the same way. */
  last: string;
  articles: number;
}

/**
 * The distinct roles among an entity's articles, the earliest role first: how an official's titles
 * changed over the articles the reader met them in, in the order of the articles' dates (when the
 * reader read an article only where the page stated no date).
 * Example: two articles naming `宁波市 市长` (Jan, Mar) and one `浙江省 副省长` (May) → `[市长 Jan–Mar ×2, 副省长 May ×1]`.
 */
export function rolesOverTime(articles: readonly EntityArticle[]): RoleSpan[] {
  const spans = new Map<string, RoleSpan>();
  for (const article of articles) {
    const when = article.date ?? article.lastSeen;
    for (const role of new Set(article.roles)) {
      const span = spans.get(role);
      if (!span) spans.set(role, { role, first: when, last: when, articles: 1 });
      else {
        if (when < span.first) span.first = when;
        if (when > span.last) span.last = when;
        span.articles++;
      }
    }
  }
  return [...spans.values()].sort((a, b) => a.first.localeCompare(b.first) || a.role.localeCompare(b.role));
}
