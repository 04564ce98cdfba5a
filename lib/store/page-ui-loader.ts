import { browser } from 'wxt/browser';

/** The message a content script sends when its frame needs the page's UI script (see {@link listenForPageUiLoads}). */
export const LOAD_PAGE_UI = 'page-ui:load';

/** The page's UI script in the built extension (entrypoints/page-ui.content, registered at runtime). */
export const PAGE_UI_SCRIPT = '/content-scripts/page-ui.js';

/** Where to inject: one frame of one tab. */
export interface InjectionTarget {
  tabId: number;
  frameIds: number[];
}

/** Runs {@link PAGE_UI_SCRIPT} in `target` (the `scripting` API's one call the loader makes). */
export type PageUiInjector = (target: InjectionTarget) => Promise<unknown>;

/** Injects with `scripting.executeScript` (Chrome MV3; Firefox 102+ in MV2 too). */
const executeScript: PageUiInjector = (target) => browser.scripting.executeScript({ target, files: [PAGE_UI_SCRIPT] });

/** The part of a message's sender the loader reads. */
export interface PageUiSender {
  tab?: { id?: number };
  frameId?: number;
}

/**
 * Injects the page's UI script into the frame that sent {@link LOAD_PAGE_UI}; resolves `true` once
 * it has run, `false` when it could not be injected (no tab: the sender is an extension page; a
 * frame the browser refuses) — the page then shows no card, and says why in its console.
 */
export async function loadPageUi(inject: PageUiInjector, sender: PageUiSender | undefined): Promise<boolean> {
  const tabId = sender?.tab?.id;
  if (tabId === undefined) return false;
  try {
    await inject({ tabId, frameIds: [sender?.frameId ?? 0] });
    return true;
  } catch (error) {
    console.warn('District Lens: the page UI could not be loaded:', error instanceof Error ? error.message : error);
    return false;
  }
}

/**
 * Makes the background answer {@link LOAD_PAGE_UI} by injecting the UI script (the card, the panel,
 * the brief and the map: ~170 kB) into the asking frame. The main content script asks in a task
 * after its first annotation, or at once when the reader needs a card or the panel sooner.
 * Declared in the manifest at document_idle instead, the browser evaluated it while the main
 * script waited for its first detect answer — on a page that loads fast, onload comes right
 * then — and the answer waited behind it (Chromium, sample article: the answer's way back 16–19
 * ms with it, 6–12 ms without). Uses `sendResponse` + `return true` like the store's listener.
 * Returns a function that stops listening.
 */
export function listenForPageUiLoads(inject: PageUiInjector = executeScript): () => void {
  const listener = (
    message: unknown,
    sender: PageUiSender | undefined,
    sendResponse: (reply: unknown) => void,
  ): true | undefined => {
    if ((message as { type?: unknown } | null)?.type !== LOAD_PAGE_UI) return undefined;
    void loadPageUi(inject, sender).then(sendResponse);
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
