import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import type { ArticleVisit } from '../../lib/core/notes/reading-history';
import type { NewNote } from '../../lib/core/notes/note';
import { createNotesExport, serializeNotesExport } from '../../lib/core/notes-format';
import { DistrictLensDatabase } from '../../lib/store/database';
import { NotesService } from '../../lib/store/notes-service';
import { ReaderLayerService } from '../../lib/store/reader-layer-service';
import { handleStoreMessage } from '../../lib/store/store-handler';
import { sampleMeeting, sampleSigning } from '../support/articles';

const ARTICLE = 'https://www.example.cn/news/hongqiao.html';
const OTHER = 'https://news.example.cn/2019/ningbo.html';
const SENTENCE = '座谈会上，宁波市长裘东耀指出，要深化与虹桥商务区的合作。';
const EXPORTED_AT = new Date('2026-12-01T00:00:00.000Z');

function visit(overrides: Partial<ArticleVisit> = {}): ArticleVisit {
  return {
    url: `${ARTICLE}#p3`,
    canonicalUrl: ARTICLE,
    title: '上海虹桥商务区与长三角城市启动全面合作',
    entities: [
      { id: 'official:裘东耀', type: 'official', name: '裘东耀', sentence: SENTENCE, roles: ['宁波市 市长'] },
      { id: 'city:330200', type: 'city', name: '宁波', sentence: SENTENCE, roles: [] },
    ],
    date: '2019-06-04',
    events: [sampleSigning(), sampleMeeting()],
    ...overrides,
  };
}

const NOTE: NewNote = {
  entityId: 'official:裘东耀',
  entityType: 'official',
  entityName: '裘东耀',
  body: '宁波市长谈合作',
  tags: ['长三角'],
  url: ARTICLE,
  pageTitle: '上海虹桥商务区与长三角城市启动全面合作',
  quote: '裘东耀',
  anchor: null,
};

/** A clock that starts at `start` and moves one minute forward on every call. */
function steppingClock(start: string): () => Date {
  let next = Date.parse(start);
  return () => new Date((next += 60_000));
}

const opened: DistrictLensDatabase[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

/** A fresh profile: its own database, a notes service on a clock starting at `start`, and its reader layer. */
function profile(start: string) {
  const db = new DistrictLensDatabase(`briefs-${crypto.randomUUID()}`);
  opened.push(db);
  let id = 0;
  return {
    db,
    notes: new NotesService(db, steppingClock(start), () => `note-${++id}`),
    layer: new ReaderLayerService(db),
  };
}

/** The JSON export the library writes for a profile: every note, the reader layer and the articles with a brief. */
async function exportProfile({ notes, layer }: ReturnType<typeof profile>): Promise<string> {
  return serializeNotesExport(
    createNotesExport(await notes.listNotes(), EXPORTED_AT, await layer.exportLayer(), await notes.articlesWithBrief()),
  );
}

describe('article briefs through export and import', () => {
  it('import into a fresh profile gives the same briefs, and exporting it again the same bytes', async () => {
    const reader = profile('2026-11-30T08:00:00.000Z');
    await reader.notes.recordVisit(visit());
    await reader.notes.saveNote(NOTE);
    await reader.notes.recordVisit(
      visit({
        url: OTHER,
        canonicalUrl: OTHER,
        title: '宁波代表团赴虹桥调研',
        date: undefined,
        events: [sampleMeeting()],
      }),
    );
    // Read without a brief: not exported.
    await reader.notes.recordVisit(
      visit({ url: 'https://c.example.cn/1', canonicalUrl: '', date: undefined, events: [] }),
    );
    const text = await exportProfile(reader);
    expect(JSON.parse(text)).toMatchObject({ version: 4, articles: [{ url: OTHER }, { url: ARTICLE }] });

    const fresh = profile('2027-03-01T00:00:00.000Z');
    const summary = await fresh.notes.importNotes(text, { replaceChanged: false, dryRun: false }, fresh.layer);
    expect(summary).toMatchObject({ added: 1, articles: { added: 2, briefed: 0, unchanged: 0 } });

    const [before, after] = [await reader.db.articles.get(ARTICLE), await fresh.db.articles.get(ARTICLE)];
    expect(after?.date).toBe('2019-06-04');
    expect(after?.events).toEqual([sampleSigning(), sampleMeeting()]);
    expect(after).toMatchObject({ title: before?.title, site: 'www.example.cn', canonicalUrl: ARTICLE });
    expect((await fresh.db.articles.get(OTHER))?.events).toEqual([sampleMeeting()]);
    expect(await fresh.db.articles.get('https://c.example.cn/1')).toBeUndefined();
    // The library's timeline finds the imported article by its date.
    expect((await fresh.db.articles.where('date').equals('2019-06-04').toArray()).map((a) => a.url)).toEqual([ARTICLE]);

    expect(await exportProfile(fresh)).toBe(text);
  });

  it('gives an article the times of the file’s notes on it, else the import time', async () => {
    const reader = profile('2026-11-30T08:00:00.000Z');
    await reader.notes.recordVisit(visit());
    const note = await reader.notes.saveNote(NOTE);
    await reader.notes.recordVisit(visit({ url: OTHER, canonicalUrl: OTHER, events: [sampleMeeting()] }));
    const text = await exportProfile(reader);

    const fresh = profile('2027-03-01T00:00:00.000Z');
    await fresh.notes.importNotes(text, { replaceChanged: false, dryRun: false });
    expect(await fresh.db.articles.get(ARTICLE)).toMatchObject({
      firstSeen: note.createdAt,
      lastSeen: note.updatedAt,
      date: '2019-06-04',
      events: [sampleSigning(), sampleMeeting()],
    });
    const other = await fresh.db.articles.get(OTHER);
    expect(other?.firstSeen).toBe(other?.lastSeen);
    expect(other!.firstSeen > '2027-03-01T00:00:00.000Z').toBe(true);
  });

  it('never overwrites what the reader’s own visits recorded; fills in only what is missing', async () => {
    const reader = profile('2026-11-30T08:00:00.000Z');
    await reader.notes.recordVisit(visit());
    await reader.notes.recordVisit(
      visit({ url: OTHER, canonicalUrl: OTHER, title: '第二篇', events: [sampleMeeting()] }),
    );
    const text = await exportProfile(reader);

    const own = profile('2027-03-01T00:00:00.000Z');
    // Visited here too, with another brief: it stays.
    const mine = [sampleMeeting({ sentence: '我的一次访问。' })];
    await own.notes.recordVisit(visit({ title: '我的标题', date: '2019-06-05', events: mine }));
    // Visited before version 4 (no brief): gains the file's.
    await own.db.articles.put({
      url: OTHER,
      canonicalUrl: OTHER,
      title: '旧的',
      site: 'news.example.cn',
      firstSeen: '2025-01-01T00:00:00.000Z',
      lastSeen: '2025-01-02T00:00:00.000Z',
    });
    const before = await own.db.articles.get(ARTICLE);

    const preview = await own.notes.importNotes(text, { replaceChanged: true, dryRun: true });
    expect(preview.articles).toEqual({ added: 0, briefed: 1, unchanged: 1, briefs: 2 });
    expect((await own.db.articles.get(OTHER))?.events).toBeUndefined();

    const summary = await own.notes.importNotes(text, { replaceChanged: true, dryRun: false });
    expect(summary.articles).toEqual({ added: 0, briefed: 1, unchanged: 1, briefs: 2 });
    expect(await own.db.articles.get(ARTICLE)).toEqual(before);
    expect(await own.db.articles.get(OTHER)).toEqual({
      url: OTHER,
      canonicalUrl: OTHER,
      title: '旧的',
      site: 'news.example.cn',
      firstSeen: '2025-01-01T00:00:00.000Z',
      lastSeen: '2025-01-02T00:00:00.000Z',
      date: '2019-06-04',
      events: [sampleMeeting()],
      // Indexed by the entities of its events (schema version 5).
      eventEntityIds: ['official:裘东耀'],
    });
    // Importing the same file again changes nothing.
    expect((await own.notes.importNotes(text, { replaceChanged: true, dryRun: false })).articles).toEqual({
      added: 0,
      briefed: 0,
      unchanged: 2,
      briefs: 2,
    });
  });

  it('writes nothing for a dry run, and nothing at all for a file with a damaged article', async () => {
    const reader = profile('2026-11-30T08:00:00.000Z');
    await reader.notes.recordVisit(visit());
    await reader.notes.saveNote(NOTE);
    const text = await exportProfile(reader);
    const fresh = profile('2027-03-01T00:00:00.000Z');

    const preview = await fresh.notes.importNotes(text, { replaceChanged: false, dryRun: true });
    expect(preview).toMatchObject({ added: 1, articles: { added: 1, briefed: 0, unchanged: 0 } });
    expect(await fresh.db.articles.count()).toBe(0);

    const damaged = text.replace('"role": "speaker"', '"role": "guest"');
    expect(damaged).not.toBe(text);
    const reply = await handleStoreMessage(fresh.notes, {
      type: 'notes:import',
      text: damaged,
      replaceChanged: false,
      dryRun: false,
    });
    expect(reply).toEqual({
      ok: false,
      error:
        'The part of this notes export with the article briefs (articles) is damaged. Article 1 (url “https://www.example.cn/news/hongqiao.html”), event 2, party 1: the role (role) must be one of side, visitor, visited, speaker, host, opened, unveiler, appointee, office, not the text “guest”.',
    });
    expect(await fresh.db.notes.count()).toBe(0);
    expect(await fresh.db.articles.count()).toBe(0);
  });

  it('imports a layout 3 file with no articles', async () => {
    const reader = profile('2026-11-30T08:00:00.000Z');
    await reader.notes.recordVisit(visit());
    await reader.notes.saveNote(NOTE);
    const file = JSON.parse(await exportProfile(reader)) as Record<string, unknown>;
    file['version'] = 3;
    delete file['articles'];
    const fresh = profile('2027-03-01T00:00:00.000Z');
    const summary = await fresh.notes.importNotes(JSON.stringify(file), { replaceChanged: false, dryRun: false });
    expect(summary).toMatchObject({ added: 1, articles: { added: 0, briefed: 0, unchanged: 0 } });
    // The note's article is recorded, as before, without a brief.
    const article = await fresh.db.articles.get(ARTICLE);
    expect(article?.date).toBeUndefined();
    expect(article?.events).toBeUndefined();
  });

  it('answers the articles with a brief to articles:briefs', async () => {
    const reader = profile('2026-11-30T08:00:00.000Z');
    await reader.notes.recordVisit(visit());
    await reader.notes.recordVisit(visit({ url: OTHER, canonicalUrl: OTHER, date: undefined, events: [] }));
    await reader.notes.recordVisit(visit({ url: 'https://a.example.cn/', canonicalUrl: '', events: [] }));
    const reply = await handleStoreMessage(reader.notes, { type: 'articles:briefs' });
    expect(reply).toMatchObject({ ok: true });
    const urls = (reply as { value: { url: string }[] }).value.map((a) => a.url);
    expect(urls).toEqual(['https://a.example.cn/', ARTICLE]);
  });
});
