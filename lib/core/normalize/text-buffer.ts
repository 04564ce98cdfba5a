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
 * time, for foldToSimplified and for the tests that check the fused pass against it.
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
