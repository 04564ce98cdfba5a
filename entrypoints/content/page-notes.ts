import type { CardNotePlace } from '../../components/card/NotesSection';
import type { QuoteAnchor } from '../../lib/core/notes';
import { formatRole } from '../../lib/core/entity';
import type { Note } from '../../lib/core/notes';
import { MAX_VISIT_ENTITIES, type ArticleVisit } from '../../lib/core/notes';
import { createMentionAnchorer, type MentionAnchorer } from '../../lib/dom/anchor-mention';
import { paintNotedHighlights } from '../../lib/dom/highlights';
import type { Timers } from '../../lib/dom/hover-intent';
import type { PlacedMention } from '../../lib/dom/mention-locator';
import { placeNotes, type NotePlace, type NotePlacement } from '../../lib/dom/note-placement';
import type { PageAnnotation } from '../../lib/dom/page-annotator';
import { buildTextIndex } from '../../lib/dom/text-index';
import type { PageBriefReader } from './page-brief';
import { MAX_ARTICLE_EVENTS, toStoredEvent } from '../../lib/core/brief';
import { articleUrl } from '../../lib/store/article-url';
import { requestStore } from '../../lib/store/store-client';

/** The reader's visit is recorded this long after the page stops changing, in milliseconds. */
export const VISIT_DELAY_MS = 2000;

/** The page's `<link rel=canonical>` when it is a web address, else the page address. */
function canonicalUrl(): string {
  const href = document.querySelector<HTMLLinkElement>('link[rel~="canonical" i]')?.href ?? '';
  return /^https?:/iu.test(href) ? href : location.href;
}

/**
 * The notes side of the page: keeps the reader's notes, re-attaches this article's notes to
 * their mentions after every annotation change (orphans when their quote is gone), paints the
 * noted marker, describes the anchor of a new note, and records the visit (which entities the
 * article mentions, with a sentence each, and the article's date and events) once the page settles. Talks to the background store.
 */
export class PageNotes {
  private notes: Note[] = [];
  private annotation: PageAnnotation | undefined;
  private anchorer: { annotation: PageAnnotation; anchorer: MentionAnchorer } | undefined;
  private placement: NotePlacement = { places: new Map(), noted: new Set(), orphans: [] };
  private visitTimer: ReturnType<Timers['setTimeout']> | undefined;
  private lastVisitKey = '';

  constructor(
    private readonly timers: Timers,
    /** The sentence of an entity's first mention (PageAnnotator.firstMentionOf + sentenceOf): visits record it without reading the page again. */
    private readonly firstSentenceOf: (entityId: string) => string,
    /** False in a frame: the reading history records the articles the reader opened, i.e. top documents. */
    private readonly recordsVisits = true,
    /** The page's brief (date and events), recorded with the visit: read in slices, without a long task. */
    private readonly briefOf?: PageBriefReader,
  ) {}

  /** Re-places the notes on a new annotation and schedules recording the visit. */
  update(annotation: PageAnnotation): void {
    this.annotation = annotation;
    this.place();
    if (this.visitTimer !== undefined) this.timers.clearTimeout(this.visitTimer);
    if (!this.recordsVisits) return;
    this.visitTimer = this.timers.setTimeout(() => {
      this.visitTimer = undefined;
      void this.recordVisit();
    }, VISIT_DELAY_MS);
  }

  /** Re-reads the reader's notes from the store, then re-places them. Store errors leave the old ones. */
  async refresh(): Promise<void> {
    try {
      this.notes = await requestStore('notes:for-page', { url: location.href });
    } catch {
      return; // the card shows store errors; the marker is only a hint
    }
    this.place();
  }

  /** Stops pending work and removes the noted marker. */
  stop(): void {
    if (this.visitTimer !== undefined) this.timers.clearTimeout(this.visitTimer);
    this.visitTimer = undefined;
    this.annotation = undefined;
    this.anchorer = undefined;
    paintNotedHighlights([]);
  }

  /** The anchor a note saved on `placed` gets, or null when its text left the page. */
  anchorFor(placed: PlacedMention): QuoteAnchor | null {
    return this.currentAnchorer()?.describe(placed) ?? null;
  }

  /** Where the notes of `placed`'s entity sit relative to `placed`, by note id (notes of other pages absent). */
  placesFor(placed: PlacedMention): Map<string, CardNotePlace> {
    const out = new Map<string, CardNotePlace>();
    for (const note of this.notes) {
      if (note.entityId !== placed.entity.id) continue;
      const place = this.placement.places.get(note.id);
      if (place?.kind === 'orphan') out.set(note.id, 'orphan');
      else if (place?.kind === 'attached') out.set(note.id, place.at.placed === placed ? 'here' : 'page');
      else if (place?.kind === 'quote-only') out.set(note.id, 'page');
    }
    return out;
  }

  /** Where one note sits on this page now; undefined when the store does not have it (yet). */
  placeOf(noteId: string): NotePlace | undefined {
    return this.placement.places.get(noteId);
  }

  /** Adds a note the store just handed over (e.g. opened from the library) and places it. */
  include(note: Note): void {
    this.notes = [...this.notes.filter((n) => n.id !== note.id), note];
    this.place();
  }

  private currentAnchorer(): MentionAnchorer | undefined {
    const annotation = this.annotation;
    if (!annotation) return undefined;
    if (this.anchorer?.annotation !== annotation) {
      // One text over every scanned root: the article root, or <body> when several were read. The
      // annotator's own read of a whole root is that text already (no second walk of the page).
      const index =
        annotation.roots.length > 1
          ? buildTextIndex(document.body ?? annotation.root)
          : (annotation.rootIndex ?? buildTextIndex(annotation.root));
      this.anchorer = { annotation, anchorer: createMentionAnchorer(index, annotation.locator.mentions) };
    }
    return this.anchorer.anchorer;
  }

  private place(): void {
    const annotation = this.annotation;
    if (!annotation) return;
    // The anchorer reads the whole article: placeNotes asks for it only when a note needs it.
    const anchorer = () => this.currentAnchorer()!;
    this.placement = placeNotes(anchorer, annotation.locator.mentions, this.notes, location.href);
    paintNotedHighlights(this.placement.noted);
  }

  private async recordVisit(): Promise<void> {
    const annotation = this.annotation;
    if (!annotation || annotation.entities.length === 0 || !/^https?:/u.test(location.protocol)) return;
    const entities: ArticleVisit['entities'] = [];
    for (const entity of annotation.entities.slice(0, MAX_VISIT_ENTITIES)) {
      entities.push({
        id: entity.id,
        type: entity.type,
        name: entity.name,
        sentence: this.firstSentenceOf(entity.id),
        roles: entity.roles.map(formatRole),
      });
    }
    const visit: ArticleVisit = { url: location.href, canonicalUrl: canonicalUrl(), title: document.title, entities };
    if (this.briefOf) {
      const brief = await this.briefOf.settled(annotation, {
        timers: this.timers,
        isCurrent: () => this.annotation === annotation,
      });
      // The page was annotated again (or the script stopped) meanwhile: the newer annotation's
      // visit is recorded after it, this one is dropped.
      if (!brief || this.annotation !== annotation) return;
      if (brief.date) visit.date = brief.date.date;
      visit.events = brief.events.slice(0, MAX_ARTICLE_EVENTS).map((e) => toStoredEvent(e, brief.index.text));
    }
    // A page that re-renders without changing what it mentions is not recorded again.
    const key = `${articleUrl(visit.url)}\n${visit.title}\n${visit.date ?? ''}\n${visit.events?.length ?? 0}\n${entities.map((e) => `${e.id}:${e.roles.join(',')}`).join('\n')}`;
    if (key === this.lastVisitKey) return;
    this.lastVisitKey = key;
    await requestStore('articles:visit', { visit }).catch(() => undefined);
  }
}

/** Asks the background whether this tab was opened for a note, once. */
export async function takePendingNote(): Promise<Note | null> {
  try {
    return await requestStore('notes:take-pending-focus', {});
  } catch {
    return null;
  }
}
