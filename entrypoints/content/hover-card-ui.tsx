import { autoUpdate, computePosition, flip, offset, shift, type VirtualElement } from '@floating-ui/dom';
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { EntityCard } from '../../components/EntityCard';
import type { DetectedEntity } from '../../lib/core/entity';
import { EXTENSION_HOST_ATTRIBUTE } from '../../lib/dom/skipped-elements';

/** What to show in the card and where. */
export interface HoverCardContent {
  entity: DetectedEntity;
  kind?: string;
  /** The mention the card points at. */
  range: Range;
  onSaveNote: (body: string) => Promise<void>;
}

/** The mounted card: show it next to a mention, hide it, and tell whether an event came from it. */
export interface HoverCardUi {
  show(content: HoverCardContent): void;
  hide(): void;
  contains(event: Event): boolean;
}

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
  let container: HTMLElement | undefined;
  let stopFollowing: (() => void) | undefined;

  const ui = await createShadowRootUi(ctx, {
    name: 'district-lens-card',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    onMount(uiContainer, _shadow, host) {
      host.setAttribute(EXTENSION_HOST_ATTRIBUTE, '');
      container = uiContainer;
    },
    onRemove() {
      stopFollowing?.();
      if (container) render(null, container);
    },
  });
  ui.mount();

  function hide() {
    stopFollowing?.();
    stopFollowing = undefined;
    if (container) render(null, container);
  }

  return {
    show({ entity, kind, range, onSaveNote }) {
      if (!container) return;
      hide();
      render(<EntityCard key={entity.id} entity={entity} kind={kind} onSaveNote={onSaveNote} />, container);
      const card = container.firstElementChild as HTMLElement | null;
      if (!card) return;
      const anchor = anchorFor(range);
      stopFollowing = autoUpdate(anchor, card, () => {
        void computePosition(anchor, card, {
          strategy: 'fixed',
          placement: 'bottom-start',
          middleware: [offset(6), flip(), shift({ padding: 8 })],
        }).then(({ x, y }) => {
          card.style.left = `${x}px`;
          card.style.top = `${y}px`;
        });
      });
    },
    hide,
    contains(event) {
      return event.composedPath().includes(ui.shadowHost);
    },
  };
}
