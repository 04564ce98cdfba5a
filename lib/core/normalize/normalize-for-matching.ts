import { dropPinyinAnnotations } from './drop-pinyin-annotations';
import { dropSpacesBetweenHan } from './drop-spaces-between-han';
import { dropZeroWidth } from './drop-zero-width';
import { foldTraditionalToSimplified } from './fold-to-simplified';
import { createNormalizedText, type NormalizedText } from './normalized-text';
import { textBufferFrom, textBufferToString, type TextBufferScratch } from './text-buffer';
import { toHalfWidth } from './to-half-width';

export { foldToSimplified } from './fold-to-simplified';
export type { NormalizedText } from './normalized-text';

/**
 * Turns raw article text into the text the matcher reads, with a map back to raw offsets.
 * Example: `normalizeForMatching('寧波杭州灣新區（qū）, 姜\u3000焜, 上海\u3000CBD').text` → `'宁波杭州湾新区, 姜焜, 上海 CBD'`.
 *
 * Steps, in this order (each is a small exported function with its own contract):
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
 * The steps work in place on one TextBuffer (see text-buffer.ts for why), in buffers kept from one
 * call to the next; the result keeps none of them.
 */
export function normalizeForMatching(raw: string): NormalizedText {
  const t = textBufferFrom(raw, scratchFor(raw.length));
  dropZeroWidth(t);
  toHalfWidth(t);
  foldTraditionalToSimplified(t);
  dropPinyinAnnotations(t);
  dropSpacesBetweenHan(t);
  // Nothing rewritten or dropped (a simplified page without pinyin): the text is the raw text, and
  // decoding a copy of it would cost a fifth of normalising.
  const text = t.rewritten || t.rawIndex !== null ? textBufferToString(t) : raw;
  // Nothing dropped: every offset is its own raw offset, so keep no map at all.
  return createNormalizedText(text, raw.length, t.rawIndex === null ? null : t.rawIndex.subarray(0, t.length));
}

/** Texts up to this many code units reuse the kept buffers (6 MB); longer ones get their own. */
const MAX_SCRATCH_UNITS = 1 << 20;

let scratch: TextBufferScratch | null = null;

/** The kept buffers, grown to hold `length` units when that is within {@link MAX_SCRATCH_UNITS}. */
function scratchFor(length: number): TextBufferScratch | undefined {
  if (length > MAX_SCRATCH_UNITS) return undefined;
  if (scratch === null || scratch.units.length < length) {
    const size = Math.min(MAX_SCRATCH_UNITS, Math.max(length, 2 * (scratch?.units.length ?? 0), 4096));
    scratch = { units: new Uint16Array(size), index: new Int32Array(size) };
  }
  return scratch;
}
