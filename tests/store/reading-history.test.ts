import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeQuote } from '../../lib/core/notes/anchoring';
import type { NewNote } from '../../lib/core/notes/note';
import type { StoredEvent } from '../../lib/core/brief';
import { DistrictLensDatabase } from '../../lib/store/database';
import { NoteOpener, PENDING_FOCUS_MS } from '../../lib/store/note-opener';
import { NotesService } from '../../lib/store/notes-service';
import { handleStoreMessage } from '../../lib/store/store-handler';
import { SAMPLE_VISIT_SENTENCE, sampleSigning, sampleVisit } from '../support/articles';

const ARTICLE = 'https://www.example.cn/news/hongqiao.html';
const SENTENCE = SAMPLE_VISIT_SENTENCE;

const visit = sampleVisit;

function newNote(overrides: Partial<NewNote> = {}): NewNote {
  return {
    entityId: 'official:裘东耀',
    entityType: 'official',
    entityName: '裘东耀',
    body: '签约',
    tags: [' 招商 ', '招商', '长三角'],
    url: ARTICLE,
    pageTitle: '上海虹桥商务区与长三角城市启动全面合作',
    quote: '裘东耀',
    anchor: describeQuote(SENTENCE, 9, 12),
    ...overrides,
  };
}

/** A clock that moves one minute forward on every call. */
function steppingClock(): () => Date {
  let next = Date.UTC(2026, 10, 30, 8, 0, 0);
  return () => new Date((next += 60_000));
}

let db: DistrictLensDatabase;
let service: NotesService;
let n = 0;
beforeEach(() => {
  db = new DistrictLensDatabase(`history-${++n}`);
  let id = 0;
  service = new NotesService(db, steppingClock(), () => `note-${++id}`);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('reading history', () => {
  it('records the article, its entities and the sentence where each was met', async () => {
    await service.recordVisit(visit());
    const [article] = await service.listArticles();
    expect(article).toMatchObject({ url: ARTICLE, canonicalUrl: ARTICLE, site: 'www.example.cn' });
    expect(await service.entityArticles('official:裘东耀')).toEqual([
      {
        url: ARTICLE,
        title: '上海虹桥商务区与长三角城市启动全面合作',
        site: 'www.example.cn',
        sentence: SENTENCE,
        roles: ['宁波市 市长'],
        lastSeen: '2026-11-30T08:01:00.000Z',
        events: [],
      },
    ]);
  });

  it('keeps first-seen and moves last-seen on a revisit, without duplicating anything', async () => {
    await service.recordVisit(visit());
    await service.recordVisit(visit({ title: '新标题' }));
    const articles = await service.listArticles();
    expect(articles).toHaveLength(1);
    expect(articles[0]).toMatchObject({
      title: '新标题',
      firstSeen: '2026-11-30T08:01:00.000Z',
      lastSeen: '2026-11-30T08:02:00.000Z',
    });
    expect(await db.sightings.count()).toBe(2);
    expect(await db.entities.count()).toBe(2);
  });

  it("keeps the article's date and brief, and a revisit without a brief does not erase it", async () => {
    const signing: StoredEvent = {
      kind: 'signing',
      date: '2019-05-28',
      what: '合作协议',
      amounts: [],
      parties: [
        { entityId: 'platform:hongqiao-cbd', name: '虹桥国际中央商务区', type: 'platform', role: 'side' },
        { entityId: 'city:330200', name: '宁波市', type: 'city', role: 'side' },
      ],
      sentence: '5月28日，虹桥商务区管委会与宁波签订合作协议。',
    };
    await service.recordVisit(visit({ date: '2019-06-04', events: [signing] }));
    await service.recordVisit(visit({ title: '新标题' }));
    const [article] = await service.listArticles();
    expect(article).toMatchObject({ title: '新标题', date: '2019-06-04', events: [signing] });
    // Articles are indexed by date: the library's timeline reads them in article order.
    expect(await db.articles.where('date').above('2019-01-01').count()).toBe(1);
    // An entity's profile rows carry the article's date and the entity's own events only.
    const [ningbo] = await service.entityArticles('city:330200');
    expect(ningbo).toMatchObject({ date: '2019-06-04', events: [signing] });
    const [qiu] = await service.entityArticles('official:裘东耀');
    expect(qiu?.events).toEqual([]);
  });

  it('records a visit whose brief is damaged, without the damaged parts', async () => {
    const payload = {
      ...visit(),
      date: '2019-02-30',
      events: [
        {
          kind: 'signing',
          parties: [{ entityId: 'city:330200', name: '宁波市', type: 'city', role: 'side' }],
          sentence: '签约',
        },
        { kind: 'party', parties: [], sentence: 'x' },
        'nonsense',
      ],
    };
    expect(await handleStoreMessage(service, { type: 'articles:visit', visit: payload }, {})).toEqual({
      ok: true,
      value: null,
    });
    const [article] = await service.listArticles();
    expect(article?.date).toBeUndefined();
    expect(article?.events?.map((e) => e.kind)).toEqual(['signing']);
  });

  it("indexes an article by the entities of its events, so an entity's page finds it without reading every article", async () => {
    await service.recordVisit(visit({ events: [sampleSigning()] }));
    await service.recordVisit(visit({ url: 'https://www.example.cn/news/other.html', canonicalUrl: '' }));
    const indexed = await db.articles.where('eventEntityIds').equals('city:330200').toArray();
    expect(indexed.map((a) => a.url)).toEqual([ARTICLE]);
    expect(await db.articles.where('eventEntityIds').equals('city:110000').count()).toBe(0);
  });

  it('lists the articles of an entity most recently seen first', async () => {
    await service.recordVisit(visit());
    await service.recordVisit(visit({ url: 'https://b.example.cn/2', canonicalUrl: '', title: '第二篇' }));
    expect((await service.entityArticles('city:330200')).map((a) => a.title)).toEqual([
      '第二篇',
      '上海虹桥商务区与长三角城市启动全面合作',
    ]);
  });

  it('counts the other articles where the card entity was met, from visits and notes', async () => {
    await service.recordVisit(visit());
    await service.recordVisit(visit({ url: 'https://b.example.cn/2' }));
    await service.saveNote(newNote({ url: 'https://c.example.cn/3' }));
    expect((await service.entitySummary('official:裘东耀', ARTICLE)).articleCount).toBe(2);
  });
});

describe('notes with anchors and tags', () => {
  it('stores the anchor as given and the tags normalised, and records where the note was written', async () => {
    const saved = await service.saveNote(newNote());
    expect(saved.tags).toEqual(['招商', '长三角']);
    expect(saved.anchor).toEqual(describeQuote(SENTENCE, 9, 12));
    expect(await db.notes.get(saved.id)).toEqual(saved);
    const [met] = await service.entityArticles('official:裘东耀');
    expect(met?.sentence).toBe(SENTENCE);
  });

  it('changes tags in place and keeps them when only the body changes', async () => {
    const saved = await service.saveNote(newNote());
    const retagged = await service.updateNote(saved.id, '签约仪式', ['虹桥']);
    expect(retagged).toMatchObject({ body: '签约仪式', tags: ['虹桥'], anchor: saved.anchor });
    expect((await service.updateNote(saved.id, '再改')).tags).toEqual(['虹桥']);
  });

  it('finds the notes written on an article whatever its #fragment', async () => {
    await service.saveNote(newNote({ url: `${ARTICLE}#p2` }));
    await service.saveNote(newNote({ url: `${ARTICLE}?page=2` }));
    await service.saveNote(newNote({ url: ARTICLE }));
    expect((await service.notesForArticle(`${ARTICLE}#x`)).map((n) => n.url)).toEqual([`${ARTICLE}#p2`, ARTICLE]);
  });
});

describe('notes a page needs', () => {
  it('are the notes of this article and the notes about entities, not the rest of the library', async () => {
    const here = await service.saveNote(newNote({ url: `${ARTICLE}#p2` }));
    const elsewhere = await service.saveNote(newNote({ url: 'https://other.example.cn/1' }));
    const aboutEntity = await service.saveNote(newNote({ url: 'https://other.example.cn/2', anchor: null }));
    const ids = (await service.notesForPage(ARTICLE)).map((n) => n.id);
    expect(ids).toEqual([here.id, aboutEntity.id]);
    expect(ids).not.toContain(elsewhere.id);
  });
});

describe('store messages for history, anchors and opening notes', () => {
  it('refuses a malformed anchor or tags with a sentence and writes nothing', async () => {
    const bad = {
      ...newNote(),
      anchor: { exact: '', prefix: '', suffix: '', sentence: '', position: { start: 1, end: 0 } },
    };
    expect(await handleStoreMessage(service, { type: 'notes:save', note: bad })).toEqual({
      ok: false,
      error: "The note's place on the page is malformed.",
    });
    const badTags = { ...newNote(), tags: [1] };
    expect(await handleStoreMessage(service, { type: 'notes:save', note: badTags })).toEqual({
      ok: false,
      error: 'The tags are not text.',
    });
    expect(await db.notes.count()).toBe(0);
  });

  it('records a visit and refuses one from a page that is not on the web', async () => {
    expect(await handleStoreMessage(service, { type: 'articles:visit', visit: visit() })).toEqual({
      ok: true,
      value: null,
    });
    const local = await handleStoreMessage(service, {
      type: 'articles:visit',
      visit: visit({ url: 'file:///a.html' }),
    });
    expect(local).toEqual({ ok: false, error: 'Only web pages are recorded.' });
    expect(await db.articles.count()).toBe(1);
  });

  it('opens a note in a new tab and hands it to that tab once, before it expires', async () => {
    let clock = 0;
    const created: string[] = [];
    const opener = new NoteOpener(
      {
        create: async ({ url }) => {
          created.push(url);
          return { id: 42 };
        },
      },
      () => clock,
    );
    const saved = await service.saveNote(newNote());
    expect(await handleStoreMessage(service, { type: 'notes:open', id: saved.id }, {}, opener)).toEqual({
      ok: true,
      value: null,
    });
    expect(created).toEqual([ARTICLE]);
    expect(await handleStoreMessage(service, { type: 'notes:take-pending-focus' }, { tabId: 7 }, opener)).toEqual({
      ok: true,
      value: null,
    });
    expect(await handleStoreMessage(service, { type: 'notes:take-pending-focus' }, { tabId: 42 }, opener)).toEqual({
      ok: true,
      value: saved,
    });
    expect(await handleStoreMessage(service, { type: 'notes:take-pending-focus' }, { tabId: 42 }, opener)).toEqual({
      ok: true,
      value: null,
    });
    await opener.open(ARTICLE, saved.id);
    clock += PENDING_FOCUS_MS + 1;
    expect(opener.take(42)).toBeUndefined();
  });
});
