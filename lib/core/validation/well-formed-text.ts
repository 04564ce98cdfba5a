/** A UTF-16 surrogate without its partner: text cut in the middle of a character. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const LONE_SURROGATES = new RegExp(LONE_SURROGATE.source, 'g');

/**
 * True when the text has no unpaired surrogate, i.e. it can be written as UTF-8 and
 * percent-encoded without loss (`encodeURIComponent` throws on such text).
 */
export function isWellFormedText(text: string): boolean {
  return !LONE_SURROGATE.test(text);
}

/** The text with every unpaired surrogate replaced by U+FFFD, as a UTF-8 encoder would write it. */
export function toWellFormedText(text: string): string {
  return text.replace(LONE_SURROGATES, '\uFFFD');
}
