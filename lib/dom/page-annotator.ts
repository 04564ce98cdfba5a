import type { DetectedEntity, EntityType, Evidence, Mention, Role } from '../core/entity';
import { foldToSimplified, normalizeForMatching } from '../core/normalize';
import type { PageAnnotation } from './annotate-page';
import { sentenceBounds } from '../core/notes';
import { NOTED_HIGHLIGHT } from './highlights';
import { ViewportPainter, type ViewportPainterOptions } from './viewport-painter';
import type { Timers } from './hover-intent';
import { MentionLocator, type LocatorPart, type PlacedMention } from './mention-locator';
import type { ScanScope } from '../core/settings';
import { scanRootSteps, scanRoots } from './scan-roots';
import { startOrder } from './sort-by-start';
import { composedParent, EXTENSION_HOST_ATTRIBUTE, isInsideExtensionHost, isInsideSkipped } from './skipped-elements';
import { LazyPlacedMention } from './lazy-placed-mention';
import { buildTextIndex, isBlockElement, textIndexSteps, type TextIndex } from './text-index';
import { comparePositions } from './tree-order';
import { runSliced, whenAll } from './sliced-work';

/**
 * What finds entities in a chunk's text: the detector itself (synchronous, in tests and Node), or
 * the background's (a promise: the knowledge base lives there, once per browser session).
 */
export interface TextDetector {
  detect(text: string): DetectedEntity[] | Promise<DetectedEntity[]>;
}

export type { PageAnnotation } from './annotate-page';

const OBSERVED: MutationObserverInit = { childList: true, characterData: true, subtree: true };

/** Mentions placed between two checks of the time slice. */
const PLACE_STEP = 128;
/** Held ranges painted between two checks of the time slice (painting one only records it, mostly). */
const PAINT_STEP = 2048;
/** Mentions brought up to date between two checks of the time slice when publishing. */
const PUBLISH_STEP = 8192;
/**
 * Above this many mentions, the detector's answer cost its task enough (decoding it) that placing
 * starts in a task of its own.
 */
const DECODED_IN_ONE_TASK = 4000;

/**
 * On a page too long to paint whole, the mentions in this many first characters of a chunk are
 * painted as they are placed (the first screens of an article, where a reader starts); the rest
 * waits for the window near the viewport, known once every mention is placed.
 */
const EARLY_PAINT_CHARS = 5000;

/** How many batches of changes may make a page without an article look for one again. */
const ARTICLE_RETRIES = 5;

/** Default wait between the first page change and the update it causes, ms. */
export const DEFAULT_DEBOUNCE_MS = 200;

/** Options of a {@link PageAnnotator}. */
export interface PageAnnotatorOptions {
  /** What to read: the article only, or the whole page. */
  scope: ScanScope;
  /** Changes are collected for this long after the first one, then handled together (ms, ~200). */
  debounceMs?: number;
  /** Timers for the debounce; pass the content script context's. Defaults to the window's. */
  timers?: Timers;
  /** Called after every scan and every update that changed the annotation. */
  onChange(annotation: PageAnnotation): void;
  /** Finds the elements to read (defaults to {@link scanRoots}); tests replace it. */
  findRoots?(doc: Document, scope: ScanScope): Element[];
  /** Called after every scan and update with what it cost (the benchmark reads these). */
  onTiming?(timing: AnnotateTiming): void;
  /**
   * Placing mentions gives the thread back to the page whenever it has run this long (ms), so a
   * huge article never makes one long task. Without it, everything is placed at once (tests).
   */
  sliceMs?: number;
  /** Called when the detector fails (the background could not load the knowledge base…). */
  onError?(error: unknown): void;
  /** When only the mentions near the viewport are painted (see ViewportPainter). */
  viewport?: ViewportPainterOptions;
}

/** A chunk read but not yet placed: its element, text index and what the detector is finding. */
interface ChunkRead {
  element: Element;
  index: TextIndex;
  detection: DetectedEntity[] | Promise<DetectedEntity[]>;
}

/** What one scan (whole page) or update (changed blocks) cost, in milliseconds of `performance.now()`. */
export interface AnnotateTiming {
  kind: 'scan' | 'update';
  /** Characters of text read (every chunk's text index). */
  chars: number;
  /** Building the text indexes (walking text nodes). */
  indexMs: number;
  /** The detector on the text, plus linking known people. */
  detectMs: number;
  /** Turning mentions into ranges and adding them to the highlights. */
  placeMs: number;
  /** Merging entities, the locator and telling the listener (the controller's work included). */
  publishMs: number;
  /** Everything, from start to end of the scan or update. */
  totalMs: number;
  /** Finding the article root (scans only: Readability or the paragraph heuristic). */
  rootsMs?: number;
  /** `performance.now()` when the first range of this scan or update was painted, if any. */
  firstPaintAt?: number;
}

/**
 * A part of the page read on its own: a scanned root at first, later the blocks the page added
 * or changed. Chunks never share a text node that still counts: when a block inside a chunk is
 * read again, the older chunk gives up its mentions there ("carving").
 */
interface Chunk {
  element: Element;
  index: TextIndex;
  /** Creation order: where an older and a newer chunk both indexed a node, the newer one counts. */
  serial: number;
  /** What the detector (plus cross-chunk linking) found in this chunk's text. */
  entities: DetectedEntity[];
  /**
   * Placed mentions still painted, sorted by offset (= document order); also the locator's part.
   * Replaced, never changed in place, once the chunk is placed: a snapshot may hold it.
   */
  mentions: LazyPlacedMention[];
  /** An update took mentions out of it (their blocks were read again as chunks of their own). */
  carved?: boolean;
}

/** A titled person found so far, whose bare name counts in chunks read later. */
export interface KnownPerson {
  id: string;
  type: EntityType;
  name: string;
  /** Why the person was recognised where they were titled. */
  evidence: Evidence;
}

function isPersonType(type: EntityType): boolean {
  return type === 'official' || type === 'person';
}

function sameRole(a: Role, b: Role): boolean {
  return a.organization === b.organization && a.title === b.title;
}

/** True when `inner` is `outer` or lies inside it, crossing shadow boundaries. */
function composedContains(outer: Node, inner: Node): boolean {
  for (let current: Node | null = inner; current; current = composedParent(current)) {
    if (current === outer) return true;
  }
  return false;
}

/** True when an added element starts its own chunk rather than changing the text around it. */
function startsChunk(element: Element): boolean {
  return (
    isBlockElement(element) ||
    element.shadowRoot !== null ||
    element.tagName.includes('-') || // custom elements: their own widget
    element.querySelector('p, div, li, h1, h2, h3, h4, h5, h6, section, article, table, blockquote') !== null
  );
}

/**
 * `list` with `run` inserted at `at`, as a new array. Not `splice(at, 0, ...run)`: a huge
 * article's run of mentions would overflow the call stack as arguments.
 */
function insertRun<T>(list: T[], at: number, run: readonly T[]): T[] {
  if (at === list.length) return list.concat(run);
  return [...list.slice(0, at), ...run, ...list.slice(at)];
}

/** How many mentions the detector found in all of `results`. */
function mentionCount(results: readonly DetectedEntity[][]): number {
  let count = 0;
  for (const entities of results) for (const entity of entities) count += entity.mentions.length;
  return count;
}

/** Document order of two placed mentions, by the text node and offset each starts at. */
function compareChunkMentions(a: LazyPlacedMention, b: LazyPlacedMention): number {
  return comparePositions(a.startNode, a.startOffset, b.startNode, b.startOffset);
}

/**
 * Annotates a page and keeps the annotation up to date as the page changes, at the cost of what
 * changed.
 *
 * - `start()` reads the scanned roots (see {@link scanRoots}) as one chunk each, paints their
 *   mentions and starts a MutationObserver (childList + characterData, subtree) on `<body>` and on
 *   every open shadow root read. `<body>`, not just the root, so a replaced article root (an SPA
 *   re-render) is noticed: then the whole page is scanned again.
 * - Changes are collected for `debounceMs` after the first one, then handled together: the
 *   closest block of each added or changed node is read again as a new chunk (its own text index,
 *   the detector on just its text); mentions whose nodes left the page are dropped. Appending a
 *   paragraph costs that paragraph. Changes outside the scanned roots, inside skipped elements
 *   and inside the extension's own hosts (`data-district-lens`) are ignored. An idle page costs
 *   nothing: no timer runs until something changes.
 * - Entities are merged across chunks by id (roles unioned), and a titled person found in one
 *   chunk is recognised by bare name in chunks read later.
 * - Highlights are updated range by range, one `Highlight` per type.
 * - In the article scope, a page that had no article at first (`<body>` is read instead) looks
 *   for one again on its next few batches of changes, so a late-rendered article is found.
 */
export class PageAnnotator {
  private scope: ScanScope;
  private readonly timers: Timers;
  private readonly debounceMs: number;

  private running = false;
  private observer: MutationObserver | undefined;
  private timer: number | undefined;
  /** Nodes added or changed since the last update. */
  private dirty = new Set<Node>();
  /** Something was removed since the last update. */
  private removals = false;
  /** A scanned root left the page: scan everything again. */
  private rootsLost = false;
  /** Batches of changes left in which to look for an article that was not there (see `scan`). */
  private articleRetries = 0;

  private roots: Element[] = [];
  private chunks: Chunk[] = [];
  private serial = 0;
  /** All placed mentions, in document order. */
  private ordered: LazyPlacedMention[] = [];
  /** Each entity's placed mentions in document order, kept up to date chunk by chunk. */
  private readonly byEntity = new Map<string, LazyPlacedMention[]>();
  /** Entities in the order of their first mention. */
  private entityOrder: DetectedEntity[] = [];
  /** Entities whose mentions changed since the last publish: only they are brought up to date. */
  private readonly touched = new Set<string>();
  /** Entities by id, merged across chunks; the same objects for as long as they have mentions. */
  private readonly merged = new Map<string, DetectedEntity>();
  private known = new Map<string, KnownPerson>();
  private readonly painter: ViewportPainter;
  private current: PageAnnotation;
  /** Costs of the scan or update in progress. */
  private cost = {
    chars: 0,
    indexMs: 0,
    detectMs: 0,
    placeMs: 0,
    rootsMs: undefined as number | undefined,
    firstPaintAt: undefined as number | undefined,
  };
  /** Moves on at every restart and stop: work of an older generation is dropped when it comes back. */
  private generation = 0;
  /** A scan or update is waiting for the detector or placing mentions: updates wait for it. */
  private busy = false;
  /**
   * Ranges placed after the first slice of a job, painted together when it ends: every paint of
   * a growing highlight costs the browser a style pass over all its ranges, so painting slice by
   * slice would cost the page far more than the placing itself.
   */
  private unpainted: PlacedMention[] | undefined;

  constructor(
    private readonly doc: Document,
    private readonly detector: TextDetector,
    private readonly options: PageAnnotatorOptions,
  ) {
    this.scope = options.scope;
    this.painter = new ViewportPainter(doc.defaultView ?? window, options.viewport);
    this.debounceMs = options.debounceMs ?? DEFAULT_DEBOUNCE_MS;
    const view: Window = doc.defaultView ?? window;
    this.timers = options.timers ?? {
      setTimeout: (handler, ms) => view.setTimeout(handler, ms),
      clearTimeout: (id) => view.clearTimeout(id),
    };
    this.current = this.snapshot();
  }

  /** The current annotation: roots, merged entities, a locator over every placed mention, counts. */
  get annotation(): PageAnnotation {
    return this.current;
  }

  /** The scope being read. */
  get scanScope(): ScanScope {
    return this.scope;
  }

  /** Scans and paints the page, then follows its changes. Does nothing when already started. */
  start(): void {
    if (this.running) return;
    this.running = true;
    this.observer = new MutationObserver((records) => this.onMutations(records));
    this.rescan();
  }

  /**
   * Scans the whole page again (SPA navigation, scope change); pending changes are dropped. The
   * roots are found in slices like the rest of the scan (a huge page's paragraphs are measured a
   * few hundred at a time); the page keeps its current highlights until they are found.
   */
  rescan(): void {
    if (!this.running) return;
    if (this.options.findRoots) {
      const finding = performance.now();
      const roots = this.findRoots();
      this.restart(roots, performance.now() - finding);
      return;
    }
    const generation = ++this.generation;
    // Updates wait meanwhile: the scan that follows reads everything again.
    this.busy = true;
    const found = { roots: [] as Element[], ms: 0 };
    runSliced(
      this.rootSteps(found),
      {
        sliceMs: this.options.sliceMs,
        timers: this.timers,
        isCurrent: () => this.running && generation === this.generation,
      },
      () => this.restart(found.roots, found.ms),
    );
  }

  /** {@link scanRootSteps} into `found`, counting only the time spent in the steps. */
  private *rootSteps(found: { roots: Element[]; ms: number }): Generator<void, void> {
    const steps = scanRootSteps(this.doc, this.scope);
    for (;;) {
      const finding = performance.now();
      const step = steps.next();
      found.ms += performance.now() - finding;
      if (step.done) {
        found.roots = step.value;
        return;
      }
      yield;
    }
  }

  /** Forgets everything and scans `roots`. */
  private restart(roots: Element[], rootsMs = 0): void {
    this.generation++;
    this.busy = false;
    this.cancelTimer();
    this.observer?.takeRecords();
    this.dirty.clear();
    this.removals = false;
    this.rootsLost = false;
    this.painter.clear();
    this.chunks = [];
    this.ordered = [];
    this.byEntity.clear();
    this.entityOrder = [];
    this.touched.clear();
    this.merged.clear();
    this.known.clear();
    this.scan(roots, rootsMs);
  }

  private findRoots(): Element[] {
    return (this.options.findRoots ?? scanRoots)(this.doc, this.scope);
  }

  /** True when the article scope found no article and reads `<body>` instead (`roots` = the roots found). */
  private isBodyFallback(roots: readonly Element[]): boolean {
    return this.scope === 'article' && roots.length === 1 && roots[0] === this.doc.body;
  }

  private scan(roots: Element[], rootsMs: number): void {
    const started = this.startCost();
    this.cost.rootsMs = rootsMs;
    this.roots = roots;
    // No article yet (a page that renders it later, an SPA between two pages): look again when
    // the next few batches of changes arrive, then settle for <body>.
    this.articleRetries = this.isBodyFallback(roots) ? ARTICLE_RETRIES : 0;
    this.observe();
    const generation = this.generation;
    const isCurrent = () => this.running && generation === this.generation;
    // Updates wait while the page is read too: they would read blocks of a text not placed yet.
    this.busy = true;
    const reads: ChunkRead[] = [];
    const steps = this.readSteps(roots, reads);
    runSliced(steps, { sliceMs: this.options.sliceMs, timers: this.timers, isCurrent }, () =>
      this.place(reads, new Set(), 'scan', started),
    );
  }

  /**
   * Reads each of `roots` as a chunk into `reads`, as steps (see textIndexSteps): on a huge page
   * the walk over its text nodes is sliced like the placing, so it makes no long task. Each
   * chunk's text goes to the detector as soon as its index is built.
   */
  private *readSteps(roots: readonly Element[], reads: ChunkRead[]): Generator<void, void> {
    for (const root of roots) {
      const steps = textIndexSteps(root);
      for (;;) {
        // Only the walking counts as indexing: the page's own tasks run between two steps.
        const indexing = performance.now();
        const step = steps.next();
        this.cost.indexMs += performance.now() - indexing;
        if (step.done) {
          reads.push(this.startDetection(root, step.value));
          break;
        }
        yield;
      }
    }
  }

  /** Starts counting the costs of a scan or update; returns its start time. */
  private startCost(): number {
    this.cost = { chars: 0, indexMs: 0, detectMs: 0, placeMs: 0, rootsMs: undefined, firstPaintAt: undefined };
    return performance.now();
  }

  private reportCost(kind: AnnotateTiming['kind'], started: number, publishing: number): void {
    if (!this.options.onTiming) return;
    const end = performance.now();
    this.options.onTiming({ kind, ...this.cost, publishMs: end - publishing, totalMs: end - started });
  }

  /**
   * The second half of a scan or update, once the detector has answered for every chunk read:
   * makes room for each chunk (carving), places and paints its mentions (in slices when
   * `sliceMs` is set), drops `removed`, publishes, and runs the update that waited meanwhile.
   * Work of an older generation (the page was scanned again or the annotator stopped) is dropped.
   */
  private place(reads: ChunkRead[], removed: Set<PlacedMention>, kind: AnnotateTiming['kind'], started: number): void {
    const generation = this.generation;
    const isCurrent = () => this.running && generation === this.generation;
    this.busy = true;
    const detecting = performance.now();
    const answeredLater = reads.some((read) => read.detection instanceof Promise);
    whenAll(
      reads.map((read) => read.detection),
      isCurrent,
      (results) => {
        this.cost.detectMs += performance.now() - detecting;
        const times = { placing: performance.now(), publishing: 0 };
        if (kind === 'update') this.known = this.knownPeople();
        this.unpainted = undefined;
        const mentions = mentionCount(results);
        this.painter.expect(mentions);
        const job = this.jobSteps(reads, results, kind === 'update', removed, times);
        const run = () =>
          runSliced(job, { sliceMs: this.options.sliceMs, timers: this.timers, isCurrent }, () => {
            this.reportCost(kind, started, times.publishing);
            // Changes that came in meanwhile were collected; their update runs now.
            if (this.dirty.size > 0 || this.removals || this.rootsLost) this.schedule();
          });
        const startNow = () => {
          // The first slice is painted as it is placed — on a page too long to paint whole, only
          // its mentions in the article's first screens (EARLY_PAINT_CHARS); the rest waits for
          // the end of the job (paintHeldSteps, then the window near the viewport).
          if (!run()) this.unpainted ??= [];
        };
        // A big answer took its task to decode (tens of ms for a 5 MB page's 60k mentions): the
        // placing starts in a task of its own, or the two together were one long task.
        if (answeredLater && this.options.sliceMs !== undefined && mentions > DECODED_IN_ONE_TASK) {
          if (this.timers.queueTask) this.timers.queueTask(() => isCurrent() && startNow());
          else this.timers.setTimeout(() => isCurrent() && startNow(), 0);
        } else startNow();
      },
      (error) => {
        this.busy = false;
        this.options.onError?.(error);
      },
    );
  }

  /**
   * A job's steps once the detector has answered: place (carving first when `carve`, an update),
   * paint what was held back, drop `removed`, publish. `times` gets when placing and publishing began.
   */
  private *jobSteps(
    reads: readonly ChunkRead[],
    results: readonly DetectedEntity[][],
    carve: boolean,
    removed: Set<PlacedMention>,
    times: { placing: number; publishing: number },
  ): Generator<void, void> {
    yield* this.placeSteps(reads, results, carve ? removed : undefined);
    yield* this.paintHeldSteps();
    this.cost.placeMs += performance.now() - times.placing;
    this.painter.deleteAll(removed);
    if (removed.size > 0) this.forget(removed);
    times.publishing = performance.now();
    yield* this.publishSteps();
  }

  /**
   * Paints the ranges held back while a job was placed in slices (see `unpainted`), a batch per
   * step: on a windowed page (see ViewportPainter) each is only recorded, which for 60k ranges was
   * itself a good part of a long task.
   */
  private *paintHeldSteps(): Generator<void, void> {
    const held = this.unpainted ?? [];
    this.unpainted = undefined;
    for (let i = 0; i < held.length; i++) {
      this.painter.add(held[i]!);
      if ((i + 1) % PAINT_STEP === 0) yield;
    }
  }

  /**
   * True while a scan or update is being read, detected or placed: highlights may already show
   * (the first slice paints them) while `annotation` still holds the state before it.
   */
  get placing(): boolean {
    return this.busy;
  }

  /** Reads `scope` from now on, scanning again when started. */
  setScope(scope: ScanScope): void {
    if (scope === this.scope) return;
    this.scope = scope;
    this.rescan();
  }

  /** Stops following the page: disconnects the observer, cancels the timer, clears the highlights. */
  stop(): void {
    if (!this.running) return;
    this.running = false;
    this.generation++;
    this.busy = false;
    this.cancelTimer();
    this.observer?.disconnect();
    this.observer = undefined;
    this.dirty.clear();
    this.painter.clear();
    CSS.highlights.delete(NOTED_HIGHLIGHT);
    this.roots = [];
    this.chunks = [];
    this.ordered = [];
    this.byEntity.clear();
    this.entityOrder = [];
    this.touched.clear();
    this.merged.clear();
    this.known.clear();
    this.current = this.snapshot();
  }

  // ── observing ──────────────────────────────────────────────────────────────────────────────

  /** Observes `<body>` and the open shadow roots of every chunk, from scratch. */
  private observe(): void {
    const observer = this.observer;
    if (!observer) return;
    observer.disconnect();
    observer.observe(this.doc.body ?? this.doc.documentElement, OBSERVED);
    for (const chunk of this.chunks) this.observeShadowRoots(chunk);
  }

  /** Observes the open shadow roots `chunk` read: their changes never reach `<body>`'s observer. */
  private observeShadowRoots(chunk: Chunk): void {
    for (const shadow of chunk.index.shadowRoots) this.observer?.observe(shadow, OBSERVED);
  }

  /** The scanned root `node` lies in (crossing shadow boundaries), or undefined. */
  private rootOf(node: Node): Element | undefined {
    for (let current: Node | null = node; current; current = composedParent(current)) {
      if (current.nodeType === 1 && this.roots.includes(current as Element)) return current as Element;
    }
    return undefined;
  }

  private onMutations(records: readonly MutationRecord[]): void {
    if (!this.running) return;
    if (this.roots.some((root) => !root.isConnected)) {
      this.rootsLost = true;
      this.schedule();
      return;
    }
    let relevant = false;
    for (const record of records) if (this.note(record)) relevant = true;
    if (relevant) this.schedule();
  }

  /** Remembers what `record` changed inside the scanned roots; false when it changed nothing there. */
  private note(record: MutationRecord): boolean {
    const target = record.target;
    if (isInsideExtensionHost(target) || !this.rootOf(target)) return false;
    if (record.type === 'characterData') {
      this.dirty.add(target);
      return true;
    }
    let relevant = false;
    for (const node of record.addedNodes) {
      if (node.nodeType === 1 && (node as Element).hasAttribute(EXTENSION_HOST_ATTRIBUTE)) continue;
      if (node.nodeType !== 1 && node.nodeType !== 3) continue;
      this.dirty.add(node);
      relevant = true;
    }
    for (const node of record.removedNodes) {
      if (node.nodeType === 1 && (node as Element).hasAttribute(EXTENSION_HOST_ATTRIBUTE)) continue;
      if (node.nodeType !== 1 && node.nodeType !== 3) continue;
      this.removals = true;
      relevant = true;
      // Removed text (or an inline element) changes the text around it: read its block again.
      if (node.nodeType === 3 || !startsChunk(node as Element)) this.dirty.add(target);
    }
    return relevant;
  }

  /** Handles the collected changes `debounceMs` after the first one (later ones join the batch). */
  private schedule(): void {
    if (this.timer !== undefined) return;
    this.timer = this.timers.setTimeout(() => {
      this.timer = undefined;
      this.update();
    }, this.debounceMs);
  }

  private cancelTimer(): void {
    if (this.timer !== undefined) this.timers.clearTimeout(this.timer);
    this.timer = undefined;
  }

  // ── updating ───────────────────────────────────────────────────────────────────────────────

  /** Applies the collected changes: drops what left the page, reads changed blocks again. */
  private update(): void {
    if (!this.running) return;
    // A scan or update still waiting for the detector: this batch runs when it is done.
    if (this.busy) return;
    const started = this.startCost();
    // Changes made since the last callback belong to this batch too.
    const pending = this.observer?.takeRecords() ?? [];
    for (const record of pending) this.note(record);
    if (this.rootsLost || this.roots.some((root) => !root.isConnected)) {
      this.rescan();
      return;
    }
    if (this.articleRetries > 0 && this.dirty.size > 0) {
      this.articleRetries--;
      const roots = this.findRoots();
      if (!this.isBodyFallback(roots)) {
        this.restart(roots);
        return;
      }
    }
    const dirty = this.dirty;
    this.dirty = new Set();
    const removals = this.removals;
    this.removals = false;

    const removed = new Set<PlacedMention>();
    if (removals) this.dropDisconnected(removed);
    const blocks = this.blocksToRead(dirty);
    if (removed.size === 0 && blocks.length === 0) return;
    this.place(
      blocks.map((block) => this.readChunk(block)),
      removed,
      'update',
      started,
    );
  }

  /** Drops chunks that left the page, and mentions whose text did. */
  private dropDisconnected(removed: Set<PlacedMention>): void {
    this.chunks = this.chunks.filter((chunk) => {
      if (chunk.element.isConnected) {
        chunk.mentions = chunk.mentions.filter((m) => {
          if (m.startNode.isConnected) return true;
          removed.add(m);
          return false;
        });
        return true;
      }
      for (const m of chunk.mentions) removed.add(m);
      return false;
    });
  }

  /** The blocks to read again for the changed nodes `dirty`, none inside another. */
  private blocksToRead(dirty: ReadonlySet<Node>): Element[] {
    const blocks = new Set<Element>();
    for (const node of dirty) {
      if (!node.isConnected) continue;
      const root = this.rootOf(node);
      if (!root || isInsideSkipped(node, root) || isInsideExtensionHost(node)) continue;
      blocks.add(this.blockFor(node, root));
    }
    return [...blocks].filter((block) => {
      for (let up = composedParent(block); up; up = composedParent(up)) if (blocks.has(up as Element)) return false;
      return true;
    });
  }

  /**
   * The element to read again for a changed `node`: an added element that starts a block of its
   * own, else the closest block around the node (the host, when that is a shadow boundary),
   * at most the scanned root.
   */
  private blockFor(node: Node, root: Element): Element {
    if (node === root) return root;
    if (node.nodeType === 1 && startsChunk(node as Element)) return node as Element;
    for (let current = node.parentNode; current && current !== root; current = current.parentNode) {
      if (current.nodeType === 11) return (current as ShadowRoot).host;
      if (current.nodeType === 1 && isBlockElement(current as Element)) return current as Element;
    }
    return root;
  }

  /** Makes room for reading `block` again: drops chunks inside it, takes its mentions from chunks around it. */
  private carve(block: Element, blockIndex: TextIndex, removed: Set<PlacedMention>): void {
    this.chunks = this.chunks.filter((chunk) => {
      if (composedContains(block, chunk.element)) {
        for (const m of chunk.mentions) removed.add(m);
        return false;
      }
      if (composedContains(chunk.element, block)) {
        // A mention is in the block when its text node is one the block's new index read: a map
        // lookup per mention, where walking up from every mention of a huge chunk cost tens of ms.
        // A new block (text the chunk never read) has nothing to take out: skip the filter.
        if (!blockIndex.textNodes.some((node) => chunk.index.offsetOf(node, 0) >= 0)) return true;
        chunk.mentions = chunk.mentions.filter((m) => {
          if (blockIndex.offsetOf(m.startNode, 0) < 0) return true;
          removed.add(m);
          return false;
        });
        chunk.carved = true;
      }
      return true;
    });
  }

  /**
   * The steps of placing what the detector found in `reads` (see addChunk); with `carveInto`
   * (an update), each block first takes its old mentions out of the chunks around it.
   */
  private *placeSteps(
    reads: readonly ChunkRead[],
    results: readonly DetectedEntity[][],
    carveInto: Set<PlacedMention> | undefined,
  ): Generator<void, void> {
    for (let i = 0; i < reads.length; i++) {
      const read = reads[i]!;
      // A block that left the page while the detector ran is read again by the next update.
      if (!read.element.isConnected) continue;
      if (carveInto) this.carve(read.element, read.index, carveInto);
      yield* this.addChunk(read, results[i]!);
    }
  }

  /** Reads `element` as a new chunk: its text index, and the detector started on its text. */
  private readChunk(element: Element): ChunkRead {
    const indexing = performance.now();
    const index = buildTextIndex(element);
    this.cost.indexMs += performance.now() - indexing;
    return this.startDetection(element, index);
  }

  /** A chunk of `element` whose text index is `index`, with the detector started on its text. */
  private startDetection(element: Element, index: TextIndex): ChunkRead {
    this.cost.chars += index.text.length;
    const detecting = performance.now();
    const detection = /\S/u.test(index.text) ? this.detector.detect(index.text) : [];
    // A synchronous detector has finished here; a promise's time is counted when it resolves.
    if (Array.isArray(detection)) this.cost.detectMs += performance.now() - detecting;
    return { element, index, detection };
  }

  /**
   * Adds a read chunk with what the detector found in it: links known people, places each mention
   * as a range and paints it, yielding every few mentions so the caller can slice the work.
   */
  private *addChunk({ element, index }: ChunkRead, entities: DetectedEntity[]): Generator<void, void> {
    const text = index.text;
    if (this.known.size > 0) linkKnownPeople(text, entities, this.known);
    const chunk: Chunk = { element, index, serial: this.serial++, entities, mentions: [] };
    const mentions = chunk.mentions;
    // Chunks stay in document order; a new chunk's mentions are contiguous in document order.
    this.chunks.splice(
      this.insertionPoint(this.chunks, (c) => comparePositions(c.element, 0, element, 0)),
      0,
      chunk,
    );
    // The mentions in document order (ties in the detector's order of entities): the first slice
    // paints the article's opening mentions of every entity, each look-up in the text index starts
    // from the previous one's text node, and the chunk's list needs no sort afterwards.
    const merged = entities.map((local) => this.mergedEntity(local));
    // Every mention with its merged entity, in two parallel lists walked in start order.
    // Made at their full length: grown by push, the two were half of placing's allocations.
    let count = 0;
    for (const local of entities) count += local.mentions.length;
    const owners = new Array<DetectedEntity>(count);
    const found = new Array<Mention>(count);
    for (let e = 0, at = 0; e < entities.length; e++) {
      const owner = merged[e]!;
      const list = entities[e]!.mentions;
      for (let m = 0; m < list.length; m++, at++) {
        owners[at] = owner;
        found[at] = list[m]!;
      }
    }
    const order = startOrder(found, (mention) => mention.start);
    // A run of PLACE_STEP mentions per step, placed by a plain method: a generator's loop ran
    // unoptimised for most of a big page (the generator runs once per chunk, and V8 compiles the
    // loop of a resumable function late, if at all, on a busy page), where a method called once a
    // step is optimised after a few calls.
    for (let k = 0; k < order.length; k += PLACE_STEP) {
      this.placeRun(index, found, owners, order, k, Math.min(order.length, k + PLACE_STEP), mentions);
      if (k + PLACE_STEP < order.length) yield;
    }
    for (const local of entities) {
      if (isPersonType(local.type) && local.roles.length > 0) {
        this.known.set(local.name, { id: local.id, type: local.type, name: local.name, evidence: local.evidence });
      }
    }
    // The bookkeeping below is one step per pass over the chunk's mentions: on a 5 MB article each
    // is a few milliseconds, together they were one long task.
    if (mentions.length > 0) {
      if (mentions.length > PLACE_STEP) yield;
      const first = mentions[0]!;
      const at = this.insertionPoint(this.ordered, (m) => compareChunkMentions(m, first));
      this.ordered = insertRun(this.ordered, at, mentions);
      if (mentions.length > PLACE_STEP) yield;
      // A chunk covers one stretch of the page: each entity's new mentions go in as one run.
      const groups = new Map<string, LazyPlacedMention[]>();
      for (const m of mentions) {
        const group = groups.get(m.entity.id);
        if (group) group.push(m);
        else groups.set(m.entity.id, [m]);
      }
      for (const [id, group] of groups) {
        const list = this.byEntity.get(id) ?? [];
        const where = this.insertionPoint(list, (m) => compareChunkMentions(m, group[0]!));
        this.byEntity.set(id, insertRun(list, where, group));
        this.touched.add(id);
      }
    }
    this.observeShadowRoots(chunk);
  }

  /**
   * Places the mentions `found[order[from]]` … `found[order[to - 1]]` (each with its entity in
   * `owners`) found in `index`'s text, adds them to `mentions` and paints them (see addChunk).
   */
  private placeRun(
    index: TextIndex,
    found: readonly Mention[],
    owners: readonly DetectedEntity[],
    order: Uint32Array,
    from: number,
    to: number,
    mentions: LazyPlacedMention[],
  ): void {
    for (let k = from; k < to; k++) {
      const i = order[k]!;
      const mention = found[i]!;
      // Its Range is made when first asked for (painted, measured, hovered): see LazyPlacedMention.
      const bounds = index.boundsFor(mention);
      if (!bounds) continue;
      const placed = new LazyPlacedMention(owners[i]!, mention, bounds, index);
      mentions.push(placed);
      if (this.unpainted) this.unpainted.push(placed);
      else if (this.painter.isWindowed && mention.start < EARLY_PAINT_CHARS) this.painter.addPainted(placed);
      else this.painter.add(placed);
      this.cost.firstPaintAt ??= performance.now();
    }
  }

  /** Index of the first item of sorted `list` that `compare` puts after the new item (binary search). */
  private insertionPoint<T>(list: readonly T[], compare: (item: T) => number): number {
    let low = 0;
    let high = list.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (compare(list[mid]!) <= 0) low = mid + 1;
      else high = mid;
    }
    return low;
  }

  /** The merged entity for a chunk's entity (created on first sight). */
  private mergedEntity(local: DetectedEntity): DetectedEntity {
    let entity = this.merged.get(local.id);
    if (!entity) {
      entity = { id: local.id, type: local.type, name: local.name, roles: [], mentions: [], evidence: local.evidence };
      this.merged.set(local.id, entity);
    }
    return entity;
  }

  /** Titled people found in the live chunks, by name. */
  private knownPeople(): Map<string, KnownPerson> {
    const known = new Map<string, KnownPerson>();
    for (const chunk of this.chunks) {
      for (const e of chunk.entities) {
        if (isPersonType(e.type) && e.roles.length > 0)
          known.set(e.name, { id: e.id, type: e.type, name: e.name, evidence: e.evidence });
      }
    }
    return known;
  }

  /**
   * Brings the merged entities, the locator and the counts up to date and tells the listener, as
   * steps: after a 5 MB page's scan each part is a pass over 60k mentions, together a long task.
   * The job is over (`busy` false) just before the listener hears of it.
   */
  private *publishSteps(): Generator<void, void> {
    // Only the entities whose mentions changed are brought up to date: an appended paragraph
    // costs its own entities, not every mention of the page.
    let since = 0;
    for (const id of this.touched) {
      const list = this.byEntity.get(id);
      const entity = this.merged.get(id);
      if (!entity) continue;
      if (!list || list.length === 0) {
        this.merged.delete(id);
        this.byEntity.delete(id);
        continue;
      }
      entity.mentions = list.map((m) => m.mention);
      since += list.length;
      if (since >= PUBLISH_STEP) {
        since = 0;
        yield;
      }
    }
    if (this.touched.size > 0) {
      this.entityOrder = this.entitiesByFirstMention();
      this.touched.clear();
      yield;
    }
    const rolesById = new Map<string, Role[]>();
    for (const chunk of this.chunks) {
      for (const e of chunk.entities) {
        if (e.roles.length === 0) continue;
        const roles = rolesById.get(e.id) ?? [];
        for (const role of e.roles) if (!roles.some((r) => sameRole(r, role))) roles.push(role);
        rolesById.set(e.id, roles);
      }
    }
    for (const entity of this.entityOrder) entity.roles = rolesById.get(entity.id) ?? [];
    this.painter.setOrder(this.ordered);
    yield;
    this.current = this.snapshot();
    this.busy = false;
    this.options.onChange(this.current);
  }

  /**
   * The merged entities in the order of their first mention: one pass over the mentions in
   * document order. Why not a binary search per entity: each comparison asks the DOM for two
   * nodes' order, which on a huge page is a walk up their ancestors.
   */
  private entitiesByFirstMention(): DetectedEntity[] {
    const order: DetectedEntity[] = [];
    const seen = new Set<string>();
    for (const { entity } of this.ordered) {
      if (seen.has(entity.id)) continue;
      seen.add(entity.id);
      const merged = this.merged.get(entity.id);
      if (merged) order.push(merged);
      if (seen.size === this.merged.size) break;
    }
    return order;
  }

  /** Takes `removed` out of the document-order lists (their entities are brought up to date on publish). */
  private forget(removed: ReadonlySet<PlacedMention>): void {
    this.ordered = this.ordered.filter((m) => !removed.has(m));
    const ids = new Set<string>();
    for (const placed of removed) ids.add(placed.entity.id);
    for (const id of ids) {
      const list = this.byEntity.get(id);
      if (list)
        this.byEntity.set(
          id,
          list.filter((m) => !removed.has(m)),
        );
      this.touched.add(id);
    }
  }

  /** The first placed mention of an entity on the page, in document order (no scan of every mention). */
  firstMentionOf(entityId: string): PlacedMention | undefined {
    return this.byEntity.get(entityId)?.[0];
  }

  /**
   * The sentence holding a placed mention (see sentenceBounds), read from the text of the chunk it
   * was found in: no need to read the page again. Empty when the mention is not this annotator's.
   */
  sentenceOf(placed: PlacedMention): string {
    const text = placed instanceof LazyPlacedMention ? placed.index.text : undefined;
    if (text === undefined) return '';
    const { start, end } = sentenceBounds(text, placed.mention.start, placed.mention.end);
    return text.slice(start, end);
  }

  /**
   * Paints the mentions near the viewport again; call when the page scrolls or resizes. Costs
   * nothing on pages small enough to be painted whole.
   */
  refreshViewport(): void {
    if (this.running) this.painter.refresh();
  }

  /**
   * The text index of `root` when a single chunk read all of it and still holds every mention in
   * it: no update read a block inside it again, took mentions out of it or added a chunk in it.
   */
  private wholeIndexOf(root: Element): TextIndex | undefined {
    let whole: Chunk | undefined;
    for (const chunk of this.chunks) {
      if (!composedContains(root, chunk.element)) continue;
      if (whole || chunk.element !== root || chunk.carved) return undefined;
      whole = chunk;
    }
    return whole?.index;
  }

  private snapshot(): PageAnnotation {
    const parts: LocatorPart[] = [...this.chunks]
      .sort((a, b) => b.serial - a.serial)
      .map((chunk) => ({ index: chunk.index, placed: chunk.mentions }));
    const root = this.roots[0] ?? this.doc.body ?? this.doc.documentElement;
    const rootIndex = this.wholeIndexOf(root);
    return {
      root,
      roots: [...this.roots],
      entities: [...this.entityOrder],
      locator: new MentionLocator(this.doc, parts, this.ordered),
      counts: this.painter.counts(),
      ...(rootIndex ? { rootIndex } : {}),
    };
  }
}

/**
 * Marks the bare occurrences in `text` of people titled elsewhere on the page (`known`) as their
 * mentions, in `entities` (what the detector found in `text`; changed in place). As in the
 * detector, a longer name wins over a shorter one inside it, and a person's name wins over a short
 * place name inside it (卫东 in 钱卫东) but not over a full place name, a platform or another
 * person. Offsets are raw offsets into `text`, like the detector's.
 */
export function linkKnownPeople(
  text: string,
  entities: DetectedEntity[],
  known: ReadonlyMap<string, KnownPerson>,
): void {
  const present = new Set(entities.map((e) => e.id));
  const people = [...known.values()].filter((p) => !present.has(p.id));
  if (people.length === 0) return;
  const normalized = normalizeForMatching(text);
  if (!people.some((p) => normalized.text.includes(p.name))) return;

  const taken = entities.flatMap((entity) => entity.mentions.map((mention) => ({ entity, mention })));
  const yields = (t: { entity: DetectedEntity; mention: Mention }, span: Mention) =>
    (t.entity.type === 'city' || t.entity.type === 'region') &&
    t.mention.start >= span.start &&
    t.mention.end <= span.end &&
    t.mention.end - t.mention.start < span.end - span.start &&
    foldToSimplified(text.slice(t.mention.start, t.mention.end)) !== t.entity.name;

  people.sort((a, b) => b.name.length - a.name.length);
  for (const person of people) {
    const found: Mention[] = [];
    const name = person.name;
    for (let at = normalized.text.indexOf(name); at !== -1; at = normalized.text.indexOf(name, at + name.length)) {
      const span = { start: normalized.toRawStart(at), end: normalized.toRawEnd(at + name.length) };
      const overlapping = taken.filter((t) => t.mention.start < span.end && span.start < t.mention.end);
      if (!overlapping.every((t) => yields(t, span))) continue;
      for (const t of overlapping) {
        t.entity.mentions = t.entity.mentions.filter((m) => m !== t.mention);
        taken.splice(taken.indexOf(t), 1);
      }
      found.push(span);
    }
    if (found.length === 0) continue;
    const entity: DetectedEntity = {
      id: person.id,
      type: person.type,
      name,
      roles: [],
      mentions: found,
      evidence: person.evidence,
    };
    entities.push(entity);
    for (const mention of found) taken.push({ entity, mention });
  }
  for (let i = entities.length - 1; i >= 0; i--) if (entities[i]!.mentions.length === 0) entities.splice(i, 1);
}
