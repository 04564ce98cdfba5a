import { foldToSimplified } from '../../lib/core/normalize';

/** A sentence cut around the text to mark: `before + mark + after` is the sentence. */
export interface MarkedSentence {
  before: string;
  mark: string;
  after: string;
}

/** How many characters `a` and `b` share at their ends (`fromEnd`) or their starts. */
function sharedLength(a: string, b: string, fromEnd: boolean): number {
  let n = 0;
  const max = Math.min(a.length, b.length);
  while (n < max && (fromEnd ? a[a.length - 1 - n] === b[b.length - 1 - n] : a[n] === b[n])) n++;
  return n;
}

/**
 * Finds `needle` in `sentence` to mark it: the occurrence whose surroundings best agree with the
 * quote's `prefix` and `suffix` when it occurs more than once; traditional and simplified
 * characters count as equal (the fold is 1:1, so offsets stay valid). Undefined when it is not
 * there (the sentence was cut, or the needle is empty).
 * Example: `markInSentence('甲宁波乙寧波丙', '宁波', { prefix: '乙', suffix: '丙' })` → `{ before: '甲宁波乙', mark: '寧波', after: '丙' }`.
 */
export function markInSentence(
  sentence: string,
  needle: string,
  context: { prefix?: string; suffix?: string } = {},
): MarkedSentence | undefined {
  if (needle === '') return undefined;
  const haystack = foldToSimplified(sentence);
  const wanted = foldToSimplified(needle);
  let best = -1;
  let bestScore = -1;
  for (let at = haystack.indexOf(wanted); at !== -1; at = haystack.indexOf(wanted, at + 1)) {
    const score =
      sharedLength(haystack.slice(0, at), foldToSimplified(context.prefix ?? ''), true) +
      sharedLength(haystack.slice(at + wanted.length), foldToSimplified(context.suffix ?? ''), false);
    if (score > bestScore) [best, bestScore] = [at, score];
  }
  if (best === -1) return undefined;
  return {
    before: sentence.slice(0, best),
    mark: sentence.slice(best, best + needle.length),
    after: sentence.slice(best + needle.length),
  };
}
