/** The one `runtime.sendMessage` the early wake makes; the browser's own API, no polyfill. */
interface Runtime {
  sendMessage(message: unknown): Promise<unknown>;
}

/**
 * Wakes the background from the early content script (document_start) of a page District Lens is
 * on for and that declares itself Chinese (see declaresChinese), with a `kb:wake` message that it answers at once. Chrome stops an idle extension worker
 * after 30 s, so most articles a reader opens meet a stopped one: woken only by the main script's
 * detect request (document_end), the page waited for the worker's start, its script, and the
 * knowledge base's load, ~450 ms in the bench; woken here, all that runs while the page is still
 * loading. Uses the browser's own `runtime` (a promise in Chrome MV3 and Firefox) so the early
 * script carries no polyfill; a failed message is no error (the detect request wakes it then).
 */
export function wakeBackground(): void {
  const api = globalThis as unknown as { browser?: { runtime?: Runtime }; chrome?: { runtime?: Runtime } };
  const runtime = api.browser?.runtime ?? api.chrome?.runtime;
  try {
    runtime?.sendMessage({ type: 'kb:wake' })?.catch?.(() => undefined);
  } catch {
    // An invalidated extension context (the extension was reloaded): nothing to wake.
  }
}
