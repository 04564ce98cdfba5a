import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ancestorsOf } from '../../components/card/EntityLink';
import { hasProvinceMembers } from '../../components/card/PlaceFacts';
import {
  cardKnowledge,
  MAX_ARTICLE_ENTITIES,
  parseCardKnowledgeRequest,
  type CardKnowledgeRequest,
} from '../../lib/core/knowledge/card-knowledge';
import { createDetector } from '../../lib/core/detection/detect';
import type { DetectedEntity } from '../../lib/core/entity/entity';
import { createCardLookups, type CardLookups } from '../../lib/core/knowledge/kb-lookups';
import { createKnowledgeBase, type KbEntry } from '../../lib/core/knowledge/knowledge-base';
import { SHIPPED_KNOWLEDGE_BASE as kb } from '../support/knowledge-base';

const PAGES = join(import.meta.dirname, '../fixtures/pages');

/**
 * Every text of a fixture page, crudely: styles and comments dropped, tags stripped. Script text
 * stays (the single-page app keeps its other stories there), so more entities get checked.
 */
function pageText(html: string): string {
  return html
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<\/(?:h1|h2|h3|p|div|li|title)>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&');
}

const detector = createDetector(kb);
const pages = readdirSync(PAGES)
  .filter((name) => name.endsWith('.html'))
  .sort()
  .map((name) => ({ name, entities: detector.detect(pageText(readFileSync(join(PAGES, name), 'utf8'))) }));

const organizationsOf = (entity: DetectedEntity) => entity.roles.map((r) => r.organization).filter((o) => o !== '');

/** The request a content script makes to open `entity`'s card on a page naming `articleEntities`. */
function requestFor(entity: DetectedEntity, articleEntities: readonly DetectedEntity[]): CardKnowledgeRequest {
  return {
    entityIds: [entity.id],
    organizations: organizationsOf(entity),
    articleEntityIds: articleEntities.map((e) => e.id),
  };
}

/** The card's lookups over the slice the background would send for `request`. */
function sliceLookups(request: CardKnowledgeRequest, articleEntities: readonly Pick<DetectedEntity, 'id'>[]) {
  const slice = cardKnowledge(kb, request);
  return { slice, lookups: createCardLookups(createKnowledgeBase(slice), articleEntities) };
}

const ids = (entries: readonly (KbEntry | undefined)[]) => entries.map((e) => e?.id);

/**
 * Every lookup the card of `entity` makes, traced with the card's own helpers (ancestorsOf,
 * hasProvinceMembers), and what each answers over `lookups`. The card shows the same thing when
 * two traces are equal.
 */
function cardTrace(entity: DetectedEntity, { lookup, regionsOf, findEntityByName }: CardLookups) {
  const trace: Record<string, unknown> = {};
  const entry = lookup(entity.id);
  trace[`lookup ${entity.id}`] = entry?.id;
  if (entry?.type === 'city') {
    trace['ancestors'] = ids(ancestorsOf(entry, lookup));
    const regions = regionsOf(entry.id);
    trace['regionsOf'] = ids(regions);
    for (const region of regions) {
      trace[`hasProvinceMembers ${region.id}`] = hasProvinceMembers(region, lookup);
      for (const member of region.memberIds ?? []) trace[`lookup member ${member}`] = lookup(member)?.id;
    }
  }
  if (entry?.type === 'platform' && entry.locationId) {
    const location = lookup(entry.locationId);
    trace[`lookup location ${entry.locationId}`] = location?.id;
    if (location) trace['location ancestors'] = ids(ancestorsOf(location, lookup));
  }
  if (entry?.type === 'region') {
    trace['hasProvinceMembers'] = hasProvinceMembers(entry, lookup);
    for (const member of entry.memberIds ?? []) trace[`lookup member ${member}`] = lookup(member)?.id;
  }
  for (const organization of organizationsOf(entity)) {
    // The organisation itself, and each shorter prefix: the slice must not depend on where the match stops.
    for (let length = organization.length; length >= 1; length--) {
      const name = organization.slice(0, length);
      const found = findEntityByName(name);
      trace[`findEntityByName ${name}`] = found?.id;
      if (found) trace[`lookup linked ${found.id}`] = lookup(found.id)?.id;
    }
  }
  return trace;
}

describe('cardKnowledge: every card on every fixture page', () => {
  it.each(pages)('$name: each card answers the same on its slice as on the whole knowledge base', ({ entities }) => {
    expect(entities.length).toBeGreaterThan(0);
    const full = createCardLookups(kb, entities);
    for (const entity of entities) {
      const { lookups } = sliceLookups(requestFor(entity, entities), entities);
      expect(cardTrace(entity, lookups), entity.id).toEqual(cardTrace(entity, full));
    }
  });

  it('covers officials with organisations, and every kind of entity', () => {
    const all = pages.flatMap((p) => p.entities);
    for (const type of ['city', 'platform', 'region', 'official'] as const) {
      expect(all.some((e) => e.type === type)).toBe(true);
    }
    expect(all.some((e) => organizationsOf(e).length > 0)).toBe(true);
  });

  it('sends a small part of the knowledge base per card', () => {
    const sizes = pages.flatMap(({ entities }) =>
      entities.map((entity) => cardKnowledge(kb, requestFor(entity, entities)).length),
    );
    expect(sizes.length).toBeGreaterThan(50);
    const sorted = [...sizes].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)]!;
    const max = sorted.at(-1)!;
    // Of ~3,700 entries, a card needs a handful; the largest (蚌埠市: 长三角 and 中原城市群 with
    // their 71 cities) about 70.
    expect(max).toBeLessThan(100);
    expect(median).toBeLessThanOrEqual(10);
  });

  it('covers a whole page in one request as well as card by card', () => {
    for (const { entities } of pages) {
      const request: CardKnowledgeRequest = {
        entityIds: entities.map((e) => e.id),
        organizations: entities.flatMap(organizationsOf),
        articleEntityIds: entities.map((e) => e.id),
      };
      const { lookups } = sliceLookups(request, entities);
      const full = createCardLookups(kb, entities);
      for (const entity of entities) expect(cardTrace(entity, lookups), entity.id).toEqual(cardTrace(entity, full));
    }
  });
});

describe('cardKnowledge: hand-picked cards', () => {
  const inArticle = (...entityIds: string[]) => entityIds.map((id) => ({ id }));
  const official = (organization: string): DetectedEntity => ({
    id: 'official:张三',
    type: 'official',
    name: '张三',
    roles: [{ organization, title: '书记' }],
    mentions: [],
    evidence: { kind: 'title', title: '书记' },
  });
  const place = (id: string): DetectedEntity => ({
    id,
    type: kb.byId.get(id)!.type,
    name: '',
    roles: [],
    mentions: [],
    evidence: { kind: 'knowledge-base' },
  });

  it('嘉兴市: a member of 长三角, whose 41 cities the card looks up to say "cities"', () => {
    const request = { entityIds: ['city:330400'], organizations: [], articleEntityIds: ['city:330400'] };
    const { lookups } = sliceLookups(request, inArticle('city:330400'));
    const full = createCardLookups(kb);
    expect(ids(lookups.regionsOf('city:330400'))).toEqual(ids(full.regionsOf('city:330400')));
    const yrd = lookups.lookup('region:yrd')!;
    expect(yrd.memberIds).toHaveLength(41);
    for (const member of yrd.memberIds!) expect(lookups.lookup(member)).toBe(kb.byId.get(member));
    expect(hasProvinceMembers(yrd, lookups.lookup)).toBe(false);
    expect(ids(ancestorsOf(lookups.lookup('city:330400')!, lookups.lookup))).toEqual(['city:330000']);
  });

  it('浙江省: a member of 长江经济带, whose members are provinces', () => {
    const { lookups } = sliceLookups({ entityIds: ['city:330000'], organizations: [], articleEntityIds: [] }, []);
    const belt = lookups.regionsOf('city:330000').find((r) => r.id === 'region:yangtze-economic-belt')!;
    expect(hasProvinceMembers(belt, lookups.lookup)).toBe(true);
    expect(hasProvinceMembers(belt, createCardLookups(kb).lookup)).toBe(true);
  });

  it('慈溪市: a county under 宁波市 under 浙江省', () => {
    const { slice, lookups } = sliceLookups(
      { entityIds: ['city:330282'], organizations: [], articleEntityIds: [] },
      [],
    );
    expect(slice.map((e) => e.name)).toEqual(['浙江省', '宁波市', '慈溪市']);
    expect(ancestorsOf(lookups.lookup('city:330282')!, lookups.lookup).map((e) => e.name)).toEqual([
      '浙江省',
      '宁波市',
    ]);
  });

  it('进博会 and 虹桥商务区: platforms with the district they are in and its city', () => {
    for (const [id, district] of [
      ['platform:ciie', '青浦区'],
      ['platform:hongqiao-cbd', '闵行区'],
    ] as const) {
      const { lookups } = sliceLookups({ entityIds: [id], organizations: [], articleEntityIds: [] }, []);
      const location = lookups.lookup(lookups.lookup(id)!.locationId!)!;
      expect(location.name).toBe(district);
      expect(ancestorsOf(location, lookups.lookup).map((e) => e.name)).toEqual(['上海市']);
    }
  });

  it('长三角: its members are all there, so the card counts them as cities', () => {
    const { lookups } = sliceLookups({ entityIds: ['region:yrd'], organizations: [], articleEntityIds: [] }, []);
    const yrd = lookups.lookup('region:yrd')!;
    expect(yrd.memberIds!.map((m) => lookups.lookup(m)?.id)).toEqual(yrd.memberIds);
    expect(hasProvinceMembers(yrd, lookups.lookup)).toBe(false);
  });

  it('an official of 嘉兴市委 links to 嘉兴市', () => {
    const entity = official('嘉兴市委');
    const { lookups } = sliceLookups(requestFor(entity, [entity]), [entity]);
    expect(lookups.findEntityByName('嘉兴市委')?.id).toBe('city:330400');
    expect(cardTrace(entity, lookups)).toEqual(cardTrace(entity, createCardLookups(kb, [entity])));
  });

  describe('鼓楼区委: four 鼓楼区 (Nanjing, Xuzhou, Fuzhou, Kaifeng)', () => {
    const entity = official('鼓楼区委');
    const cases: [label: string, entityIds: string[], articleIds: string[], winner: string][] = [
      ['the one the article names wins', [entity.id], ['city:350102'], 'city:350102'],
      ['another the article names wins', [entity.id], ['city:410204'], 'city:410204'],
      ['none named: the first in knowledge-base order', [entity.id], [], 'city:320106'],
      // The slice holds Kaifeng's (its card is open too) and Fuzhou's (the winner): still Fuzhou's.
      ['a same-named card in the same slice does not win', [entity.id, 'city:410204'], ['city:350102'], 'city:350102'],
      // Both named and both in the slice: the first in knowledge-base order, as on the whole base.
      [
        'two named: the first of them in knowledge-base order',
        [entity.id, 'city:410204', 'city:350102'],
        ['city:410204', 'city:350102'],
        'city:350102',
      ],
      ['Nanjing’s card open, Fuzhou named: Fuzhou', ['city:320106', entity.id], ['city:350102'], 'city:350102'],
    ];
    it.each(cases)('%s', (_, entityIds, articleIds, winner) => {
      const articleEntities = inArticle(...articleIds);
      const request = { entityIds, organizations: ['鼓楼区委'], articleEntityIds: articleIds };
      const { lookups } = sliceLookups(request, articleEntities);
      const full = createCardLookups(kb, articleEntities);
      expect(full.findEntityByName('鼓楼区委')?.id).toBe(winner);
      expect(lookups.findEntityByName('鼓楼区委')?.id).toBe(winner);
      for (const id of entityIds) {
        const shown = id === entity.id ? entity : place(id);
        expect(cardTrace(shown, lookups)).toEqual(cardTrace(shown, full));
      }
    });
  });

  it('an organisation naming no known place or platform links to nothing', () => {
    const entity = official('运营单位丽宝公司');
    const { slice, lookups } = sliceLookups(requestFor(entity, [entity]), [entity]);
    expect(slice).toEqual([]);
    expect(lookups.findEntityByName('运营单位丽宝公司')).toBeUndefined();
  });
});

describe('cardKnowledge: the slice itself', () => {
  const request = {
    entityIds: ['city:330400', 'city:330200', 'official:张三', 'platform:local:苏州生物医药产业园'],
    organizations: ['嘉兴市委', '宁波市政府'],
    articleEntityIds: ['city:330400', 'city:330200'],
  };

  it('has no duplicates and keeps knowledge-base order, whatever the order of the request', () => {
    const slice = cardKnowledge(kb, request);
    expect(new Set(slice).size).toBe(slice.length);
    const position = new Map(kb.entries.map((e, i) => [e.id, i]));
    const positions = slice.map((e) => position.get(e.id)!);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    const reversed = { ...request, entityIds: [...request.entityIds].reverse() };
    expect(cardKnowledge(kb, reversed)).toEqual(slice);
  });

  it('is empty for entities the knowledge base does not know', () => {
    const unknown = { entityIds: ['official:张三', 'city:999999'], organizations: [], articleEntityIds: [] };
    expect(cardKnowledge(kb, unknown)).toEqual([]);
  });
});

describe('parseCardKnowledgeRequest', () => {
  const valid = { entityIds: ['city:330400'], organizations: ['嘉兴市委'], articleEntityIds: ['city:330400'] };

  it('accepts a well-formed request and keeps only its three lists', () => {
    expect(parseCardKnowledgeRequest({ ...valid, extra: 1 })).toEqual(valid);
    const empty = { entityIds: [], organizations: [], articleEntityIds: [] };
    expect(parseCardKnowledgeRequest(empty)).toEqual(empty);
  });

  it.each([
    ['not an object', null, /must be an object/],
    ['a missing list', { entityIds: [], organizations: [] }, /articleEntityIds must be a list of strings/],
    ['a list with a number', { ...valid, organizations: ['嘉兴市委', 1] }, /organizations must be a list of strings/],
    ['a string for a list', { ...valid, entityIds: 'city:330400' }, /entityIds must be a list of strings/],
    ['51 entity ids', { ...valid, entityIds: Array(51).fill('city:330400') }, /at most 50/],
    ['51 organisations', { ...valid, organizations: Array(51).fill('嘉兴市委') }, /at most 50/],
    [
      'too many article entities',
      { ...valid, articleEntityIds: Array(MAX_ARTICLE_ENTITIES + 1).fill('x') },
      /at most 2000/,
    ],
    ['a 201-character id', { ...valid, entityIds: ['x'.repeat(201)] }, /longer than 200 characters/],
  ])('rejects %s', (_, value, message) => {
    expect(() => parseCardKnowledgeRequest(value)).toThrow(message);
  });

  it('accepts the limits themselves', () => {
    const atLimits = {
      entityIds: Array(50).fill('x'.repeat(200)),
      organizations: Array(50).fill('嘉兴市委'),
      articleEntityIds: Array(MAX_ARTICLE_ENTITIES).fill('city:330400'),
    };
    expect(parseCardKnowledgeRequest(atLimits).articleEntityIds).toHaveLength(MAX_ARTICLE_ENTITIES);
  });
});
