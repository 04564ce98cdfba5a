/** Offers `text` to the reader as a file download named `fileName` (see {@link downloadBlob}). */
export function downloadTextFile(
  fileName: string,
  text: string,
  mimeType: string,
  parent: Element | null = document.body,
): void {
  downloadBlob(fileName, new Blob([text], { type: `${mimeType};charset=utf-8` }), parent);
}

/**
 * Offers `blob` (a PNG, say) to the reader as a file download named `fileName`. Uses a Blob URL and
 * a temporary link, which needs no `downloads` permission; the URL is revoked afterwards. The link
 * is put in `parent` for its click (the page's drawer gives its own shadow-root element, so the
 * page's DOM never changes); the document's body by default.
 */
export function downloadBlob(fileName: string, blob: Blob, parent: Element | null = document.body): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  (parent ?? document.body).append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in Firefox; a minute is plenty.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
