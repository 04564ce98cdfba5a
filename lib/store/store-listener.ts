import { browser } from 'wxt/browser';
import { epochNow } from './background-timings';
import { handleKnowledgeMessage } from './knowledge-handler';
import type { KnowledgeService } from './knowledge-service';
import type { MapService } from './map-service';
import type { NoteOpener } from './note-opener';
import type { NotesService } from './notes-service';
import type { ReaderLayerService } from './reader-layer-service';
import { handleStoreMessage } from './store-handler';

/** The message families the store answers. */
const STORE_PREFIXES = ['notes:', 'articles:', 'entities:', 'layer:'];

/**
 * Makes the background answer store messages (and, given `knowledge`, `kb:` messages) from
 * content scripts and extension pages; `layer:` messages go to `layer`, the reader's layer
 * service (its `onLayerChanged` listeners hear of every change it writes); `kb:map-picture` goes to
 * `map`, the map service.
 * Uses `sendResponse` + `return true` (not a returned Promise) because that form works in
 * Chrome, Firefox and WXT's fake browser alike. Returns a function that stops listening.
 */
export function listenForStoreMessages(
  service: NotesService,
  opener?: NoteOpener,
  knowledge?: KnowledgeService,
  layer?: ReaderLayerService,
  map?: MapService,
): () => void {
  const listener = (
    message: unknown,
    sender: { tab?: { id?: number } } | undefined,
    sendResponse: (reply: unknown) => void,
  ): true | undefined => {
    if (typeof message !== 'object' || message === null) return undefined;
    const type = String((message as { type?: unknown }).type);
    if (knowledge && type.startsWith('kb:')) {
      void handleKnowledgeMessage(knowledge, message, map).then((reply) => {
        // A detect answer's record gets the time the answer left, and what handing it over cost
        // (Chrome serialises the message inside sendResponse): the benchmark's return leg.
        const timing = reply?.ok ? knowledge.timings.ofAnswer(reply.value) : undefined;
        if (timing) timing.repliedAt = epochNow();
        const replying = performance.now();
        sendResponse(reply);
        if (timing) timing.replyMs = performance.now() - replying;
      });
      return true;
    }
    if (!STORE_PREFIXES.some((prefix) => type.startsWith(prefix))) return undefined;
    void handleStoreMessage(service, message, { tabId: sender?.tab?.id }, opener, layer).then(sendResponse);
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
