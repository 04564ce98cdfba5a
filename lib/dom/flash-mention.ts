import { FLASH_HIGHLIGHT, FLASH_PRIORITY, withPriority } from './highlights';
import type { Timers } from './hover-intent';

/** The element a range starts in (its container, or the container's parent for text). */
function startElement(range: Range): Element | null {
  const node = range.startContainer;
  return node.nodeType === 1 ? (node as Element) : node.parentElement;
}

/** True when the reader asked for less motion. */
function prefersReducedMotion(view: Window | null): boolean {
  return view?.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

/**
 * Scrolls the mention into the middle of the viewport: smoothly, or at once when the reader
 * prefers reduced motion. Scrolls the element the range starts in (a range has no
 * `scrollIntoView`); inside an open shadow root that is the shadow's element, which scrolls too.
 */
export function scrollToMention(range: Range): void {
  const element = startElement(range);
  if (!element) return;
  const smooth = !prefersReducedMotion(element.ownerDocument.defaultView);
  element.scrollIntoView({ block: 'center', inline: 'nearest', behavior: smooth ? 'smooth' : 'auto' });
}

/**
 * Marks the mention with the `district-lens-flash` highlight for `durationMs`, then removes it;
 * nothing is inserted into the page (the highlight is static, so reduced motion needs nothing
 * else). A new flash replaces a running one. Returns a function that ends the flash early.
 * `timers` defaults to the window's (pass the content script context's).
 */
export function flashMention(range: Range, durationMs = 900, timers?: Timers): () => void {
  const view: Window = startElement(range)?.ownerDocument.defaultView ?? window;
  const clock: Timers = timers ?? {
    setTimeout: (handler, ms) => view.setTimeout(handler, ms),
    clearTimeout: (id) => view.clearTimeout(id),
  };
  const highlight = withPriority(new Highlight(range), FLASH_PRIORITY);
  CSS.highlights.set(FLASH_HIGHLIGHT, highlight);
  let done = false;
  const end = () => {
    if (done) return;
    done = true;
    clock.clearTimeout(timer);
    // A later flash owns the name by now: leave it alone.
    if (CSS.highlights.get(FLASH_HIGHLIGHT) === highlight) CSS.highlights.delete(FLASH_HIGHLIGHT);
  };
  const timer = clock.setTimeout(end, durationMs);
  return end;
}
