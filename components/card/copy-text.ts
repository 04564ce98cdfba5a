/**
 * Puts `text` on the clipboard. Uses the async Clipboard API; where it is missing or refused
 * (plain-http pages are not a secure context) falls back to a selected textarea and
 * `execCommand('copy')` inside `host` (the card, so the page sees no new element). Rejects when
 * neither works.
 */
export async function copyText(text: string, host: Element): Promise<void> {
  try {
    if (typeof navigator !== 'undefined' && navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return;
    }
  } catch {
    // refused: try the old way below
  }
  const area = host.ownerDocument.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.cssText = 'position:fixed;top:0;left:0;width:1px;height:1px;opacity:0;';
  host.append(area);
  try {
    area.select();
    // execCommand is deprecated but is the only way without the Clipboard API.
    if (!host.ownerDocument.execCommand?.('copy')) throw new Error('copy refused');
  } finally {
    area.remove();
  }
}
