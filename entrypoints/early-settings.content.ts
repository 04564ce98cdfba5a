import { defineContentScript } from 'wxt/utils/define-content-script';
import { isAnnotatableFrame } from '../lib/dom/frame-origin';
import { startEarlyPageSettingsRead } from '../lib/store/early-page-settings';

/**
 * A tiny content script at document_start whose only job is to start reading the page's settings
 * (is District Lens on for this site, which scope): the main content script runs at
 * document_end and found the read taking ~30 ms in Chromium before its first highlight; started
 * here it is done by then (see takeEarlyPageSettings). It imports nothing else, so it costs the
 * page next to nothing to evaluate.
 */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_start',
  allFrames: true,
  // As the main script (see content/index.ts): no extra postMessage on start.
  noScriptStartedPostMessage: true,
  main: () => {
    if (isAnnotatableFrame(window)) startEarlyPageSettingsRead(location.hostname);
  },
});
