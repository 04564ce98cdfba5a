/**
 * Normalised text plus the way back to the raw text it came from.
 *
 * Every normalisation step either keeps a code unit (possibly replacing it by another single code
 * unit) or drops it; nothing is ever inserted or merged. So each normalised code unit comes from
 * exactly one raw code unit, and a normalised span [s, e) maps to the raw span
 * [toRawStart(s), toRawEnd(e)): from the raw unit behind s to just after the raw unit behind e − 1.
 * That raw span holds exactly what produced the normalised span, including anything dropped
 * between its characters (a pinyin bracket, a space inside a name) and nothing dropped before its
 * first or after its last character.
 * Example: raw `'商務(wù)區'` → text `'商务区'`; the span [1, 3) (务区) maps to raw [1, 7) (`務(wù)區`),
 * the span [0, 2) (商务) to raw [0, 2) — not [0, 6), which would drag in the dropped `(wù)`.
 */
export interface NormalizedText {
  /** The text the matcher reads. */
  readonly text: string;
  /** Raw offset where normalised character i starts (0 <= i < text.length); toRawStart(text.length) = raw.length. */
  toRawStart(i: number): number;
  /** Raw offset just after normalised character i-1, for an exclusive end i (0 < i <= text.length). */
  toRawEnd(i: number): number;
  /**
   * The first normalised offset whose raw start is at least `raw` (text.length when none is), for
   * 0 <= raw <= raw length: where a raw offset falls in the normalised text. `notBefore`, a
   * normalised offset known not to be after the answer, narrows the search to the distance from it
   * (each normalised character stands for at least one raw one), so a walk through offsets in order
   * costs a few steps per offset.
   * Example: raw `'商務(wù)區'` → `'商务区'`: fromRaw(2) → 2 (區, the first character at or after `(`).
   */
  fromRaw(raw: number, notBefore?: number): number;
}

/**
 * Builds a NormalizedText from the normalised text and, for each of its code units, the raw index
 * it came from (`rawIndex.length === text.length`, strictly increasing). `rawIndex` null means
 * nothing was dropped (identity map, `text.length === rawLength`), which costs no memory.
 * Example: `createNormalizedText('商务区', 7, Int32Array.of(0, 1, 6)).toRawEnd(3)` → 7.
 *
 * Contract: both methods throw a RangeError outside their documented domain, because an offset
 * outside it is a bug in the caller that would otherwise silently highlight the wrong text.
 */
export function createNormalizedText(text: string, rawLength: number, rawIndex: Int32Array | null): NormalizedText {
  const n = text.length;
  if (rawIndex === null ? n !== rawLength : rawIndex.length !== n) {
    throw new RangeError('createNormalizedText: map length does not match the text');
  }
  return {
    text,
    toRawStart(i: number): number {
      if (!(Number.isInteger(i) && i >= 0 && i <= n)) throw new RangeError(`toRawStart(${i}) outside [0, ${n}]`);
      if (i === n) return rawLength;
      return rawIndex === null ? i : rawIndex[i]!;
    },
    toRawEnd(i: number): number {
      if (!(Number.isInteger(i) && i > 0 && i <= n)) throw new RangeError(`toRawEnd(${i}) outside [1, ${n}]`);
      return (rawIndex === null ? i - 1 : rawIndex[i - 1]!) + 1;
    },
    fromRaw(raw: number, notBefore = 0): number {
      if (!(Number.isInteger(raw) && raw >= 0 && raw <= rawLength))
        throw new RangeError(`fromRaw(${raw}) outside [0, ${rawLength}]`);
      if (rawIndex === null) return raw;
      // Binary search between the hint and where the answer must be at the latest (rawIndex is
      // strictly increasing, by at least one per character).
      let low = Math.min(Math.max(0, notBefore), n);
      let high = low === n ? n : Math.min(n, low + Math.max(0, raw - rawIndex[low]!));
      while (low < high) {
        const mid = (low + high) >> 1;
        if (rawIndex[mid]! < raw) low = mid + 1;
        else high = mid;
      }
      return low;
    },
  };
}
