/** What a note id looks like: letters, digits and dashes, 8–64 of them (a UUID is 36). */
export const NOTE_ID_PATTERN = /^[A-Za-z0-9-]{8,64}$/u;

/**
 * A new random note id in UUID v4 form. Made with `crypto.getRandomValues`, which — unlike
 * `crypto.randomUUID` — also exists in the content script of a plain-http page (not a secure
 * context). The card picks the id before saving, so a save that is sent again after a lost
 * reply finds the note it already wrote instead of writing it twice.
 *
 * @example newNoteId() // '3b0c9f5e-8d1a-4c2e-9a7b-1f2e3d4c5b6a'
 */
export function newNoteId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
