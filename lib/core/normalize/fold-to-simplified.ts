import { FOLD_FROM, FOLD_TO } from './fold-table.generated';
import { textBufferFrom, textBufferToString, type TextBuffer } from './text-buffer';

let foldTable: Uint16Array | null = null;

/**
 * The 64K lookup: `table[c]` is what code unit `c` folds to, or 0 when it stays.
 * Built on first use from the generated FROM/TO strings (~3,400 pairs) so that importing the
 * module costs nothing on pages that are never scanned; 128 KB once built.
 */
function getFoldTable(): Uint16Array {
  if (foldTable === null) {
    foldTable = new Uint16Array(0x10000);
    for (let i = 0; i < FOLD_FROM.length; i++) foldTable[FOLD_FROM.charCodeAt(i)] = FOLD_TO.charCodeAt(i);
  }
  return foldTable;
}

/**
 * What one code unit folds to: its simplified form, or itself when it has none.
 * Example: `simplifiedUnit(0x5340)` (區) → 0x533a (区); `simplifiedUnit(0x41)` (A) → 0x41.
 */
export function simplifiedUnit(c: number): number {
  return getFoldTable()[c] || c;
}

/**
 * Step: folds traditional (and variant, and compatibility) Han characters to simplified in place,
 * one code unit for one. Example: `'寧波杭州灣新區'` → `'宁波杭州湾新区'`.
 * Contract: 1:1 (offsets unchanged); idempotent; only Han code units change.
 */
export function foldTraditionalToSimplified(t: TextBuffer): void {
  const table = getFoldTable();
  const { units } = t;
  const n = t.length;
  let rewritten = false;
  for (let i = 0; i < n; i++) {
    const folded = table[units[i]!]!;
    if (folded !== 0) {
      units[i] = folded;
      rewritten = true;
    }
  }
  if (rewritten) t.rewritten = true;
}

/**
 * Folds traditional (and variant / compatibility) Han characters to simplified, one UTF-16 code
 * unit for one, so offsets in the result equal offsets in `s`.
 * Example: `foldToSimplified('寧波杭州灣新區')` → `'宁波杭州湾新区'`; non-Han text is unchanged.
 *
 * Contract: same length as `s`; idempotent; only Han code units change; returns `s` itself when
 * nothing folds. Apply it to knowledge-base names so they meet the page text, which gets the same
 * fold inside `normalizeForMatching`. It is OpenCC's single-character fold, not a phrase
 * conversion: right for matching, not for display. The table is scripts/build-fold-table.mjs's.
 */
export function foldToSimplified(s: string): string {
  const table = getFoldTable();
  let i = 0;
  // Fast path: simplified text usually has nothing to fold; scan without allocating.
  while (i < s.length && table[s.charCodeAt(i)] === 0) i++;
  if (i === s.length) return s;
  const t = textBufferFrom(s);
  foldTraditionalToSimplified(t);
  return textBufferToString(t);
}
