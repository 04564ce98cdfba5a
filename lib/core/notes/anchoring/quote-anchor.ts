import { isWhiteSpace } from '../../normalize';

/**
 * A quote anchor: where a note sits in an article's text, described so that it can be found again
 * after the page changed. It combines the W3C Web Annotation TextQuoteSelector (`exact`, `prefix`,
 * `suffix`) and TextPositionSelector (`position`), plus the sentence the quote stands in (what the
 * notes library shows, and a context that ads and menus around the article cannot disturb).
 * Offsets are UTF-16 offsets into the raw text the quote was described in (for a page: the text
 * of the article's text index).
 */
export interface QuoteAnchor {
  /** The quoted text, as the reader saw it (traditional, simplified, pinyin annotations and all). */
  exact: string;
  /** Up to {@link DEFAULT_CONTEXT_LENGTH} characters just before the quote. */
  prefix: string;
  /** Up to {@link DEFAULT_CONTEXT_LENGTH} characters just after the quote. */
  suffix: string;
  /** The sentence holding the quote (see {@link sentenceBounds}), trimmed, at most ~200 characters around it. */
  sentence: string;
  /** Where the quote was: a hint only, used to break ties between equally good places. */
  position: { start: number; end: number };
}

export interface DescribeQuoteOptions {
  /** Characters of context kept on each side (default {@link DEFAULT_CONTEXT_LENGTH}). */
  contextLength?: number;
  /** At most this many characters of the sentence on each side of the quote (default {@link MAX_SENTENCE_SIDE}). */
  maxSentenceSide?: number;
}

/** Characters kept before and after a quote: 32, as hypothes.is and the W3C examples do. */
export const DEFAULT_CONTEXT_LENGTH = 32;

/**
 * Longest anchor prefix or suffix a stored or imported anchor may have: `describeQuote` keeps 32
 * characters a side and anchoring reads at most 64, so longer context could only be a hostile
 * file's padding.
 */
export const MAX_ANCHOR_CONTEXT_LENGTH = 64;

/** A sentence is cut to this many characters on each side of the quote (a paragraph may have no full stop). */
export const MAX_SENTENCE_SIDE = 100;

/** Whether the code unit ends a sentence: `。！？!?；;` or a newline. */
function isSentenceBreak(unit: number): boolean {
  switch (unit) {
    case 0x3002: // 。
    case 0xff01: // ！
    case 0xff1f: // ？
    case 0x21: // !
    case 0x3f: // ?
    case 0xff1b: // ；
    case 0x3b: // ;
    case 0x0a: // \n
      return true;
    default:
      return false;
  }
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/**
 * The span of the sentence(s) holding `[start, end)` in `text`: from just after the last sentence
 * break before `start` to the first break at or after `end` (a full stop, question mark,
 * exclamation mark or semicolon is kept; a newline is not), at most `maxSide` characters on each
 * side of the span, without surrounding whitespace. A quote that itself ends with a break ends its
 * sentence. Works on raw and on normalised text alike (normalisation turns `！？；` into `!?;`, both
 * of which are breaks).
 * Example: `sentenceBounds('甲。乙宁波丙。丁', 3, 5)` → `{ start: 2, end: 7 }` (`乙宁波丙。`).
 */
export function sentenceBounds(
  text: string,
  start: number,
  end: number,
  maxSide: number = MAX_SENTENCE_SIDE,
): { start: number; end: number } {
  let from = start;
  const lowest = Math.max(0, start - maxSide);
  while (from > lowest && !isSentenceBreak(text.charCodeAt(from - 1))) from--;
  let to = end;
  if (!(end > start && isSentenceBreak(text.charCodeAt(end - 1)))) {
    const highest = Math.min(text.length, end + maxSide);
    while (to < highest && !isSentenceBreak(text.charCodeAt(to))) to++;
    if (to < text.length && text.charCodeAt(to) !== 0x0a && isSentenceBreak(text.charCodeAt(to))) to++;
  }
  while (from < start && isWhiteSpace(text.charCodeAt(from))) from++;
  while (to > end && isWhiteSpace(text.charCodeAt(to - 1))) to--;
  return { start: from, end: to };
}

/**
 * Describes the quote `text.slice(start, end)` so that {@link anchorQuote} can find it again:
 * the exact text, up to `contextLength` (32) characters of context on each side (never half of a
 * surrogate pair), the sentence holding it and its position.
 * Example: `describeQuote('座谈会上，宁波市长裘东耀指出', 9, 12)` →
 * `{ exact: '裘东耀', prefix: '座谈会上，宁波市长', suffix: '指出', sentence: '座谈会上，宁波市长裘东耀指出', position: { start: 9, end: 12 } }`.
 *
 * Throws a RangeError unless `0 <= start < end <= text.length`: an empty or out-of-range quote is
 * a bug in the caller, and anchoring it would attach a note to nothing in particular.
 */
export function describeQuote(
  text: string,
  start: number,
  end: number,
  options: DescribeQuoteOptions = {},
): QuoteAnchor {
  if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start < end && end <= text.length)) {
    throw new RangeError(`describeQuote: span [${start}, ${end}) is not a non-empty span of the text`);
  }
  const contextLength = options.contextLength ?? DEFAULT_CONTEXT_LENGTH;
  let prefixStart = Math.max(0, start - contextLength);
  if (prefixStart > 0 && prefixStart < start && isLowSurrogate(text.charCodeAt(prefixStart))) prefixStart++;
  let suffixEnd = Math.min(text.length, end + contextLength);
  if (suffixEnd < text.length && suffixEnd > end && isHighSurrogate(text.charCodeAt(suffixEnd - 1))) suffixEnd--;
  const sentence = sentenceBounds(text, start, end, options.maxSentenceSide ?? MAX_SENTENCE_SIDE);
  return {
    exact: text.slice(start, end),
    prefix: text.slice(prefixStart, start),
    suffix: text.slice(end, suffixEnd),
    sentence: text.slice(sentence.start, sentence.end),
    position: { start, end },
  };
}
