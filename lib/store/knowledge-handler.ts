import { parseCardKnowledgeRequest } from '../core/card-knowledge';
import type { KnowledgeService } from './knowledge-service';
import type { StoreReply } from './store-protocol';

/**
 * Answers one `kb:` message. Never throws: failures come back as `{ ok: false, error }`. Returns
 * `undefined` for other messages.
 */
export async function handleKnowledgeMessage(
  service: KnowledgeService,
  message: unknown,
): Promise<StoreReply | undefined> {
  if (typeof message !== 'object' || message === null || !('type' in message)) return undefined;
  const { type } = message as { type: unknown };
  try {
    switch (type) {
      case 'kb:detect': {
        const { text } = message as { text?: unknown };
        if (typeof text !== 'string') throw new Error('The article text is not text.');
        return { ok: true, value: await service.detect(text) };
      }
      case 'kb:card':
        return { ok: true, value: await service.cardEntries(parseCardKnowledgeRequest(message)) };
      default:
        return undefined;
    }
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
