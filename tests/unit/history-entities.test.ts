import { describe, expect, it } from 'vitest';
import type { StoredEvent } from '../../lib/core/brief';
import {
  articleDigest,
  eventOnlyArticles,
  findSeenEntities,
  type ArticleRecord,
  type EntityRecord,
  type SeenEntity,
  type Sighting,
} from '../../lib/core/notes';

const HQ = { entityId: 'platform:hongqiao-cbd', name: '虹桥国际中央商务区', type: 'platform' as const };
const NINGBO = { entityId: 'city:330200', name: '宁波市', type: 'city' as const };
const SIGNING: StoredEvent = {
  kind: 'signing',
  date: '2019-05-28',
  what: '合作协议',
  amounts: [],
  parties: [
    { ...HQ, role: 'side' },
    { ...NINGBO, role: 'side' },
  ],
  sentence: '5月28日,虹桥商务区管委会与宁波签订合作协议',
};
const STAMP = '2026-11-30T08:00:00.000Z';
const record = (url: string, events?: StoredEvent[], date?: string): ArticleRecord => ({
  url,
  canonicalUrl: url,
  title: `title of ${url}`,
  site: 'www.example.cn',
  firstSeen: STAMP,
  lastSeen: STAMP,
  ...(date ? { date } : {}),
  ...(events ? { events } : {}),
});
const sighting = (entityId: string, url: string, roles: string[] = []): Sighting => ({
  entityId,
  url,
  sentence: 's',
  roles,
  firstSeen: STAMP,
  lastSeen: STAMP,
});
const entity = (id: string, type: EntityRecord['type'], name: string): EntityRecord => ({
  id,
  type,
  name,
  firstSeen: STAMP,
  lastSeen: STAMP,
});

describe('articleDigest', () => {
  it('lists the entities met in the article, then the parties of its events met nowhere else', () => {
    const article = record('https://a.cn/1', [SIGNING], '2019-06-04');
    const digest = articleDigest(
      article,
      [sighting('official:裘东耀', article.url, ['宁波市 市长']), sighting(NINGBO.entityId, article.url)],
      [entity('official:裘东耀', 'official', '裘东耀'), entity(NINGBO.entityId, 'city', '宁波市')],
    );
    expect(digest.article).toBe(article);
    expect(digest.entities).toEqual([
      { id: 'official:裘东耀', type: 'official', name: '裘东耀', roles: ['宁波市 市长'] },
      { id: NINGBO.entityId, type: 'city', name: '宁波市', roles: [] },
      { id: HQ.entityId, type: 'platform', name: '虹桥国际中央商务区', roles: [] },
    ]);
  });

  it('leaves out a sighting whose entity record is missing, and names each entity once', () => {
    const article = record('https://a.cn/1');
    const digest = articleDigest(
      article,
      [sighting('gone', article.url), sighting(NINGBO.entityId, article.url), sighting(NINGBO.entityId, article.url)],
      [undefined, entity(NINGBO.entityId, 'city', '宁波市'), entity(NINGBO.entityId, 'city', '宁波市')],
    );
    expect(digest.entities.map((e) => e.id)).toEqual([NINGBO.entityId]);
  });
});

describe('eventOnlyArticles', () => {
  it('gives the articles whose events name the entity where no sighting records it', () => {
    const told = record('https://a.cn/told', [SIGNING], '2019-06-04');
    const sighted = record('https://a.cn/sighted', [SIGNING]);
    const other = record('https://a.cn/other', [{ ...SIGNING, parties: [{ ...NINGBO, role: 'side' }] }]);
    const rows = eventOnlyArticles(
      HQ.entityId,
      [told, sighted, other, record('https://a.cn/none')],
      new Set([sighted.url]),
    );
    expect(rows).toEqual([
      {
        url: told.url,
        title: told.title,
        site: 'www.example.cn',
        sentence: SIGNING.sentence,
        roles: [],
        lastSeen: STAMP,
        date: '2019-06-04',
        events: [SIGNING],
      },
    ]);
  });
});

describe('findSeenEntities', () => {
  const seen = (id: string, name: string, articles = 1): SeenEntity => ({ id, type: 'platform', name, articles });
  const CANDIDATES = [
    seen('a', '虹桥国际展汇', 2),
    seen(HQ.entityId, HQ.name, 1),
    seen('c', '虹桥', 1),
    seen('d', '上海虹桥站', 5),
    seen('e', '宁波市', 3),
  ];

  it('ranks the name equal to the query first, then starting with it (more articles first), then holding it', () => {
    expect(findSeenEntities(CANDIDATES, ' 虹桥 ').map((e) => e.id)).toEqual(['c', 'a', HQ.entityId, 'd']);
  });

  it('finds an entity by another name through the knowledge base’s ids, after the name matches', () => {
    expect(findSeenEntities(CANDIDATES, '虹桥商务区', ['x', HQ.entityId]).map((e) => e.id)).toEqual([HQ.entityId]);
    expect(findSeenEntities(CANDIDATES, '宁波', [HQ.entityId]).map((e) => e.id)).toEqual(['e', HQ.entityId]);
  });

  it('answers nothing for an empty query, is case-insensitive, keeps the limit and each id once', () => {
    expect(findSeenEntities(CANDIDATES, '   ')).toEqual([]);
    expect(findSeenEntities([seen('p', 'Pudong'), seen('p', 'Pudong')], 'pudong')).toHaveLength(1);
    expect(findSeenEntities(CANDIDATES, '虹桥', [], 2).map((e) => e.id)).toEqual(['c', 'a']);
  });
});
