import type { DetectedEntity } from '../core/entity';
import { epochNow } from './background-timings';
import { decodeDetection, splitText } from './detection-wire';
import { requestStore } from './store-client';
import { sendTextInParts, zeroTimer, type NextTask } from './text-parts-client';

/** What sending a text for detection cost the page (ms). */
export interface DetectSendCost {
  /** The longest time one send held the page's thread. */
  sendMs: number;
  /** How long a long text's parts waited for their tasks (see sendTextInParts), all together. */
  queuedMs?: number;
  /** `epochNow()` just before each send (a long text's parts, then the request), for the benchmark. */
  sendsAt?: number[];
}

/**
 * The background's detector on `text` (the page at `url`): the entities with offsets into `text`.
 * A long text goes in parts (see TEXT_PART_CHARS), each sent in a task of its own (`nextTask`,
 * default a zero-delay timer) so the page keeps its thread between them; the last part comes with
 * the request itself. `cost`, when given, receives the longest time one send held the thread and
 * the time the parts waited for their tasks.
 */
export async function requestDetection(
  text: string,
  url: string,
  cost?: DetectSendCost,
  nextTask?: NextTask,
): Promise<DetectedEntity[]> {
  const parts = splitText(text);
  const send = <T>(request: () => Promise<T>): Promise<T> => {
    const sending = performance.now();
    cost?.sendsAt?.push(epochNow());
    const answer = request();
    if (cost) cost.sendMs = Math.max(cost.sendMs, performance.now() - sending);
    return answer;
  };
  if (parts.length === 1) return decodeDetection(await send(() => requestStore('kb:detect', { text, url })));
  const queued: NextTask = async () => {
    const asking = performance.now();
    await (nextTask ?? zeroTimer)();
    if (cost) cost.queuedMs = (cost.queuedMs ?? 0) + performance.now() - asking;
  };
  const wire = await sendTextInParts(
    parts,
    (last, ref) => requestStore('kb:detect', { text: last, url, parts: ref }),
    send,
    queued,
  );
  return decodeDetection(wire);
}
