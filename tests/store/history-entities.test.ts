import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArticleVisit } from '../../lib/core/notes';
import { DistrictLensDatabase } from '../../lib/store/database';
import { NotesService } from '../../lib/store/notes-service';
import { handleStoreMessage } from '../../lib/store/store-handler';
import { SAMPLE_VISIT_SENTENCE, sampleArticle, sampleMeeting, sampleSigning, sampleVisit } from '../support/articles';

const ARTICLE = 'https://www.example.cn/news/hongqiao.html';
const OTHER = 'https://www.example.cn/news/other.html';
const SENTENCE = SAMPLE_VISIT_SENTENCE;
const HQ = 'platform:hongqiao-cbd';

function visit(overrides: Partial<ArticleVisit> = {}): ArticleVisit {
  const base = sampleVisit();
  return sampleVisit({
    entities: [
      ...base.entities,
      { id: HQ, type: 'platform', name: '虹桥国际中央商务区', sentence: SENTENCE, roles: [] },
    ],
    date: '2019-06-04',
    events: [sampleSigning(), sampleMeeting()],
    ...overrides,
  });
}

let db: DistrictLensDatabase;
let service: NotesService;
let n = 0;
beforeEach(() => {
  db = new DistrictLensDatabase(`history-entities-${++n}`);
  let minute = 0;
  service = new NotesService(db, () => new Date(Date.UTC(2026, 10, 30, 8, ++minute)));
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

describe('articleDigests', () => {
  it('gives each read article (fragments ignored, once, in order) with the entities met in it', async () => {
    await service.recordVisit(visit());
    await service.recordVisit(visit({ url: OTHER, canonicalUrl: OTHER, title: '另一篇', events: [] }));
    const digests = await service.articleDigests([`${OTHER}#x`, ARTICLE, `${ARTICLE}#p3`, 'https://never.read/']);
    expect(digests.map((d) => d.article.url)).toEqual([OTHER, ARTICLE]);
    const hongqiao = digests[1]!;
    expect(hongqiao.article.date).toBe('2019-06-04');
    expect(hongqiao.article.events).toHaveLength(2);
    // Met in the same visit: first seen at the same time, in no particular order.
    expect(hongqiao.entities.map((e) => e.name).sort()).toEqual(['宁波市', '虹桥国际中央商务区', '裘东耀'].sort());
    expect(hongqiao.entities.find((e) => e.name === '裘东耀')!.roles).toEqual(['宁波市 市长']);
  });

  it('is answered over messages, and refuses a list that is not texts', async () => {
    await service.recordVisit(visit());
    const reply = await handleStoreMessage(service, { type: 'articles:digests', urls: [ARTICLE] });
    expect(reply).toMatchObject({ ok: true, value: [{ article: { url: ARTICLE } }] });
    expect(await handleStoreMessage(service, { type: 'articles:digests', urls: [1] })).toEqual({
      ok: false,
      error: 'The page addresses are not a list of texts.',
    });
  });
});

describe('findSeenEntities', () => {
  it('finds entities of the reading history by name or by the ids given, with their article counts', async () => {
    await service.recordVisit(visit());
    await service.recordVisit(visit({ url: OTHER, canonicalUrl: OTHER, events: [] }));
    const byName = await service.findSeenEntities('虹桥', [], 20);
    expect(byName).toEqual([{ id: HQ, type: 'platform', name: '虹桥国际中央商务区', articles: 2 }]);
    // 虹桥商务区 is another name of it: the knowledge base's answer gives its id.
    expect((await service.findSeenEntities('虹桥商务区', [HQ, 'platform:unseen'], 20)).map((e) => e.id)).toEqual([HQ]);
    expect(await service.findSeenEntities(' ', [HQ], 20)).toEqual([]);
  });

  it('finds a party of an imported brief the reader never met on the page', async () => {
    await db.articles.put(sampleArticle({ url: ARTICLE, canonicalUrl: ARTICLE }));
    const found = await service.findSeenEntities('虹桥商务区', [], 20);
    expect(found).toEqual([{ id: HQ, type: 'platform', name: '虹桥商务区管委会', articles: 1 }]);
    const reply = await handleStoreMessage(service, { type: 'entities:find', query: '宁波', limit: 5 });
    expect(reply).toMatchObject({ ok: true, value: [{ id: 'city:330200' }] });
    expect(await handleStoreMessage(service, { type: 'entities:find', query: '宁波', limit: 0 })).toMatchObject({
      ok: false,
    });
  });
});

describe('entityArticles', () => {
  it('counts an article whose brief names the entity though no sighting records it', async () => {
    await db.articles.put(sampleArticle({ url: ARTICLE, canonicalUrl: ARTICLE }));
    const rows = await service.entityArticles(HQ);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ url: ARTICLE, date: '2019-06-04', roles: [], sentence: sampleSigning().sentence });
    expect(rows[0]!.events.map((e) => e.kind)).toEqual(['signing']);
  });

  it('lists an article met on the page once, with its sighting', async () => {
    await service.recordVisit(visit());
    const rows = await service.entityArticles(HQ);
    expect(rows.map((r) => [r.url, r.sentence])).toEqual([[ARTICLE, SENTENCE]]);
  });
});
