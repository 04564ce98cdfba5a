import type { Mention } from '../entity';
import { isWhiteSpace } from '../normalize';

/**
 * The sentences of a text, each without its closing mark; empty ones are left out.
 * Example: `splitSentences('甲。乙!\n丙')` → [0,1), [2,3), [5,6).
 */
export function splitSentences(text: string): Mention[] {
  return splitAt(text, 0, text.length, isSentenceEnd);
}

/** A line this short with no sentence mark in it is a headline, a subhead or a date line. */
export const MAX_TITLE_LINE = 60;
const SENTENCE_MARK = /[。!?;]/u;

/**
 * The sentences of a text's body: like splitSentences, without the lines that tell no event of
 * their own — a headline, a subhead or a date line (`2019-06-04 来源:央广网`) is a line of at most
 * 60 characters with no 。!?; in it, and the body retells what a headline sums up, with its date.
 * Example: `splitBodySentences('甲签约 乙开幕\n5月1日,甲签约。')` → [8, 15) only.
 */
export function splitBodySentences(text: string): Mention[] {
  const sentences: Mention[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    const line = text.slice(lineStart, lineEnd);
    if (line.trim().length > MAX_TITLE_LINE || SENTENCE_MARK.test(line))
      sentences.push(...splitAt(text, lineStart, lineEnd, isSentenceEnd));
    lineStart = lineEnd + 1;
  }
  return sentences;
}

/**
 * Finds, for offsets asked in increasing order, the body sentence around each: the sentence of
 * splitBodySentences that holds the offset, or undefined on a headline or date line. It looks only
 * at the offset's line, and remembers the last line's verdict, so a walk from one event word to
 * the next never splits the sentences between them.
 * Example: `bodySentenceFinder('甲签约 乙开幕\n5月1日,甲签约。')(12)` → [8, 15);
 * at 2 (the headline) → undefined.
 */
export function bodySentenceFinder(text: string): (at: number) => Mention | undefined {
  let lineStart = -1;
  let lineEnd = -1;
  let isBody = false;
  return (at) => {
    if (at < lineStart || at >= lineEnd) {
      if (at >= lineStart && lineStart >= 0) {
        // Forward, the common walk: from line end to line end (searching back from `at` for the
        // line's start cost more than passing the lines between).
        let newline = text.indexOf('\n', lineEnd);
        for (; newline >= 0 && newline < at; newline = text.indexOf('\n', newline + 1)) lineStart = newline + 1;
        lineEnd = newline < 0 ? text.length : newline;
      } else {
        lineStart = at === 0 ? 0 : text.lastIndexOf('\n', at - 1) + 1;
        const newline = text.indexOf('\n', at);
        lineEnd = newline < 0 ? text.length : newline;
      }
      isBody = isBodyLine(text, lineStart, lineEnd);
    }
    if (!isBody || at === lineEnd) return undefined;
    let start = at;
    while (start > lineStart && !isSentenceEnd(text.charCodeAt(start - 1))) start--;
    let end = at;
    while (end < lineEnd && !isSentenceEnd(text.charCodeAt(end))) end++;
    if (end === at) return undefined; // the offset is a sentence mark: in no sentence
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    return at >= start && at < end ? { start, end } : undefined;
  };
}

/**
 * True when the line `[start, end)` of `text` is body text, as splitBodySentences tells it: longer
 * than MAX_TITLE_LINE once trimmed, or holding a sentence mark. By character code: no slice and no
 * trimmed copy of each line the walk passes.
 */
function isBodyLine(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (isSentenceMark(text.charCodeAt(i))) return true;
  let s = start;
  let e = end;
  while (s < e && isWhiteSpace(text.charCodeAt(s))) s++;
  while (e > s && isWhiteSpace(text.charCodeAt(e - 1))) e--;
  return e - s > MAX_TITLE_LINE;
}

/** 。!?; by code (SENTENCE_MARK). */
function isSentenceMark(code: number): boolean {
  return code === 0x3002 || code === 0x21 || code === 0x3f || code === 0x3b;
}

/** A sentence's end in the normalised text, by code: 。!?; or the line end (full-width ！？； are half-width there). */
function isSentenceEnd(code: number): boolean {
  return code === 0x3002 || code === 0x21 || code === 0x3f || code === 0x3b || code === 0x0a;
}

/**
 * The clauses of the sentences of one text, asked for in order: for `[start, end)`, the pieces
 * between commas and colons, spaces trimmed, empty ones left out. Found with the native `indexOf`
 * from separator to separator: a loop over the sentence's character codes was a fifth of the
 * event finding's own time. Where the next , and : are is remembered from
 * one sentence to the next, so a text with few colons is searched for them once, not once a
 * sentence; asked for an earlier span, it searches again.
 * Example: `clauseSplitter('甲,乙。丙:丁')(0, 3)` → [0,1), [2,3).
 */
export function clauseSplitter(text: string): (start: number, end: number) => Mention[] {
  // The first , (:) at or after commaFrom (colonFrom); text.length when there is none. Half-width
  // only: ，and ： are half-width after normalising.
  let comma = -1;
  let commaFrom = 0;
  let colon = -1;
  let colonFrom = 0;
  return (start, end) => {
    const spans: Mention[] = [];
    let from = start;
    for (;;) {
      if (comma < from || from < commaFrom) {
        comma = text.indexOf(',', from);
        if (comma < 0) comma = text.length;
        commaFrom = from;
      }
      if (colon < from || from < colonFrom) {
        colon = text.indexOf(':', from);
        if (colon < 0) colon = text.length;
        colonFrom = from;
      }
      const i = Math.min(comma, colon, end);
      let s = from;
      let e = i;
      while (s < e && isSpace(text.charCodeAt(s))) s++;
      while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
      if (e > s) spans.push({ start: s, end: e });
      if (i >= end) return spans;
      from = i + 1;
    }
  };
}

/**
 * The pieces of `[from, to)` between the characters `isEnd` takes, trimmed of spaces, empty ones
 * left out. A loop over the character codes: a regular expression search from mark to mark cost
 * more on the short sentences and clauses it mostly splits.
 */
function splitAt(text: string, from: number, to: number, isEnd: (code: number) => boolean): Mention[] {
  const spans: Mention[] = [];
  let start = from;
  for (let i = from; i <= to; i++) {
    if (i < to && !isEnd(text.charCodeAt(i))) continue;
    let s = start;
    let e = i;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) spans.push({ start: s, end: e });
    start = i + 1;
  }
  return spans;
}

/** Spaces the text index may leave at a sentence's ends (ASCII white space, ideographic space). */
export function isSpace(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0x3000 || code === 0xa0;
}
