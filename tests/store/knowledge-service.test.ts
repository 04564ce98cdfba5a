import { describe, expect, it, vi } from 'vitest';
import { createDetector } from '../../lib/core/detection/detect';
import { buildDetectorTables } from '../../lib/core/detection/detector-tables';
import { decodeDetectorTables, encodeDetectorTables } from '../../lib/core/detection/prebuilt-knowledge';
import { decodeDetection, encodeDetection, splitText, type WireEntity } from '../../lib/store/detection-wire';
import { handleKnowledgeMessage } from '../../lib/store/knowledge-handler';
import { KnowledgeService, MAX_DETECT_LENGTH } from '../../lib/store/knowledge-service';
import { EMPTY_READER_LAYER, type ReaderLayer } from '../../lib/core/reader-layer';
import { SHIPPED_KNOWLEDGE_BASE } from '../support/knowledge-base';

const TEXT = '座谈会上，宁波市长裘东耀指出：对接大虹桥，积极参与进博会。';

describe('KnowledgeService (the background half of detection)', () => {
  it('answers what the detector finds, with exactly the detector fields', async () => {
    const service = new KnowledgeService(async () => SHIPPED_KNOWLEDGE_BASE);
    const reply = await handleKnowledgeMessage(service, { type: 'kb:detect', text: TEXT });
    const expected = createDetector(SHIPPED_KNOWLEDGE_BASE)
      .detect(TEXT)
      .map(({ id, type, name, roles, mentions, evidence }) => ({ id, type, name, roles, mentions, evidence }));
    expect(reply?.ok).toBe(true);
    expect(JSON.parse(JSON.stringify(reply))).toEqual(reply); // survives runtime messaging as is
    // In the wire form (mentions as one list of offsets), which the page turns back.
    expect(decodeDetection((reply as { value: WireEntity[] }).value)).toEqual(expected);
    expect((reply as { value: WireEntity[] }).value).toEqual(encodeDetection(expected));
  });

  it('answers kb:wake at once: starting the background is all it asks', async () => {
    const load = vi.fn(async () => SHIPPED_KNOWLEDGE_BASE);
    const service = new KnowledgeService(load);
    expect(await handleKnowledgeMessage(service, { type: 'kb:wake' })).toEqual({ ok: true, value: null });
    expect(load).not.toHaveBeenCalled();
  });

  it('answers a text sent in parts as it answers the text sent whole', async () => {
    const service = new KnowledgeService(async () => SHIPPED_KNOWLEDGE_BASE);
    const whole = await handleKnowledgeMessage(service, { type: 'kb:detect', text: TEXT });
    const [first, second, last] = splitText(TEXT, 11);
    expect(await handleKnowledgeMessage(service, { type: 'kb:detect-part', id: 'p', index: 1, text: second })).toEqual({
      ok: true,
      value: null,
    });
    await handleKnowledgeMessage(service, { type: 'kb:detect-part', id: 'p', index: 0, text: first });
    const parted = await handleKnowledgeMessage(service, {
      type: 'kb:detect',
      text: last,
      parts: { id: 'p', count: 3 },
    });
    expect(parted).toEqual(whole);
    expect(
      await handleKnowledgeMessage(service, { type: 'kb:detect', text: last, parts: { id: 'p', count: 3 } }),
    ).toEqual({ ok: false, error: 'The page’s text did not arrive whole; reload the page.' });
  });

  it('loads the knowledge base once for every page, and again only after a failed load', async () => {
    const load = vi
      .fn<() => Promise<typeof SHIPPED_KNOWLEDGE_BASE>>()
      .mockRejectedValueOnce(new Error('could not load'))
      .mockResolvedValue(SHIPPED_KNOWLEDGE_BASE);
    const service = new KnowledgeService(load);
    expect(await handleKnowledgeMessage(service, { type: 'kb:detect', text: TEXT })).toEqual({
      ok: false,
      error: 'could not load',
    });
    await service.detect(TEXT);
    await service.detect('嘉兴');
    await service.cardEntries({ entityIds: ['city:330400'], organizations: [], articleEntityIds: [] });
    expect(load).toHaveBeenCalledTimes(2);
    expect(service.loadMs).toBeGreaterThan(0);
  });

  it('gives a card the entries it shows: the city, its province, its regions', async () => {
    const service = new KnowledgeService(async () => SHIPPED_KNOWLEDGE_BASE);
    const reply = await handleKnowledgeMessage(service, {
      type: 'kb:card',
      entityIds: ['city:330400'],
      organizations: [],
      articleEntityIds: [],
    });
    expect(reply?.ok).toBe(true);
    const ids = (reply as { value: { id: string }[] }).value.map((e) => e.id);
    expect(ids).toEqual(expect.arrayContaining(['city:330400', 'city:330000']));
    expect(ids.length).toBeLessThan(100);
  });

  it('refuses malformed requests and text past the limit with a sentence', async () => {
    const service = new KnowledgeService(async () => SHIPPED_KNOWLEDGE_BASE);
    expect(await handleKnowledgeMessage(service, { type: 'kb:detect', text: 5 })).toEqual({
      ok: false,
      error: 'The article text is not text.',
    });
    const long = await handleKnowledgeMessage(service, { type: 'kb:detect', text: 'a'.repeat(MAX_DETECT_LENGTH + 1) });
    expect(long).toEqual({ ok: false, error: expect.stringContaining('too much text') });
    const card = await handleKnowledgeMessage(service, { type: 'kb:card', entityIds: 'city:330400' });
    expect(card?.ok).toBe(false);
    expect(await handleKnowledgeMessage(service, { type: 'notes:list' })).toBeUndefined();
  });
});

describe('KnowledgeService over prebuilt tables', () => {
  const tables = decodeDetectorTables(encodeDetectorTables(buildDetectorTables(SHIPPED_KNOWLEDGE_BASE)));

  it('detects with the prebuilt tables and reads the whole knowledge base only for a card', async () => {
    const load = vi.fn(async () => SHIPPED_KNOWLEDGE_BASE);
    const service = new KnowledgeService(load, undefined, undefined, async () => tables);
    await service.warmUp();
    const found = await service.detect(TEXT);
    expect(found.map((e) => e.name)).toEqual(
      createDetector(SHIPPED_KNOWLEDGE_BASE)
        .detect(TEXT)
        .map((e) => e.name),
    );
    expect(load).not.toHaveBeenCalled();
    const entries = await service.cardEntries({ entityIds: ['city:330400'], organizations: [], articleEntityIds: [] });
    expect(entries.map((e) => e.id)).toContain('city:330400');
    expect(entries.find((e) => e.id === 'city:330400')?.pinyin).toBeTruthy();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('warms up while the reader layer is still being read, and is done once both are ready', async () => {
    let releaseLayer: (layer: ReaderLayer) => void = () => undefined;
    const loadLayer = vi.fn(() => new Promise<ReaderLayer>((resolve) => (releaseLayer = resolve)));
    const service = new KnowledgeService(
      async () => SHIPPED_KNOWLEDGE_BASE,
      loadLayer,
      undefined,
      async () => tables,
    );
    let warmedUp = false;
    const warming = service.warmUp().then(() => (warmedUp = true));
    // The database's read starts at once, and the warm-up detection runs without waiting for it.
    expect(loadLayer).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(service.timings.snapshot().load?.warmedUpAt).toBeDefined());
    expect(warmedUp).toBe(false);
    releaseLayer(EMPTY_READER_LAYER);
    await warming;
    expect((await service.detect(TEXT)).map((e) => e.name)).toContain('裘东耀');
    expect(loadLayer).toHaveBeenCalledTimes(1);
  });
});
