import { isHan } from './han';
import { isTonedSyllableAt } from './pinyin-syllables';
import { rawIndexOf, type TextBuffer } from './text-buffer';

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

/**
 * Drops inline pinyin annotations that immediately follow a Han character: one bracketed
 * syllable with a tone (`商務(wù)區(qū)` → `商務區`, `區（qū）` → `區`, `務(wu4)` → `務`).
 * Example: `'協會(聯(lián)盟)'` → `'協會(聯盟)'` — the inner reading goes, the real bracket stays.
 * Also stays: `(記者吳善陽)`, `(2022-2025)`, `(Eros)`, `(CBD)`, `(an)` (no tone), `（上海）`, and a
 * bracket after a space or a Latin letter.
 *
 * Why a syllable check and not a regex: `\([a-zü…]+\)` also deletes a genuine `愛情（Eros）`; and
 * checking the preceding character's own readings needs pinyin-pro (138 KB gzip) in the content
 * script at 37–48 MB/s. The garbling tools always print a tone, so one is required, and the
 * letters must form one of the ~410 real syllables.
 * "Follows a Han character" means the last character kept so far, so a second annotation in a row
 * (`務(wù)(wù)`) goes too: that keeps the whole normalisation idempotent.
 * Contract: only drops; idempotent; never drops a Han character.
 */
export function dropPinyinAnnotations(t: TextBuffer): void {
  const { units } = t;
  const n = t.length;
  let rawIndex = t.rawIndex;
  let w = 0;
  let afterHan = false;
  for (let r = 0; r < n; r++) {
    const c = units[r]!;
    if (afterHan && isOpeningBracket(c)) {
      // Reading ahead is safe: the write index never passes the read index.
      const len = annotationLength(units, r, n);
      if (len > 0) {
        rawIndex ??= rawIndexOf(t);
        r += len - 1;
        continue; // afterHan stays true: the Han character is still the last one kept
      }
    }
    units[w] = c;
    if (rawIndex !== null) rawIndex[w] = rawIndex[r]!;
    w++;
    afterHan = isHan(c);
  }
  t.length = w;
}
