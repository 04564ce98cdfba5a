import { isOpeningBracket } from './pinyin-annotations';
import { isSpace } from './spaces';
import { isZeroWidth } from './zero-width';
import { simplifiedUnit } from './fold-to-simplified';
import { isHan } from './han';
import { halfWidthUnit } from './half-width';

/** Flag: the unit this code unit becomes is a Han character. */
export const UNIT_HAN = 1 << 16;
/** Flag: the code unit becomes a different one (a width or script fold). */
export const UNIT_REWRITTEN = 1 << 17;
/** Flag: what happens to the unit depends on the character before it — a space or an opening bracket, which go only right after Han. */
export const UNIT_AFTER_HAN_RULE = 1 << 18;
/** Flag: the unit needs a look whatever comes before it — a zero-width character (dropped) or a surrogate. */
export const UNIT_SPECIAL = 1 << 19;

let table: Uint32Array | null = null;

/**
 * Everything the per-character steps do to one raw code unit, for all 65,536 of them:
 * `table[c] & 0xffff` is the unit `c` becomes — the width fold, then the script fold — and the
 * bits above are the UNIT_* flags. Built once, on first use (256 KB).
 * Example: 區 (U+5340) → 0x533a | UNIT_HAN | UNIT_REWRITTEN; `（` → 0x28 | UNIT_REWRITTEN |
 * UNIT_AFTER_HAN_RULE; `a` → 0x61; U+200B → 0x200b | UNIT_SPECIAL.
 *
 * Why one table: normalising reads it once per character, and a character with no flag above
 * UNIT_REWRITTEN (nearly all of them) is written through with no other test — one load instead of
 * five steps' worth of range checks.
 */
export function matchingUnitTable(): Uint32Array {
  if (table === null) {
    table = new Uint32Array(0x10000);
    for (let c = 0; c < 0x10000; c++) table[c] = matchingUnitEntry(c);
  }
  return table;
}

/** Surrogate code units (D800–DFFF): paired or lone, they pass through untouched. */
function isSurrogate(c: number): boolean {
  return (c & 0xf800) === 0xd800;
}

/**
 * One table entry. Example: `matchingUnitEntry(0x3000)` (ideographic space) → 0x20 |
 * UNIT_REWRITTEN | UNIT_AFTER_HAN_RULE.
 */
function matchingUnitEntry(c: number): number {
  if (isZeroWidth(c) || isSurrogate(c)) return c | UNIT_SPECIAL;
  const unit = simplifiedUnit(halfWidthUnit(c));
  let entry = unit;
  if (isHan(unit)) entry |= UNIT_HAN;
  if (unit !== c) entry |= UNIT_REWRITTEN;
  if (isSpace(unit) || isOpeningBracket(unit)) entry |= UNIT_AFTER_HAN_RULE;
  return entry;
}
