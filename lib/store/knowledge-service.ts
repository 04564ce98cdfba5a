import { cardKnowledge, type CardKnowledgeRequest } from '../core/knowledge';
import { buildDetectorTables, detectorOver, type DetectorTables } from '../core/detection';
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
 * A short text naming a few places, platforms and an official: detected once after the detector
 * loads so that the first page after a start does not pay for the engine's first, unoptimised run.
 */
export const WARM_UP_TEXT =
  '座谈会上，宁波市长裘东耀指出：对接大虹桥，积极参与进博会。慈溪、余姚与苏宿园区、南京江北新区签约，' +
  '临港新片区管委会副主任张伟出席。沪苏浙皖共推长三角一体化，浦东新区、前海合作区代表参加。';

/** How the service reads the detector's prebuilt tables; may note its read and decode times in `timing`. */
export type DetectorTablesLoader = (timing: KnowledgeLoadTiming) => Promise<DetectorTables>;

/**
 * The knowledge base and the detector, in the background: loaded on the first request (or at the
 * start, see {@link warmUp}) and kept for as long as the background lives (a browser session in
 * Firefox; until Chrome stops an idle service worker), so pages neither download nor parse it.
 * Content scripts send an article's text and get the entities back; cards ask for the few entries
 * they show. The detector is made over its prebuilt tables when a loader for them is given (a
 * binary read in milliseconds); the whole knowledge base, which cards, search and the map need,
 * is then read only on their first request.
 */
export class KnowledgeService {
  private loadingKnowledge: Promise<KnowledgeBase> | undefined;
  private loadingDetector: Promise<ReaderAwareDetector> | undefined;
  /** The reader's layer as last read, and the detector with it (rebuilt when the layer changes). */
  private layered: Promise<{ layer: ReaderLayer; detector: ReaderAwareDetector }> | undefined;
  /** Texts pages send in parts, until their last part comes with the detect request. */
  readonly textParts = new TextParts(MAX_DETECT_LENGTH);
  /** How long the last load of the detector took (read + decode or parse + build), for the benchmark. */
  loadMs: number | undefined;
  /** How long the last change of the reader's layer took to apply (read + small matcher), for the benchmark. */
  layerMs: number | undefined;

  constructor(
    /** Reads the whole knowledge base; may note its read and parse times in `timing` when the detector is built from it. */
    private readonly load: (timing: KnowledgeLoadTiming) => Promise<KnowledgeBase>,
    /** Reads the reader's own entities and corrections (from the store); none by default. */
    private readonly loadLayer: () => Promise<ReaderLayer> = async () => EMPTY_READER_LAYER,
    /** Where loads and detect requests are timed, for the benchmark (`kb:timings`). */
    readonly timings: BackgroundTimings = new BackgroundTimings(),
    /** Reads the detector's prebuilt tables; without it the detector is built from the whole knowledge base. */
    private readonly loadTables?: DetectorTablesLoader,
  ) {}

  /** The whole knowledge base, loaded once; a failed load is tried again on the next request. */
  private knowledge(timing?: KnowledgeLoadTiming): Promise<KnowledgeBase> {
    if (!this.loadingKnowledge) {
      // Read for cards, search or the map (not for the detector): its times go to a record of its own.
      const record = timing ?? { backgroundStartedAt: this.timings.backgroundStartedAt, loadStartedAt: epochNow() };
      this.loadingKnowledge = this.load(record).catch((error: unknown) => {
        this.loadingKnowledge = undefined;
        throw error;
      });
    }
    return this.loadingKnowledge;
  }

  /** The detector, loaded once; a failed load is tried again on the next request. */
  private detector(): Promise<ReaderAwareDetector> {
    if (!this.loadingDetector) {
      const started = performance.now();
      const timing = this.timings.loadStarted();
      const loadTables = this.loadTables;
      const tables = loadTables
        ? loadTables(timing).then((t) => ({ tables: t, buildStarted: performance.now() }))
        : this.knowledge(timing).then((kb) => {
            const buildStarted = performance.now();
            return { tables: buildDetectorTables(kb), buildStarted };
          });
      this.loadingDetector = tables.then(
        ({ tables: built, buildStarted }) => {
          const detector = createReaderAwareDetector(detectorOver(built), built.platformNames.kb);
          const end = performance.now();
          timing.buildMs = end - buildStarted;
          timing.readyAt = epochNow();
          this.loadMs = end - started;
          return detector;
        },
        (error: unknown) => {
          this.loadingDetector = undefined;
          throw error;
        },
      );
    }
    return this.loadingDetector;
  }

  /**
   * The detector with the reader's current layer. Only the reader's small matcher is built here
   * (`withLayer`), never the knowledge base's: adding an entity costs milliseconds, not a reload.
   */
  private withReaderLayer(): Promise<{ layer: ReaderLayer; detector: ReaderAwareDetector }> {
    if (!this.layered) {
      const started = performance.now();
      this.layered = Promise.all([this.detector(), this.loadLayer()]).then(
        ([detector, layer]) => {
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

  /**
   * Starts loading now (e.g. when the background starts), so the first page does not wait for it,
   * and detects {@link WARM_UP_TEXT} once as soon as the detector is ready, so that the first
   * page's detection runs on warm code. Resolves when the reader's layer is read too; never
   * rejects (a failed load is tried again by the next request).
   */
  async warmUp(): Promise<void> {
    // The layer's read starts now as well: it is the database's open and read, which the browser
    // does off this thread, while the warm-up detection keeps this thread busy. Warming the layered
    // detector instead would leave the engine idle until the database answered, then run the
    // warm-up in front of the page's own request.
    const layered = this.withReaderLayer();
    try {
      (await this.detector()).detect(WARM_UP_TEXT);
      if (this.timings.load) this.timings.load.warmedUpAt = epochNow();
      await layered;
    } catch {
      // The next request loads again and reports the error.
    }
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
    return cardKnowledge(await this.knowledge(), request);
  }

  /** The whole knowledge base (loaded once): for the background's own services, such as the map's. */
  knowledgeBase(): Promise<KnowledgeBase> {
    return this.knowledge();
  }

  /** One of the reader's own entities, for its card; null when the reader deleted it. */
  async readerEntity(id: string): Promise<ReaderEntity | null> {
    const { layer } = await this.withReaderLayer();
    return layer.entities.find((e) => e.id === id) ?? null;
  }

  /** Entities whose name or another name contains `query`, for "Same as…" (see searchEntities). */
  async search(query: string, limit: number): Promise<EntitySearchHit[]> {
    const [kb, { layer }] = await Promise.all([this.knowledge(), this.withReaderLayer()]);
    return searchEntities(kb, layer.entities, query, limit);
  }
}
