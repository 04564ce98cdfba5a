import type { SessionPage } from './session';

/**
 * Moves the pointer onto the first mention in the extension highlight `highlight` (e.g.
 * `district-lens-official`) that reads `text`, scrolling it into view first, the way a reader would.
 */
export async function hoverMention(page: SessionPage, highlight: string, text: string): Promise<void> {
  const point = await page.evaluate(
    ([name, wanted]: [string, string]) => {
      const ranges = [...((CSS.highlights.get(name) as Iterable<Range> | undefined) ?? [])];
      const range = ranges.find((r) => r.toString() === wanted);
      if (!range) return null;
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const rect = range.getClientRects()[0]!;
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    },
    [highlight, text] as [string, string],
  );
  if (!point) throw new Error(`no ${highlight} highlight reads ${text}`);
  await page.mouseMove(5, 5);
  await page.mouseMove(point.x - 2, point.y);
  await page.mouseMove(point.x, point.y);
}
