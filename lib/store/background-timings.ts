/** Milliseconds since the epoch with sub-millisecond precision: comparable across the extension's contexts. */
export function epochNow(): number {
  return performance.timeOrigin + performance.now();
}

/** How one load of the knowledge base went, in the background (ms). */
export interface KnowledgeLoadTiming {
  /** `epochNow()` when the background started (its first line). */
  backgroundStartedAt: number;
  /**
   * When the background's global scope was made (`performance.timeOrigin`): before it, the browser
   * started the worker; from it to `backgroundStartedAt`, the script was read, compiled and its
   * modules evaluated.
   */
  scopeCreatedAt?: number;
  /** `epochNow()` when loading began and when the detector was ready. */
  loadStartedAt: number;
  readyAt?: number;
  /** `epochNow()` when the warm-up detection (see KnowledgeService.warmUp) was done. */
  warmedUpAt?: number;
  /**
   * Reading the file (for the prebuilt tables: with inflating them), turning it into entries (or
   * decoding the tables), making the detector.
   */
  fetchMs?: number;
  parseMs?: number;
  buildMs?: number;
  /** The file's length in characters (the prebuilt tables: in bytes, inflated). */
  chars?: number;
}

/** One `kb:detect` request as the background saw it (times from `epochNow()`, durations in ms). */
export interface DetectTiming {
  chars: number;
  /** When the request reached the background's listener. */
  receivedAt: number;
  /** Waiting for the knowledge base and the reader's layer (the first request after a start). */
  waitedMs: number;
  /** The detector itself on the text (the engine's own time). */
  engineMs: number;
  /** Just before the answer was handed to `sendResponse`, and how long that call took. */
  repliedAt?: number;
  replyMs?: number;
  /** Mentions in the answer. */
  mentions: number;
  /**
   * A text sent in parts: when each `kb:detect-part` and then the request itself reached the
   * background's handler (the request's `receivedAt` comes after its parts were put together).
   */
  arrivedAt?: number[];
}

/**
 * Reads a file with `read` and makes it a value with `parse`, noting in `timing` how long each
 * took (`fetchMs`, `parseMs`) and the length read (`chars`): the background's loaders of the
 * knowledge base and of the detector's prebuilt tables.
 */
export async function timedLoad<Raw extends { length: number }, T>(
  timing: KnowledgeLoadTiming,
  read: () => Promise<Raw>,
  parse: (raw: Raw) => T,
): Promise<T> {
  const reading = performance.now();
  const raw = await read();
  const parsing = performance.now();
  timing.fetchMs = parsing - reading;
  timing.chars = raw.length;
  const value = parse(raw);
  timing.parseMs = performance.now() - parsing;
  return value;
}

/** What the background's timings answer (`kb:timings`). */
export interface BackgroundTimingsSnapshot {
  load?: KnowledgeLoadTiming;
  detects: DetectTiming[];
}

/** How many detect requests are kept: the benchmark reads the latest few. */
const KEPT_DETECTS = 20;

/**
 * What loading the knowledge base and answering detect requests cost in the background, kept in
 * its memory only for the benchmark (`kb:timings`): no text, only sizes and times.
 */
export class BackgroundTimings {
  readonly backgroundStartedAt = epochNow();
  load: KnowledgeLoadTiming | undefined;
  private readonly detects: DetectTiming[] = [];
  /** Each answer's record, so the listener can add when it replied. */
  private readonly byAnswer = new WeakMap<object, DetectTiming>();

  /** Starts the record of a load; the loader and the service fill in its parts. */
  loadStarted(): KnowledgeLoadTiming {
    this.load = {
      scopeCreatedAt: performance.timeOrigin,
      backgroundStartedAt: this.backgroundStartedAt,
      loadStartedAt: epochNow(),
    };
    return this.load;
  }

  /** Records a detect request and its `answer`; the listener adds `repliedAt` and `replyMs` (see {@link ofAnswer}). */
  detected(timing: DetectTiming, answer: object): void {
    this.detects.push(timing);
    if (this.detects.length > KEPT_DETECTS) this.detects.shift();
    this.byAnswer.set(answer, timing);
  }

  /** When each part of the text `id` reached the handler (see DetectTiming.arrivedAt), until taken. */
  private readonly arrivals = new Map<string, number[]>();

  /** Notes that a part (or the request) of the text `id` reached the handler now. */
  partArrived(id: unknown, index: unknown): void {
    if (typeof id !== 'string' || !Number.isInteger(index) || (index as number) < 0 || (index as number) > 1024) return;
    let times = this.arrivals.get(id);
    if (!times) {
      // Only the latest few texts: a page that never sent its request leaves nothing behind for long.
      if (this.arrivals.size >= 4) this.arrivals.delete(this.arrivals.keys().next().value!);
      times = [];
      this.arrivals.set(id, times);
    }
    times[index as number] = epochNow();
  }

  /** Gives the arrivals of the text `id`'s parts to `answer`'s record. */
  partsTaken(id: unknown, answer: object): void {
    const times = typeof id === 'string' ? this.arrivals.get(id) : undefined;
    const timing = this.byAnswer.get(answer);
    if (!times) return;
    this.arrivals.delete(id as string);
    if (timing) timing.arrivedAt = times;
  }

  /** The record of `answer` now belongs to `replacement` (the same answer in the form sent). */
  reanswered(answer: object, replacement: object): void {
    const timing = this.byAnswer.get(answer);
    if (timing) this.byAnswer.set(replacement, timing);
  }

  /** The record of the request `answer` answers, if it was a detect request. */
  ofAnswer(answer: unknown): DetectTiming | undefined {
    return typeof answer === 'object' && answer !== null ? this.byAnswer.get(answer) : undefined;
  }

  /** A copy for the `kb:timings` answer. */
  snapshot(): BackgroundTimingsSnapshot {
    return { load: this.load && { ...this.load }, detects: this.detects.map((d) => ({ ...d })) };
  }
}
