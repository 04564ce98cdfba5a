import { cardKnowledge, type CardKnowledgeRequest } from '../core/knowledge';
import { createDetector } from '../core/detection';
import type { DetectedEntity } from '../core/entity';
import type { KbEntry, KnowledgeBase } from '../core/knowledge';
import { searchEntities, type EntitySearchHit } from '../core/knowledge';
import { BackgroundTimings, epochNow, type KnowledgeLoadTiming } from './background-timings';
import { TextParts } from './detection-wire';
import {
  createReaderAwareDetector,
  EMPTY_READER_LAYER,
  type ReaderAwareDetector,
  type ReaderEntity,
  type ReaderLayer,
} from '../core/reader-layer';

/**
 * Longest text detected in one request, in UTF-16 code units (~48 MB of UTF-8 Chinese): a page
 * past this gets no highlights rather than a stalled background.
 */
export const MAX_DETECT_LENGTH = 16_000_000;

/**
 * The knowledge base and the detector, in the background: loaded on the first request and kept
 * for as long as the background lives (a browser session in Firefox; until Chrome stops an idle
 * service worker), so pages neither download nor parse it. Content scripts send an article's text
 * and get the entities back; cards ask for the few entries they show.
 */
export class KnowledgeService {
  private loading: Promise<{ kb: KnowledgeBase; detector: ReaderAwareDetector }> | undefined;
  /** The reader's layer as last read, and the detector with it (rebuilt when the layer changes). */
  private layered: Promise<{ layer: ReaderLayer; detector: ReaderAwareDetector }> | undefined;
  /** Texts pages send in parts, until their last part comes with the detect request. */
  readonly textParts = new TextParts(MAX_DETECT_LENGTH);
  /** How long the last load took (fetch + parse + build), for the benchmark. */
  loadMs: number | undefined;
  /** How long the last change of the reader's layer took to apply (read + small matcher), for the benchmark. */
  layerMs: number | undefined;

  constructor(
    /** Reads the knowledge base; may note its read and parse times in `timing`. */
    private readonly load: (timing: KnowledgeLoadTiming) => Promise<KnowledgeBase>,
    /** Reads the reader's own entities and corrections (from the store); none by default. */
    private readonly loadLayer: () => Promise<ReaderLayer> = async () => EMPTY_READER_LAYER,
    /** Where loads and detect requests are timed, for the benchmark (`kb:timings`). */
    readonly timings: BackgroundTimings = new BackgroundTimings(),
  ) {}

  /** Loads once; a failed load is tried again on the next request. */
  private ready(): Promise<{ kb: KnowledgeBase; detector: ReaderAwareDetector }> {
    if (!this.loading) {
      const started = performance.now();
      const timing = this.timings.loadStarted();
      this.loading = this.load(timing).then(
        (kb) => {
          const building = performance.now();
          const detector = createReaderAwareDetector(createDetector(kb), kb);
          const end = performance.now();
          timing.buildMs = end - building;
          timing.readyAt = epochNow();
          this.loadMs = end - started;
          return { kb, detector };
        },
        (error: unknown) => {
          this.loading = undefined;
          throw error;
        },
      );
    }
    return this.loading;
  }

  /**
   * The detector with the reader's current layer. Only the reader's small matcher is built here
   * (`withLayer`), never the knowledge base's: adding an entity costs milliseconds, not a reload.
   */
  private withReaderLayer(): Promise<{ layer: ReaderLayer; detector: ReaderAwareDetector }> {
    if (!this.layered) {
      const started = performance.now();
      this.layered = Promise.all([this.ready(), this.loadLayer()]).then(
        ([{ detector }, layer]) => {
          const layeredDetector = detector.withLayer(layer);
          this.layerMs = performance.now() - started;
          return { layer, detector: layeredDetector };
        },
        (error: unknown) => {
          this.layered = undefined;
          throw error;
        },
      );
    }
    return this.layered;
  }

  /** Starts loading now (e.g. when the background starts), so the first page does not wait for it. */
  warmUp(): void {
    this.withReaderLayer().catch(() => undefined);
  }

  /** The reader's layer changed in the store: the next request reads it again. */
  readerLayerChanged(): void {
    this.layered = undefined;
  }

  /**
   * The entities in `text`, with mention offsets into it; exactly the detector's fields, nothing
   * internal. The reader's layer applies; `url` (the page's) lets "not an entity here" corrections
   * of that article apply too.
   */
  async detect(text: string, url?: string): Promise<DetectedEntity[]> {
    if (text.length > MAX_DETECT_LENGTH) {
      throw new Error(
        `This page has too much text for District Lens (${text.length.toLocaleString('en')} characters).`,
      );
    }
    const receivedAt = epochNow();
    const { detector } = await this.withReaderLayer();
    const detecting = performance.now();
    const waitedMs = epochNow() - receivedAt;
    const entities = detector
      .detect(text, { url })
      .map(({ id, type, name, roles, mentions, evidence }) => ({ id, type, name, roles, mentions, evidence }));
    let mentions = 0;
    for (const entity of entities) mentions += entity.mentions.length;
    this.timings.detected(
      { chars: text.length, receivedAt, waitedMs, engineMs: performance.now() - detecting, mentions },
      entities,
    );
    return entities;
  }

  /** The knowledge-base entries a card needs (see cardKnowledge). */
  async cardEntries(request: CardKnowledgeRequest): Promise<KbEntry[]> {
    const { kb } = await this.ready();
    return cardKnowledge(kb, request);
  }

  /** The whole knowledge base (loaded once): for the background's own services, such as the map's. */
  async knowledgeBase(): Promise<KnowledgeBase> {
    return (await this.ready()).kb;
  }

  /** One of the reader's own entities, for its card; null when the reader deleted it. */
  async readerEntity(id: string): Promise<ReaderEntity | null> {
    const { layer } = await this.withReaderLayer();
    return layer.entities.find((e) => e.id === id) ?? null;
  }

  /** Entities whose name or another name contains `query`, for "Same as…" (see searchEntities). */
  async search(query: string, limit: number): Promise<EntitySearchHit[]> {
    const [{ kb }, { layer }] = await Promise.all([this.ready(), this.withReaderLayer()]);
    return searchEntities(kb, layer.entities, query, limit);
  }
}
