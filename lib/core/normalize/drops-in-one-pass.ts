import { isClosingBracket, MAX_BRACKET } from './pinyin-annotations';
import { isTonedSyllableAt } from './pinyin-syllables';
import { isSpace } from './spaces';
import { isZeroWidth } from './zero-width';
import { UNIT_HAN, UNIT_SPECIAL } from './matching-unit-table';

/**
 * Where the raw text dropped at `r` ends, or `r` when the unit there is kept; for the one-pass
 * normaliser, which calls it for a unit whose `entry` (its matching-unit-table entry) has
 * UNIT_SPECIAL, or UNIT_AFTER_HAN_RULE right after a kept Han character.
 * Examples: in `宁\u200B波` at 1 → 2; in `務(wù)區` at 1 → 5; in `曹 萍` at 1 → 2; in `上 CBD` at 1 → 1.
 */
export function dropAt(raw: string, r: number, entry: number, table: Uint32Array): number {
  const unit = entry & 0xffff;
  if ((entry & UNIT_SPECIAL) !== 0) return isZeroWidth(unit) ? r + 1 : r;
  if (isSpace(unit)) return spacesBeforeHanEnd(raw, r, table);
  return annotationEnd(raw, r, table);
}

/**
 * dropSpacesBetweenHan for the space run at `r`, which follows a Han character: the run's end
 * when the next visible character is Han (the run goes), else `r` (it stays). Zero-width
 * characters inside the run count as nothing, as dropZeroWidth has them gone by then.
 * Example: in `曹\u00A0\u200B萍` at 1 → 3; in `上海 CBD` at 2 → 2.
 */
function spacesBeforeHanEnd(raw: string, r: number, table: Uint32Array): number {
  let end = r + 1;
  while (end < raw.length) {
    const c = raw.charCodeAt(end);
    if (!isZeroWidth(c) && !isSpace(table[c]! & 0xffff)) break;
    end++;
  }
  return end < raw.length && (table[raw.charCodeAt(end)]! & UNIT_HAN) !== 0 ? end : r;
}

/** The visible units from an opening bracket on, width- and script-folded. */
const bracketUnits = new Uint16Array(MAX_BRACKET);

/**
 * dropPinyinAnnotations for the opening bracket at `r`, which follows a Han character: the raw
 * end of the annotation it opens, or `r` when it opens none. The bracket is judged, as in that
 * step, on what steps 1–3 make of the units after it (`（ｑū）` reads `(qū)`, zero-width ones vanish).
 * Example: in `區（ｑū）` at 1 → 5; in `務(w\u200Bù)` at 1 → 6; in `會(聯盟)` at 1 → 1.
 *
 * annotationLength's reading in the same loop: the first closing bracket ends the body, which is
 * one toned syllable or no annotation. Why not collect the units and call it: it read them all
 * again, and a page has an annotation after every few dozen characters (14,000 on the 1 MB corpus).
 */
function annotationEnd(raw: string, r: number, table: Uint32Array): number {
  // The module's array in a local: read through the module scope, every access was checked again.
  const units = bracketUnits;
  const n = raw.length;
  let count = 0;
  for (let j = r; j < n && count < MAX_BRACKET; j++) {
    const c = raw.charCodeAt(j);
    const entry = table[c]!;
    // Zero-width characters are the only special units that vanish (a surrogate is no body's).
    if ((entry & UNIT_SPECIAL) !== 0 && isZeroWidth(c)) continue;
    const unit = entry & 0xffff;
    units[count++] = unit;
    if (count === 1) continue; // the opening bracket
    if (isClosingBracket(unit)) return isTonedSyllableAt(units, 1, count - 1) ? j + 1 : r;
    // What annotationLength rejects a body for (a space, punctuation, a Han character): no
    // annotation here, and no need to read on (most brackets after Han are annotations, but
    // `(记者…` is not).
    if (unit < 0x30 || unit >= 0x2e80) return r;
  }
  return r;
}
