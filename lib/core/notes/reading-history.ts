import type { IsoDate, StoredEvent } from '../brief';
import type { EntityType } from '../entity';

/**
 * An article the reader read with District Lens on (stored from schema version 2). Keyed by its
 * address without the `#fragment`. Dates are ISO 8601 strings.
 */
export interface ArticleRecord {
  /** The page address without its fragment: the key. */
  url: string;
  /** The page's `<link rel=canonical>` when it names another http(s) address, else the url. */
  canonicalUrl: string;
  title: string;
  /** The host name, e.g. `www.news.cn`. */
  site: string;
  firstSeen: string;
  lastSeen: string;
  /** The article's publication date as the page states it; absent when it states none (or was read before version 4). */
  date?: IsoDate;
  /** What happened in it (the brief), as of the latest visit; absent for articles read before version 4. */
  events?: StoredEvent[];
  /**
   * The ids of the entities taking part in `events`, each once (from schema version 5; see
   * withEventEntityIds): indexed, so an entity's articles are found without reading them all.
   * Absent when the article has no events.
   */
  eventEntityIds?: string[];
}

/** An entity the reader met or wrote about: a knowledge-base id or an article-local id. */
export interface EntityRecord {
  id: string;
  type: EntityType;
  name: string;
  firstSeen: string;
  lastSeen: string;
}

/** That the reader met an entity in an article, with the sentence of its first mention there. */
export interface Sighting {
  entityId: string;
  /** The article's key (its url without fragment). */
  url: string;
  /** The sentence of the entity's first mention in the article (trimmed, at most ~200 characters). */
  sentence: string;
  /** For officials: the roles the article gives them, as shown on the card (e.g. `宁波市 市长`). */
  roles: string[];
  firstSeen: string;
  lastSeen: string;
}

/** What the content script reports after annotating a page: the article and what it mentions. */
export interface ArticleVisit {
  url: string;
  canonicalUrl: string;
  title: string;
  entities: {
    id: string;
    type: EntityType;
    name: string;
    sentence: string;
    roles: string[];
  }[];
  /** The article's date, when the page states one. */
  date?: IsoDate;
  /** The article's events (its brief). */
  events?: StoredEvent[];
}

/** Most entities recorded from one page: a huge page must not turn into a huge write. */
export const MAX_VISIT_ENTITIES = 500;

/** One row of an entity's profile: an article where the reader met it, with the sentence. */
export interface EntityArticle {
  url: string;
  title: string;
  site: string;
  sentence: string;
  roles: string[];
  lastSeen: string;
  /** The article's publication date, when the page stated one. */
  date?: IsoDate;
  /** The events of that article the entity takes part in. */
  events: StoredEvent[];
}

/** An entity of the reading history, with the roles an article gave it (`宁波市 市长`). */
export interface DigestEntity {
  id: string;
  type: EntityType;
  name: string;
  roles: string[];
}

/** An article of the reading history with the entities met in it: what its brief is written from. */
export interface ArticleDigest {
  article: ArticleRecord;
  /** The entities met in it, then the parties of its events not met otherwise (no roles). */
  entities: DigestEntity[];
}

/** An entity the reader met in the articles read, for finding its profile without a note on it. */
export interface SeenEntity {
  id: string;
  type: EntityType;
  name: string;
  /** In how many articles of the reading history it was met (sightings, or a part in an event). */
  articles: number;
}
