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
  main: (ctx) => annotateAndListen(ctx),
});
