import { isTonedSyllableAt } from './pinyin-syllables';

const OPEN = 0x28; // (
const CLOSE = 0x29; // )
const OPEN_FULL = 0xff08; // （
const CLOSE_FULL = 0xff09; // ）
/**
 * True for the brackets an annotation opens with, ASCII or full width.
 * Example: `isOpeningBracket(0xff08)` (（) → true, `isOpeningBracket(0x5b)` ([) → false.
 */
export function isOpeningBracket(c: number): boolean {
  return c === OPEN || c === OPEN_FULL;
}

/**
 * True for the brackets an annotation closes with, ASCII or full width.
 * Example: `isClosingBracket(0x29)` ()) → true, `isClosingBracket(0x5d)` (]) → false.
 */
export function isClosingBracket(c: number): boolean {
  return c === CLOSE || c === CLOSE_FULL;
}

/** Brackets longer than this cannot hold one syllable (`zhuang4` + combining marks). */
export const MAX_BRACKET = 11;

/**
 * Length of the pinyin annotation whose opening bracket is `units[start]` — `(wù)`, `（qū）`,
 * `(wu4)` — or 0 when the bracket there is not one; `units[0, length)` is the text.
 * Example: in `務(wù)區`, at 1 → 4; in `(記者吳善陽)`, at 0 → 0. ASCII and full-width brackets may
 * be mixed (`(qū）` occurs on garbled pages).
 */
export function annotationLength(units: Uint16Array, start: number, length: number): number {
  const open = units[start];
  if (!isOpeningBracket(open!)) return 0;
  const limit = Math.min(length, start + MAX_BRACKET);
  for (let j = start + 1; j < limit; j++) {
    const c = units[j]!;
    if (isClosingBracket(c)) return isTonedSyllableAt(units, start + 1, j) ? j + 1 - start : 0;
    // Cheap reject: a syllable body has only letters, tone marks, combining marks and a digit, so
    // a space, another bracket, punctuation or a Han character means this is not an annotation.
    if (c < 0x30 || c >= 0x2e80) return 0;
  }
  return 0;
}
