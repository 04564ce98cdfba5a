import { cardKnowledge, type CardKnowledgeRequest } from '../core/card-knowledge';
import { createDetector, type Detector } from '../core/detect';
import type { DetectedEntity } from '../core/entity';
import type { KbEntry, KnowledgeBase } from '../core/knowledge-base';

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
  private loading: Promise<{ kb: KnowledgeBase; detector: Detector }> | undefined;
  /** How long the last load took (fetch + parse + build), for the benchmark. */
  loadMs: number | undefined;

  constructor(private readonly load: () => Promise<KnowledgeBase>) {}

  /** Loads once; a failed load is tried again on the next request. */
  private ready(): Promise<{ kb: KnowledgeBase; detector: Detector }> {
    if (!this.loading) {
      const started = performance.now();
      this.loading = this.load().then(
        (kb) => {
          const detector = createDetector(kb);
          this.loadMs = performance.now() - started;
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

  /** Starts loading now (e.g. when the background starts), so the first page does not wait for it. */
  warmUp(): void {
    this.ready().catch(() => undefined);
  }

  /** The entities in `text`, with mention offsets into it; exactly the detector's fields, nothing internal. */
  async detect(text: string): Promise<DetectedEntity[]> {
    if (text.length > MAX_DETECT_LENGTH) {
      throw new Error(
        `This page has too much text for District Lens (${text.length.toLocaleString('en')} characters).`,
      );
    }
    const { detector } = await this.ready();
    return detector.detect(text).map(({ id, type, name, roles, mentions }) => ({ id, type, name, roles, mentions }));
  }

  /** The knowledge-base entries a card needs (see cardKnowledge). */
  async cardEntries(request: CardKnowledgeRequest): Promise<KbEntry[]> {
    const { kb } = await this.ready();
    return cardKnowledge(kb, request);
  }
}
