/**
 * The five normalisation steps one at a time, on a buffer: the reference the one-pass normaliser
 * (lib/core/normalize/normalize-for-matching.ts) is checked against, and the steps' own examples.
 * Why in tests/: nothing in the extension runs them any more; the one pass does their work with
 * the same per-character rules, which stay in lib (isZeroWidth, halfWidthUnit, simplifiedUnit,
 * annotationLength, isSpace).
 */
import { isHan } from '../../lib/core/normalize/han';
import { halfWidthUnit } from '../../lib/core/normalize/half-width';
import { annotationLength, isOpeningBracket } from '../../lib/core/normalize/pinyin-annotations';
import { simplifiedUnit } from '../../lib/core/normalize/fold-to-simplified';
import { isSpace } from '../../lib/core/normalize/spaces';
import { isZeroWidth } from '../../lib/core/normalize/zero-width';

/**
 * Text under normalisation, edited in place by the steps: `units[0, length)` are its UTF-16 code
 * units and `rawIndex[i]` is the raw offset that unit `i` came from — null while no unit was
 * dropped (the map is the identity then: most pages drop nothing, and filling a map as long as
 * the text cost a tenth of normalising). A dropping step asks {@link rawIndexOf} for it.
 *
 * Why a buffer and not a string per step: every step either rewrites a unit 1:1 (width, script
 * fold) or drops units (pinyin, spaces, zero-width); neither ever inserts. So each step can work
 * in place on typed arrays — a dropping step compacts both arrays with a write index that never
 * passes its read index — and the offset map is composed for free instead of allocating a new
 * string and a new map per step. Measured on the traditional + pinyin fixture: ~2.5× faster than
 * the string-per-step version of the same functions. normalizeForMatching now runs the steps
 * fused in one pass instead (see there); the buffer form remains the steps' reference, one at a
 * time, for the tests that check the fused pass against it.
 */
export interface TextBuffer {
  readonly units: Uint16Array;
  rawIndex: Int32Array | null;
  length: number;
  /** True when the text holds an unpaired surrogate (only then must decoding avoid TextDecoder). */
  readonly loneSurrogates: boolean;
  /** Set by a step that rewrites a unit (a dropped unit shows in `rawIndex` instead). */
  rewritten: boolean;
}

/** One normalisation step: edits the buffer in place (rewrites units, or drops some). */
export type NormalizationStep = (t: TextBuffer) => void;

/**
 * Loads a string into a fresh buffer with the identity offset map (null until a step drops a unit).
 * Example: `textBufferFrom('宁波')` → `{ units: [0x5b81, 0x6ce2], rawIndex: null, length: 2, … }`.
 */
export function textBufferFrom(s: string): TextBuffer {
  const n = s.length;
  const units = new Uint16Array(n);
  let loneSurrogates = false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    units[i] = c;
    if ((c & 0xf800) === 0xd800) {
      // Rare: a surrogate. Well-formed only as high (D800–DBFF) then low (DC00–DFFF).
      const next = i + 1 < n ? s.charCodeAt(i + 1) : 0;
      if (c <= 0xdbff && (next & 0xfc00) === 0xdc00) {
        units[++i] = next;
      } else {
        loneSurrogates = true;
      }
    }
  }
  return { units, rawIndex: null, length: n, loneSurrogates, rewritten: false };
}

/**
 * The buffer's offset map, made the identity over the units left when it is first needed: a step
 * calls this when it drops its first unit, before any unit moved. Example: for a fresh buffer of
 * `宁\u200B波`, `[0, 1, 2]`.
 */
export function rawIndexOf(t: TextBuffer): Int32Array {
  if (t.rawIndex === null) {
    const rawIndex = new Int32Array(t.units.length);
    for (let i = 0; i < t.length; i++) rawIndex[i] = i;
    t.rawIndex = rawIndex;
  }
  return t.rawIndex;
}

let utf16Decoder: TextDecoder | null = null;

/**
 * The buffer's current text. Example: after dropping the pinyin from `務(wù)`, `'務'`.
 *
 * TextDecoder('utf-16le') is ~4× faster than `String.fromCharCode` over chunks, but it replaces
 * lone surrogates with U+FFFD; dropping steps never remove a surrogate, so pairs stay paired and
 * the fallback is needed only when the raw text already had a lone one.
 */
export function textBufferToString(t: TextBuffer): string {
  const units = t.units.subarray(0, t.length);
  if (!t.loneSurrogates) {
    utf16Decoder ??= new TextDecoder('utf-16le');
    return utf16Decoder.decode(units);
  }
  const CHUNK = 8192; // engines cap the number of arguments to apply()
  const parts: string[] = [];
  for (let i = 0; i < units.length; i += CHUNK) {
    parts.push(String.fromCharCode.apply(null, units.subarray(i, i + CHUNK) as unknown as number[]));
  }
  return parts.join('');
}

/**
 * Runs one step on a string and reports the result with, for each output unit, its index in the
 * input. For tests and examples. Example: `runStep(dropZeroWidth, '宁\u200B波')` →
 * `{ text: '宁波', kept: [0, 2] }`.
 */
export function runStep(step: NormalizationStep, s: string): { text: string; kept: number[] } {
  const t = textBufferFrom(s);
  step(t);
  return { text: textBufferToString(t), kept: Array.from(rawIndexOf(t).subarray(0, t.length)) };
}

/**
 * Drops zero-width characters (U+200B–U+200D, U+2060, U+FEFF) anywhere.
 * Example: `'宁\u200B波'` → `'宁波'` (kept raw offsets 0, 2).
 *
 * Why: some sites sprinkle them into names (anti-scraping, or line-break hints) and they are
 * invisible, so `宁\u200B波` must match 宁波. Runs first, so that the later steps judge
 * "immediately after a Han character" on the visible text.
 * Contract: only drops; idempotent.
 */
export function dropZeroWidth(t: TextBuffer): void {
  const { units } = t;
  const n = t.length;
  // Most pages have none: find the first one without writing anything.
  let r = 0;
  while (r < n && !isZeroWidth(units[r]!)) r++;
  if (r === n) return;
  const rawIndex = rawIndexOf(t);
  let w = r;
  for (; r < n; r++) {
    const c = units[r]!;
    if (isZeroWidth(c)) continue;
    units[w] = c;
    rawIndex[w++] = rawIndex[r]!;
  }
  t.length = w;
}

/**
 * Maps full-width ASCII (U+FF01–U+FF5E) to ASCII, and U+3000 (ideographic space) and U+00A0 (NBSP)
 * to a plain space, one code unit for one.
 * Example: `'（ＣＢＤ）\u3000Ａ１'` → `'(CBD) A1'`.
 *
 * Why the spaces: `上海 CBD` should read the same whichever space the page used; between two Han
 * characters the space step then drops them all alike. Chinese punctuation outside that block
 * (、。「」) is left alone.
 * Contract: 1:1 (offsets unchanged); idempotent.
 */
export function toHalfWidth(t: TextBuffer): void {
  const { units } = t;
  const n = t.length;
  for (let i = 0; i < n; i++) {
    const c = units[i]!;
    const half = halfWidthUnit(c);
    if (half !== c) {
      units[i] = half;
      t.rewritten = true;
    }
  }
}

/**
 * Step: folds traditional (and variant, and compatibility) Han characters to simplified in place,
 * one code unit for one. Example: `'寧波杭州灣新區'` → `'宁波杭州湾新区'`.
 * Contract: 1:1 (offsets unchanged); idempotent; only Han code units change.
 */
export function foldTraditionalToSimplified(t: TextBuffer): void {
  const { units } = t;
  const n = t.length;
  let rewritten = false;
  for (let i = 0; i < n; i++) {
    const folded = simplifiedUnit(units[i]!);
    if (folded !== units[i]) {
      units[i] = folded;
      rewritten = true;
    }
  }
  if (rewritten) t.rewritten = true;
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

/**
 * Drops runs of spaces (ASCII, NBSP, U+3000) that sit between two Han characters.
 * Example: `'姜\u3000焜'` → `'姜焜'`, `'曹 萍'` → `'曹萍'`, but `'上海 CBD'` and `'CBD 上海'` stay.
 *
 * Why: Chinese pages pad two-character names to the width of three (`曹\u3000萍`) and some editors
 * space out headings; Chinese has no word spaces, so a space between Han characters is layout,
 * not content. Tabs and line breaks are kept: they may separate paragraphs, and joining
 * `…上海市` with `委…` across a paragraph would invent a 市委.
 * Contract: only drops; idempotent; O(n) whatever the run lengths.
 */
export function dropSpacesBetweenHan(t: TextBuffer): void {
  const { units } = t;
  const n = t.length;
  let rawIndex = t.rawIndex;
  let w = 0;
  let afterHan = false;
  for (let r = 0; r < n;) {
    const c = units[r]!;
    if (afterHan && isSpace(c)) {
      let end = r + 1;
      while (end < n && isSpace(units[end]!)) end++;
      if (end < n && isHan(units[end]!)) {
        rawIndex ??= rawIndexOf(t);
        r = end; // drop the run; afterHan stays true
        continue;
      }
      for (; r < end; r++) {
        units[w] = units[r]!;
        if (rawIndex !== null) rawIndex[w] = rawIndex[r]!;
        w++;
      }
      afterHan = false;
      continue;
    }
    units[w] = c;
    if (rawIndex !== null) rawIndex[w] = rawIndex[r]!;
    w++;
    afterHan = isHan(c);
    r++;
  }
  t.length = w;
}
