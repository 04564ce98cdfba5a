import { isAnnotatableFrame } from '../../lib/dom/frame-origin';
import { watchReaderLayerVersion } from '../../lib/store/reader-layer-version';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { looksChinese } from '../../lib/core/normalize';
import type { DetectedEntity, EntityType } from '../../lib/core/entity';
import { flashMention, scrollToMention } from '../../lib/dom/flash-mention';
import { clearHighlights, supportsHighlights } from '../../lib/dom/highlights';
import { HoverIntent, type Timers } from '../../lib/dom/hover-intent';
import type { PlacedMention } from '../../lib/dom/mention-locator';
import { sampleText } from '../../lib/dom/text-sample';
import { PageAnnotator, type PageAnnotation, type TextDetector } from '../../lib/dom/page-annotator';
import { ENTITIES_CHANGED, isPageCommand, type PageBriefReply } from '../../lib/store/page-commands';
import { requestStore } from '../../lib/store/store-client';
import { epochNow } from '../../lib/store/background-timings';
import { requestDetection, type DetectSendCost } from '../../lib/store/detect-client';
import { pageSettings, watchScanScope, watchSiteEnabled } from '../../lib/store/site-settings';
import { earlyPageSettingsSettled, takeEarlyPageSettings } from '../../lib/store/early-page-settings';
import { pushedPageSettings } from '../../lib/store/pushed-page-settings';
import type { EntityPanelUi } from './entity-panel-ui';
import type { HoverCardUi } from './hover-card-ui';
import { whenPageUi } from './page-ui';
import { CardKnowledgeClient } from './card-knowledge-client';
import { PageNotes, takePendingNote } from './page-notes';
import { createPageBriefReader } from './page-brief';
import type { ArticleEvent } from '../../lib/core/brief';
import { PerformanceLog } from './page-performance';
import { canRunAheadOfPage, nextTask, taskQueue } from './next-task';

/** Placing mentions yields to the page after this long (ms): no long task on a huge article. */
const PLACE_SLICE_MS = 12;

/** Characters of body text sampled to decide whether the page is Chinese. */
const LANGUAGE_SAMPLE = 4000;

/** True when the reader is typing somewhere: page shortcuts must not fire then. */
function isTyping(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  if (!element?.tagName) return false;
  return element.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/u.test(element.tagName);
}

/**
 * The content script's work on one page: annotate the article (and what the page adds later),
 * open a card for the mention under the pointer or chosen by keyboard, show the entity panel, and
 * follow the reader's switches. Every listener and timer goes through `ctx`, so an extension
 * reload leaves nothing behind. Steps aside on non-Chinese pages and browsers without the
 * CSS Custom Highlight API.
 */
export async function annotateAndListen(ctx: ContentScriptContext): Promise<void> {
  const performanceLog = new PerformanceLog();
  if (!supportsHighlights() || !isAnnotatableFrame(window)) return;
  if (!document.body || !looksChinese(sampleText(document.body, LANGUAGE_SAMPLE))) return;

  const site = location.hostname;
  // Read since document_start by the early script when it ran (see early-settings.content.ts).
  const settingsReading = performance.now();
  // Firefox: pushed by the background with the page's first script, there at once.
  const pushed = pushedPageSettings(site);
  const readAlready = pushed !== undefined || earlyPageSettingsSettled(site);
  const { scope, enabled: siteEnabled } = pushed ?? (await takeEarlyPageSettings(site)) ?? (await pageSettings(site));
  performanceLog.data.settingsMs = performance.now() - settingsReading;
  // When the settings were there already (read early, or pushed), the scan (article root, text
  // index, the detect request) would run in the task that evaluated this script; where a task can
  // go ahead of the page's (scheduler.postTask), it gets one of its own. Elsewhere (Firefox ESR) a
  // new task waited 10–50 ms behind the page's first style, layout and load, so the scan starts at
  // once: its first slice is at most PLACE_SLICE_MS, and the detect request leaves before the page's
  // layout. A read still on its way comes back in a task of its own anyway.
  if (readAlready && canRunAheadOfPage()) await nextTask(ctx);
  // On a site the reader switched off nothing is read until they switch it back on: the content
  // script runs on every page and must cost nothing there.
  if (!siteEnabled) {
    await new Promise<void>((resolve) => {
      const stop = watchSiteEnabled(site, (enabled) => {
        if (!enabled) return;
        stop();
        resolve();
      });
      ctx.onInvalidated(stop);
    });
  }
  if (ctx.isInvalid) return;
  // The knowledge base and the detector live in the background, loaded once per session: the
  // page sends its text and places what comes back.
  // The page's address goes along: the reader's "not an entity here" corrections are per article.
  // Each round trip is timed (the benchmark splits it with the background's own times).
  const detector: TextDetector = {
    detect: async (text) => {
      const sentAt = epochNow();
      const cost: DetectSendCost = { sendMs: 0, sendsAt: [] };
      // A long text's parts go in tasks ahead of the page's queued work: behind zero-delay timers
      // they waited for a 1 MB page's first layout (11–12 ms of the 1 MB page's ~40 ms send in
      // Chromium, loaded machine; 0.6–4 ms this way).
      const entities = await requestDetection(text, location.href, cost, () => nextTask(ctx));
      performanceLog.detected({
        chars: text.length,
        sentAt,
        sendMs: cost.sendMs,
        ...(cost.queuedMs === undefined ? {} : { queuedMs: cost.queuedMs }),
        sendsAt: cost.sendsAt ?? [],
        receivedAt: epochNow(),
      });
      return entities;
    },
  };
  const cardKnowledge = new CardKnowledgeClient();

  const timers: Timers = {
    setTimeout: (fn, ms) => ctx.setTimeout(fn, ms),
    clearTimeout: (id) => clearTimeout(id),
    queueTask: taskQueue(ctx),
  };
  let card: HoverCardUi | undefined;
  let panel: EntityPanelUi | undefined;
  let running = false;
  // A same-origin frame gets highlights and cards; the reading history and a note opened from
  // the library belong to the tab's top document.
  const topFrame = window.top === window;
  const briefOf = createPageBriefReader(document);
  const notes = new PageNotes(
    timers,
    (entityId) => {
      const first = annotator.firstMentionOf(entityId);
      return first ? annotator.sentenceOf(first) : '';
    },
    topFrame,
    briefOf,
  );
  /** Whether this tab still has to ask for a note the reader opened from the library. */
  let pendingNoteAsked = !topFrame;

  const annotator = new PageAnnotator(document, detector, {
    scope,
    timers,
    onChange: onAnnotationChange,
    onTiming: (timing) => performanceLog.timing(timing),
    // Placing a huge article's mentions gives the page the thread back every few milliseconds.
    sliceMs: PLACE_SLICE_MS,
    onError: (error) => console.warn('District Lens:', error instanceof Error ? error.message : error),
  });

  function onAnnotationChange(annotation: PageAnnotation) {
    scheduleUi();
    cardKnowledge.clear();
    notes.update(annotation);
    // A note opened from the library can only be found once the page is annotated.
    if (!pendingNoteAsked) void goToPendingNote();
    const open = intent.open;
    if (open && !annotation.locator.mentions.includes(open)) intent.close();
    if (panel?.open) showPanel();
    if (pendingStep !== undefined && running) {
      const delta = pendingStep;
      pendingStep = undefined;
      stepMention(delta);
    }
    // Tell the browser's side panel, if open; nobody listening is fine.
    browser.runtime.sendMessage({ type: ENTITIES_CHANGED }).catch(() => undefined);
  }

  /** Re-reads the reader's notes, re-attaches them and marks their mentions. */
  async function refreshNotes() {
    await notes.refresh();
    if (!running) notes.stop();
  }

  /**
   * Once per tab: when the reader opened this page from the notes library, goes to the note's
   * mention (or, for an orphan or a note on the entity, to the entity's first mention) and opens
   * its card.
   */
  async function goToPendingNote() {
    if (pendingNoteAsked) return;
    pendingNoteAsked = true;
    const note = await takePendingNote();
    if (!note || !running) return;
    notes.include(note);
    const place = notes.placeOf(note.id);
    const target =
      place?.kind === 'attached' ? place.at.placed : annotator.annotation.locator.mentionsOf(note.entityId)[0];
    if (target) goTo(target, true);
  }

  function start() {
    if (running) return;
    running = true;
    annotator.start();
    // The notes come after the scan has sent its text, in a task of their own.
    timers.setTimeout(() => {
      if (running) void refreshNotes();
    }, 0);
  }
  function stop() {
    if (!running) return;
    running = false;
    intent.close();
    panel?.hide();
    annotator.stop();
    notes.stop();
  }

  // Cards and the panel mount in their own shadow roots once the first highlights are painted
  // (or at once when needed sooner): creating them (a stylesheet read, two shadow roots, Preact)
  // cost the page's thread tens of milliseconds before its first highlight. Their code comes with
  // the UI script (page-ui.ts), which the background injects when whenPageUi first asks.
  let cardMounting: Promise<HoverCardUi> | undefined;
  let panelMounting: Promise<EntityPanelUi> | undefined;
  const cardReady = () => (cardMounting ??= whenPageUi().then(async (ui) => (card = await ui.mountHoverCard(ctx))));
  const panelReady = () =>
    (panelMounting ??= whenPageUi().then(async (ui) => (panel = await ui.mountEntityPanel(ctx))));
  let uiScheduled = false;
  /**
   * Asks for the UI script after the first annotation (in a task of its own: its highlights are
   * placed by then), then mounts the card and the panel, each in a task of its own, so the first
   * hover finds the card ready. A timer, not the next animation frame: a frame the browser does
   * not render (an iframe out of view) gets no animation frame and would never get its card.
   */
  function scheduleUi() {
    if (uiScheduled) return;
    uiScheduled = true;
    ctx.setTimeout(
      () =>
        void whenPageUi().then(() =>
          ctx.setTimeout(() => {
            void cardReady();
            ctx.setTimeout(() => void panelReady(), 0);
          }, 0),
        ),
      0,
    );
  }
  let returnFocusTo: HTMLElement | null = null;
  let openedByKeyboard = false;
  /** "Add to District Lens as…" is open in the card's place: hovering names does not replace it. */
  let addingEntity = false;

  /** Opens "Add to District Lens as…" for `text` (default: what the reader selected). */
  function openAddEntity(text?: string, type?: EntityType) {
    const selection = text ?? window.getSelection()?.toString() ?? '';
    intent.close();
    addingEntity = true;
    if (!returnFocusTo) returnFocusTo = document.activeElement as HTMLElement | null;
    void cardReady().then((mounted) =>
      mounted.showAddEntity({
        selection,
        type,
        onClose: () => {
          addingEntity = false;
          mounted.hide();
          returnFocusTo?.focus?.();
          returnFocusTo = null;
        },
      }),
    );
  }

  function showCard(placed: PlacedMention) {
    const knowledge = cardKnowledge.forEntity(placed.entity, annotator.annotation.entities);
    void Promise.all([cardReady(), knowledge]).then(([mounted, kb]) => {
      if (intent.open !== placed) return; // closed again before the card was ready
      const mentions = annotator.annotation.locator.mentionsOf(placed.entity.id);
      mounted.show({
        entity: placed.entity,
        range: placed.range,
        mentionIndex: Math.max(0, mentions.indexOf(placed)),
        kb,
        articleEntities: annotator.annotation.entities,
        autoFocus: openedByKeyboard,
        onJump: (delta) => {
          const all = annotator.annotation.locator.mentionsOf(placed.entity.id);
          const next = all[(all.indexOf(placed) + delta + all.length) % all.length];
          if (next) goTo(next, openedByKeyboard);
        },
        onOpenEntity: (id) => void openEntity(id, placed),
        // A card opened for an entity not in the article sits on another mention: notes there are about the entity.
        noteAnchor: annotator.annotation.locator.mentions.includes(placed) ? notes.anchorFor(placed) : null,
        notePlaces: notes.placesFor(placed),
        onNotesChanged: () => void refreshNotes(),
        ...briefForCard(),
      });
    });
  }

  /** Opens the card of a knowledge-base entry: at its first mention here, or beside the current one. */
  async function openEntity(id: string, from: PlacedMention) {
    const [first] = annotator.annotation.locator.mentionsOf(id);
    if (first) {
      goTo(first, openedByKeyboard);
      return;
    }
    const kb = await cardKnowledge.forEntity({ id, roles: [] }, annotator.annotation.entities);
    const entry = kb.byId.get(id);
    if (!entry || intent.open !== from) return;
    const entity: DetectedEntity = {
      id,
      type: entry.type,
      name: entry.name,
      roles: [],
      mentions: [],
      evidence: { kind: 'knowledge-base' },
    };
    const elsewhere: PlacedMention = { entity, mention: from.mention, range: from.range };
    intent.openNow(elsewhere);
  }

  /** Scrolls to a mention, flashes it and opens its card. */
  function goTo(placed: PlacedMention, byKeyboard: boolean) {
    scrollToMention(placed.range);
    flashMention(placed.range, 900, timers);
    openedByKeyboard = byKeyboard;
    if (byKeyboard && !returnFocusTo) returnFocusTo = document.activeElement as HTMLElement | null;
    intent.openNow(placed);
  }

  const intent = new HoverIntent<PlacedMention>({
    openDelay: 150,
    closeDelay: 300,
    timers,
    onOpen: showCard,
    onClose: () => {
      card?.hide();
      openedByKeyboard = false;
      returnFocusTo?.focus?.();
      returnFocusTo = null;
    },
  });

  /** Scrolls to an event's sentence and flashes it (the brief's lines and the card's). */
  function goToEvent(event: ArticleEvent) {
    const range = briefOf(annotator.annotation).index.rangeFor(event.sentence);
    if (!range) return;
    scrollToMention(range);
    flashMention(range, 900, timers);
  }

  /** What the card needs of the brief: the events (the card picks the entity's own) and the date. */
  function briefForCard() {
    const brief = briefOf(annotator.annotation);
    return { events: brief.events, articleDate: brief.date?.date, onGoToEvent: goToEvent };
  }

  function showPanel() {
    void Promise.all([whenPageUi(), panelReady()]).then(([ui, mounted]) => {
      const brief = briefOf(annotator.annotation);
      ui.showPanel(mounted, {
        entities: annotator.annotation.entities,
        ...(brief.date ? { date: brief.date.date } : {}),
        events: brief.events,
        onSelect: (entity) => {
          const [first] = annotator.annotation.locator.mentionsOf(entity.id);
          if (first) goTo(first, true);
        },
        onGoToEvent: goToEvent,
      });
    });
  }
  function togglePanel(show = !panel?.open) {
    if (!running) return;
    if (show) {
      showPanel();
      // The Map view is one click away: the background gets its picture ready meanwhile.
      void whenPageUi().then((ui) =>
        ui.prefetchArticleMap(annotator.annotation.entities, briefOf(annotator.annotation).events),
      );
    } else panel?.hide();
  }

  /**
   * A step asked for while the page's first mentions were painted but not yet all placed (a huge
   * page's placing runs for seconds after its first highlights): taken once they are.
   */
  let pendingStep: 1 | -1 | undefined;
  /** Moves the keyboard cursor to the next or previous mention on the page. */
  function stepMention(delta: 1 | -1) {
    const all = annotator.annotation.locator.mentions;
    if (all.length === 0) {
      if (annotator.placing) pendingStep = delta;
      return;
    }
    const current = intent.open ? all.indexOf(intent.open) : delta === 1 ? -1 : 0;
    const next = all[(current + delta + all.length) % all.length];
    if (next) goTo(next, true);
  }

  // Hit-test at most once per frame: pointermove fires far more often than the screen updates.
  // Whether the pointer is in the card is read during dispatch (composedPath is empty later).
  let lastMove: { x: number; y: number; inCard: boolean } | undefined;
  let frameQueued = false;
  ctx.addEventListener(document, 'pointermove', (event: PointerEvent) => {
    if (!running) return;
    lastMove = { x: event.clientX, y: event.clientY, inCard: card?.contains(event) ?? false };
    if (frameQueued) return;
    frameQueued = true;
    ctx.requestAnimationFrame(() => {
      frameQueued = false;
      if (!lastMove) return;
      if (addingEntity) return;
      if (lastMove.inCard) intent.pointerInCard();
      else if (!openedByKeyboard)
        intent.pointerOver(annotator.annotation.locator.mentionAtPoint(lastMove.x, lastMove.y));
    });
  });
  ctx.addEventListener(document, 'keydown', (event: KeyboardEvent) => {
    if (!running) return;
    if (event.key === 'Escape') {
      if (intent.open) intent.close();
      else if (panel?.open) panel.hide();
      return;
    }
    if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return;
    const inExtension =
      card?.contains(event) ||
      (event.composedPath?.() ?? []).some((el) => (el as Element).tagName === 'DISTRICT-LENS-PANEL');
    if (isTyping(event.target) && !inExtension) return;
    if (event.code === 'KeyN' || event.code === 'KeyP') {
      event.preventDefault();
      stepMention(event.code === 'KeyN' ? 1 : -1);
    } else if (event.code === 'KeyA') {
      event.preventDefault();
      openAddEntity();
    } else if (event.code === 'KeyE') {
      // The browser command usually takes Alt+Shift+E first; this covers browsers where the
      // reader rebound it or it is not registered.
      event.preventDefault();
      togglePanel();
    }
  });

  // The popup and the keyboard commands reach the page through runtime messages.
  const onMessage = (message: unknown, _sender: unknown, sendResponse: (reply: unknown) => void) => {
    if (!isPageCommand(message)) return undefined;
    switch (message.type) {
      case 'page:counts':
        sendResponse({ site, enabled: running, counts: running ? annotator.annotation.counts : undefined });
        return true;
      case 'page:toggle-highlights':
        if (running) stop();
        else start();
        break;
      case 'page:toggle-entity-panel':
        togglePanel();
        break;
      case 'page:open-entity-panel':
        togglePanel(true);
        break;
      case 'page:entities':
        sendResponse(running ? annotator.annotation.entities : []);
        return true;
      case 'page:performance':
        // With the background's side of the round trips; without it when the background is away.
        requestStore('kb:timings', {}, []).then(
          (background) => sendResponse(performanceLog.snapshot(background)),
          () => sendResponse(performanceLog.snapshot()),
        );
        return true;
      case 'page:add-entity':
        if (running) openAddEntity(message.text || undefined, message.entityType);
        break;
      case 'page:go-to': {
        const [first] = running ? annotator.annotation.locator.mentionsOf(message.entityId) : [];
        if (first) goTo(first, false);
        break;
      }
      case 'page:brief': {
        const brief = running ? briefOf(annotator.annotation) : undefined;
        const reply: PageBriefReply = {
          ...(brief?.date ? { date: brief.date.date } : {}),
          title: document.title,
          url: location.href,
          site: location.hostname,
          events: brief?.events ?? [],
        };
        sendResponse(reply);
        return true;
      }
      case 'page:go-to-event': {
        const event = running ? briefOf(annotator.annotation).events[message.index] : undefined;
        if (event) goToEvent(event);
        break;
      }
    }
    sendResponse({ ok: true });
    return true;
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

  const stopWatchingSite = watchSiteEnabled(site, (enabled) => (enabled ? start() : stop()));
  const stopWatchingScope = watchScanScope((next) => annotator.setScope(next));
  // The reader added an entity or a correction (here or in another tab): annotate again with it.
  const stopWatchingLayer = watchReaderLayerVersion(() => {
    cardKnowledge.clear();
    if (running) annotator.rescan();
  });
  // On a huge page only the mentions near the viewport are painted: follow scrolling, once a frame.
  let viewportQueued = false;
  const followViewport = () => {
    if (viewportQueued || !running) return;
    viewportQueued = true;
    ctx.requestAnimationFrame(() => {
      viewportQueued = false;
      annotator.refreshViewport();
    });
  };
  ctx.addEventListener(window, 'scroll', followViewport, { passive: true, capture: true });
  ctx.addEventListener(window, 'resize', followViewport, { passive: true });
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    intent.close();
    if (running) annotator.rescan();
  });
  ctx.onInvalidated(() => {
    stopWatchingSite();
    stopWatchingScope();
    stopWatchingLayer();
    annotator.stop();
    notes.stop();
    clearHighlights();
  });

  start();
}
