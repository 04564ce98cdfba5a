import { browser } from 'wxt/browser';
import type { StoreMessage, StoreReply, StoreRequests, StoreRequestType } from './store-protocol';

/**
 * Errors that mean the background was not there for a moment — Chrome stops an idle service
 * worker and starts it again on the next message — rather than that the request failed.
 */
const BACKGROUND_RESTARTING = /Receiving end does not exist|message port closed|message channel closed|no response/iu;

/** Waits before each new try while the background restarts, in milliseconds (three more tries). */
export const STORE_RETRY_DELAYS_MS: readonly number[] = [200, 800, 2_000];

/**
 * Sends a store request to the background and returns its result; throws an `Error` whose
 * message is meant for the reader when the store fails or the background cannot be reached.
 * A request that met a restarting background (or got no reply) is sent again after each of
 * {@link STORE_RETRY_DELAYS_MS}: every request is safe to repeat (reads; saves carry their
 * note id; updates and deletes end in the same state).
 */
export async function requestStore<T extends StoreRequestType>(
  type: T,
  request: StoreRequests[T]['request'],
  delays: readonly number[] = STORE_RETRY_DELAYS_MS,
): Promise<StoreRequests[T]['result']> {
  const message = { type, ...request } as StoreMessage<T>;
  for (let attempt = 0; ; attempt++) {
    let reply: StoreReply<T> | undefined;
    let failure: 'restarting' | 'unreachable' | undefined;
    try {
      reply = (await browser.runtime.sendMessage(message)) as StoreReply<T> | undefined;
      if (!reply) failure = 'restarting';
    } catch (error) {
      failure = BACKGROUND_RESTARTING.test(error instanceof Error ? error.message : String(error))
        ? 'restarting'
        : 'unreachable';
    }
    if (reply) {
      if (!reply.ok) throw new Error(reply.error);
      return reply.value;
    }
    const delay = delays[attempt];
    if (failure === 'unreachable' || delay === undefined) {
      throw new Error('District Lens could not reach its notes store; reload the page and try again.');
    }
    await new Promise((resolve) => setTimeout(resolve, delay));
  }
}
