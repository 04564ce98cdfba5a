import { autoUpdate, computePosition, flip, offset, shift, size, type VirtualElement } from '@floating-ui/dom';
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createCardLookups } from '../../components/card/kb-lookups';
import type { CardNotePlace } from '../../components/card/NotesSection';
import { AddEntityDialog, type AddEntityDialogProps } from '../../components/AddEntityDialog';
import { EntityCard } from '../../components/EntityCard';
import type { ArticleEvent, IsoDate } from '../../lib/core/brief';
import type { QuoteAnchor } from '../../lib/core/notes';
import type { DetectedEntity } from '../../lib/core/entity';
import type { KnowledgeBase } from '../../lib/core/knowledge';
import { mountShadowHost } from './mount-shadow-host';

/** What to show in the card and where: everything the controller passes to `show()`. */
export interface HoverCardContent {
  /** The entity; `mentions` may be empty for a place opened from another card but not in the article. */
  entity: DetectedEntity;
  /** The mention the card points at (or, for an entity not in the article, where to put the card). */
  range: Range;
  /** Which of `entity.mentions` `range` is (0-based). */
  mentionIndex: number;
  /** The knowledge base: the card looks up the entry, its parents, location and regions in it. */
  kb: KnowledgeBase;
  /** Every entity found on the page: decides which same-named place an official's organisation means. */
  articleEntities: readonly DetectedEntity[];
  /**
   * Previous (-1) / next (1) mention of this entity, wrapping around at the ends. The controller
   * scrolls to it and calls `show()` again with the new `range` and `mentionIndex`; for the same
   * entity the card keeps its state (a draft, an edit, the focus).
   */
  onJump: (delta: -1 | 1) => void;
  /** Opens the card of a knowledge-base entry (`city:330000`, `platform:ciie`, `region:yrd`). */
  onOpenEntity: (id: string) => void;
  /** The card was opened from the keyboard: focus moves to its first focusable element. */
  autoFocus?: boolean;
  /** The page notes record; default `location.href` and `document.title`. */
  page?: { url: string; title: string };
  /** The mention's text as the page shows it; default `range.toString()`. */
  quote?: string;
  /** The anchor a new note on this mention gets; null or absent: notes are about the entity. */
  noteAnchor?: QuoteAnchor | null;
  /** Where this article's notes on the entity sit relative to the mention (see EntityCardProps). */
  notePlaces?: ReadonlyMap<string, CardNotePlace>;
  /** Called after the reader added, edited, deleted or restored a note. */
  onNotesChanged?: () => void;
  /** The article's events (its brief): the card lists the entity's own. */
  events?: readonly ArticleEvent[];
  articleDate?: IsoDate;
  /** Goes to an event's sentence (scroll and flash). */
  onGoToEvent?: (event: ArticleEvent) => void;
}

/** The mounted card: show it next to a mention, hide it, and tell whether an event came from it. */
export interface HoverCardUi {
  show(content: HoverCardContent): void;
  /** Shows "Add to District Lens as…" in the card's place (top right of the window) instead of a card. */
  showAddEntity(props: AddEntityDialogProps): void;
  hide(): void;
  contains(event: Event): boolean;
}

/** The card never gets shorter than this, in CSS pixels, even when little room is left. */
const MIN_CARD_HEIGHT = 180;

function anchorFor(range: Range): VirtualElement {
  return {
    getBoundingClientRect: () => range.getBoundingClientRect(),
    getClientRects: () => range.getClientRects(),
    contextElement: range.startContainer.parentElement ?? undefined,
  };
}

/**
 * Mounts the card's shadow root (styles isolated both ways) at the end of `<body>` and returns
 * controls for it. The card is placed with floating-ui next to the mention and follows it on
 * scroll and resize; `ctx` removes everything when the extension reloads.
 */
export async function mountHoverCard(ctx: ContentScriptContext): Promise<HoverCardUi> {
  let stopFollowing: (() => void) | undefined;
  const { container, host } = await mountShadowHost(ctx, 'district-lens-card', () => stopFollowing?.());

  function hide() {
    stopFollowing?.();
    stopFollowing = undefined;
    render(null, container);
  }

  return {
    show(content) {
      const { entity, range } = content;
      const page = content.page ?? { url: location.href, title: document.title };
      const quote = content.quote ?? range.toString();
      stopFollowing?.();
      // Same entity (previous/next): re-rendered in place, so drafts and focus survive.
      render(
        <EntityCard
          key={entity.id}
          entity={entity}
          mentionIndex={content.mentionIndex}
          {...createCardLookups(content.kb, content.articleEntities)}
          onJump={content.onJump}
          onOpenEntity={content.onOpenEntity}
          autoFocus={content.autoFocus}
          page={page}
          quote={quote}
          noteAnchor={content.noteAnchor}
          notePlaces={content.notePlaces}
          onNotesChanged={content.onNotesChanged}
          events={content.events}
          articleDate={content.articleDate}
          onGoToEvent={content.onGoToEvent}
        />,
        container,
      );
      const card = container.firstElementChild as HTMLElement | null;
      if (!card) return;
      const anchor = anchorFor(range);
      stopFollowing = autoUpdate(anchor, card, () => {
        void computePosition(anchor, card, {
          strategy: 'fixed',
          placement: 'bottom-start',
          middleware: [
            offset(6),
            flip({ padding: 8 }),
            shift({ padding: 8 }),
            // A long list of notes scrolls inside the card instead of running off the screen.
            size({
              padding: 8,
              apply({ availableHeight, elements }) {
                elements.floating.style.maxHeight = `${Math.max(MIN_CARD_HEIGHT, availableHeight)}px`;
              },
            }),
          ],
        }).then(({ x, y }) => {
          card.style.left = `${x}px`;
          card.style.top = `${y}px`;
        });
      });
    },
    showAddEntity(props) {
      stopFollowing?.();
      stopFollowing = undefined;
      render(<AddEntityDialog {...props} />, container);
    },
    hide,
    contains(event) {
      return event.composedPath().includes(host);
    },
  };
}
