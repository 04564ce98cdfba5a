import { browser, type PublicPath } from 'wxt/browser';

/**
 * The response for a file packaged with the extension (`path` under `public/`), its body there and unread.
 * Throws a sentence for the reader — "District Lens could not load its `what`" — when the file is
 * missing or unreadable: a broken install, not a state a page can recover from.
 */
export async function fetchPackagedFile(path: PublicPath, what: string): Promise<Response> {
  const response = await fetch(browser.runtime.getURL(path));
  if (!response.ok || !response.body) throw new Error(`District Lens could not load its ${what} (${response.status}).`);
  return response;
}

/** The bytes of a gzipped file packaged with the extension (see {@link fetchPackagedFile}), inflated. */
export async function readPackagedGzip(path: PublicPath, what: string): Promise<Uint8Array> {
  const response = await fetchPackagedFile(path, what);
  const inflated = response.body!.pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(inflated).arrayBuffer());
}
