import type { Mention } from '../entity';

// Sentence ends in the normalised text (full-width ！？； are half-width there).
const SENTENCE_END = new Set([...'。!?;\n']);
// Clause separators inside a sentence (，： are half-width after normalising).
const CLAUSE_END = new Set([...',:']);

/**
 * The sentences of a text, each without its closing mark; empty ones are left out.
 * Example: `splitSentences('甲。乙!\n丙')` → [0,1), [2,3), [5,6).
 */
export function splitSentences(text: string): Mention[] {
  return splitAt(text, 0, text.length, SENTENCE_END);
}

/** The clauses of `[start, end)`: the pieces between commas and colons. Example: `splitClauses('甲,乙', 0, 3)` → [0,1), [2,3). */
export function splitClauses(text: string, start: number, end: number): Mention[] {
  return splitAt(text, start, end, CLAUSE_END);
}

function splitAt(text: string, from: number, to: number, ends: ReadonlySet<string>): Mention[] {
  const spans: Mention[] = [];
  let start = from;
  for (let i = from; i <= to; i++) {
    if (i < to && !ends.has(text.charAt(i))) continue;
    let s = start;
    let e = i;
    while (s < e && /\s/u.test(text.charAt(s))) s++;
    while (e > s && /\s/u.test(text.charAt(e - 1))) e--;
    if (e > s) spans.push({ start: s, end: e });
    start = i + 1;
  }
  return spans;
}
