// The page's clients of the background's detector and event finder, over a text long enough to go
// in parts: what comes back must be what the background finds on the whole text.
import { describe, expect, it, vi } from 'vitest';
import { findArticleEvents } from '../../lib/core/brief';
import { createDetector } from '../../lib/core/detection/detect';
import { handleKnowledgeMessage } from '../../lib/store/knowledge-handler';
import { KnowledgeService } from '../../lib/store/knowledge-service';
import { SHIPPED_KNOWLEDGE_BASE } from '../support/knowledge-base';

const service = new KnowledgeService(async () => SHIPPED_KNOWLEDGE_BASE);
const sent: string[] = [];
/** Holds each part back this long (ms) before the background sees it: a slow or reordered channel. */
let partDelayMs = 0;

// The runtime messaging: every request goes straight to the background's handler, as JSON.
vi.mock('../../lib/store/store-client', () => ({
  requestStore: async (type: string, request: object) => {
    sent.push(type);
    if (type === 'kb:detect-part' && partDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, partDelayMs));
    const reply = await handleKnowledgeMessage(service, JSON.parse(JSON.stringify({ type, ...request })));
    if (!reply?.ok) throw new Error(reply ? reply.error : 'no reply');
    return JSON.parse(JSON.stringify(reply.value));
  },
}));

const { requestDetection } = await import('../../lib/store/detect-client');
const { requestArticleEvents, EVENTS_PART_CHARS } = await import('../../lib/store/events-client');
const { TEXT_PART_CHARS } = await import('../../lib/store/detection-wire');

const SENTENCE =
  '5月28日，虹桥商务区管委会与宁波签订合作协议。座谈会上，宁波市长裘东耀指出：对接大虹桥，积极参与进博会。';

describe('texts sent to the background in parts', () => {
  it('are detected as the whole text is', async () => {
    const text = SENTENCE.repeat(Math.ceil((1.1 * TEXT_PART_CHARS) / SENTENCE.length));
    sent.length = 0;
    const cost: { sendMs: number; queuedMs?: number } = { sendMs: 0 };
    let tasks = 0;
    // The caller's own tasks (the content script's go ahead of the page's queued work), one per send.
    const nextTask = () => new Promise<void>((resolve) => setTimeout(() => resolve(void tasks++), 0));
    const found = await requestDetection(text, 'https://example.com/a', cost, nextTask);
    expect(sent).toEqual(['kb:detect-part', 'kb:detect']);
    expect(tasks).toBe(2);
    expect(cost.queuedMs).toBeGreaterThanOrEqual(0);
    expect(found).toEqual(
      createDetector(SHIPPED_KNOWLEDGE_BASE)
        .detect(text)
        .map(({ id, type, name, roles, mentions, evidence }) => ({ id, type, name, roles, mentions, evidence })),
    );
    expect(cost.sendMs).toBeGreaterThanOrEqual(0);
  }, 60_000); // two detections of 290k characters

  it('are detected whole when the request reaches the background before its earlier parts', async () => {
    const text = SENTENCE.repeat(Math.ceil((2.2 * EVENTS_PART_CHARS) / SENTENCE.length));
    const entities = createDetector(SHIPPED_KNOWLEDGE_BASE).detect(text);
    partDelayMs = 50;
    try {
      const events = await requestArticleEvents(text, entities, '2019-06-04');
      expect(events).toEqual(JSON.parse(JSON.stringify(findArticleEvents(text, entities, '2019-06-04'))));
    } finally {
      partDelayMs = 0;
    }
  });

  it('have their events found as the whole text’s are', async () => {
    const text = SENTENCE.repeat(Math.ceil((1.5 * EVENTS_PART_CHARS) / SENTENCE.length));
    const entities = createDetector(SHIPPED_KNOWLEDGE_BASE).detect(text);
    sent.length = 0;
    const events = await requestArticleEvents(text, entities, '2019-06-04');
    expect(sent).toEqual(['kb:detect-part', 'kb:events']);
    expect(events).toEqual(JSON.parse(JSON.stringify(findArticleEvents(text, entities, '2019-06-04'))));
    expect(events.length).toBeGreaterThan(0);
  });
});
