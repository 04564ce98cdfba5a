import { defineContentScript } from 'wxt/utils/define-content-script';
import { annotateAndListen } from './annotate-and-listen';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  // document_end (DOMContentLoaded): the first screenful gets its highlights sooner than at idle;
  // what the page renders later is followed by the annotator's MutationObserver.
  runAt: 'document_end',
  // Frames too: a site's own embedded articles are annotated; another site's frames stop at once
  // (isAnnotatableFrame), before reading any text.
  allFrames: true,
  // Highlight styles come from public/highlights.css; the card's and the panel's styles, like
  // their code, come with the UI script (page-ui.content).
  cssInjectionMode: 'ui',
  // WXT tells an older copy of this script to stop with a document event; its extra
  // window.postMessage (kept for WXT versions before 0.20) made Chrome capture the script's stack
  // with source positions — a second parse of the whole script, 30–100 ms on the page's thread at
  // every load — and showed page scripts a message from the extension.
  noScriptStartedPostMessage: true,
  main: (ctx) => annotateAndListen(ctx),
});
