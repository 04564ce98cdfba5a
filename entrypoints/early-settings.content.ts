import { defineContentScript } from 'wxt/utils/define-content-script';
import { declaresChinese } from '../lib/dom/declared-chinese';
import { isAnnotatableFrame } from '../lib/dom/frame-origin';
import { wakeBackground } from '../lib/store/early-background-wake';
import { startEarlyPageSettingsRead } from '../lib/store/early-page-settings';
import { pushedPageSettings } from '../lib/store/pushed-page-settings';

/**
 * A tiny content script at document_start that starts what the main content script (document_end)
 * would otherwise wait for: reading the page's settings (is District Lens on for this site, which
 * scope; ~30 ms in Chromium when the main script asked, see takeEarlyPageSettings) and, on a page
 * that declares itself Chinese where it is on, waking the background (a stopped worker's start and
 * knowledge-base load, see wakeBackground).
 * It imports nothing else, so it costs the page next to nothing to evaluate.
 */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_start',
  allFrames: true,
  // As the main script (see content/index.ts): no extra postMessage on start.
  noScriptStartedPostMessage: true,
  main: () => {
    if (!isAnnotatableFrame(window)) return;
    // Firefox: the background pushed the settings (lib/store/pushed-page-settings.ts), so the main
    // script needs no read, and a background that pushes them is running: nothing to wake.
    if (pushedPageSettings(location.hostname)) return;
    // Only a page that says it is Chinese wakes the background: the content script runs on every
    // page, and starting the background (its knowledge base's load) for others would cost them.
    // Asked once the settings are read, not now: at document_start the parser may not have made
    // <html> and its lang yet (Firefox), and the read takes a few milliseconds anyway.
    startEarlyPageSettingsRead(location.hostname)?.then(
      (read) => {
        if (read.enabled && declaresChinese(document, location.hostname)) wakeBackground();
      },
      () => undefined,
    );
  },
});
