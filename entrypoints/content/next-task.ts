import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** The part of the Prioritized Task Scheduling API (`scheduler.postTask`) used here. */
interface TaskScheduler {
  postTask(
    callback: () => void,
    options: { priority: 'user-blocking' | 'user-visible'; signal: AbortSignal },
  ): Promise<void>;
}

/** The page's task scheduler, where the browser has one (Chromium; Firefox from 142). */
function taskScheduler(): Partial<TaskScheduler> | undefined {
  return (globalThis as { scheduler?: Partial<TaskScheduler> }).scheduler;
}

/**
 * Whether {@link nextTask} can go ahead of the page's own tasks (`scheduler.postTask`: Chromium;
 * Firefox from 142). Without it a new task waits behind what the page queued after
 * DOMContentLoaded — in Firefox ESR 140 its first style, layout and load, 10–50 ms on the sample
 * article — so a short step is better run at once.
 */
export function canRunAheadOfPage(): boolean {
  return typeof taskScheduler()?.postTask === 'function';
}

/**
 * Resolves in a new task, so the work after it does not lengthen the current one (a long task),
 * yet ahead of the page's ordinary tasks where the browser lets us: `scheduler.postTask` at
 * 'user-blocking' priority (Chromium; Firefox from 142). A zero-delay timer instead waits behind
 * whatever the page queued after DOMContentLoaded (its first style, layout and paint, its own
 * timers), which held the first highlight back by tens of milliseconds. Also resolves when `ctx`
 * is invalidated: the caller checks `ctx.isInvalid`.
 */
export function nextTask(ctx: ContentScriptContext): Promise<void> {
  const scheduler = taskScheduler();
  if (typeof scheduler?.postTask === 'function')
    return scheduler
      .postTask(() => undefined, { priority: 'user-blocking', signal: ctx.signal })
      .catch(() => undefined);
  return new Promise((resolve) => ctx.setTimeout(() => resolve(), 0));
}

/**
 * A `Timers.queueTask` for sliced work: runs each handler in a new task at the page's ordinary
 * priority ('user-visible': the page's own tasks and input are not pushed back), without the 4 ms
 * clamp chained zero timers get after the fifth — a 5 MB page's scan is ~100 slices. Where the
 * browser has no `scheduler.postTask`, a MessageChannel message does the same. Nothing runs once
 * `ctx` is invalidated.
 */
export function taskQueue(ctx: ContentScriptContext): (handler: () => void) => void {
  const scheduler = taskScheduler();
  if (typeof scheduler?.postTask === 'function') {
    const postTask = scheduler.postTask.bind(scheduler);
    return (handler) => {
      postTask(handler, { priority: 'user-visible', signal: ctx.signal }).catch(() => undefined);
    };
  }
  const channel = new MessageChannel();
  const queued: (() => void)[] = [];
  channel.port1.onmessage = () => {
    const handler = queued.shift();
    if (handler && !ctx.isInvalid) handler();
  };
  ctx.onInvalidated(() => channel.port1.close());
  return (handler) => {
    queued.push(handler);
    channel.port2.postMessage(null);
  };
}
