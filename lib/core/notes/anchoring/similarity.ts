/**
 * Cheap, bounded string similarities for comparing a stored quote context with the text around a
 * candidate place. All work on UTF-16 code units; the caller bounds the lengths (context windows
 * of a few dozen characters, sentence sides of at most a hundred or so).
 */

/** Which side of the quote a context lies on: it is read outwards from the quote. */
export type ContextSide = 'before' | 'after';

/**
 * A stored context compiled for repeated comparison: its characters read outwards from the quote,
 * and (for at most 32 characters) the bit masks of Myers' bit-parallel edit distance.
 */
export interface ContextPattern {
  readonly text: string;
  readonly side: ContextSide;
  /** Distinct code units of the context and, for each, the bit mask of its positions read outwards; null when longer than 32. */
  readonly units: Uint16Array | null;
  readonly masks: Int32Array | null;
}

/** Compiles `context` (the text on `side` of a quote) for {@link contextDistance}. */
export function contextPattern(context: string, side: ContextSide): ContextPattern {
  const m = context.length;
  if (m === 0 || m > 32) return { text: context, side, units: null, masks: null };
  const byUnit = new Map<number, number>();
  for (let i = 0; i < m; i++) {
    const unit = side === 'before' ? context.charCodeAt(m - 1 - i) : context.charCodeAt(i);
    byUnit.set(unit, (byUnit.get(unit) ?? 0) | (1 << i));
  }
  return { text: context, side, units: Uint16Array.from(byUnit.keys()), masks: Int32Array.from(byUnit.values()) };
}

// The masks of the pattern being compared, by code unit; all zero between comparisons.
// Allocated on first use (256 KB), not when a content script merely loads this module.
let maskTable: Int32Array | null = null;

// Two reused rows for the dynamic-programming fallback.
let rowA = new Int32Array(128);
let rowB = new Int32Array(128);

/**
 * Reference implementation of {@link contextDistance} by dynamic programming, O(|context|·|window|);
 * used for contexts longer than 32 characters (and by the tests, to check the bit-parallel one).
 */
export function contextDistanceTable(context: string, window: string, side: ContextSide): number {
  const m = context.length;
  const n = window.length;
  if (m === 0) return 0;
  if (n === 0) return m;
  if (rowA.length <= n) {
    rowA = new Int32Array(n + 1);
    rowB = new Int32Array(n + 1);
  }
  let previous = rowA;
  let current = rowB;
  for (let j = 0; j <= n; j++) previous[j] = j;
  const before = side === 'before';
  let best = m;
  for (let i = 1; i <= m; i++) {
    const a = before ? context.charCodeAt(m - i) : context.charCodeAt(i - 1);
    current[0] = i;
    for (let j = 1; j <= n; j++) {
      const b = before ? window.charCodeAt(n - j) : window.charCodeAt(j - 1);
      const substitute = previous[j - 1]! + (a === b ? 0 : 1);
      const remove = previous[j]! + 1;
      const insert = current[j - 1]! + 1;
      current[j] =
        substitute < remove ? (substitute < insert ? substitute : insert) : remove < insert ? remove : insert;
    }
    const swap = previous;
    previous = current;
    current = swap;
  }
  for (let j = 0; j <= n; j++) if (previous[j]! < best) best = previous[j]!;
  return best;
}

/**
 * Edit distance (Levenshtein: insert, delete, substitute, each 1) between a stored context and the
 * best-matching stretch of `window` that starts at the quote, both read outwards from the quote:
 * from their ends for a prefix (`'before'`), from their starts for a suffix (`'after'`). The far
 * end of the window is free, so a window a few characters longer than the context absorbs
 * insertions without being charged for the characters they pushed out.
 * Contexts of at most 32 characters use Myers' bit-parallel algorithm (Hyyrö's formulation with
 * the first row counting up, i.e. anchored at the quote): O(|window|).
 * Example: `contextDistance(contextPattern('会与宁波', 'before'), 'X会与宁波')` → 0;
 * `contextDistance(contextPattern('签订合作', 'after'), '签署合作')` → 1.
 */
export function contextDistance(pattern: ContextPattern, window: string): number {
  const { units, masks, text, side } = pattern;
  const m = text.length;
  if (m === 0) return 0;
  if (units === null || masks === null) return contextDistanceTable(text, window, side);
  const table = (maskTable ??= new Int32Array(0x10000));
  for (let k = 0; k < units.length; k++) table[units[k]!] = masks[k]!;
  const n = window.length;
  const high = 1 << (m - 1);
  let pv = -1;
  let mv = 0;
  let score = m;
  let best = m;
  for (let j = 0; j < n; j++) {
    const eq = table[side === 'before' ? window.charCodeAt(n - 1 - j) : window.charCodeAt(j)]!;
    const xv = eq | mv;
    // The sum may pass 32 bits; `^` takes it modulo 2^32, the carry-out the algorithm discards.
    const xh = (((eq & pv) + pv) ^ pv) | eq;
    let ph = mv | ~(xh | pv);
    let mh = pv & xh;
    if (ph & high) score++;
    else if (mh & high) score--;
    if (score < best) best = score;
    ph = (ph << 1) | 1;
    mh <<= 1;
    pv = mh | ~(xv | ph);
    mv = ph & xv;
  }
  for (let k = 0; k < units.length; k++) table[units[k]!] = 0;
  return best;
}

/**
 * How well `window` (the text next to a candidate) matches a stored context, in [0, 1]:
 * `1 − contextDistance / |context|`, floored at 0; 1 for an empty context. A run of k equal
 * characters next to the quote alone already gives at least k / |context|.
 */
export function contextSimilarity(pattern: ContextPattern, window: string): number {
  const m = pattern.text.length;
  if (m === 0) return 1;
  if (pattern.side === 'before' ? window.endsWith(pattern.text) : window.startsWith(pattern.text)) return 1;
  return Math.max(0, 1 - contextDistance(pattern, window) / m);
}

/** How many characters `context` and `window` share next to the quote (common suffix before it, common prefix after it). */
export function commonRun(context: string, window: string, side: ContextSide): number {
  const limit = Math.min(context.length, window.length);
  let k = 0;
  if (side === 'before') {
    while (k < limit && context.charCodeAt(context.length - 1 - k) === window.charCodeAt(window.length - 1 - k)) k++;
  } else {
    while (k < limit && context.charCodeAt(k) === window.charCodeAt(k)) k++;
  }
  return k;
}

/** The character bigrams of a text with their counts (keyed by the two code units), and their number. */
export interface BigramProfile {
  readonly counts: ReadonlyMap<number, number>;
  readonly total: number;
}

function countBigrams(text: string): Map<number, number> {
  const counts = new Map<number, number>();
  for (let i = 0; i + 1 < text.length; i++) {
    const key = text.charCodeAt(i) * 0x10000 + text.charCodeAt(i + 1);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** The bigram profile of `text`, computed once for a stored text compared with many others. */
export function bigramProfile(text: string): BigramProfile {
  return { counts: countBigrams(text), total: Math.max(0, text.length - 1) };
}

/**
 * Dice coefficient of the character bigrams of two texts, in [0, 1]: 2·|shared| / (|A| + |B|),
 * counting repeated bigrams as often as both have them. Order-insensitive, so a sentence with a
 * word changed or a clause moved stays similar. 0 when neither has a bigram: compare short texts
 * for equality first.
 * Example: `bigramDice(bigramProfile('与宁波签订'), '与宁波签署')` → 0.75.
 */
export function bigramDice(a: BigramProfile, b: string): number {
  const totalB = Math.max(0, b.length - 1);
  if (a.total + totalB === 0) return 0;
  if (a.total === 0 || totalB === 0) return 0;
  let shared = 0;
  for (const [key, count] of countBigrams(b)) {
    const inA = a.counts.get(key);
    if (inA !== undefined) shared += Math.min(inA, count);
  }
  return (2 * shared) / (a.total + totalB);
}
