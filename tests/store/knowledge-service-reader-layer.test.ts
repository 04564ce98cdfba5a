import { describe, expect, it, vi } from 'vitest';
import type { ReaderLayer } from '../../lib/core/reader-layer';
import { handleKnowledgeMessage } from '../../lib/store/knowledge-handler';
import { KnowledgeService } from '../../lib/store/knowledge-service';
import { SHIPPED_KNOWLEDGE_BASE } from '../support/knowledge-base';

const ARTICLE = 'https://news.example/suzhou.html';
const TEXT = '苏宿园区是苏州工业园区与宿迁合作共建的园区。东方集团代表也出席了签约仪式。';
const STAMP = '2026-11-30T08:00:00.000Z';

const LAYER: ReaderLayer = {
  entities: [
    {
      id: 'reader:suqian-park',
      type: 'platform',
      name: '苏宿工业园区',
      aliases: ['苏宿园区'],
      description: '苏州与宿迁共建的产业园',
      createdAt: STAMP,
      updatedAt: STAMP,
    },
  ],
  corrections: [{ kind: 'never', id: 'c1', createdAt: STAMP, surface: '东方' }],
};

const names = (found: { name: string; mentions: unknown[] }[]) => found.map((e) => `${e.name}×${e.mentions.length}`);

describe("KnowledgeService with the reader's layer", () => {
  it("detects the reader's entities and applies their corrections, without loading the knowledge base again", async () => {
    const load = vi.fn(async () => SHIPPED_KNOWLEDGE_BASE);
    let layer: ReaderLayer = { entities: [], corrections: [] };
    const service = new KnowledgeService(load, async () => layer);
    const before = names(await service.detect(TEXT, ARTICLE));
    expect(before).not.toContain('苏宿工业园区×1');

    layer = LAYER;
    service.readerLayerChanged();
    const after = await service.detect(TEXT, ARTICLE);
    expect(names(after)).toContain('苏宿工业园区×1');
    expect(after.find((e) => e.id === 'reader:suqian-park')?.type).toBe('platform');
    expect(after.flatMap((e) => e.mentions.map((m) => TEXT.slice(m.start, m.end)))).not.toContain('东方');
    expect(load).toHaveBeenCalledTimes(1);
    expect(service.layerMs).toBeLessThan(1_000);
  });

  it('answers a reader entity for its card, and null once deleted', async () => {
    let layer = LAYER;
    const service = new KnowledgeService(
      async () => SHIPPED_KNOWLEDGE_BASE,
      async () => layer,
    );
    expect(await handleKnowledgeMessage(service, { type: 'kb:reader-entity', id: 'reader:suqian-park' })).toEqual({
      ok: true,
      value: LAYER.entities[0],
    });
    layer = { entities: [], corrections: [] };
    service.readerLayerChanged();
    expect(await handleKnowledgeMessage(service, { type: 'kb:reader-entity', id: 'reader:suqian-park' })).toEqual({
      ok: true,
      value: null,
    });
    expect(await handleKnowledgeMessage(service, { type: 'kb:reader-entity', id: 42 })).toEqual({
      ok: false,
      error: 'The entity id is not text.',
    });
  });

  it('searches entities by any of their names for "Same as…", traditional spelling included', async () => {
    const service = new KnowledgeService(
      async () => SHIPPED_KNOWLEDGE_BASE,
      async () => LAYER,
    );
    const reply = await handleKnowledgeMessage(service, { type: 'kb:search', query: '寧波', limit: 3 });
    const hits = reply?.ok ? (reply.value as { id: string; name: string; yours: boolean }[]) : [];
    expect(hits).toHaveLength(3);
    expect(hits[0]).toMatchObject({ id: 'city:330200', name: '宁波市', yours: false });
    const own = await service.search('苏宿', 5);
    expect(own[0]).toMatchObject({ id: 'reader:suqian-park', yours: true, kind: 'yours' });
    expect(await service.search('   ', 5)).toEqual([]);
    expect(await handleKnowledgeMessage(service, { type: 'kb:search', query: 'x'.repeat(101) })).toEqual({
      ok: false,
      error: 'The search is not text.',
    });
  });

  it('refuses a page URL that is not text', async () => {
    const service = new KnowledgeService(async () => SHIPPED_KNOWLEDGE_BASE);
    expect(await handleKnowledgeMessage(service, { type: 'kb:detect', text: TEXT, url: 7 })).toEqual({
      ok: false,
      error: 'The page URL is not text.',
    });
  });
});
