import type { AnnotateTiming } from '../../lib/dom/page-annotator';
import type { BackgroundTimingsSnapshot } from '../../lib/store/background-timings';

/** How many scans and updates are kept: the benchmark reads the latest few. */
const KEPT_TIMINGS = 50;

/** What annotating the page cost, as `page:performance` answers it. Times are `performance.now()` ms. */
export interface PagePerformance {
  /** When the content script started (its first line). */
  scriptStart: number;
  /** How long the content script waited for the page's settings (ms). */
  settingsMs?: number;
  /** When the first highlight was painted. */
  firstHighlightAt?: number;
  /** The page's DOMContentLoaded, from its navigation timing entry. */
  domContentLoadedAt?: number;
  /** The latest scans and updates, oldest first. */
  timings: (AnnotateTiming & { at: number })[];
  /** The latest detect round trips as this page saw them, oldest first. */
  detects: PageDetectTiming[];
  /** The background's side: its knowledge-base load and the detect requests it answered. */
  background?: BackgroundTimingsSnapshot;
}

/** One detect round trip from the page (times from `epochNow()`, durations in ms). */
export interface PageDetectTiming {
  chars: number;
  /** Just before the text was handed to `runtime.sendMessage`, and the longest one such call held the thread. */
  sentAt: number;
  sendMs: number;
  /** How long a long text's parts waited for their tasks between sends (ms; absent for one part). */
  queuedMs?: number;
  /** When the answer was back in the content script. */
  receivedAt: number;
  /** Just before each send: a long text's parts, then the request (one time for a short text). */
  sendsAt?: number[];
}

/**
 * Keeps what annotating the page cost, in the content script's memory only: nothing is written
 * into the page (a user-timing mark would be visible to page scripts), and only the extension can
 * ask for it.
 */
export class PerformanceLog {
  readonly data: PagePerformance = { scriptStart: performance.now(), timings: [], detects: [] };

  /** Records a detect round trip. */
  detected(timing: PageDetectTiming): void {
    this.data.detects.push(timing);
    if (this.data.detects.length > KEPT_TIMINGS) this.data.detects.shift();
  }

  /** Records a scan or update; the first one that painted something gives the first highlight. */
  timing(timing: AnnotateTiming): void {
    const at = performance.now();
    this.data.timings.push({ ...timing, at });
    if (this.data.timings.length > KEPT_TIMINGS) this.data.timings.shift();
    this.data.firstHighlightAt ??= timing.firstPaintAt;
  }

  /** A copy for the `page:performance` answer, with DOMContentLoaded read now and the background's side. */
  snapshot(background?: BackgroundTimingsSnapshot): PagePerformance {
    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    return {
      ...this.data,
      domContentLoadedAt: navigation?.domContentLoadedEventStart,
      timings: [...this.data.timings],
      detects: [...this.data.detects],
      background,
    };
  }
}
