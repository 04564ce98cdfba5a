import { describe, expect, it, vi } from 'vitest';
import { finishSteps, runSliced } from '../../lib/dom/sliced-work';

/** Steps that note each one run. */
function* counted(log: number[], count: number): Generator<void, void> {
  for (let i = 0; i < count; i++) {
    log.push(i);
    yield;
  }
}

/** {@link counted}, returning what it did at the end. */
function* countedWithAnswer(log: number[], count: number): Generator<void, string> {
  yield* counted(log, count);
  return 'done';
}

describe('sliced work', () => {
  it('runs everything at once without a slice length, and says so', () => {
    const log: number[] = [];
    const done = vi.fn();
    const timers = { setTimeout: vi.fn(() => 0), clearTimeout: vi.fn() };
    expect(runSliced(counted(log, 5), { timers, isCurrent: () => true }, done)).toBe(true);
    expect(log).toEqual([0, 1, 2, 3, 4]);
    expect(done).toHaveBeenCalledOnce();
    expect(timers.setTimeout).not.toHaveBeenCalled();
  });

  it('gives the thread back between slices through queueTask when the page offers it', () => {
    const log: number[] = [];
    const done = vi.fn();
    const queued: (() => void)[] = [];
    const timers = {
      setTimeout: vi.fn(() => 0),
      clearTimeout: vi.fn(),
      queueTask: (fn: () => void) => queued.push(fn),
    };
    expect(runSliced(counted(log, 3), { sliceMs: 0, timers, isCurrent: () => true }, done)).toBe(false);
    expect(log).toEqual([0]);
    while (queued.length > 0) queued.shift()!();
    expect(log).toEqual([0, 1, 2]);
    expect(done).toHaveBeenCalledOnce();
    expect(timers.setTimeout).not.toHaveBeenCalled();
  });

  it('falls back to zero timers, and drops the rest once the work is no longer current', () => {
    const log: number[] = [];
    const done = vi.fn();
    const queued: (() => void)[] = [];
    const timers = { setTimeout: vi.fn((fn: () => void) => queued.push(fn)), clearTimeout: vi.fn() };
    let current = true;
    runSliced(counted(log, 3), { sliceMs: 0, timers, isCurrent: () => current }, done);
    expect(timers.setTimeout).toHaveBeenCalledWith(expect.any(Function), 0);
    current = false;
    while (queued.length > 0) queued.shift()!();
    expect(log).toEqual([0]);
    expect(done).not.toHaveBeenCalled();
  });

  it('finishes steps at once and gives what they return', () => {
    const log: number[] = [];
    expect(finishSteps(countedWithAnswer(log, 4))).toBe('done');
    expect(log).toEqual([0, 1, 2, 3]);
  });
});
