import type { SessionPage } from './session';

/**
 * Moves the pointer onto the `nth` (0-based, in document order) mention in the extension
 * highlight `highlight` (e.g. `district-lens-official`) that reads `text`, scrolling it into view
 * first, the way a reader would. It reads only what the page itself could (the highlight registry is
 * shared), so it exposes nothing of the extension's.
 */
export async function hoverMention(page: SessionPage, highlight: string, text: string, nth = 0): Promise<void> {
  const point = await page.evaluateAsPage(
    ([name, wanted, index]: [string, string, number]) => {
      const ranges = [...((CSS.highlights.get(name) as Iterable<AbstractRange> | undefined) ?? [])]
        .map((r) => {
          const live = document.createRange();
          live.setStart(r.startContainer, r.startOffset);
          live.setEnd(r.endContainer, r.endOffset);
          return live;
        })
        .filter((r) => r.toString() === wanted)
        .sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
      const range = ranges[index];
      if (!range) return null;
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const rect = range.getClientRects()[0]!;
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    },
    [highlight, text, nth] as [string, string, number],
  );
  if (!point) throw new Error(`no ${highlight} highlight #${nth} reads ${text}`);
  await page.mouseMove(5, 5);
  await page.mouseMove(point.x - 2, point.y);
  await page.mouseMove(point.x, point.y);
}

/**
 * On the notes library, chooses an export file with `text` in _Import notes…_ (as the file picker
 * would) and waits for the import's preview.
 */
export async function chooseImportFile(library: SessionPage, text: string): Promise<void> {
  await library.evaluate((contents: string) => {
    const input = document.querySelector<HTMLInputElement>('section.import input[type=file]')!;
    const files = new DataTransfer();
    files.items.add(new File([contents], 'district-lens-notes.json', { type: 'application/json' }));
    input.files = files.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }, text);
  await library.waitFor(['.import__preview']);
}
