import { describe, it, expect, vi, beforeEach, afterEach } from 'vitest';
import { HoverIntent, type Timers } from '../../lib/dom/hover-intent';

const OPEN_DELAY = 150;
const CLOSE_DELAY = 300;

const timers: Timers = {
  setTimeout: (fn, ms) => setTimeout(fn, ms) as unknown as number,
  clearTimeout: (id) => clearTimeout(id),
};

describe('HoverIntent', () => {
  let onOpen: ReturnType<typeof vi.fn<(target: string) => void>>;
  let onClose: ReturnType<typeof vi.fn<() => void>>;
  let intent: HoverIntent<string>;

  beforeEach(() => {
    vi.useFakeTimers();
    onOpen = vi.fn<(target: string) => void>();
    onClose = vi.fn<() => void>();
    intent = new HoverIntent<string>({ openDelay: OPEN_DELAY, closeDelay: CLOSE_DELAY, onOpen, onClose, timers });
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('opens after the dwell, not before', () => {
    intent.pointerOver('宁波');
    vi.advanceTimersByTime(OPEN_DELAY - 1);
    expect(onOpen).not.toHaveBeenCalled();
    expect(intent.open).toBeUndefined();
    vi.advanceTimersByTime(1);
    expect(onOpen).toHaveBeenCalledTimes(1);
    expect(onOpen).toHaveBeenCalledWith('宁波');
    expect(intent.open).toBe('宁波');
  });

  it('does not restart the dwell when the pointer keeps moving over the same target', () => {
    intent.pointerOver('宁波');
    vi.advanceTimersByTime(100);
    intent.pointerOver('宁波');
    vi.advanceTimersByTime(OPEN_DELAY - 100);
    expect(onOpen).toHaveBeenCalledTimes(1);
  });

  it('does not open when the pointer leaves before the dwell ends', () => {
    intent.pointerOver('宁波');
    vi.advanceTimersByTime(100);
    intent.pointerOver(undefined);
    vi.advanceTimersByTime(1000);
    expect(onOpen).not.toHaveBeenCalled();
    expect(onClose).not.toHaveBeenCalled();
  });

  it('restarts the dwell when the pointer moves to another target', () => {
    intent.pointerOver('宁波');
    vi.advanceTimersByTime(100);
    intent.pointerOver('嘉兴');
    vi.advanceTimersByTime(OPEN_DELAY - 1);
    expect(onOpen).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onOpen).toHaveBeenCalledTimes(1);
    expect(onOpen).toHaveBeenCalledWith('嘉兴');
    expect(intent.open).toBe('嘉兴');
  });

  it('switches from one open card to another after the dwell', () => {
    intent.pointerOver('宁波');
    vi.advanceTimersByTime(OPEN_DELAY);
    intent.pointerOver('嘉兴');
    vi.advanceTimersByTime(OPEN_DELAY - 1);
    expect(intent.open).toBe('宁波');
    vi.advanceTimersByTime(1);
    expect(intent.open).toBe('嘉兴');
    expect(onOpen.mock.calls).toEqual([['宁波'], ['嘉兴']]);
  });

  it('closes a moment after the pointer leaves, not at once', () => {
    intent.pointerOver('宁波');
    vi.advanceTimersByTime(OPEN_DELAY);
    intent.pointerOver(undefined);
    vi.advanceTimersByTime(CLOSE_DELAY - 1);
    expect(onClose).not.toHaveBeenCalled();
    expect(intent.open).toBe('宁波');
    vi.advanceTimersByTime(1);
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(intent.open).toBeUndefined();
  });

  it('stays open when the pointer comes back to the target during the grace period', () => {
    intent.pointerOver('宁波');
    vi.advanceTimersByTime(OPEN_DELAY);
    intent.pointerOver(undefined);
    vi.advanceTimersByTime(CLOSE_DELAY - 50);
    intent.pointerOver('宁波');
    vi.advanceTimersByTime(CLOSE_DELAY * 3);
    expect(onClose).not.toHaveBeenCalled();
    expect(onOpen).toHaveBeenCalledTimes(1);
    expect(intent.open).toBe('宁波');
  });

  it('stays open while the pointer is in the card', () => {
    intent.pointerOver('宁波');
    vi.advanceTimersByTime(OPEN_DELAY);
    intent.pointerOver(undefined);
    vi.advanceTimersByTime(CLOSE_DELAY - 50);
    intent.pointerInCard();
    vi.advanceTimersByTime(CLOSE_DELAY * 3);
    expect(onClose).not.toHaveBeenCalled();
    expect(intent.open).toBe('宁波');
  });

  it('closes after the grace once the pointer leaves the card', () => {
    intent.pointerOver('宁波');
    vi.advanceTimersByTime(OPEN_DELAY);
    intent.pointerInCard();
    intent.pointerOver(undefined);
    vi.advanceTimersByTime(CLOSE_DELAY);
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(intent.open).toBeUndefined();
  });

  it('does not push the close back when the pointer keeps moving over empty space', () => {
    intent.pointerOver('宁波');
    vi.advanceTimersByTime(OPEN_DELAY);
    intent.pointerOver(undefined);
    vi.advanceTimersByTime(200);
    intent.pointerOver(undefined);
    vi.advanceTimersByTime(CLOSE_DELAY - 200);
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('close() is immediate and calls onClose once', () => {
    intent.pointerOver('宁波');
    vi.advanceTimersByTime(OPEN_DELAY);
    intent.pointerOver(undefined);
    intent.close();
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(intent.open).toBeUndefined();
    vi.advanceTimersByTime(CLOSE_DELAY * 3);
    intent.close();
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('close() with no card open does not call onClose and cancels a pending open', () => {
    intent.pointerOver('宁波');
    intent.close();
    vi.advanceTimersByTime(OPEN_DELAY * 3);
    expect(onOpen).not.toHaveBeenCalled();
    expect(onClose).not.toHaveBeenCalled();
  });

  it('openNow() opens at once', () => {
    intent.openNow('宁波');
    expect(onOpen).toHaveBeenCalledWith('宁波');
    expect(intent.open).toBe('宁波');
  });
});
