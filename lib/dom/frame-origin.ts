/** The parts of `window` {@link isAnnotatableFrame} reads (a plain object stands in for it in tests). */
export interface FrameWindow {
  readonly top: { readonly location: { readonly origin: string } } | null;
  readonly location: { readonly origin: string };
}

/**
 * True for the top document and for frames of the top document's own origin — the site's own
 * embedded articles. False for another site's frame (ads, widgets, comment services): the reader
 * did not open that site, so District Lens leaves it alone. Reading a cross-origin
 * `top.location.origin` throws, which is the check.
 *
 * @example isAnnotatableFrame(window) // true in a tab's top document
 */
export function isAnnotatableFrame(win: FrameWindow): boolean {
  const top = win.top;
  if (top === null || (top as unknown) === win) return true;
  try {
    return top.location.origin === win.location.origin;
  } catch {
    return false;
  }
}
