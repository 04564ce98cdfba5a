import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ArticleEvent } from '../../lib/core/brief';
import type { DetectedEntity } from '../../lib/core/entity';
import type { EntityPanelUi } from './entity-panel-ui';
import type { HoverCardUi } from './hover-card-ui';
import type { PanelContent } from './panel-content';

/**
 * What the page's UI script (entrypoints/page-ui.content) gives the main content script: the
 * card, the entity panel and the panel's contents (labels, brief, map). It is a content script of
 * its own, evaluated at document_idle in a task of its own, so the ~150 kB of Preact components,
 * messages and floating-ui are not compiled before the first highlight. Both scripts run in the
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
}

function slot(): Slot {
  const scope = globalThis as { [SLOT]?: Slot };
  return (scope[SLOT] ??= { waiting: [] });
}

/** Called by the UI script when it runs: hands `ui` to whoever waits (now or later). Returns a withdraw function. */
export function providePageUi(ui: PageUi): () => void {
  const current = slot();
  current.ui = ui;
  for (const resolve of current.waiting.splice(0)) resolve(ui);
  return () => {
    if (current.ui === ui) delete current.ui;
  };
}

/**
 * The page's UI once the UI script has run (at once when it already has). Never rejects; a page
 * whose UI script never runs (the extension reloaded meanwhile) leaves it pending, which only
 * means no card is shown.
 */
export function whenPageUi(): Promise<PageUi> {
  const current = slot();
  if (current.ui) return Promise.resolve(current.ui);
  return new Promise((resolve) => current.waiting.push(resolve));
}
