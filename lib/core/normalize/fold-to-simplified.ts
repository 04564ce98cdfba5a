import { FOLD_FROM, FOLD_TO } from './fold-table.generated';

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

// Code units per String.fromCharCode.apply: engines cap the number of arguments.
const CHUNK = 8192;

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
  // Code units one for one (a surrogate never folds, so a pair or a lone one stays as it is).
  const units = new Uint16Array(s.length);
  for (let j = 0; j < s.length; j++) {
    const c = s.charCodeAt(j);
    units[j] = table[c] || c;
  }
  const parts: string[] = [];
  for (let j = 0; j < units.length; j += CHUNK) {
    parts.push(String.fromCharCode.apply(null, units.subarray(j, j + CHUNK) as unknown as number[]));
  }
  return parts.join('');
}
