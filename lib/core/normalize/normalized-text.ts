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
   * normalised offset known not to be after the answer, is a hint for callers that walk offsets in
   * order; the answer is the same without it (the map is searched in its runs, a few steps).
   * Example: raw `'商務(wù)區'` → `'商务区'`: fromRaw(2) → 2 (區, the first character at or after `(`).
   */
  fromRaw(raw: number, notBefore?: number): number;
}

/**
 * The offset map as runs: normalised characters [runStart[k], runStart[k + 1]) came from the raw
 * characters `runShift[k]` places further on (raw − normalised, which only grows).
 * Why runs and not one raw offset per character: a page drops a few thousand things (pinyin
 * brackets, spaces) but has hundreds of thousands of characters, and a map as long as the text
 * is a fresh array per page whose memory is touched for the first time (on the 1 MB corpus,
 * filling it cost as much as a normalisation step).
 * Example: `商務(wù)區` → `商务区` is two runs: from 0 shift 0, from 2 shift 4.
 */
export interface OffsetRuns {
  readonly runStart: ArrayLike<number>;
  readonly runShift: ArrayLike<number>;
}

/**
 * The runs of `rawIndex` (one raw offset per normalised character, strictly increasing): a run
 * starts wherever a character's raw offset is not its predecessor's + 1.
 * Example: `[0, 1, 6]` → runStart `[0, 2]`, runShift `[0, 4]`.
 */
function offsetRunsOf(rawIndex: Int32Array): OffsetRuns {
  const runStart: number[] = [];
  const runShift: number[] = [];
  let expected = -1;
  for (let i = 0; i < rawIndex.length; i++) {
    const raw = rawIndex[i]!;
    if (raw !== expected) {
      runStart.push(i);
      runShift.push(raw - i);
    }
    expected = raw + 1;
  }
  return { runStart, runShift };
}

/**
 * Builds a NormalizedText from the normalised text and, for each of its code units, the raw index
 * it came from (`rawIndex.length === text.length`, strictly increasing). `rawIndex` null means
 * nothing was dropped (identity map, `text.length === rawLength`), which costs no memory. The map
 * is read here and not kept, so the caller may reuse its buffer.
 * Example: `createNormalizedText('商务区', 7, Int32Array.of(0, 1, 6)).toRawEnd(3)` → 7.
 *
 * Contract: both methods throw a RangeError outside their documented domain, because an offset
 * outside it is a bug in the caller that would otherwise silently highlight the wrong text.
 */
export function createNormalizedText(text: string, rawLength: number, rawIndex: Int32Array | null): NormalizedText {
  if (rawIndex !== null && rawIndex.length !== text.length) {
    throw new RangeError('createNormalizedText: map length does not match the text');
  }
  return createNormalizedTextFromRuns(text, rawLength, rawIndex === null ? null : offsetRunsOf(rawIndex));
}

/** Normalised characters per block of {@link runsByBlock}, as a power of two. */
const BLOCK_BITS = 5;

/**
 * For each block of 2^BLOCK_BITS normalised characters, the last run that starts at or before the
 * block's first character. Why: the detector maps every mention to the raw text, an entity's
 * mentions in turn, so most lookups land in another run than the last one; a binary search over
 * the runs (14 steps on the 1 MB corpus, each a branch the processor cannot predict) cost more
 * than the rest of assembling the result. From a block's run, the run of a character is one or
 * two steps on (a page has far fewer runs than characters).
 * Example: runStart `[0, 2]` over 40 characters → `[0, 1]` (block 1 starts at 32, in run 1).
 */
function runsByBlock(runStart: ArrayLike<number>, n: number): Int32Array {
  const blocks = new Int32Array((n >>> BLOCK_BITS) + 1);
  const last = runStart.length - 1;
  let k = 0;
  for (let b = 0; b < blocks.length; b++) {
    const first = b << BLOCK_BITS;
    while (k < last && runStart[k + 1]! <= first) k++;
    blocks[b] = k;
  }
  return blocks;
}

/**
 * Reads the offset runs for a run of questions: the run asked for last (callers convert offsets
 * that are near each other in a row) and the block index (see runsByBlock), made at the first
 * offset that is not in the last run. An object, not variables of the closures: its fields are
 * read with no check that they are initialised (every mention of a page is converted).
 */
class RunCursor {
  private recent = 0;
  private blockRuns: Int32Array | null = null;

  constructor(
    private readonly runStart: ArrayLike<number>,
    private readonly runShift: ArrayLike<number>,
    private readonly n: number,
  ) {}

  /** Raw offset of normalised character i (0 <= i < n). */
  rawOf(i: number): number {
    const { runStart } = this;
    const last = runStart.length - 1;
    let k = this.recent;
    if (!(runStart[k]! <= i && (k === last || i < runStart[k + 1]!))) {
      // The last run starting at or before i: from its block's first run, a step or two on.
      this.blockRuns ??= runsByBlock(runStart, this.n);
      k = this.blockRuns[i >>> BLOCK_BITS]!;
      while (k < last && runStart[k + 1]! <= i) k++;
      this.recent = k;
    }
    return i + this.runShift[k]!;
  }
}

/**
 * Builds a NormalizedText from the normalised text and its offset map as runs (see OffsetRuns:
 * the first run starts at 0, starts increase, shifts grow); `runs` null means nothing was dropped
 * (`text.length === rawLength`). The runs are kept, so the caller must not change them after.
 * Example: `createNormalizedTextFromRuns('商务区', 7, { runStart: [0, 2], runShift: [0, 4] }).toRawEnd(3)` → 7.
 *
 * Contract: as createNormalizedText.
 */
export function createNormalizedTextFromRuns(
  text: string,
  rawLength: number,
  offsetRuns: OffsetRuns | null,
): NormalizedText {
  const n = text.length;
  if (offsetRuns === null && n !== rawLength) {
    throw new RangeError('createNormalizedText: map length does not match the text');
  }
  const runs = n === 0 ? null : offsetRuns;
  const cursor = runs === null ? null : new RunCursor(runs.runStart, runs.runShift, n);
  /** Raw offset of normalised character i (0 <= i < n). */
  const rawOf = (i: number): number => (cursor === null ? i : cursor.rawOf(i));
  return {
    text,
    toRawStart(i: number): number {
      if (!(Number.isInteger(i) && i >= 0 && i <= n)) throw new RangeError(`toRawStart(${i}) outside [0, ${n}]`);
      if (i === n) return rawLength;
      return rawOf(i);
    },
    toRawEnd(i: number): number {
      if (!(Number.isInteger(i) && i > 0 && i <= n)) throw new RangeError(`toRawEnd(${i}) outside [1, ${n}]`);
      return rawOf(i - 1) + 1;
    },
    fromRaw(raw: number): number {
      if (!(Number.isInteger(raw) && raw >= 0 && raw <= rawLength))
        throw new RangeError(`fromRaw(${raw}) outside [0, ${rawLength}]`);
      if (runs === null) return Math.min(raw, n);
      // The last run whose first character's raw offset is at or before `raw` (those offsets
      // increase from run to run): inside it the answer is raw − shift, or the next run's start
      // when `raw` falls in what was dropped after the run.
      const { runStart, runShift } = runs;
      if (raw < runStart[0]! + runShift[0]!) return 0;
      let low = 0;
      let high = runStart.length - 1;
      while (low < high) {
        const mid = (low + high + 1) >> 1;
        if (runStart[mid]! + runShift[mid]! <= raw) low = mid;
        else high = mid - 1;
      }
      const end = low + 1 < runStart.length ? runStart[low + 1]! : n;
      return Math.min(raw - runShift[low]!, end);
    },
  };
}
