import { defineContentScript } from 'wxt/utils/define-content-script';
import { annotateAndListen } from './annotate-and-listen';
import './card.css';
import './panel.css';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  // document_end (DOMContentLoaded): the first screenful gets its highlights sooner than at idle;
  // what the page renders later is followed by the annotator's MutationObserver.
  runAt: 'document_end',
  // Frames too: a site's own embedded articles are annotated; another site's frames stop at once
  // (isAnnotatableFrame), before reading any text.
  allFrames: true,
  // card.css goes into the card's shadow root; highlight styles come from public/highlights.css.
  cssInjectionMode: 'ui',
  // WXT tells an older copy of this script to stop with a document event; its extra
  // window.postMessage (kept for WXT versions before 0.20) made Chrome capture the script's stack
  // with source positions — a second parse of the whole script, 30–100 ms on the page's thread at
  // every load — and showed page scripts a message from the extension.
  noScriptStartedPostMessage: true,
  main: (ctx) => annotateAndListen(ctx),
});
