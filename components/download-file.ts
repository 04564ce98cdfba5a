/** Offers `text` to the reader as a file download named `fileName` (see {@link downloadBlob}). */
export function downloadTextFile(fileName: string, text: string, mimeType: string): void {
  downloadBlob(fileName, new Blob([text], { type: `${mimeType};charset=utf-8` }));
}

/**
 * Offers `blob` (a PNG, say) to the reader as a file download named `fileName`. Uses a Blob URL and
 * a temporary link, which needs no `downloads` permission; the URL is revoked afterwards.
 */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in Firefox; a minute is plenty.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
