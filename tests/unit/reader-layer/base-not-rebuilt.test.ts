import { describe, expect, it, vi } from 'vitest';
import type { KnowledgeBase } from '../../../lib/core/knowledge/knowledge-base';

// Count every build of the knowledge-base automaton (createDetector builds one through this, in
// buildDetectorTables).
const builds = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../../lib/core/detection/place-matcher', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../lib/core/detection/place-matcher')>();
  return {
    ...original,
    placeNameTrie: (...args: Parameters<typeof original.placeNameTrie>) => {
      builds.count++;
      return original.placeNameTrie(...args);
    },
  };
});

const { createDetector } = await import('../../../lib/core/detection/detect');
const { createReaderAwareDetector } = await import('../../../lib/core/reader-layer');
const { SHIPPED_KNOWLEDGE_BASE } = await import('../../support/knowledge-base');
const { correction, layerOf, readerEntity } = await import('./layer-builders');

describe('teaching District Lens one more entry', () => {
  it('builds only the reader’s small matcher, never the knowledge-base automaton again', () => {
    // A knowledge base that counts how often its full entry list is read (what a rebuild walks).
    let entryReads = 0;
    const kb: KnowledgeBase = {
      get entries() {
        entryReads++;
        return SHIPPED_KNOWLEDGE_BASE.entries;
      },
      byId: SHIPPED_KNOWLEDGE_BASE.byId,
    };
    const buildsBefore = builds.count;
    const base = createDetector(kb);
    expect(builds.count).toBe(buildsBefore + 1);
    const readsAfterBuild = entryReads;

    let detector = createReaderAwareDetector(base, kb);
    const text = '前滩太古里开业后，苏宿园区和苏宿工业园区都来招商。';
    expect(detector.detect(text).map((e) => e.id)).not.toContain('reader:q');

    const entities = [];
    const corrections = [];
    for (let i = 0; i < 20; i++) {
      entities.push(readerEntity({ id: `reader:e${i}`, name: `读者实体${i}号` }));
      corrections.push(correction({ kind: 'never', surface: `不要${i}` }));
      detector = detector.withLayer(layerOf([...entities], [...corrections]));
      detector.detect(text);
    }
    entities.push(readerEntity({ id: 'reader:q', name: '前滩太古里' }));
    corrections.push(correction({ kind: 'same-as', alias: '苏宿园区', targetId: 'platform:local:苏宿工业园区' }));
    detector = detector.withLayer(layerOf(entities, corrections));

    const found = detector.detect(text);
    expect(found.map((e) => e.id)).toContain('reader:q');
    expect(found.find((e) => e.id === 'platform:local:苏宿工业园区')?.mentions).toHaveLength(2);
    expect(detector.base).toBe(base);
    expect(builds.count).toBe(buildsBefore + 1);
    expect(entryReads).toBe(readsAfterBuild);
  });
});
