import type {
  ArticleDigest,
  ArticleRecord,
  DigestEntity,
  EntityArticle,
  EntityRecord,
  SeenEntity,
  Sighting,
} from './reading-history';

/**
 * An article with the entities met in it, for its brief: `sightings[i]` is described by
 * `records[i]` (a sighting whose entity record is missing is left out, having no name or type),
 * in the sightings' order, each entity once; then every party of the article's events that no
 * sighting names, with no roles (an imported brief names parties the reader never met on the
 * page). Pure; nothing given is changed.
 * Example: sightings of 宁波市 and a signing of 虹桥国际中央商务区 with 宁波市 → [宁波市, 虹桥国际中央商务区].
 */
export function articleDigest(
  article: ArticleRecord,
  sightings: readonly Sighting[],
  records: readonly (EntityRecord | undefined)[],
): ArticleDigest {
  const entities = new Map<string, DigestEntity>();
  sightings.forEach((sighting, i) => {
    const record = records[i];
    if (!record || entities.has(record.id)) return;
    entities.set(record.id, { id: record.id, type: record.type, name: record.name, roles: [...sighting.roles] });
  });
  for (const event of article.events ?? []) {
    for (const party of event.parties) {
      if (!entities.has(party.entityId)) {
        entities.set(party.entityId, { id: party.entityId, type: party.type, name: party.name, roles: [] });
      }
    }
  }
  return { article, entities: [...entities.values()] };
}

/**
 * The profile rows of the articles whose events name `entityId` as a party but where no sighting
 * records the entity (`sightedUrls`): after an import, a brief can name a party the reader never
 * met on the page. Each row carries the first such event's sentence, no roles, and the events the
 * entity takes part in; in the order of `articles`. Pure.
 */
export function eventOnlyArticles(
  entityId: string,
  articles: readonly ArticleRecord[],
  sightedUrls: ReadonlySet<string>,
): EntityArticle[] {
  return articles.flatMap((article): EntityArticle[] => {
    if (sightedUrls.has(article.url)) return [];
    const events = (article.events ?? []).filter((e) => e.parties.some((p) => p.entityId === entityId));
    if (events.length === 0) return [];
    return [
      {
        url: article.url,
        title: article.title,
        site: article.site,
        sentence: events[0]!.sentence,
        roles: [],
        lastSeen: article.lastSeen,
        ...(article.date === undefined ? {} : { date: article.date }),
        events,
      },
    ];
  });
}

/** How well an entity answers a query: lower is better; undefined is no answer. */
function rank(entity: SeenEntity, query: string, aliasRank: ReadonlyMap<string, number>): number | undefined {
  const name = entity.name.toLowerCase();
  if (name === query) return 0;
  if (name.startsWith(query)) return 1;
  if (name.includes(query)) return 2;
  const alias = aliasRank.get(entity.id);
  return alias === undefined ? undefined : 3 + alias / (aliasRank.size + 1);
}

/**
 * The entities of the reading history that answer a search: those whose name holds `query`
 * (case-insensitive, spaces around it ignored), the name equal to it first, then starting with it,
 * then holding it; then those named by `aliasIds` — the knowledge base's answer for the query,
 * which finds 虹桥国际中央商务区 by its other name 虹桥商务区 — in that order. Ties go to the entity
 * met in more articles, then by name. At most `limit`; none for an empty query. Pure.
 */
export function findSeenEntities(
  candidates: readonly SeenEntity[],
  query: string,
  aliasIds: readonly string[] = [],
  limit = 20,
): SeenEntity[] {
  const wanted = query.trim().toLowerCase();
  if (wanted === '') return [];
  const aliasRank = new Map<string, number>();
  aliasIds.forEach((id, i) => {
    if (!aliasRank.has(id)) aliasRank.set(id, i);
  });
  const seen = new Set<string>();
  const ranked: { entity: SeenEntity; score: number }[] = [];
  for (const entity of candidates) {
    if (seen.has(entity.id)) continue;
    seen.add(entity.id);
    const score = rank(entity, wanted, aliasRank);
    if (score !== undefined) ranked.push({ entity, score });
  }
  ranked.sort(
    (a, b) =>
      a.score - b.score || b.entity.articles - a.entity.articles || a.entity.name.localeCompare(b.entity.name, 'zh'),
  );
  return ranked.slice(0, Math.max(0, limit)).map((r) => r.entity);
}
