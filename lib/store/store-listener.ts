import { browser } from 'wxt/browser';
import type { NotesService } from './notes-service';
import { handleStoreMessage } from './store-handler';

/**
 * Makes the background answer store messages from content scripts and extension pages.
 * Uses `sendResponse` + `return true` (not a returned Promise) because that form works in
 * Chrome, Firefox and WXT's fake browser alike. Returns a function that stops listening.
 */
export function listenForStoreMessages(service: NotesService): () => void {
  const listener = (message: unknown, _sender: unknown, sendResponse: (reply: unknown) => void): true | undefined => {
    if (
      typeof message !== 'object' ||
      message === null ||
      !String((message as { type?: unknown }).type).startsWith('notes:')
    ) {
      return undefined;
    }
    void handleStoreMessage(service, message).then(sendResponse);
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
