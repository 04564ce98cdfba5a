import type { SessionPage } from './session';

/**
 * The texts of the ranges in the page's highlight `name` (e.g. `district-lens-city`), in the
 * registry's order, read from the page's own registry (the page shares it). The extension paints
 * StaticRanges, which have no text of their own: each is read through a live Range over it.
 */
export function highlightTexts(page: SessionPage, name: string): Promise<string[]> {
  return page.evaluate(
    (highlight: string) =>
      [...((CSS.highlights.get(highlight) as Iterable<AbstractRange> | undefined) ?? [])].map((painted) => {
        const range = document.createRange();
        range.setStart(painted.startContainer, painted.startOffset);
        range.setEnd(painted.endContainer, painted.endOffset);
        return range.toString();
      }),
    name,
  );
}

/** Waits until some range of the highlight `name` reads `text` (or, with `present` false, none does). */
export async function waitForHighlightText(
  page: SessionPage,
  name: string,
  text: string,
  { present = true, timeout = 15_000 } = {},
): Promise<void> {
  await page.waitForFunction(
    ([highlight, wanted, want]: [string, string, boolean]) =>
      [...((CSS.highlights.get(highlight) as Iterable<AbstractRange> | undefined) ?? [])].some((painted) => {
        const range = document.createRange();
        range.setStart(painted.startContainer, painted.startOffset);
        range.setEnd(painted.endContainer, painted.endOffset);
        return range.toString() === wanted;
      }) === want,
    [name, text, present] as [string, string, boolean],
    timeout,
  );
}
