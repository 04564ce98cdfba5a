import type { ReaderLayerService } from './reader-layer-service';
import {
  articleRecordFromImport,
  countArticleBriefs,
  hasBrief,
  parseNotesImport,
  previewArticleImport,
  previewImport,
  withImportedBrief,
  type ExportedArticle,
} from '../core/notes-format';
import { articleDigest, eventOnlyArticles, findSeenEntities, normalizeTags, withEventEntityIds } from '../core/notes';
import type { NewNote, Note } from '../core/notes';
import type {
  ArticleDigest,
  ArticleRecord,
  ArticleVisit,
  EntityArticle,
  EntityRecord,
  SeenEntity,
  Sighting,
} from '../core/notes';
import { articleUrl } from './article-url';
import type { DistrictLensDatabase } from './database';
import { siteOf } from './schema/migrate-v1-to-v2';
import type { ImportSummary } from './store-protocol';
import { countSavedArticles, type EntitySummary } from './store-protocol';

/** Longest note body accepted, in characters; a note is a note, not a document. */
export const MAX_NOTE_LENGTH = 20_000;

/** Trims a note body and checks it is neither empty nor over-long. */
function checkedBody(body: string): string {
  const trimmed = body.trim();
  if (trimmed.length === 0) throw new Error('A note needs some text.');
  if (trimmed.length > MAX_NOTE_LENGTH) throw new Error(`A note can hold at most ${MAX_NOTE_LENGTH} characters.`);
  return trimmed;
}

const NOT_FOUND = 'That note no longer exists; it may have been deleted in another tab.';

const newestSeenFirst = <T extends { lastSeen: string }>(a: T, b: T) =>
  a.lastSeen < b.lastSeen ? 1 : a.lastSeen > b.lastSeen ? -1 : 0;

/**
 * Reads and writes the reader's notes and reading history (articles, entities, sightings); the
 * only code that touches the database's tables.
 */
export class NotesService {
  constructor(
    private readonly db: DistrictLensDatabase,
    private readonly now: () => Date = () => new Date(),
    private readonly newId: () => string = () => crypto.randomUUID(),
  ) {}

  /**
   * Stores a new note (body trimmed, tags normalised) and returns it with its id and timestamps;
   * also records its article, its entity and that the entity was met there. Rejects an empty body.
   * With `id` (chosen by the sender) saving is idempotent: when a note with that id is already
   * stored, that note is returned and nothing is written.
   */
  async saveNote(input: NewNote, id: string = this.newId()): Promise<Note> {
    const body = checkedBody(input.body);
    const stamp = this.now().toISOString();
    const note: Note = {
      ...input,
      body,
      tags: normalizeTags(input.tags),
      id,
      createdAt: stamp,
      updatedAt: stamp,
    };
    const { db } = this;
    return db.transaction('rw', [db.notes, db.articles, db.entities, db.sightings], async () => {
      // The same save sent again (its first reply was lost while the background restarted).
      const saved = await db.notes.get(id);
      if (saved) return saved;
      await db.notes.add(note);
      await this.recordNoteContext([note], stamp);
      return note;
    });
  }

  /**
   * Replaces a note's body (trimmed, same rules as {@link saveNote}) and, when given, its tags,
   * and moves its `updatedAt` to now; everything else stays. Rejects when the note does not exist.
   */
  async updateNote(id: string, body: string, tags?: readonly string[]): Promise<Note> {
    const checked = checkedBody(body);
    return this.db.transaction('rw', this.db.notes, async () => {
      const note = await this.db.notes.get(id);
      if (!note) throw new Error(NOT_FOUND);
      const updated: Note = {
        ...note,
        body: checked,
        tags: tags === undefined ? note.tags : normalizeTags(tags),
        updatedAt: this.now().toISOString(),
      };
      await this.db.notes.put(updated);
      return updated;
    });
  }

  /** Deletes a note and returns it as it was, so the reader can undo with {@link restoreNote}. */
  async deleteNote(id: string): Promise<Note> {
    return this.db.transaction('rw', this.db.notes, async () => {
      const note = await this.db.notes.get(id);
      if (!note) throw new Error(NOT_FOUND);
      await this.db.notes.delete(id);
      return note;
    });
  }

  /**
   * Puts back exactly the note given — same id, body and timestamps — as the undo of a delete.
   * Rejects when a note with that id is already there (nothing is overwritten).
   */
  async restoreNote(note: Note): Promise<Note> {
    return this.db.transaction('rw', this.db.notes, async () => {
      if (await this.db.notes.get(note.id)) throw new Error('That note is already in your notes.');
      await this.db.notes.add(note);
      return note;
    });
  }

  /** Finds one note; rejects when it does not exist. */
  async getNote(id: string): Promise<Note> {
    const note = await this.db.notes.get(id);
    if (!note) throw new Error(NOT_FOUND);
    return note;
  }

  /**
   * Imports the notes of an export file: validated first (nothing is written for a bad file),
   * then added in one transaction, where the preview is computed again so another tab's edits
   * cannot slip in between. Notes already present unchanged are skipped; notes present with
   * other content are overwritten only with `replaceChanged`. With `dryRun`, nothing is written.
   * Imported notes also fill the articles, entities and sightings they name. Given `layer`, the
   * file's own entities and corrections (JSON layouts 3 and 4) are imported by the same rules in
   * the same transaction, and the summary counts them too.
   *
   * The file's article briefs (layout 4) go into the reading history in the same transaction,
   * whatever `replaceChanged` says, by one rule: what the reader's own visits recorded is never
   * overwritten. An article not in the history is added with the file's title, addresses, date
   * and events; its `firstSeen` and `lastSeen` are those of the file's notes on it when there are
   * any (the notes are recorded first, as before), else the import time (the file holds no
   * reading times). An article already there keeps its title, addresses and times, and gains the
   * file's date only when it has none, and the file's events only when it has none (see
   * `withImportedBrief`). The summary counts articles added, briefed and unchanged.
   */
  async importNotes(
    text: string,
    { replaceChanged, dryRun }: { replaceChanged: boolean; dryRun: boolean },
    layer?: ReaderLayerService,
  ): Promise<ImportSummary> {
    const parsed = parseNotesImport(text);
    if (!parsed.ok) throw new Error(parsed.error);
    const { db } = this;
    // One transaction for the notes and the reader's layer: a file is imported whole or not at all.
    const tables = [db.notes, db.articles, db.entities, db.sightings, db.readerEntities, db.corrections];
    return db.transaction('rw', tables, async () => {
      const ids = parsed.notes.map((n) => n.id);
      const existing = (await db.notes.bulkGet(ids)).filter((n): n is Note => n !== undefined);
      const preview = previewImport(existing, parsed.notes);
      // Compared with the history before the notes add any article, so a dry run counts the same.
      const history = await db.articles.bulkGet(parsed.articles.map((a) => a.url));
      const articles = previewArticleImport(
        history.filter((a): a is ArticleRecord => a !== undefined),
        parsed.articles,
      );
      if (!dryRun) {
        await db.notes.bulkAdd(preview.added);
        const replaced = replaceChanged ? preview.changed.map((c) => c.after) : [];
        await db.notes.bulkPut(replaced);
        await this.recordNoteContext([...preview.added, ...replaced]);
        // Every article of the file: one that would change nothing is not written (see importBriefs).
        await this.importBriefs(parsed.articles);
      }
      const readerLayer = layer ? await layer.importLayer(parsed.readerLayer, { dryRun, replaceChanged }) : undefined;
      return {
        format: parsed.format,
        added: preview.added.length,
        duplicates: preview.duplicates.length,
        changed: preview.changed.length,
        replaceChanged,
        ...(readerLayer ? { readerLayer } : {}),
        articles: {
          added: articles.added.length,
          briefed: articles.briefed.length,
          unchanged: articles.unchanged.length,
          briefs: countArticleBriefs(parsed.articles),
        },
      };
    });
  }

  /** Every note, newest first. */
  async listNotes(): Promise<Note[]> {
    return (await this.db.notes.orderBy('createdAt').toArray()).reverse();
  }

  /** Notes about one entity, newest first. */
  async notesForEntity(entityId: string): Promise<Note[]> {
    const notes = await this.db.notes.where('entityId').equals(entityId).sortBy('createdAt');
    return notes.reverse();
  }

  /** Notes written on the article at `url` (fragments ignored), oldest first. */
  async notesForArticle(url: string): Promise<Note[]> {
    const base = articleUrl(url);
    const notes = await this.db.notes.where('url').startsWith(base).sortBy('createdAt');
    return notes.filter((note) => articleUrl(note.url) === base);
  }

  /** Notes written on the article at `url` plus every note about an entity as a whole, oldest first. */
  async notesForPage(url: string): Promise<Note[]> {
    const [here, all] = await Promise.all([this.notesForArticle(url), this.db.notes.orderBy('createdAt').toArray()]);
    const ids = new Set(here.map((n) => n.id));
    return [...here, ...all.filter((n) => n.anchor === null && !ids.has(n.id))].sort((a, b) =>
      a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0,
    );
  }

  /**
   * What the card shows about an entity: its notes (newest first, from every page) and in how
   * many other articles the reader met it — recorded sightings and pages of its notes, distinct
   * and without `#fragment`, not counting `excludeUrl` (the page being read).
   */
  async entitySummary(entityId: string, excludeUrl?: string): Promise<EntitySummary> {
    const [notes, sightings] = await Promise.all([
      this.notesForEntity(entityId),
      this.db.sightings.where('entityId').equals(entityId).toArray(),
    ]);
    return { notes, articleCount: countSavedArticles([...notes, ...sightings], excludeUrl) };
  }

  /**
   * Records that the reader read an article: its record (first/last seen, latest title, its date
   * and events), each entity it mentions, and a sighting per entity with the sentence of its first
   * mention. One transaction; a revisit only moves `lastSeen` and refreshes title, brief, sentences
   * and roles.
   */
  async recordVisit(visit: ArticleVisit): Promise<void> {
    const stamp = this.now().toISOString();
    const url = articleUrl(visit.url);
    const { db } = this;
    await db.transaction('rw', [db.articles, db.entities, db.sightings], async () => {
      const article = await db.articles.get(url);
      await db.articles.put(
        withEventEntityIds({
          url,
          canonicalUrl: articleUrl(visit.canonicalUrl) || url,
          title: visit.title || article?.title || '',
          site: siteOf(url),
          firstSeen: article?.firstSeen ?? stamp,
          lastSeen: stamp,
          // The brief of the latest visit; a visit that brings none keeps what an earlier one found.
          ...pickDefined({ date: visit.date ?? article?.date, events: visit.events ?? article?.events }),
        }),
      );
      const ids = visit.entities.map((e) => e.id);
      const [entities, sightings] = await Promise.all([
        db.entities.bulkGet(ids),
        db.sightings.bulkGet(ids.map((id): [string, string] => [id, url])),
      ]);
      await db.entities.bulkPut(
        visit.entities.map((e, i): EntityRecord => ({
          id: e.id,
          type: e.type,
          name: e.name,
          firstSeen: entities[i]?.firstSeen ?? stamp,
          lastSeen: stamp,
        })),
      );
      await db.sightings.bulkPut(
        visit.entities.map((e, i): Sighting => ({
          entityId: e.id,
          url,
          sentence: e.sentence || sightings[i]?.sentence || '',
          roles: e.roles.length > 0 ? e.roles : (sightings[i]?.roles ?? []),
          firstSeen: sightings[i]?.firstSeen ?? stamp,
          lastSeen: stamp,
        })),
      );
    });
  }

  /** Every recorded article, most recently seen first. */
  async listArticles(): Promise<ArticleRecord[]> {
    return (await this.db.articles.orderBy('lastSeen').toArray()).reverse();
  }

  /**
   * The recorded articles that carry a brief (a date or at least one event), by url: what the
   * JSON export writes as `articles` next to the notes and the reader layer.
   */
  async articlesWithBrief(): Promise<ArticleRecord[]> {
    return this.db.articles.filter(hasBrief).toArray();
  }

  /**
   * Every article where the reader met the entity, with the sentence, the article's date and the
   * entity's events there; newest first by the article's date where the page stated one, else by
   * when it was read (a reader of old news wants the news's order, not the reading's). An article
   * whose events name the entity as a party counts too when no sighting records it there (an
   * imported brief; see eventOnlyArticles).
   */
  async entityArticles(entityId: string): Promise<EntityArticle[]> {
    const sightings = await this.db.sightings.where('entityId').equals(entityId).toArray();
    // Only the articles whose events the entity takes part in, by the index (schema version 5).
    const briefed = await this.db.articles.where('eventEntityIds').equals(entityId).toArray();
    const onlyInEvents = eventOnlyArticles(entityId, briefed, new Set(sightings.map((s) => s.url)));
    const articles = await this.db.articles.bulkGet(sightings.map((s) => s.url));
    const rows = sightings.map((s, i): EntityArticle => {
      const article = articles[i];
      return {
        url: s.url,
        title: article?.title ?? '',
        site: article?.site ?? siteOf(s.url),
        sentence: s.sentence,
        roles: s.roles,
        lastSeen: s.lastSeen,
        ...(article?.date === undefined ? {} : { date: article.date }),
        events: (article?.events ?? []).filter((e) => e.parties.some((p) => p.entityId === entityId)),
      };
    });
    return [...rows, ...onlyInEvents].sort(
      (a, b) => (b.date ?? b.lastSeen).localeCompare(a.date ?? a.lastSeen) || newestSeenFirst(a, b),
    );
  }

  /**
   * The articles of the reading history at `urls` (fragments ignored; each once), in that order,
   * each with the entities met in it (sightings, in the order they were first seen, then the
   * parties of its events; see articleDigest). Addresses the history does not hold are skipped.
   */
  async articleDigests(urls: readonly string[]): Promise<ArticleDigest[]> {
    const keys = [...new Set(urls.map(articleUrl))];
    const { db } = this;
    return db.transaction('r', [db.articles, db.entities, db.sightings], async () => {
      const articles = await db.articles.bulkGet(keys);
      const digests: ArticleDigest[] = [];
      for (const article of articles) {
        if (!article) continue;
        const sightings = await db.sightings.where('url').equals(article.url).sortBy('firstSeen');
        const records = await db.entities.bulkGet(sightings.map((s) => s.entityId));
        digests.push(articleDigest(article, sightings, records));
      }
      return digests;
    });
  }

  /**
   * The entities of the reading history — the entities table and the parties of the articles'
   * events — whose name holds `query` or whose id is in `ids`, each with the number of articles
   * it was met in, ranked by findSeenEntities, at most `limit`.
   */
  async findSeenEntities(query: string, ids: readonly string[], limit: number): Promise<SeenEntity[]> {
    const wanted = query.trim().toLowerCase();
    if (wanted === '') return [];
    const idSet = new Set(ids);
    const answers = (id: string, name: string) => idSet.has(id) || name.toLowerCase().includes(wanted);
    const { db } = this;
    return db.transaction('r', [db.articles, db.entities, db.sightings], async () => {
      const found = new Map<string, { entity: Omit<SeenEntity, 'articles'>; urls: Set<string> }>();
      await db.entities.each((e) => {
        if (answers(e.id, e.name))
          found.set(e.id, { entity: { id: e.id, type: e.type, name: e.name }, urls: new Set() });
      });
      await db.articles.each((article) => {
        for (const event of article.events ?? []) {
          for (const p of event.parties) {
            if (!answers(p.entityId, p.name)) continue;
            let row = found.get(p.entityId);
            if (!row) {
              row = { entity: { id: p.entityId, type: p.type, name: p.name }, urls: new Set() };
              found.set(p.entityId, row);
            }
            row.urls.add(article.url);
          }
        }
      });
      const candidates: SeenEntity[] = [];
      for (const { entity, urls } of found.values()) {
        const sighted = await db.sightings.where('entityId').equals(entity.id).toArray();
        for (const s of sighted) urls.add(s.url);
        candidates.push({ ...entity, articles: urls.size });
      }
      return findSeenEntities(candidates, query, ids, limit);
    });
  }

  /**
   * Writes imported article briefs (see {@link importNotes}): an article the history does not hold
   * is added with the import time as its reading times; one it holds (from an earlier visit, or
   * just now from the file's notes) gains the date and events it lacks. Call inside a transaction
   * over the articles table, after the notes' context is recorded.
   */
  private async importBriefs(articles: readonly ExportedArticle[]): Promise<void> {
    const { db } = this;
    const stamp = this.now().toISOString();
    const current = await db.articles.bulkGet(articles.map((a) => a.url));
    const records = articles.flatMap((article, i) => {
      const record = current[i];
      if (!record) return [articleRecordFromImport(article, stamp)];
      const merged = withImportedBrief(record, article);
      return merged ? [merged] : [];
    });
    await db.articles.bulkPut(records.map(withEventEntityIds));
  }

  /**
   * Adds what notes say about articles, entities and sightings, without overwriting fresher
   * records: call inside a transaction over those tables.
   */
  private async recordNoteContext(notes: readonly Note[], stamp?: string): Promise<void> {
    const { db } = this;
    for (const note of notes) {
      const seen = stamp ?? note.updatedAt;
      const url = articleUrl(note.url);
      const article = await db.articles.get(url);
      if (!article) {
        await db.articles.put({
          url,
          canonicalUrl: url,
          title: note.pageTitle,
          site: siteOf(url),
          firstSeen: note.createdAt,
          lastSeen: seen,
        });
      }
      if (!(await db.entities.get(note.entityId))) {
        await db.entities.put({
          id: note.entityId,
          type: note.entityType,
          name: note.entityName,
          firstSeen: note.createdAt,
          lastSeen: seen,
        });
      }
      const sighting = await db.sightings.get([note.entityId, url]);
      if (!sighting || (sighting.sentence === '' && note.anchor)) {
        await db.sightings.put({
          entityId: note.entityId,
          url,
          sentence: note.anchor?.sentence ?? sighting?.sentence ?? '',
          roles: sighting?.roles ?? [],
          firstSeen: sighting?.firstSeen ?? note.createdAt,
          lastSeen: sighting?.lastSeen ?? seen,
        });
      }
    }
  }
}

/** The fields of `fields` that have a value (IndexedDB would store an explicit undefined). */
function pickDefined<T extends object>(fields: T): Partial<T> {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as Partial<T>;
}
