import type { ArticleRecord, Note } from '../notes';
import { hasBrief, type ExportedArticle } from './article-briefs';
import { sameNoteContent } from './note-fields';

/** What an import would do, for the preview the reader confirms. */
export interface ImportPreview {
  /** Notes whose id is not in the library: the import adds them. */
  added: Note[];
  /** Notes already in the library exactly as in the file: importing them changes nothing. */
  duplicates: Note[];
  /** Notes whose id is in the library with different content: `before` is the library's, `after` the file's. */
  changed: { before: Note; after: Note }[];
}

/**
 * Compares the notes of a file with the library, by id: a new id is added, the same id with the
 * same content (every note field equal) is a duplicate, the same id with different content is a
 * change for the reader to accept or skip. Lists keep the file's order; neither input is changed.
 * Ids in `incoming` are expected to be unique, as `parseNotesImport` guarantees; should one
 * repeat, only its first occurrence counts, so no note is ever listed twice.
 */
export function previewImport(existing: readonly Note[], incoming: readonly Note[]): ImportPreview {
  const library = new Map(existing.map((note) => [note.id, note]));
  const seen = new Set<string>();
  const preview: ImportPreview = { added: [], duplicates: [], changed: [] };
  for (const note of incoming) {
    if (seen.has(note.id)) continue;
    seen.add(note.id);
    const before = library.get(note.id);
    if (!before) preview.added.push(note);
    else if (sameNoteContent(before, note)) preview.duplicates.push(note);
    else preview.changed.push({ before, after: note });
  }
  return preview;
}

/** What an import would do to the reading history's articles, for the preview and the summary. */
export interface ArticleImportPreview {
  /** Articles not in the reading history: the import adds them with the file's brief. */
  added: ExportedArticle[];
  /** Articles there without a date or without events, which the file's brief fills in. */
  briefed: { before: ArticleRecord; after: ArticleRecord }[];
  /** Articles there that already have what the file gives (or more): importing them changes nothing. */
  unchanged: ExportedArticle[];
}

/**
 * The record of an article already in the reading history once an imported brief is added to
 * it, or `undefined` when the import changes nothing. The rule: what the reader's own visits
 * recorded is never overwritten. The record gains the file's date only when it has none, and the
 * file's events only when it has none (no list, or an empty one: an empty list is no brief, as
 * the export itself treats it). Title, addresses and reading times stay as they are. Pure; the
 * record is not changed.
 */
export function withImportedBrief(record: ArticleRecord, article: ExportedArticle): ArticleRecord | undefined {
  const gainsDate = record.date === undefined && article.date !== undefined;
  const gainsEvents = (record.events?.length ?? 0) === 0 && article.events.length > 0;
  if (!gainsDate && !gainsEvents) return undefined;
  return {
    ...record,
    ...(gainsDate ? { date: article.date } : {}),
    ...(gainsEvents ? { events: structuredClone(article.events) } : {}),
  };
}

/**
 * The record of an imported article that is not in the reading history: the file's fields, its
 * canonical address (the url when the file gives none), and `stamp` (the import time) as both
 * `firstSeen` and `lastSeen`, since the file holds no reading times. (The store first records
 * the context of the file's notes, which gives an article its notes' times; the brief is then
 * added to that record by {@link withImportedBrief} instead.)
 */
export function articleRecordFromImport(article: ExportedArticle, stamp: string): ArticleRecord {
  return {
    url: article.url,
    canonicalUrl: article.canonicalUrl ?? article.url,
    title: article.title,
    site: article.site,
    firstSeen: stamp,
    lastSeen: stamp,
    ...(article.date === undefined ? {} : { date: article.date }),
    events: structuredClone(article.events),
  };
}

/**
 * Compares the articles of a file with the reading history, by url: a new url is added; a known
 * one is briefed when {@link withImportedBrief} changes it, else unchanged. Lists keep the file's
 * order; should a url repeat in `incoming` (`parseNotesImport` refuses that), only its first
 * occurrence counts. Pure; neither input is changed.
 */
export function previewArticleImport(
  existing: readonly ArticleRecord[],
  incoming: readonly ExportedArticle[],
): ArticleImportPreview {
  const history = new Map(existing.map((record) => [record.url, record]));
  const seen = new Set<string>();
  const preview: ArticleImportPreview = { added: [], briefed: [], unchanged: [] };
  for (const article of incoming) {
    if (seen.has(article.url)) continue;
    seen.add(article.url);
    const before = history.get(article.url);
    const after = before && withImportedBrief(before, article);
    if (!before) preview.added.push(article);
    else if (after) preview.briefed.push({ before, after });
    else preview.unchanged.push(article);
  }
  return preview;
}

/**
 * How many article briefs a file brings: its articles with a date or at least one event (see
 * `hasBrief`), each url once. The import dialog says it next to the note counts.
 * Example: an article with a date and two events, and one with neither → 1.
 */
export function countArticleBriefs(incoming: readonly Pick<ArticleRecord, 'url' | 'date' | 'events'>[]): number {
  const urls = new Set<string>();
  for (const article of incoming) if (hasBrief(article)) urls.add(article.url);
  return urls.size;
}
