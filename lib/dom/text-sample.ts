/** Elements whose text is not the page's reading text. */
const NOT_READ = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);

/**
 * The first `max` characters of the text under `root`, in document order, without script and
 * style text. Stops reading as soon as it has enough: `textContent` would build the whole page's
 * text first, tens of milliseconds on a huge page, just to look at its beginning.
 * Example: `sampleText(document.body, 4000)` → the first 4,000 characters a reader could see.
 */
export function sampleText(root: Node, max: number): string {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const parts: string[] = [];
  let length = 0;
  while (length < max && walker.nextNode()) {
    const node = walker.currentNode as Text;
    if (node.parentElement && NOT_READ.has(node.parentElement.tagName)) continue;
    parts.push(node.data);
    length += node.data.length;
  }
  return parts.join('').slice(0, max);
}
