import type { Timers } from './hover-intent';

/** Steps of work: the generator yields between steps where the page may get the thread back. */
export type WorkSteps = Iterator<unknown, void>;

/**
 * Runs `steps` to the end. With `sliceMs`, gives the thread back to the page (`timers.queueTask`,
 * else a zero timer) whenever a slice has run that long, so no task grows past it; without, runs everything now.
 * `isCurrent` is asked before each slice: when it answers false (the page was scanned again,
 * the annotator stopped) the rest is dropped and `done` is not called.
 * Returns true when everything ran synchronously.
 * Example: `runSliced(placeMentions(), { sliceMs: 12, timers, isCurrent: () => gen === current }, publish)`.
 */
export function runSliced(
  steps: WorkSteps,
  options: { sliceMs?: number; timers: Timers; isCurrent: () => boolean },
  done: () => void,
): boolean {
  const { sliceMs, timers, isCurrent } = options;
  let synchronous = true;
  const slice = () => {
    if (!isCurrent()) return;
    const until = sliceMs === undefined ? Infinity : performance.now() + sliceMs;
    for (;;) {
      if (steps.next().done) {
        done();
        return;
      }
      if (performance.now() >= until) break;
    }
    synchronous = false;
    if (timers.queueTask) timers.queueTask(slice);
    else timers.setTimeout(slice, 0);
  };
  slice();
  return synchronous;
}

/**
 * Runs `steps` to the end at once and returns what they return: the synchronous form of work
 * written as steps, e.g. `finishSteps(textIndexSteps(root))` is `buildTextIndex(root)`.
 */
export function finishSteps<T>(steps: Iterator<unknown, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * Calls `then` with the values once every one is there: at once when none is a promise (a
 * synchronous detector, as in tests), else when all have resolved, and only if `isCurrent()`
 * still holds then. A rejection goes to `onError`.
 */
export function whenAll<T>(
  values: readonly (T | Promise<T>)[],
  isCurrent: () => boolean,
  then: (values: T[]) => void,
  onError: (error: unknown) => void,
): void {
  if (!values.some((v) => v instanceof Promise)) {
    then(values as T[]);
    return;
  }
  Promise.all(values).then(
    (resolved) => {
      if (isCurrent()) then(resolved);
    },
    (error: unknown) => {
      if (isCurrent()) onError(error);
    },
  );
}
