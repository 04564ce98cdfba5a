import { requestStore } from './store-client';

/** Where the whole text of a request sent in parts is: its id, and how many parts make it. */
export interface TextPartsRef {
  id: string;
  count: number;
}

/** A new task of the page's thread (resolves in it): by default a zero-delay timer. */
export type NextTask = () => Promise<void>;

/** A zero-delay timer: waits behind whatever the page queued (its first layout, its timers). */
export const zeroTimer: NextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Sends a long text in `parts` (at least two): every part but the last as `kb:detect-part` of a
 * new text id, each in a task of its own (`nextTask`) so the page's own work runs between two
 * sends, then the last part with the request itself — `finish(lastPart, ref)` sends that request,
 * whose handler takes the whole text back (TextParts, which waits for parts still on their way). No
 * send waits for the one before to be answered: that wait was a round trip to the background per
 * text. `wrap`, when given, wraps each send (e.g. to time how long it held the page's thread).
 * `nextTask` gives the tasks: a caller that can go ahead of the page's queued work passes its own
 * (a zero-delay timer waited behind a 1 MB page's first layout). Resolves with the request's
 * answer; rejects when any send fails.
 */
export async function sendTextInParts<T>(
  parts: readonly string[],
  finish: (lastPart: string, ref: TextPartsRef) => Promise<T>,
  wrap: <U>(send: () => Promise<U>) => Promise<U> = (send) => send(),
  nextTask: NextTask = zeroTimer,
): Promise<T> {
  const id = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  const sent: Promise<null>[] = [];
  for (let index = 0; index < parts.length - 1; index++) {
    await nextTask();
    sent.push(wrap(() => requestStore('kb:detect-part', { id, index, text: parts[index]! })));
  }
  await nextTask();
  const answer = wrap(() => finish(parts.at(-1)!, { id, count: parts.length }));
  await Promise.all(sent);
  return answer;
}
