import * as v from 'valibot';
import { EVENT_KINDS, isIsoDate, parseStoredEvents, type IsoDate, type PartyRole, type StoredEvent } from '../brief';
import { ENTITY_TYPES } from '../entity';
import type { ArticleRecord } from '../notes';
import { describeIssue, describeValue, isWebAddress, shorten } from '../validation';

/**
 * An article of the reading history as JSON layout 4 writes it (`articles`): its address, its
 * canonical address when that is another one, its title and site, then its brief — the date the
 * page states (when it states one) and its events. The reading times (`firstSeen`, `lastSeen`)
 * are not written: they belong to the profile that read it, not to the article.
 */
export interface ExportedArticle {
  /** The page address without its `#fragment` (the reading history's key). */
  url: string;
  /** The page's canonical address, written only when it is a web address other than `url`. */
  canonicalUrl?: string;
  title: string;
  /** The host name of `url`, e.g. `www.news.cn`. */
  site: string;
  /** The article's publication date, `YYYY-MM-DD`; absent when the page states none. */
  date?: IsoDate;
  /** Its events in article order, each as `parseStoredEvents` returns it; possibly empty when it has a date. */
  events: StoredEvent[];
}

/** The fields of an {@link ExportedArticle}, in the order layout 4 writes them (optional ones only when set). */
export const ARTICLE_FIELDS = [
  'url',
  'canonicalUrl',
  'title',
  'site',
  'date',
  'events',
] as const satisfies readonly (keyof ExportedArticle)[];

/** The fields of an event, in the order layout 4 writes them (`date` and `what` only when set). */
export const EVENT_FIELDS = [
  'kind',
  'date',
  'what',
  'amounts',
  'parties',
  'sentence',
] as const satisfies readonly (keyof StoredEvent)[];

/** The fields of an event's party, in the order layout 4 writes them. */
export const PARTY_FIELDS = [
  'entityId',
  'name',
  'type',
  'role',
] as const satisfies readonly (keyof StoredEvent['parties'][number])[];

/** Most articles one file may hold (a library of years holds a few thousand). */
export const MAX_IMPORT_ARTICLES = 100_000;

/** Every party role, as the stored events know them. */
const PARTY_ROLES = [
  'side',
  'visitor',
  'visited',
  'speaker',
  'host',
  'opened',
  'unveiler',
  'appointee',
  'office',
] as const satisfies readonly PartyRole[];

// Compile-time checks that the lists name every field and role, so none can be added without them.
type Exactly<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
const _everyArticleFieldListed: Exactly<keyof ExportedArticle, (typeof ARTICLE_FIELDS)[number]> = true;
const _everyEventFieldListed: Exactly<keyof StoredEvent, (typeof EVENT_FIELDS)[number]> = true;
const _everyPartyFieldListed: Exactly<keyof StoredEvent['parties'][number], (typeof PARTY_FIELDS)[number]> = true;
const _everyRoleListed: Exactly<PartyRole, (typeof PARTY_ROLES)[number]> = true;

/** The host name of a web address, or '' when it is none. */
function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

/** True for an http(s) address without a `#fragment`: an article's address as the reading history keys it. */
function isArticleAddress(value: string): boolean {
  return !value.includes('#') && isWebAddress(value);
}

/**
 * True when an article of the reading history carries a brief: a valid date, or at least one
 * event. Only these are exported; an empty event list with no date is no brief.
 */
export function hasBrief(article: Pick<ArticleRecord, 'date' | 'events'>): boolean {
  return isIsoDate(article.date) || parseStoredEvents(article.events).length > 0;
}

/**
 * An article as layout 4 writes it: a fresh object with the fields of {@link ARTICLE_FIELDS} in
 * that order; `canonicalUrl` only when it is a web address (without fragment) other than the url;
 * `site` the url's host name; `date` only when it is a real `YYYY-MM-DD` day; the events as
 * `parseStoredEvents` gives them back (fields in {@link EVENT_FIELDS} order, parties in their own
 * order with the fields of {@link PARTY_FIELDS}, within the stored limits). So what it writes is
 * exactly what the import accepts and gives back. The input is not changed.
 */
export function canonicalArticle(article: ArticleRecord | ExportedArticle): ExportedArticle {
  const { url, canonicalUrl, date } = article;
  return {
    url,
    ...(canonicalUrl !== undefined && canonicalUrl !== url && isArticleAddress(canonicalUrl) ? { canonicalUrl } : {}),
    title: article.title,
    site: hostOf(url),
    ...(isIsoDate(date) ? { date } : {}),
    events: parseStoredEvents(article.events),
  };
}

/**
 * The `articles` of a layout 4 file: the reading history's articles that carry a brief (see
 * {@link hasBrief}) and have a web address, each written by {@link canonicalArticle}, sorted by
 * url in code-unit order (the same in every locale). The inputs are not changed.
 */
export function articlesForExport(articles: readonly (ArticleRecord | ExportedArticle)[]): ExportedArticle[] {
  return articles
    .filter((article) => isArticleAddress(article.url) && hasBrief(article))
    .map(canonicalArticle)
    .sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}

const text = () => v.string((issue) => `must be text, not ${describeValue(issue.input)}`);

const boundedText = (max: number) =>
  v.pipe(
    text(),
    v.maxLength(
      max,
      (issue) =>
        `must be at most ${max.toLocaleString('en')} characters long; it has ${issue.input.length.toLocaleString('en')}`,
    ),
  );

const day = () =>
  v.custom<IsoDate>(
    isIsoDate,
    (issue) => `must be a day written as YYYY-MM-DD, such as 2019-06-04, not ${describeValue(issue.input)}`,
  );

const address = () =>
  v.pipe(
    boundedText(4096),
    v.check(
      isWebAddress,
      (issue) => `must be a web address starting with http:// or https://, not ${describeValue(issue.input)}`,
    ),
    v.check((value) => !value.includes('#'), 'must be the article’s address without a #fragment'),
  );

/** A JSON object (not a list, not null), with the message for anything else. */
const jsonObject = <const TEntries extends v.ObjectEntries>(entries: TEntries, what: string) =>
  v.pipe(
    v.custom<Record<string, unknown>>(
      (input) => typeof input === 'object' && input !== null && !Array.isArray(input),
      (issue) => `must be an object with ${what}, not ${describeValue(issue.input)}`,
    ),
    v.strictObject(entries, (issue) => `must be an object with ${what}, not ${describeValue(issue.input)}`),
  );

const party = () =>
  jsonObject(
    {
      entityId: v.pipe(boundedText(200), v.nonEmpty('must not be empty')),
      name: v.pipe(boundedText(200), v.nonEmpty('must not be empty')),
      type: v.picklist(
        ENTITY_TYPES,
        (issue) => `must be one of ${ENTITY_TYPES.join(', ')}, not ${describeValue(issue.input)}`,
      ),
      role: v.picklist(
        PARTY_ROLES,
        (issue) => `must be one of ${PARTY_ROLES.join(', ')}, not ${describeValue(issue.input)}`,
      ),
    },
    'entityId, name, type and role',
  );

const eventSchema = jsonObject(
  {
    kind: v.picklist(
      EVENT_KINDS as readonly [string, ...string[]],
      (issue) => `must be one of ${EVENT_KINDS.join(', ')}, not ${describeValue(issue.input)}`,
    ),
    date: v.optional(day()),
    what: v.optional(v.pipe(boundedText(100), v.nonEmpty('must not be empty'))),
    amounts: v.pipe(
      v.array(boundedText(100), (issue) => `must be a list of texts, not ${describeValue(issue.input)}`),
      v.maxLength(10, (issue) => `must hold at most 10 amounts; it has ${issue.input.length}`),
    ),
    parties: v.pipe(
      v.array(party(), (issue) => `must be a list, not ${describeValue(issue.input)}`),
      v.minLength(1, 'must name at least one party'),
      v.maxLength(20, (issue) => `must hold at most 20 parties; it has ${issue.input.length}`),
    ),
    sentence: boundedText(600),
  },
  'kind, amounts, parties and sentence',
);

/**
 * The rules every article of a layout 4 file must meet: exactly the fields of an
 * {@link ExportedArticle}, an http(s) address without fragment, the site its host name, a real
 * date, at most 100 events each within the limits the reading history keeps. Unknown fields are
 * refused, not dropped, as everywhere in the import.
 */
const articleSchema = v.pipe(
  jsonObject(
    {
      url: address(),
      canonicalUrl: v.optional(address()),
      title: text(),
      site: text(),
      date: v.optional(day()),
      events: v.pipe(
        v.array(eventSchema, (issue) => `must be a list, not ${describeValue(issue.input)}`),
        v.maxLength(100, (issue) => `must hold at most 100 events; it has ${issue.input.length}`),
      ),
    },
    'url, title, site and events',
  ),
  v.forward(
    v.check(
      (article) => article.site === hostOf(article.url),
      (issue) => {
        const article = issue.input as { url: string; site: string };
        return `must be the host name of the page address, “${shorten(hostOf(article.url))}”, not ${describeValue(article.site)}`;
      },
    ),
    ['site'],
  ),
);

/** How an error message names the fields of an article, of an event and of a party. */
const ARTICLE_LABELS: Readonly<Record<string, string>> = {
  url: 'the page address (url)',
  canonicalUrl: 'the canonical address (canonicalUrl)',
  title: 'the title (title)',
  site: 'the site (site)',
  date: 'the article’s date (date)',
  events: 'the event list (events)',
};
const EVENT_LABELS: Readonly<Record<string, string>> = {
  kind: 'the kind (kind)',
  date: 'the event’s date (date)',
  what: 'what was signed (what)',
  amounts: 'the amounts (amounts)',
  parties: 'the party list (parties)',
  sentence: 'the sentence (sentence)',
};
const PARTY_LABELS: Readonly<Record<string, string>> = {
  entityId: 'the entity id (entityId)',
  name: 'the name (name)',
  type: 'the entity type (type)',
  role: 'the role (role)',
};

/** Characters of an address kept in a message: enough to tell most articles apart. */
const URL_IN_MESSAGE = 120;

/** `Article 3 (url “https://…”)`, or `Article 3` when the item has no usable url. */
function articleName(index: number, candidate: unknown): string {
  const url = typeof candidate === 'object' && candidate !== null ? (candidate as { url?: unknown }).url : undefined;
  return typeof url === 'string' && url.length > 0
    ? `Article ${index + 1} (url “${shorten(url, URL_IN_MESSAGE)}”)`
    : `Article ${index + 1}`;
}

/** The first problem of one article as a sentence naming the article, the event and party when it is in one, and the field. */
function describeArticleIssue(name: string, issue: v.BaseIssue<unknown>): string {
  const path = issue.path ?? [];
  const keys = path.map((item) => String(item.key));
  if (keys[0] !== 'events' || keys.length < 2) return `${name}: ${describeIssue(issue, ARTICLE_LABELS)}.`;
  const event = `${name}, event ${Number(keys[1]) + 1}`;
  if (keys.length === 2) return `${event} ${issue.message}.`;
  if (keys[2] !== 'parties' || keys.length < 4) {
    return `${event}: ${describeIssue({ ...issue, path: path.slice(2) as typeof issue.path }, EVENT_LABELS)}.`;
  }
  const party = `${event}, party ${Number(keys[3]) + 1}`;
  if (keys.length === 4) return `${party} ${issue.message}.`;
  return `${party}: ${describeIssue({ ...issue, path: path.slice(4) as typeof issue.path }, PARTY_LABELS)}.`;
}

/** The outcome of {@link readExportedArticles}. */
export type ArticlesReadResult = { ok: true; articles: ExportedArticle[] } | { ok: false; error: string };

/**
 * Checks the `articles` of a layout 4 file (already JSON-parsed, dangerous keys dropped) and
 * returns fresh articles in file order, each with its fields in {@link ARTICLE_FIELDS} order — or
 * the first problem as a sentence naming the article (by position and url), the event and party
 * when it is about one, and the field, e.g.
 * `Article 2 (url “https://a.cn/1”), event 1, party 2: the role (role) must be one of side, … .`
 * All or nothing: besides the rules of each field, an article must carry a brief (a date or an
 * event), its events must be written as the reading history stores them (what `parseStoredEvents`
 * gives back unchanged), and no two articles may share a url. More than `maxArticles` articles
 * are refused before any is looked at. Never throws on JSON data.
 */
export function readExportedArticles(value: unknown, maxArticles = MAX_IMPORT_ARTICLES): ArticlesReadResult {
  if (!Array.isArray(value)) {
    return { ok: false, error: `The list of article briefs (articles) must be a list, not ${describeValue(value)}.` };
  }
  if (value.length > maxArticles) {
    return {
      ok: false,
      error: `The file holds ${value.length.toLocaleString('en')} article briefs; District Lens imports at most ${maxArticles.toLocaleString('en')} from one file.`,
    };
  }
  const articles: ExportedArticle[] = [];
  const firstIndexOfUrl = new Map<string, number>();
  for (const [index, candidate] of value.entries()) {
    const name = articleName(index, candidate);
    if (typeof candidate !== 'object' || candidate === null || Array.isArray(candidate)) {
      return {
        ok: false,
        error: `${name} must be an object with url, title, site and events, not ${describeValue(candidate)}.`,
      };
    }
    const result = v.safeParse(articleSchema, candidate, { abortEarly: true });
    if (!result.success) return { ok: false, error: describeArticleIssue(name, result.issues[0]) };
    const article = result.output as ExportedArticle;
    if (article.date === undefined && article.events.length === 0) {
      return {
        ok: false,
        error: `${name} has neither a date (date) nor an event (events); the file holds only articles with a brief.`,
      };
    }
    const canonical = canonicalArticle(article);
    // A last guard, should the stored events learn a rule the checks above do not know.
    if (!sameData(canonical.events, article.events)) {
      return {
        ok: false,
        error: `${name}: the event list (events) must be written as District Lens stores events (within their limits, each with a party).`,
      };
    }
    const earlier = firstIndexOfUrl.get(article.url);
    if (earlier !== undefined) {
      return {
        ok: false,
        error: `Articles ${earlier + 1} and ${index + 1} have the same url “${shorten(article.url, URL_IN_MESSAGE)}”; every article in a file needs its own, so this file cannot be imported as it is.`,
      };
    }
    firstIndexOfUrl.set(article.url, index);
    // Fresh objects in export order; a canonical address equal to the url is the url, and is left out.
    articles.push(canonical);
  }
  return { ok: true, articles };
}

/** Deep equality of JSON data, whatever order object keys come in. */
function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  return keysA.every(
    (key) =>
      Object.hasOwn(b, key) && sameData((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]),
  );
}
