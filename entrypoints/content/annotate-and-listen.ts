import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { looksChinese } from '../../lib/core/chinese-text';
import { annotatePage } from '../../lib/dom/annotate-page';
import { clearHighlights, supportsHighlights } from '../../lib/dom/highlights';
import { HoverIntent } from '../../lib/dom/hover-intent';
import type { PlacedMention } from '../../lib/dom/mention-locator';
import { requestStore } from '../../lib/store/store-client';
import { mountHoverCard, type HoverCardUi } from './hover-card-ui';
import { loadDetector } from './load-detector';

/** Characters of body text sampled to decide whether the page is Chinese. */
const LANGUAGE_SAMPLE = 4000;

/**
 * The content script's work on one page: annotate the article, then open a card for the mention
 * under the pointer. Every listener and timer goes through `ctx`, so an extension reload leaves
 * nothing behind. Steps aside on non-Chinese pages and browsers without the Highlight API.
 */
export async function annotateAndListen(ctx: ContentScriptContext): Promise<void> {
  if (!supportsHighlights()) return;
  if (!looksChinese((document.body?.textContent ?? '').slice(0, LANGUAGE_SAMPLE))) return;

  const { kb, detector } = await loadDetector();
  if (ctx.isInvalid) return;
  const annotation = annotatePage(document, detector);
  ctx.onInvalidated(clearHighlights);

  // Lets the popup show what this tab holds.
  const answerPopup = (message: unknown, _sender: unknown, sendResponse: (reply: unknown) => void) => {
    if ((message as { type?: unknown } | null)?.type !== 'page:counts') return undefined;
    sendResponse(annotation.counts);
    return true;
  };
  browser.runtime.onMessage.addListener(answerPopup);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(answerPopup));

  // Listeners start now so a hover right after the highlights appear is not lost; the card's
  // shadow root (which loads its stylesheet) mounts meanwhile and is awaited on first open.
  let card: HoverCardUi | undefined;
  const cardReady = mountHoverCard(ctx).then((mounted) => (card = mounted));
  const intent = new HoverIntent<PlacedMention>({
    openDelay: 150,
    closeDelay: 300,
    timers: { setTimeout: (fn, ms) => ctx.setTimeout(fn, ms), clearTimeout: (id) => clearTimeout(id) },
    onOpen: (placed) =>
      void cardReady.then((card) => {
        if (intent.open !== placed) return; // closed again before the card finished mounting
        card.show({
          entity: placed.entity,
          kind: kb.byId.get(placed.entity.id)?.kind,
          range: placed.range,
          onSaveNote: async (body) => {
            await requestStore('notes:save', {
              note: {
                entityId: placed.entity.id,
                entityType: placed.entity.type,
                entityName: placed.entity.name,
                body,
                url: location.href,
                pageTitle: document.title,
                quote: placed.range.toString(),
              },
            });
          },
        });
      }),
    onClose: () => card?.hide(),
  });

  // Hit-test at most once per frame: pointermove fires far more often than the screen updates.
  // Whether the pointer is in the card is read during dispatch (composedPath is empty later).
  let lastMove: { x: number; y: number; inCard: boolean } | undefined;
  let frameQueued = false;
  ctx.addEventListener(document, 'pointermove', (event: PointerEvent) => {
    lastMove = { x: event.clientX, y: event.clientY, inCard: card?.contains(event) ?? false };
    if (frameQueued) return;
    frameQueued = true;
    ctx.requestAnimationFrame(() => {
      frameQueued = false;
      if (!lastMove) return;
      if (lastMove.inCard) intent.pointerInCard();
      else intent.pointerOver(annotation.locator.mentionAtPoint(lastMove.x, lastMove.y));
    });
  });
  ctx.addEventListener(document, 'keydown', (event: KeyboardEvent) => {
    if (event.key === 'Escape') intent.close();
  });
}
