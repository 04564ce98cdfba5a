import { NOTE_ID_PATTERN } from '../core/notes';
import type { QuoteAnchor } from '../core/notes';
import type { CardKnowledgeRequest } from '../core/knowledge';
import type { EntityType } from '../core/entity';
import type { KbEntry } from '../core/knowledge';
import type { EntitySearchHit } from '../core/knowledge';
import type { ReaderEntity } from '../core/reader-layer';
import type { MapEntity, MapPicture, PictureLine } from '../core/map-picture';
import { normalizeTags } from '../core/notes';
import type { NewNote, Note } from '../core/notes';
import { isIsoDate, parseStoredEvents, type ArticleEvent, type IsoDate } from '../core/brief';
import { articleUrl } from './article-url';
import type { BackgroundTimingsSnapshot } from './background-timings';
import type { WireEntity } from './detection-wire';
import type { ReaderLayerRequests } from './reader-layer-protocol';
import type { ReaderLayerImportSummary } from './reader-layer-service';
import {
  MAX_VISIT_ENTITIES,
  type ArticleDigest,
  type ArticleRecord,
  type ArticleVisit,
  type EntityArticle,
  type SeenEntity,
} from '../core/notes';

/** What the card shows about one entity: the reader's notes on it and where else it was seen. */
export interface EntitySummary {
  /** Every note on the entity, from every page, newest first. */
  notes: Note[];
  /** Distinct page URLs among those notes, not counting the excluded (current) page. */
  articleCount: number;
}

/** What importing a file would do, or did: counts of notes added, unchanged and changed. */
export interface ImportSummary {
  format: 'json' | 'web-annotation';
  added: number;
  duplicates: number;
  changed: number;
  /** Whether changed notes were (or would be) overwritten by the file's version. */
  replaceChanged: boolean;
  /** The reader's own entities and corrections in the file, counted the same way (when imported with them). */
  readerLayer?: ReaderLayerImportSummary;
  /**
   * The file's article briefs (JSON layout 4; none in older files): articles added to the reading
   * history, articles there that gain a date or events they lacked, and articles unchanged;
   * `briefs`, how many of the file's articles carry a date or events (see countArticleBriefs).
   */
  articles?: { added: number; briefed: number; unchanged: number; briefs?: number };
}

/** Requests the background's store service answers, keyed by `type` (the reader's layer's too). */
export interface StoreRequests extends ReaderLayerRequests {
  /** `saveId`, chosen by the sender, becomes the note's id: sending the same save twice stores one note. */
  'notes:save': { request: { note: NewNote; saveId?: string }; result: Note };
  'notes:list': { request: Record<string, never>; result: Note[] };
  'notes:for-entity': { request: { entityId: string }; result: Note[] };
  /** Replaces a note's body (and its tags, when given); `updatedAt` moves to now. */
  'notes:update': { request: { id: string; body: string; tags?: string[] }; result: Note };
  /** Notes written on one article (url compared without `#fragment`), oldest first: the ones to re-attach. */
  'notes:for-article': { request: { url: string }; result: Note[] };
  /**
   * What a page needs to place notes: the notes written on this article (fragments ignored) and
   * every note about an entity as a whole (no anchor), oldest first. Not every note: a reader's
   * library can hold thousands.
   */
  'notes:for-page': { request: { url: string }; result: Note[] };
  /**
   * Opens the article a note was written on in a new tab and, once District Lens has annotated it,
   * scrolls to the note's mention and opens its card. Answers when the tab is created.
   */
  'notes:open': { request: { id: string }; result: null };
  /**
   * Asked by a content script once its page is annotated: the note the reader chose to open in
   * this tab (see `notes:open`), once, or null.
   */
  'notes:take-pending-focus': { request: Record<string, never>; result: Note | null };
  /** Deletes a note and answers it as it was, so the reader can undo. */
  'notes:delete': { request: { id: string }; result: Note };
  /** Re-adds exactly this note (same id and timestamps): the undo of `notes:delete`. */
  'notes:restore': { request: { note: Note }; result: Note };
  /** The card's data: notes on the entity and the number of other saved articles it is in. */
  'notes:entity-summary': { request: { entityId: string; excludeUrl?: string }; result: EntitySummary };
  /**
   * Imports an export file's text (JSON or Web Annotation). The background parses and validates
   * it itself; with `dryRun` nothing is written and the answer is the preview. Otherwise everything
   * is written in one transaction, or nothing is.
   */
  'notes:import': { request: { text: string; replaceChanged: boolean; dryRun: boolean }; result: ImportSummary };
  /** Records that the reader read an article and which entities it mentions (see ArticleVisit). */
  'articles:visit': { request: { visit: ArticleVisit }; result: null };
  /** Every recorded article, most recently seen first. */
  'articles:list': { request: Record<string, never>; result: ArticleRecord[] };
  /** The recorded articles with a date or events (by url): the `articles` of the JSON export. */
  'articles:briefs': { request: Record<string, never>; result: ArticleRecord[] };
  /**
   * Every article where the reader met an entity (a sighting, or a part in one of its events), with
   * the sentence, newest first by the article's date.
   */
  'entities:articles': { request: { entityId: string }; result: EntityArticle[] };
  /**
   * The articles of the reading history at these addresses (fragments ignored), in that order, each
   * with the entities met in it: what their briefs are written from. Addresses not read are skipped.
   */
  'articles:digests': { request: { urls: string[] }; result: ArticleDigest[] };
  /**
   * The entities of the reading history whose name holds `query`, or whose id is in `ids` (the
   * knowledge base's answer for the query, so that other names find them too), best first, at most
   * `limit` (default 20): the library's way to an entity's profile without a note on it.
   */
  'entities:find': { request: { query: string; ids?: string[]; limit?: number }; result: SeenEntity[] };
  /**
   * The entities in an article's text (the background holds the knowledge base and the detector),
   * with the reader's layer applied; `url`, the page's, lets that article's "not here" corrections apply.
   * In the wire form (see decodeDetection). A long text comes in parts (`kb:detect-part`) first.
   */
  'kb:detect': {
    request: { text: string; url?: string; parts?: { id: string; count: number } };
    result: WireEntity[];
  };
  /**
   * One part of a long text (see TEXT_PART_CHARS), kept until `kb:detect` brings the last one with
   * `parts: { id, count }`.
   */
  'kb:detect-part': { request: { id: string; index: number; text: string }; result: null };
  /**
   * The events of an article's text (see findArticleEvents), found in the background so the page's
   * thread is not held by them: `entities` in the wire form with mentions as offsets of `text`,
   * `articleDate` the article's day. The events' offsets are into `text`. A long text comes in parts
   * (`kb:detect-part`) first, as for `kb:detect`.
   */
  'kb:events': {
    request: { text: string; entities: WireEntity[]; articleDate?: IsoDate; parts?: { id: string; count: number } };
    result: ArticleEvent[];
  };
  /**
   * The map of these entities (mentions or articles as `count`), projected by the background, which
   * alone loads the map data: the asker only draws it (see MapPicture). `lines` join markers by id;
   * `width` 200–1200 (default 360); `focus` (default true) zooms to the markers.
   */
  'kb:map-picture': {
    request: { entities: MapEntity[]; lines?: PictureLine[]; width?: number; focus?: boolean };
    result: MapPicture;
  };
  /** The knowledge-base entries a card shows (see cardKnowledge). */
  'kb:card': { request: CardKnowledgeRequest; result: KbEntry[] };
  /** One of the reader's own entities (`reader:…`), for its card; null when it was deleted. */
  'kb:reader-entity': { request: { id: string }; result: ReaderEntity | null };
  /**
   * Sent at document_start by a Chinese page District Lens is on for (see wakeBackground): it starts a
   * stopped background — and with it the knowledge base's load — while the page still loads.
   * Answered at once.
   */
  'kb:wake': { request: Record<string, never>; result: null };
  /** What loading the knowledge base and the latest detect requests cost, for the benchmark. */
  'kb:timings': { request: Record<string, never>; result: BackgroundTimingsSnapshot };
  /** Knowledge-base and reader entities matching a name, best first (for "Same as…"). */
  'kb:search': { request: { query: string; limit?: number }; result: EntitySearchHit[] };
}

/** The name of a store request. */
export type StoreRequestType = keyof StoreRequests;

/** A message as sent over `runtime.sendMessage`. */
export type StoreMessage<T extends StoreRequestType = StoreRequestType> = { type: T } & StoreRequests[T]['request'];

/** The reply: a value, or an error message meant for the reader. */
export type StoreReply<T extends StoreRequestType = StoreRequestType> =
  { ok: true; value: StoreRequests[T]['result'] } | { ok: false; error: string };

const ENTITY_TYPES: readonly string[] = ['city', 'platform', 'official', 'person', 'region'] satisfies EntityType[];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads a list of tags from a message: text only, normalised (see normalizeTags). */
export function parseTags(value: unknown): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || !value.every((tag) => typeof tag === 'string'))
    throw new Error('The tags are not text.');
  return normalizeTags(value as string[]);
}

/** Longest anchor text part accepted from a message (a sentence is ~200 characters). */
const MAX_ANCHOR_PART = 1000;

/** Reads a quote anchor from a message: null, or exact/prefix/suffix/sentence text and a position. */
export function parseAnchor(value: unknown): QuoteAnchor | null {
  if (value === null || value === undefined) return null;
  if (!isRecord(value)) throw new Error("The note's place on the page is malformed.");
  const part = (key: 'exact' | 'prefix' | 'suffix' | 'sentence'): string => {
    const field = value[key];
    if (typeof field !== 'string' || field.length > MAX_ANCHOR_PART) {
      throw new Error("The note's place on the page is malformed.");
    }
    return field;
  };
  const position = value.position;
  const start = isRecord(position) ? position.start : undefined;
  const end = isRecord(position) ? position.end : undefined;
  if (
    !Number.isSafeInteger(start) ||
    !Number.isSafeInteger(end) ||
    (start as number) < 0 ||
    (end as number) <= (start as number)
  ) {
    throw new Error("The note's place on the page is malformed.");
  }
  const exact = part('exact');
  if (exact === '') throw new Error("The note's place on the page is malformed.");
  return {
    exact,
    prefix: part('prefix'),
    suffix: part('suffix'),
    sentence: part('sentence'),
    position: { start: start as number, end: end as number },
  };
}

/**
 * Checks that an incoming `notes:save` payload has the shape of a {@link NewNote}; messages
 * cross a process boundary, so the background never trusts their types. Missing tags read as
 * none and a missing anchor as a note on the entity.
 */
export function parseNewNote(value: unknown): NewNote {
  if (!isRecord(value)) throw new Error('The note is missing.');
  const text = (key: 'entityId' | 'entityType' | 'entityName' | 'body' | 'url' | 'pageTitle' | 'quote'): string => {
    const field = value[key];
    if (typeof field !== 'string') throw new Error(`The note's ${key} is not text.`);
    return field;
  };
  const entityType = text('entityType');
  if (!ENTITY_TYPES.includes(entityType)) throw new Error(`Unknown entity type ${entityType}.`);
  return {
    entityId: text('entityId'),
    entityType: entityType as EntityType,
    entityName: text('entityName'),
    body: text('body'),
    tags: parseTags(value.tags),
    url: text('url'),
    pageTitle: text('pageTitle'),
    quote: text('quote'),
    anchor: parseAnchor(value.anchor),
  };
}

/**
 * Checks that an incoming `notes:restore` payload is a whole {@link Note}: the fields of a new
 * note plus a non-empty id and ISO 8601 timestamps. Extra fields are dropped.
 */
export function parseNote(value: unknown): Note {
  const base = parseNewNote(value);
  const record = value as Record<string, unknown>;
  const id = record.id;
  if (typeof id !== 'string' || id === '') throw new Error("The note's id is not text.");
  const stamp = (key: 'createdAt' | 'updatedAt'): string => {
    const field = record[key];
    if (typeof field !== 'string' || Number.isNaN(Date.parse(field))) {
      throw new Error(`The note's ${key} is not a date.`);
    }
    return field;
  };
  return { id, ...base, createdAt: stamp('createdAt'), updatedAt: stamp('updatedAt') };
}

/**
 * How many articles `records` (notes, sightings: anything with a page url) come from: distinct
 * page URLs (fragments ignored), not counting `excludeUrl`. The store answers it in
 * `notes:entity-summary`.
 */
export function countSavedArticles(records: readonly { url: string }[], excludeUrl?: string): number {
  const excluded = excludeUrl === undefined ? undefined : articleUrl(excludeUrl);
  const urls = new Set(records.map((record) => articleUrl(record.url)));
  if (excluded !== undefined) urls.delete(excluded);
  return urls.size;
}

export { articleUrl };

/** Longest sentence kept from a visit; the content script sends ~200 characters. */
const MAX_VISIT_SENTENCE = 1000;

/**
 * Checks an incoming `articles:visit` payload: an http(s) page with text fields, and at most
 * MAX_VISIT_ENTITIES entities of a known type (extra ones are dropped, not refused: a long page
 * still gets recorded); its date and events (the brief) when given, malformed parts left out.
 */
export function parseArticleVisit(value: unknown): ArticleVisit {
  if (!isRecord(value)) throw new Error('The article is missing.');
  const text = (record: Record<string, unknown>, key: string, max = MAX_VISIT_SENTENCE): string => {
    const field = record[key];
    if (typeof field !== 'string') throw new Error(`The article's ${key} is not text.`);
    return field.slice(0, max);
  };
  const url = text(value, 'url', 4096);
  if (!/^https?:/iu.test(url)) throw new Error('Only web pages are recorded.');
  let canonicalUrl = text(value, 'canonicalUrl', 4096);
  if (!/^https?:/iu.test(canonicalUrl)) canonicalUrl = url;
  if (!Array.isArray(value.entities)) throw new Error("The article's entities are missing.");
  const entities = value.entities.slice(0, MAX_VISIT_ENTITIES).map((entity: unknown) => {
    if (!isRecord(entity)) throw new Error('An entity of the article is malformed.');
    const type = text(entity, 'type');
    if (!ENTITY_TYPES.includes(type)) throw new Error(`Unknown entity type ${type}.`);
    const roles = entity.roles;
    return {
      id: text(entity, 'id', 200),
      type: type as EntityType,
      name: text(entity, 'name', 200),
      sentence: text(entity, 'sentence'),
      roles: Array.isArray(roles) ? roles.filter((r): r is string => typeof r === 'string').slice(0, 10) : [],
    };
  });
  const visit: ArticleVisit = { url, canonicalUrl, title: text(value, 'title', 1000), entities };
  // The brief rides along: a damaged date or event is left out, never a reason to lose the visit.
  if (isIsoDate(value.date)) visit.date = value.date;
  if (value.events !== undefined) visit.events = parseStoredEvents(value.events);
  return visit;
}

/** Checks an optional `saveId` of a `notes:save` message: absent, or an id of the {@link NOTE_ID_PATTERN} form. */
export function parseSaveId(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !NOTE_ID_PATTERN.test(value)) throw new Error('The note id is not valid.');
  return value;
}

/** Most addresses one `articles:digests` request may name. */
export const MAX_DIGEST_URLS = 10_000;

/** Most ids one `entities:find` request may name. */
export const MAX_FIND_IDS = 200;

/**
 * Reads a list of texts from a message (`what` names it in the error): an array of strings of at
 * most `max` items, else a sentence saying what is wrong. Undefined reads as none.
 */
export function parseTextList(value: unknown, max: number, what: string): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) {
    throw new Error(`The ${what} are not a list of texts.`);
  }
  if (value.length > max) throw new Error(`At most ${max.toLocaleString('en')} ${what} can be asked for at once.`);
  return value as string[];
}
