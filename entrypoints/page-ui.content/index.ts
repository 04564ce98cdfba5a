import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { prefetchArticleMap } from '../../components/article-map-request';
import { mountEntityPanel } from '../content/entity-panel-ui';
import { mountHoverCard } from '../content/hover-card-ui';
import { showPanel } from '../content/panel-content';
import { providePageUi } from '../content/page-ui';
import '../content/card.css';
import '../content/panel.css';

/**
 * The page's UI (the card, the entity panel, its map and brief) as a content script of its own,
 * handed to the main script through providePageUi. The background injects it into a frame when
 * that frame's main script asks (after its first highlights are painted, or on the first hover or
 * command; see lib/store/page-ui-loader.ts): compiling it delays neither the first highlight nor
 * the first detect answer. This script only hands its functions over.
 */
export default defineContentScript({
  // Registered at runtime (injected by the background on request), not in the manifest; WXT adds
  // these matches to the host permissions `scripting.executeScript` needs — the same sites the
  // main script's manifest entry already reads.
  registration: 'runtime',
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  // card.css and panel.css go into the card's and the panel's shadow roots (createShadowRootUi
  // reads this entry's stylesheet).
  cssInjectionMode: 'ui',
  // As the main script (see content/index.ts): no extra postMessage on start.
  noScriptStartedPostMessage: true,
  main: (ctx) => {
    const withdraw = providePageUi({ mountHoverCard, mountEntityPanel, showPanel, prefetchArticleMap });
    // Only a dead extension context (reload, update) withdraws the UI. WXT also invalidates this
    // context when another copy of the script starts in the frame, and withdrawing then let that
    // copy's components into the card and panel this copy had mounted (see providePageUi).
    ctx.onInvalidated(() => {
      if (!browser.runtime?.id) withdraw();
    });
  },
});
