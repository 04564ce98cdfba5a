import { describe, expect, it } from 'vitest';
import { findArticleEvents, MAX_BRIEF_TEXT } from '../../lib/core/brief';
import { createDetector } from '../../lib/core/detection/detect';
import { encodeDetection, splitText } from '../../lib/store/detection-wire';
import { handleKnowledgeMessage } from '../../lib/store/knowledge-handler';
import { KnowledgeService } from '../../lib/store/knowledge-service';
import { SHIPPED_KNOWLEDGE_BASE } from '../support/knowledge-base';

const TEXT = '5月28日，虹桥商务区管委会与宁波签订合作协议。座谈会上，宁波市长裘东耀指出：对接大虹桥，积极参与进博会。';

describe('kb:events (the brief’s events, found in the background)', () => {
  const entities = createDetector(SHIPPED_KNOWLEDGE_BASE).detect(TEXT);
  const service = new KnowledgeService(async () => SHIPPED_KNOWLEDGE_BASE);

  it('answers the events the page would find itself, whole or in parts', async () => {
    const expected = findArticleEvents(TEXT, entities, '2019-06-04');
    expect(expected.map((e) => `${e.kind} ${e.date}`)).toContain('signing 2019-05-28');
    const wire = encodeDetection(entities);
    const whole = await handleKnowledgeMessage(service, {
      type: 'kb:events',
      text: TEXT,
      entities: wire,
      articleDate: '2019-06-04',
    });
    expect(whole).toEqual({ ok: true, value: expected });
    expect(JSON.parse(JSON.stringify(whole))).toEqual(whole); // survives runtime messaging as is
    const [first, second, last] = splitText(TEXT, 20);
    await handleKnowledgeMessage(service, { type: 'kb:detect-part', id: 'e', index: 0, text: first });
    await handleKnowledgeMessage(service, { type: 'kb:detect-part', id: 'e', index: 1, text: second });
    const parted = await handleKnowledgeMessage(service, {
      type: 'kb:events',
      text: last,
      entities: wire,
      articleDate: '2019-06-04',
      parts: { id: 'e', count: 3 },
    });
    expect(parted).toEqual(whole);
  });

  it('refuses what is not a text, a list of entities and a day, and finds none over MAX_BRIEF_TEXT', async () => {
    const wire = encodeDetection(entities);
    expect(await handleKnowledgeMessage(service, { type: 'kb:events', text: 7, entities: wire })).toMatchObject({
      ok: false,
    });
    expect(await handleKnowledgeMessage(service, { type: 'kb:events', text: TEXT, entities: {} })).toMatchObject({
      ok: false,
    });
    expect(
      await handleKnowledgeMessage(service, {
        type: 'kb:events',
        text: TEXT,
        entities: wire,
        articleDate: '2019-02-29',
      }),
    ).toMatchObject({ ok: false });
    expect(
      await handleKnowledgeMessage(service, {
        type: 'kb:events',
        text: TEXT.padEnd(MAX_BRIEF_TEXT + 1),
        entities: wire,
      }),
    ).toEqual({ ok: true, value: [] });
  });
});
