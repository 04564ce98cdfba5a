import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { LOAD_PAGE_UI } from '../../lib/store/page-ui-loader';
import type { ArticleEvent } from '../../lib/core/brief';
import type { DetectedEntity } from '../../lib/core/entity';
import type { EntityPanelUi } from './entity-panel-ui';
import type { HoverCardUi } from './hover-card-ui';
import type { PanelContent } from './panel-content';

/**
 * What the page's UI script (entrypoints/page-ui.content) gives the main content script: the
 * card, the entity panel and the panel's contents (labels, brief, map). It is a content script of
 * its own that the background injects when the main script first asks for it (see
 * lib/store/page-ui-loader.ts), so the ~150 kB of Preact components, messages and floating-ui are
 * compiled neither before the first highlight nor while the first detect answer is on its way. Both scripts run in the
 * extension's one global scope per frame (Chrome's isolated world; Firefox's content-script
 * sandbox, see tests/e2e/*-cards.e2e.ts), which is how they meet: through a slot on `globalThis`
 * that page scripts cannot see.
 */
export interface PageUi {
  mountHoverCard(ctx: ContentScriptContext): Promise<HoverCardUi>;
  mountEntityPanel(ctx: ContentScriptContext): Promise<EntityPanelUi>;
  /** Shows the panel's contents for the article (see panel-content.tsx). */
  showPanel(panel: EntityPanelUi, content: PanelContent): void;
  /** Asks the background to get the article's map picture ready (the Map view is one click away). */
  prefetchArticleMap(entities: readonly DetectedEntity[], events: readonly ArticleEvent[]): void;
}

/** A realm-wide key: both scripts' bundles carry this module, so a module variable is not shared. */
const SLOT = Symbol.for('district-lens:page-ui');

interface Slot {
  ui?: PageUi;
  waiting: ((ui: PageUi) => void)[];
  /** Whether the background was asked for the UI script and has not failed to inject it. */
  asked?: boolean;
}

function slot(): Slot {
  const scope = globalThis as { [SLOT]?: Slot };
  return (scope[SLOT] ??= { waiting: [] });
}

/**
 * Called by the UI script when it runs: hands `ui` to whoever waits (now or later). Returns a
 * withdraw function. The first copy in a frame stays: a second copy of the script (asked for again
 * because the first answer did not come back `true` while the first copy was still on its way)
 * keeps out and gets a no-op withdraw. Replaced, the card and the panel mounted with the first
 * copy's Preact got the second copy's components, whose hooks ran on a Preact that never set them
 * up: the panel's Map view stayed empty (the Firefox network E2E's missing map markers; a second
 * request 800 ms after the first fails it every time).
 */
export function providePageUi(ui: PageUi): () => void {
  const current = slot();
  if (current.ui) return () => undefined;
  current.ui = ui;
  for (const resolve of current.waiting.splice(0)) resolve(ui);
  return () => {
    if (current.ui === ui) delete current.ui;
  };
}

/**
 * The page's UI once the UI script has run (at once when it already has); the first call asks the
 * background to inject it. Never rejects; a page whose UI script never runs (the extension
 * reloaded meanwhile, a frame the browser would not inject into) leaves it pending, which only
 * means no card is shown; a failed injection is asked for again by the next call.
 */
export function whenPageUi(): Promise<PageUi> {
  const current = slot();
  if (current.ui) return Promise.resolve(current.ui);
  if (!current.asked) askForPageUi(current);
  return new Promise((resolve) => current.waiting.push(resolve));
}

function askForPageUi(current: Slot): void {
  current.asked = true;
  const failed = () => {
    if (!current.ui) current.asked = false;
  };
  try {
    browser.runtime.sendMessage({ type: LOAD_PAGE_UI }).then((loaded) => {
      if (loaded !== true) failed();
    }, failed);
  } catch {
    failed(); // an invalidated extension context: nothing to ask
  }
}
