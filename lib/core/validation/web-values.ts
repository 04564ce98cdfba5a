/** The exact shape `Date.prototype.toISOString` writes, which is how the store stamps notes. */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/**
 * True for a timestamp in exactly the form the store writes (`2026-01-02T03:04:05.000Z`) that
 * names a real instant. Only this one spelling is accepted because notes are ordered by comparing
 * these strings, and a second spelling of the same instant would sort wrongly.
 */
export function isIsoInstant(value: string): boolean {
  if (!ISO_INSTANT.test(value)) return false;
  const time = Date.parse(value);
  // The round trip rejects dates that parse by rolling over, such as 2026-02-30.
  return !Number.isNaN(time) && new Date(time).toISOString() === value;
}

/**
 * True for an absolute http or https address. Notes are only written on web pages, and the notes
 * page turns this field into a link, so a `javascript:` or `data:` address in a file is refused.
 */
export function isWebAddress(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}
