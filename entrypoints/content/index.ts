import { defineContentScript } from 'wxt/utils/define-content-script';
import { annotateAndListen } from './annotate-and-listen';
import './card.css';
import './panel.css';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // card.css goes into the card's shadow root; highlight styles come from public/highlights.css.
  cssInjectionMode: 'ui',
  main: (ctx) => annotateAndListen(ctx),
});
