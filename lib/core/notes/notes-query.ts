import { ENTITY_TYPES, type EntityType } from '../entity';
import type { Note } from './note';
import { normalizeForMatching } from '../normalize';

/**
 * What the notes library shows: a full-text search and facet filters. An empty list or text
 * means "no constraint"; within a facet any selected value matches, across facets all must.
 */
export interface NotesQuery {
  /** Whitespace-separated terms, all of which must occur (see {@link filterNotes}). */
  text: string;
  types: readonly EntityType[];
  /** Host names, as {@link siteOf} gives them. */
  sites: readonly string[];
  /** Tags, compared case-insensitively. */
  tags: readonly string[];
  /** First day (`YYYY-MM-DD`, local time) a note may have been written on, inclusive. */
  from?: string;
  /** Last day (`YYYY-MM-DD`, local time) a note may have been written on, inclusive. */
  to?: string;
}

/** The query that matches every note. */
export const EMPTY_NOTES_QUERY: NotesQuery = { text: '', types: [], sites: [], tags: [] };

/** Whether `query` constrains anything (so "the filtered notes" differ from "all notes"). */
export function isQueryActive(query: NotesQuery): boolean {
  return (
    query.text.trim() !== '' ||
    query.types.length > 0 ||
    query.sites.length > 0 ||
    query.tags.length > 0 ||
    Boolean(query.from) ||
    Boolean(query.to)
  );
}

/**
 * Text as the search compares it: the matcher's normalisation (traditional folded to simplified,
 * full-width to half-width, pinyin annotations and spaces between Han dropped) then lower case,
 * so `寧波`, `宁波` and `宁 波` meet, and `ＡＢＣ` meets `abc`.
 */
export function searchKey(text: string): string {
  return normalizeForMatching(text).text.toLowerCase();
}

/** A page address without its `#fragment`: one article whatever part of it was in view. */
export function articleKey(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? url : url.slice(0, hash);
}

/** The host name of a note's page (`www.news.cn`), or `''` when the address does not parse. */
export function siteOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

/** The local calendar day (`YYYY-MM-DD`) of an ISO instant; the reader thinks in their own days. */
export function localDay(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

// Notes are replaced, never changed in place (an edit answers a new object), so a note's searchable
// text can be kept with it: typing in the search box then normalises only the query.
const haystacks = new WeakMap<Note, string>();

// Each field is normalised on its own and joined with a line break afterwards, so a term never
// matches across the end of one field and the start of the next.
function haystackOf(note: Note): string {
  let haystack = haystacks.get(note);
  if (haystack === undefined) {
    haystack = [note.body, note.entityName, note.quote, note.anchor?.sentence ?? '', note.pageTitle, ...note.tags]
      .map(searchKey)
      .join('\n');
    haystacks.set(note, haystack);
  }
  return haystack;
}

/**
 * The notes that match `query`, in their given order. Text: every whitespace-separated term must
 * occur in the note's body, entity name, quote, anchor sentence, page title or a tag — ignoring
 * case and the difference between traditional and simplified characters. Types, sites and tags:
 * the note must have one of the selected values (tags case-insensitively). Dates: the local day
 * the note was created must lie within `from`…`to`, both inclusive.
 * Notes are taken as immutable: each note's searchable text is worked out once and kept.
 * Example: `filterNotes(notes, { ...EMPTY_NOTES_QUERY, text: '宁波 港' })` finds a note reading `寧波港口`.
 */
export function filterNotes(notes: readonly Note[], query: NotesQuery): Note[] {
  const terms = query.text.split(/\s+/u).filter(Boolean).map(searchKey).filter(Boolean);
  const types = new Set(query.types);
  const sites = new Set(query.sites);
  const tags = new Set(query.tags.map((tag) => tag.toLowerCase()));
  return notes.filter((note) => {
    if (types.size > 0 && !types.has(note.entityType)) return false;
    if (sites.size > 0 && !sites.has(siteOf(note.url))) return false;
    if (tags.size > 0 && !note.tags.some((tag) => tags.has(tag.toLowerCase()))) return false;
    if (query.from || query.to) {
      const day = localDay(note.createdAt);
      if (query.from && day < query.from) return false;
      if (query.to && day > query.to) return false;
    }
    if (terms.length > 0) {
      const haystack = haystackOf(note);
      if (!terms.every((term) => haystack.includes(term))) return false;
    }
    return true;
  });
}

/** Notes on one entity, newest first. */
export interface EntityNoteGroup {
  by: 'entity';
  /** The entity's id: unique among the groups. */
  key: string;
  entityId: string;
  entityType: EntityType;
  entityName: string;
  notes: Note[];
}

/** Notes written on one article, in reading order. */
export interface ArticleNoteGroup {
  by: 'article';
  /** The article's address without `#fragment`: unique among the groups. */
  key: string;
  url: string;
  /** The newest note's page title that is not empty, else the address. */
  title: string;
  site: string;
  notes: Note[];
}

/** One group of the library's list. */
export type NoteGroup = EntityNoteGroup | ArticleNoteGroup;

const newestFirst = (a: Note, b: Note) => b.createdAt.localeCompare(a.createdAt) || a.id.localeCompare(b.id);

// In an article, anchored notes follow the text; notes on the entity itself come last, newest first.
const readingOrder = (a: Note, b: Note) => {
  if (a.anchor && b.anchor) return a.anchor.position.start - b.anchor.position.start || newestFirst(a, b);
  if (a.anchor) return -1;
  if (b.anchor) return 1;
  return newestFirst(a, b);
};

/**
 * Groups notes by entity (id) or by article (address without `#fragment`). Groups come in the
 * order of their newest note (created, so editing a note does not reorder the page under the
 * reader); within an entity group notes are newest first, within an article group in the order
 * of their quotes on the page, notes about the entity itself last.
 */
export function groupNotes(notes: readonly Note[], by: 'entity' | 'article'): NoteGroup[] {
  const buckets = new Map<string, Note[]>();
  for (const note of [...notes].sort(newestFirst)) {
    const key = by === 'entity' ? note.entityId : articleKey(note.url);
    const bucket = buckets.get(key);
    if (bucket) bucket.push(note);
    else buckets.set(key, [note]);
  }
  // Buckets were filled from newest-first notes, so the map's order is newest group first.
  return [...buckets].map(([key, members]): NoteGroup => {
    const newest = members[0]!;
    if (by === 'entity') {
      return {
        by,
        key,
        entityId: newest.entityId,
        entityType: newest.entityType,
        entityName: members.find((note) => note.entityName)?.entityName ?? newest.entityId,
        notes: members,
      };
    }
    return {
      by,
      key,
      url: key,
      title: members.find((note) => note.pageTitle.trim() !== '')?.pageTitle ?? key,
      site: siteOf(key),
      notes: [...members].sort(readingOrder),
    };
  });
}

/** One value of a facet and how many notes have it. */
export interface FacetValue<T extends string = string> {
  value: T;
  count: number;
}

/** The values the library's filters offer, with counts. */
export interface NoteFacets {
  /** In the order the interface lists entity types. */
  types: FacetValue<EntityType>[];
  /** Most notes first, then by name. */
  sites: FacetValue[];
  /** Most notes first, then by name; tags differing only in case are one (first spelling kept). */
  tags: FacetValue[];
}

const byCountThenName = (a: FacetValue, b: FacetValue) => b.count - a.count || a.value.localeCompare(b.value);

/**
 * The types, sites and tags present among `notes`, each with the number of notes that have it.
 * Notes whose address does not parse have no site.
 */
export function facetsOf(notes: readonly Note[]): NoteFacets {
  const types = new Map<EntityType, number>();
  const sites = new Map<string, number>();
  const tags = new Map<string, FacetValue>();
  for (const note of notes) {
    types.set(note.entityType, (types.get(note.entityType) ?? 0) + 1);
    const site = siteOf(note.url);
    if (site) sites.set(site, (sites.get(site) ?? 0) + 1);
    for (const tag of note.tags) {
      const key = tag.toLowerCase();
      const facet = tags.get(key);
      if (facet) facet.count++;
      else tags.set(key, { value: tag, count: 1 });
    }
  }
  return {
    types: ENTITY_TYPES.filter((type) => types.has(type)).map((type) => ({ value: type, count: types.get(type)! })),
    sites: [...sites].map(([value, count]) => ({ value, count })).sort(byCountThenName),
    tags: [...tags.values()].sort(byCountThenName),
  };
}
