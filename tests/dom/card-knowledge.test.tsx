// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { EntityCard } from '../../components/EntityCard';
import { cardKnowledge } from '../../lib/core/knowledge/card-knowledge';
import type { DetectedEntity } from '../../lib/core/entity/entity';
import { parseKnowledgeBase } from '../../lib/core/knowledge/kb-format';
import { createCardLookups, type CardLookups } from '../../lib/core/knowledge/kb-lookups';
import { createKnowledgeBase } from '../../lib/core/knowledge/knowledge-base';
import { readFixturePage, shippedDetector } from './support/dom-helpers';

// The card's notes come from the store: here, always none.
vi.mock('../../lib/store/store-client', () => ({
  async requestStore(type: string) {
    if (type !== 'notes:entity-summary') throw new Error(`unexpected ${type}`);
    return { notes: [], articleCount: 0 };
  },
}));

const PAGE = { url: 'https://news.example.com/article.html', title: '长三角新闻' };
// Read with a path: under happy-dom, `URL` is the DOM's, which node:fs does not take.
const kb = parseKnowledgeBase(readFileSync(join(import.meta.dirname, '../../public/kb/knowledge-base.json'), 'utf8'));

function entity(id: string, roles: DetectedEntity['roles'] = []): DetectedEntity {
  const entry = kb.byId.get(id);
  const type = entry?.type ?? 'official';
  return {
    id,
    type,
    name: entry?.name ?? id.replace(/^\w+:/, ''),
    roles,
    mentions: [{ start: 0, end: 2 }],
    evidence: entry ? { kind: 'knowledge-base' } : { kind: 'title', title: roles[0]?.title ?? '' },
  };
}

/** The lookups, recording every question the card asks of them. */
function recorded(lookups: CardLookups) {
  const asked: [kind: keyof CardLookups, arg: string][] = [];
  const spied: CardLookups = {
    lookup: (id) => (asked.push(['lookup', id]), lookups.lookup(id)),
    regionsOf: (id) => (asked.push(['regionsOf', id]), lookups.regionsOf(id)),
    findEntityByName: (name) => (asked.push(['findEntityByName', name]), lookups.findEntityByName(name)),
  };
  return { spied, asked };
}

let container: HTMLElement;

/** The card's HTML once its notes have loaded. */
async function cardHtml(shown: DetectedEntity, lookups: CardLookups): Promise<string> {
  render(
    <EntityCard entity={shown} {...lookups} onJump={() => {}} onOpenEntity={() => {}} page={PAGE} quote={shown.name} />,
    container,
  );
  await vi.waitFor(() => expect(container.querySelector('.card__notes')?.textContent).not.toMatch('Loading'), {
    interval: 5,
  });
  const html = container.innerHTML;
  render(null, container);
  return html;
}

/**
 * Renders `shown`'s card over the whole knowledge base and over the slice the background would
 * send; expects the same HTML and the same answer to every question the card asked.
 */
async function expectSameCard(shown: DetectedEntity, articleEntities: readonly DetectedEntity[]) {
  const fullLookups = createCardLookups(kb, articleEntities);
  const full = recorded(fullLookups);
  const slice = cardKnowledge(kb, {
    entityIds: [shown.id],
    organizations: shown.roles.map((r) => r.organization).filter((o) => o !== ''),
    articleEntityIds: articleEntities.map((e) => e.id),
  });
  const sliced = createCardLookups(createKnowledgeBase(slice), articleEntities);
  const fullHtml = await cardHtml(shown, full.spied);
  // Compared as a boolean, both cards in the message: no character diff of two long one-line strings.
  const slicedHtml = await cardHtml(shown, sliced);
  expect(slicedHtml === fullHtml, `${shown.id}:\n${fullHtml}\n${slicedHtml}`).toBe(true);
  for (const [kind, arg] of full.asked) {
    const answer = (lookups: CardLookups) => {
      const found = lookups[kind](arg);
      return Array.isArray(found) ? found.map((e) => e.id) : (found as { id: string } | undefined)?.id;
    };
    expect(answer(sliced), `${kind}(${arg})`).toEqual(answer(fullLookups));
  }
  return { html: fullHtml, asked: full.asked, slice };
}

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
});

afterEach(() => {
  render(null, container);
  container.remove();
});

describe('EntityCard over a knowledge-base slice', () => {
  it('shows 嘉兴市 the same: province, code, and 长三角 counted as 41 cities', async () => {
    const shown = entity('city:330400');
    const { html } = await expectSameCard(shown, [shown]);
    expect(html).toContain('浙江省');
    expect(html).toMatch(/One of the 41 .*Yangtze River Delta.* cities/s);
  });

  it('shows 浙江省 the same: 长江经济带 counted as provinces', async () => {
    const shown = entity('city:330000');
    const { html } = await expectSameCard(shown, [shown]);
    expect(html).toMatch(/One of the 11 province-level members of the .*Yangtze River Economic Belt/s);
  });

  it('shows the county 慈溪市 the same, under 浙江省 › 宁波市', async () => {
    const shown = entity('city:330282');
    const { html } = await expectSameCard(shown, [shown]);
    expect(html).toMatch(/浙江省.*›.*宁波市/s);
  });

  it('shows 进博会 and 虹桥商务区 the same, with their district and city', async () => {
    for (const [id, district] of [
      ['platform:ciie', '青浦区'],
      ['platform:hongqiao-cbd', '闵行区'],
    ]) {
      const shown = entity(id!);
      const { html } = await expectSameCard(shown, [shown]);
      expect(html).toMatch(new RegExp(`上海市.*›.*${district}`, 's'));
    }
  });

  it('shows the region 长三角 the same, with its 41 member cities', async () => {
    const shown = entity('region:yrd');
    const { html, asked } = await expectSameCard(shown, [shown]);
    expect(html).toContain('41 member cities');
    expect(asked.filter(([kind]) => kind === 'lookup')).toHaveLength(42);
  });

  it('links an official’s 嘉兴市委 to 嘉兴市, and 鼓楼区委 to the 鼓楼区 the article names', async () => {
    const fuzhou = entity('city:350102');
    const shown = entity('official:张三', [
      { organization: '嘉兴市委', title: '书记' },
      { organization: '鼓楼区委', title: '副书记' },
    ]);
    const { html } = await expectSameCard(shown, [shown, fuzhou]);
    expect(html).toContain('data-entity-id="city:330400"');
    expect(html).toContain('data-entity-id="city:350102"');
  });

  it('shows every card of a sample article the same', async () => {
    const html = readFixturePage('hongqiao-yrd-cooperation.zh-Hans.html');
    const article = /<article\b[^>]*>([\s\S]*?)<\/article>/.exec(html)![1]!;
    const entities = shippedDetector().detect(article.replace(/<[^>]*>/g, ''));
    expect(entities.some((e) => e.roles.some((r) => r.organization !== ''))).toBe(true);
    for (const shown of entities) await expectSameCard(shown, entities);
  });
});
