/**
 * How page text is read for matching: traditional → simplified, inline pinyin dropped, full width →
 * half width, zero-width characters and spaces between Han dropped — each a small named step — with
 * an offset map back to the raw text; plus the character classes the other domains need.
 */
export { foldToSimplified, normalizeForMatching, type NormalizedText } from './normalize-for-matching';
export { MAX_REMEMBERED_TEXT, normalizeRecent, rememberNormalized } from './recent-normalized';
export { matchingForm } from './matching-form';
export { isHan } from './han';
export { isWhiteSpace } from './white-space';
export { looksChinese } from './chinese-text';
