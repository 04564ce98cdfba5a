import { isOpeningBracket } from './pinyin-annotations';
import { isSpace } from './spaces';
import { isZeroWidth } from './zero-width';
import { FOLD_FROM, FOLD_TO } from './fold-table.generated';
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
  table ??= buildTable();
  return table;
}

/**
 * The table, built as ranges: nearly every code unit stays itself, so plain loops write those
 * entries (with the Han and surrogate flags of their range); then the few thousand units that
 * something happens to — full-width forms, spaces, brackets, zero-width characters, folds — get
 * theirs. Why not an entry function called for all 65,536: run once, in the interpreter and then
 * recompiled as each new range met a branch it had not seen, that was ~40 % of the instructions of
 * a fresh background's first detection. tests/unit/matching-unit-table.test.ts checks every entry
 * against the per-character steps.
 */
function buildTable(): Uint32Array {
  const t = new Uint32Array(0x10000);
  fillUnits(t, 0, 0x10000, 0);
  fillUnits(t, 0x3400, 0x4dc0, UNIT_HAN); // Extension A
  fillUnits(t, 0x4e00, 0xa000, UNIT_HAN); // CJK Unified Ideographs
  fillUnits(t, 0xd800, 0xe000, UNIT_SPECIAL); // surrogates
  fillEntries(t, 0xff01, 0xff5f); // full-width ASCII
  for (const c of [0x20, 0xa0, 0x3000, 0x28, 0xff08, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]) {
    t[c] = matchingUnitEntry(c);
  }
  fillFolds(t);
  return t;
}

/**
 * The entries of the units that fold (區 → 区): a Han character or a compatibility ideograph
 * folding to a Han character, so the unit folded to, UNIT_REWRITTEN and that unit's Han flag
 * (already in `t`, whose other entries are written). Straight from the pairs, not through the 64K
 * fold table, which a background that only detects then never builds.
 */
function fillFolds(t: Uint32Array): void {
  for (let i = 0; i < FOLD_FROM.length; i++) {
    const to = FOLD_TO.charCodeAt(i);
    t[FOLD_FROM.charCodeAt(i)] = to | UNIT_REWRITTEN | (t[to]! & UNIT_HAN);
  }
}

/** Entries `[from, to)` of `t`: each unit itself, with `flags`. */
function fillUnits(t: Uint32Array, from: number, to: number, flags: number): void {
  for (let c = from; c < to; c++) t[c] = c | flags;
}

/** Entries `[from, to)` of `t`, each {@link matchingUnitEntry}. */
function fillEntries(t: Uint32Array, from: number, to: number): void {
  for (let c = from; c < to; c++) t[c] = matchingUnitEntry(c);
}

/** Surrogate code units (D800–DFFF): paired or lone, they pass through untouched. */
function isSurrogate(c: number): boolean {
  return (c & 0xf800) === 0xd800;
}

/**
 * The table entry of a unit that does not fold to simplified (those are {@link fillFolds}'s; the
 * units given here are spaces, brackets, zero-width and full-width ASCII characters). Example:
 * `matchingUnitEntry(0x3000)` (ideographic space) → 0x20 | UNIT_REWRITTEN | UNIT_AFTER_HAN_RULE.
 */
function matchingUnitEntry(c: number): number {
  if (isZeroWidth(c) || isSurrogate(c)) return c | UNIT_SPECIAL;
  const unit = halfWidthUnit(c);
  let entry = unit;
  if (isHan(unit)) entry |= UNIT_HAN;
  if (unit !== c) entry |= UNIT_REWRITTEN;
  if (isSpace(unit) || isOpeningBracket(unit)) entry |= UNIT_AFTER_HAN_RULE;
  return entry;
}
