import { dropAt } from './drops-in-one-pass';
import { matchingUnitTable, UNIT_AFTER_HAN_RULE, UNIT_HAN, UNIT_REWRITTEN, UNIT_SPECIAL } from './matching-unit-table';
import { createNormalizedTextFromRuns, type NormalizedText } from './normalized-text';
import { OffsetRunsBuilder } from './offset-runs-builder';
import { PIECE_UNITS, TextPieces } from './text-pieces';

export { foldToSimplified } from './fold-to-simplified';
export type { NormalizedText } from './normalized-text';

/**
 * Turns raw article text into the text the matcher reads, with a map back to raw offsets.
 * Example: `normalizeForMatching('寧波杭州灣新區（qū）, 姜\u3000焜, 上海\u3000CBD').text` → `'宁波杭州湾新区, 姜焜, 上海 CBD'`.
 *
 * Steps, in this order (each a small function with its own contract in tests/support/normalize-steps.ts,
 * the reference this pass is checked against):
 * 1. dropZeroWidth — first, so no later step is fooled by an invisible character (`務\u200B(wù)`).
 * 2. toHalfWidth (1:1) — before the pinyin step, so `（ｗù）` is seen as `(wù)`: otherwise a
 *    second run would strip what the first left, and the result would not be idempotent.
 * 3. foldTraditionalToSimplified (1:1) — before the pinyin step too, so a compatibility ideograph (U+F900…)
 *    counts as the Han character it folds to. The annotation after a traditional character
 *    (`務(wù)`) is judged on the folded character (务), which is Han either way.
 * 4. dropPinyinAnnotations — `務(wù)` → `务`; `(記者吳善陽)` stays.
 * 5. dropSpacesBetweenHan — last, because removing `(wù)` can put a space between two Han
 *    characters (`務(wù) 區`), which must then go too.
 *
 * Contract: pure (no DOM, no I/O), idempotent (`normalizeForMatching(r.text).text === r.text`), and
 * for every span [s, e) of the result, the raw span [toRawStart(s), toRawEnd(e)) normalises to
 * exactly `text.slice(s, e)`. When nothing is dropped the result keeps no map.
 *
 * How: the five steps run fused, in one pass over the raw string, with the same result as running
 * them one after another (the tests check this on random text). Steps 1–3 are per character, so
 * they are one table lookup (matching-unit-table.ts); steps 4 and 5 act only on an opening
 * bracket or a space right after a Han character, which looks ahead through the raw text with
 * steps 1–3 applied on the fly (dropAt). Every other character is written through: ~10
 * instructions, where the five in-place passes over a buffer cost several times that.
 */
export function normalizeForMatching(raw: string): NormalizedText {
  const n = raw.length;
  const pieces = new TextPieces(raw);
  const scan = new UnitScan(raw, pieces.units);
  while (scan.r < n) {
    // Each raw unit writes at most one unit (a pair two for two), so the piece cannot overflow.
    writeUnits(scan, Math.min(n, scan.r + PIECE_UNITS - scan.w));
    if (scan.w >= PIECE_UNITS || scan.r >= n) {
      pieces.add(scan.w, scan.pieceStart, scan.r, (scan.seen & UNIT_REWRITTEN) === 0, scan.loneSurrogates);
      scan.written += scan.w;
      scan.w = 0;
      scan.pieceStart = scan.r;
      scan.seen = 0;
      scan.loneSurrogates = false;
    }
  }
  return createNormalizedTextFromRuns(pieces.text(), n, scan.runs === null ? null : scan.runs.finish(scan.written));
}

/** Where the one pass is: what {@link writeUnits} carries from one call to the next. */
class UnitScan {
  runs: OffsetRunsBuilder | null = null;
  /** Units in the pieces before the current one. */
  written = 0;
  /** Units in the current piece. */
  w = 0;
  /** The next raw unit. */
  r = 0;
  /** Where the current piece starts in the raw text. */
  pieceStart = 0;
  /** What the piece saw: UNIT_* bits of its units, or'ed (UNIT_REWRITTEN also marks a drop). */
  seen = 0;
  loneSurrogates = false;
  /**
   * Units with a flag at or above this need a look: UNIT_AFTER_HAN_RULE right after a Han
   * character, else only UNIT_SPECIAL.
   */
  attention = UNIT_SPECIAL;

  constructor(
    readonly raw: string,
    readonly units: Uint16Array,
  ) {}
}

/**
 * The per-character loop: writes the units of raw `[scan.r, stop)` into the current piece.
 * Why a function of its own: on a long text this loop is compiled while it runs (on-stack
 * replacement), and inside normalizeForMatching the compiled code then ran on into the piece
 * bookkeeping, which it had no type feedback for, and was thrown away and compiled again.
 */
function writeUnits(scan: UnitScan, stop: number): void {
  const table = matchingUnitTable();
  const { raw, units } = scan;
  const n = raw.length;
  let { runs, w, r, seen, loneSurrogates, attention } = scan;
  const { written } = scan;
  while (r < stop) {
    // The units that need no look, in a loop of their own with no call in it: the compiled loop
    // then checks the arrays once, not at every character (a third of the instructions per unit).
    let entry = 0;
    for (; r < stop; r++) {
      entry = table[raw.charCodeAt(r)]!;
      if (entry >= attention) break;
      units[w++] = entry; // the Uint16Array keeps the unit, the low 16 bits
      seen |= entry;
      attention = (entry & UNIT_HAN) !== 0 ? UNIT_AFTER_HAN_RULE : UNIT_SPECIAL;
    }
    if (r >= stop) break;
    const end = dropAt(raw, r, entry, table);
    if (end > r) {
      runs ??= new OffsetRunsBuilder();
      runs.dropped(written + w, end);
      seen |= UNIT_REWRITTEN;
      r = end;
      continue; // the last unit written is still the last one kept
    }
    if ((entry & UNIT_SPECIAL) !== 0) {
      // A surrogate: a pair is copied as it is; a lone one, too, but then the piece may not
      // go through TextDecoder.
      const next = r + 1 < n ? raw.charCodeAt(r + 1) : 0;
      if (isHighSurrogate(entry & 0xffff) && isLowSurrogate(next)) {
        units[w++] = entry;
        units[w++] = next;
        r += 2;
        attention = UNIT_SPECIAL;
        continue;
      }
      loneSurrogates = true;
    }
    units[w++] = entry;
    seen |= entry;
    attention = (entry & UNIT_HAN) !== 0 ? UNIT_AFTER_HAN_RULE : UNIT_SPECIAL;
    r++;
  }
  scan.runs = runs;
  scan.w = w;
  scan.r = r;
  scan.seen = seen;
  scan.loneSurrogates = loneSurrogates;
  scan.attention = attention;
}

/** Example: `isHighSurrogate(0xd842)` → true (the first half of 𠮷). */
function isHighSurrogate(c: number): boolean {
  return (c & 0xfc00) === 0xd800;
}

/** Example: `isLowSurrogate(0xdfb7)` → true (the second half of 𠮷). */
function isLowSurrogate(c: number): boolean {
  return (c & 0xfc00) === 0xdc00;
}
