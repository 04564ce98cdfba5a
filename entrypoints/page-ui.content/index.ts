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
 * handed to the main script through providePageUi. At document_idle the browser evaluates it in a
 * task of its own after the main script's: compiling it no longer delays the first highlight,
 * and the task stays short. Mounting waits for the main script (after the first highlight, or on
 * the first hover or command); this script only hands its functions over.
 */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  allFrames: true,
  // card.css and panel.css go into the card's and the panel's shadow roots (createShadowRootUi
  // reads this entry's stylesheet).
  cssInjectionMode: 'ui',
  // As the main script (see content/index.ts): no extra postMessage on start.
  noScriptStartedPostMessage: true,
  main: (ctx) => {
    const withdraw = providePageUi({ mountHoverCard, mountEntityPanel, showPanel, prefetchArticleMap });
    ctx.onInvalidated(withdraw);
  },
});
