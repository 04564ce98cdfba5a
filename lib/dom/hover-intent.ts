/** Timers the hover intent uses; pass the content script context's so nothing outlives a reload. */
export interface Timers {
  setTimeout(handler: () => void, ms: number): number;
  clearTimeout(id: number): void;
  /**
   * Runs `handler` in a new task of the page as soon as its turn comes, when the page offers a
   * way to (see queueTask in the content script): chained zero-delay timers are clamped to 4 ms
   * each after the fifth, which a sliced scan of a big page pays dozens of times. Sliced work
   * (runSliced) uses it between slices when present, a zero timer otherwise.
   */
  queueTask?(handler: () => void): void;
}

/** Callbacks and timings of a {@link HoverIntent}. */
export interface HoverIntentOptions<T> {
  /** Dwell before a card opens, ms (the design asks ~150). */
  openDelay: number;
  /** Grace after the pointer leaves before the card closes, ms (~300). */
  closeDelay: number;
  onOpen(target: T): void;
  onClose(): void;
  timers: Timers;
}

/**
 * Decides when a hover card opens and closes: it opens after the pointer dwells on a target,
 * stays while the pointer travels into the card, and closes a moment after the pointer leaves
 * both. Pure timing logic; the caller reports what is under the pointer.
 */
export class HoverIntent<T> {
  private current: T | undefined;
  private pending: T | undefined;
  private openTimer: number | undefined;
  private closeTimer: number | undefined;

  constructor(private readonly options: HoverIntentOptions<T>) {}

  /** The target whose card is open. */
  get open(): T | undefined {
    return this.current;
  }

  /** Reports that the pointer is over `target` (or over no target: `undefined`). */
  pointerOver(target: T | undefined): void {
    if (target !== undefined && target === this.current) {
      this.cancelClose();
      this.cancelOpen();
      return;
    }
    if (target === undefined) {
      this.cancelOpen();
      if (this.current !== undefined) this.scheduleClose();
      return;
    }
    if (target === this.pending) return;
    this.cancelOpen();
    this.pending = target;
    this.openTimer = this.options.timers.setTimeout(() => {
      this.openTimer = undefined;
      this.pending = undefined;
      this.cancelClose();
      this.current = target;
      this.options.onOpen(target);
    }, this.options.openDelay);
  }

  /** Reports that the pointer is inside the open card: keep it. */
  pointerInCard(): void {
    this.cancelOpen();
    this.cancelClose();
  }

  /** Opens `target`'s card at once (keyboard focus). */
  openNow(target: T): void {
    this.cancelOpen();
    this.cancelClose();
    this.current = target;
    this.options.onOpen(target);
  }

  /** Closes the card at once (Escape, navigation). */
  close(): void {
    this.cancelOpen();
    this.cancelClose();
    if (this.current === undefined) return;
    this.current = undefined;
    this.options.onClose();
  }

  private scheduleClose(): void {
    if (this.closeTimer !== undefined) return;
    this.closeTimer = this.options.timers.setTimeout(() => {
      this.closeTimer = undefined;
      this.close();
    }, this.options.closeDelay);
  }

  private cancelOpen(): void {
    if (this.openTimer !== undefined) this.options.timers.clearTimeout(this.openTimer);
    this.openTimer = undefined;
    this.pending = undefined;
  }

  private cancelClose(): void {
    if (this.closeTimer !== undefined) this.options.timers.clearTimeout(this.closeTimer);
    this.closeTimer = undefined;
  }
}
