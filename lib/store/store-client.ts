import { browser } from 'wxt/browser';
import type { StoreMessage, StoreReply, StoreRequests, StoreRequestType } from './store-protocol';

/**
 * Sends a store request to the background and returns its result; throws an `Error` whose
 * message is meant for the reader when the store fails or the background cannot be reached.
 */
export async function requestStore<T extends StoreRequestType>(
  type: T,
  request: StoreRequests[T]['request'],
): Promise<StoreRequests[T]['result']> {
  const message = { type, ...request } as StoreMessage<T>;
  let reply: StoreReply<T> | undefined;
  try {
    reply = (await browser.runtime.sendMessage(message)) as StoreReply<T> | undefined;
  } catch {
    throw new Error('District Lens could not reach its notes store; reload the page and try again.');
  }
  if (!reply) throw new Error('The notes store did not answer; reload the page and try again.');
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}
