import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** The part of the Prioritized Task Scheduling API (`scheduler.postTask`) used here. */
interface TaskScheduler {
  postTask(callback: () => void, options: { priority: 'user-blocking'; signal: AbortSignal }): Promise<void>;
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
  const scheduler = (globalThis as { scheduler?: Partial<TaskScheduler> }).scheduler;
  if (typeof scheduler?.postTask === 'function')
    return scheduler
      .postTask(() => undefined, { priority: 'user-blocking', signal: ctx.signal })
      .catch(() => undefined);
  return new Promise((resolve) => ctx.setTimeout(() => resolve(), 0));
}
