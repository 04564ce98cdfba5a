import { addDays, type IsoDate } from './calendar-date';
import { resolveTextDate } from './resolve-text-date';
import { firstTextDate, type TextDate } from './text-dates';

/**
 * Two characters that every written or pointing date holds: a number before 日/号/天 (`28日`,
 * `二十八号`, `前一天`, `第二天`), a day word (`今天`, `昨日`, `当天`, `同日`, `次日`, `翌日`), a weekday
 * (`周五`, `星期一`, `礼拜天`) or `2019-06-04`. Words that only hold 日 or 天 (`日前`, `天津`) do not
 * pass, so most sentences skip the date search.
 */
export const MAY_DATE =
  /[0-9〇零一二两三四五六七八九十][日号天]|[今昨前明后当同次翌][天日]|[周期拜][一二三四五六日天]|[0-9][-/.][0-9]/u;

/** Bits of MAY_DATE_CHARS: what a character can be in a match of MAY_DATE. */
const NUMBER = 1; // first of `28日`, `二十八号`
const DAY_WORD = 2; // first of `今天`, `当天`
const WEEK_WORD = 4; // first of `周五`, `礼拜天`
const DIGIT = 8; // first and last of `6-4`
const NUMBER_AFTER = 16; // 日号天
const DAY_WORD_AFTER = 32; // 天日
const WEEKDAY = 64; // 一二三四五六日天
const DATE_JOIN = 128; // -/.
/** MAY_DATE's character classes as bits by character code (see mayDateMarks). */
export const MAY_DATE_CHARS = new Uint8Array(0x10000);
for (const [chars, bit] of [
  ['0123456789〇零一二两三四五六七八九十', NUMBER],
  ['今昨前明后当同次翌', DAY_WORD],
  ['周期拜', WEEK_WORD],
  ['0123456789', DIGIT],
  ['日号天', NUMBER_AFTER],
  ['天日', DAY_WORD_AFTER],
  ['一二三四五六日天', WEEKDAY],
  ['-/.', DATE_JOIN],
] as const)
  for (const char of chars) MAY_DATE_CHARS[char.charCodeAt(0)]! |= bit;

/**
 * The length of MAY_DATE's match at `at` of `text`, whose character there has the MAY_DATE_CHARS
 * bits `bits` (not 0), for `at < text.length - 1`: 2 or 3, or 0 when none matches there (at most
 * one alternative can).
 * Example: `dateMarkAt('28日', 1, MAY_DATE_CHARS[0x38])` → 2.
 */
export function dateMarkAt(text: string, at: number, bits: number): number {
  const next = MAY_DATE_CHARS[text.charCodeAt(at + 1)]!;
  if (
    (bits & NUMBER && next & NUMBER_AFTER) ||
    (bits & DAY_WORD && next & DAY_WORD_AFTER) ||
    (bits & WEEK_WORD && next & WEEKDAY)
  )
    return 2;
  return bits & DIGIT && next & DATE_JOIN && MAY_DATE_CHARS[text.charCodeAt(at + 2)]! & DIGIT ? 3 : 0;
}

/**
 * Where MAY_DATE matches in `text`: the starts `text.matchAll(/…/gu)` would give with its source,
 * found by a loop over the character codes (no match objects: a long text has thousands).
 * At most one of MAY_DATE's alternatives can match at a place, so a match's length is known.
 * Example: `mayDateMarks('5月28日,次日')` → [3, 7].
 */
export function mayDateMarks(text: string): number[] {
  const marks: number[] = [];
  for (let at = 0; at < text.length - 1; at++) {
    const bits = MAY_DATE_CHARS[text.charCodeAt(at)]!;
    if (bits === 0) continue;
    const length = dateMarkAt(text, at, bits);
    if (length === 0) continue;
    marks.push(at);
    at += length - 1;
  }
  return marks;
}

/**
 * Where the first match of MAY_DATE in `[from, to)` of `text` starts (a match may read up to two
 * characters past `to`, as one at the same place of the whole text does), else −1: the first of
 * mayDateMarks' marks at or after `from`, when `from` is no place inside one of them (a sentence's
 * start: no match holds a sentence mark or a space). A loop over the span's character codes.
 * Example: `firstDateMark('甲,5月28日签约', 0, 9)` → 4.
 */
export function firstDateMark(text: string, from: number, to: number): number {
  const end = Math.min(to, text.length - 1);
  for (let at = from; at < end; at++) {
    const bits = MAY_DATE_CHARS[text.charCodeAt(at)]!;
    if (bits !== 0 && dateMarkAt(text, at, bits) !== 0) return at;
  }
  return -1;
}

/**
 * Where the last match of MAY_DATE that starts in `[from, to)` of `text` starts, else −1. Matches
 * are read at every place, overlapping ones too (in `6-4-3`, 4 as well as 6): not always one of
 * mayDateMarks' marks, but in the sentence of one, and in every sentence that holds one (no match
 * holds a sentence mark or a space) — what a look back for the sentences that write a date needs.
 * Example: `lastDateMark('5月28日,次日', 0, 9)` → 7.
 */
export function lastDateMark(text: string, from: number, to: number): number {
  for (let at = Math.min(to, text.length - 1) - 1; at >= from; at--) {
    const bits = MAY_DATE_CHARS[text.charCodeAt(at)]!;
    if (bits !== 0 && dateMarkAt(text, at, bits) !== 0) return at;
  }
  return -1;
}

/** Words for the day the text has just given (`当天下午`, `同日`, `开幕当天`). */
const SAME_DAY = /当天|当日|同日|同一天/u;
/** The day before the day just given (`开幕前一天`); the day after (`次日`, `第二天`). */
const DAY_BEFORE = /前一天|前一日/u;
const DAY_AFTER = /次日|第二天|翌日/u;
// 开幕前一天 holds no 当天, 开幕当天 no 前一天: the shifted forms are tried first all the same.
const POINTERS: readonly (readonly [RegExp, number])[] = [
  [DAY_BEFORE, -1],
  [DAY_AFTER, 1],
  [SAME_DAY, 0],
];
/** Any of POINTERS' words: one search tells whether a sentence points back at all (most do not). */
const ANY_POINTER = new RegExp(POINTERS.map(([pattern]) => pattern.source).join('|'), 'u');

/**
 * What a sentence says of its day on its own: the first date it writes (`own`, resolved by
 * `resolve` — resolveTextDate against the article's date; undefined when it cannot be), or that it
 * points back to the day the text has just given (`当天`, `同日`, `开幕前一天`, `次日`) before any
 * date of its own (`pointer`, with the days to shift), or nothing.
 * Example: `sentenceDay('次日，双方举行座谈会', textDateResolver('2019-06-04'))` → a pointer, shift 1.
 */
export function sentenceDay(words: string, resolve: (date: TextDate) => IsoDate | undefined): SentenceDay {
  // Most sentences write no date: a cheap look for the characters every form needs comes first.
  if (!MAY_DATE.test(words)) return { kind: 'none' };
  return markedSentenceDay(words, resolve);
}

/** What sentenceDay says of a sentence's day. */
export type SentenceDay =
  { kind: 'own'; date: IsoDate | undefined } | { kind: 'pointer'; shift: number } | { kind: 'none' };

/**
 * sentenceDay for `words` known to hold a match of MAY_DATE (a date mark of the text's scan): the
 * same answer without looking for one again.
 * Example: `markedSentenceDay('5月28日,甲签约', textDateResolver('2019-06-04'))` → own, 2019-05-28.
 */
export function markedSentenceDay(words: string, resolve: (date: TextDate) => IsoDate | undefined): SentenceDay {
  const written = firstTextDate(words);
  if (ANY_POINTER.test(words))
    for (const [pattern, shift] of POINTERS) {
      const m = pattern.exec(words);
      if (m !== null && (written === undefined || m.index < written.start)) return { kind: 'pointer', shift };
    }
  if (written === undefined) return { kind: 'none' };
  return { kind: 'own', date: resolve(written) };
}

/**
 * What a sentence dates: its own day (the first date written in it, resolved against the article's
 * date) or, when it points back to the day the text has just given (`当天`, `同日`, `开幕前一天`,
 * `次日`) before any date of its own, that day shifted. `previous` is the day the text last gave
 * (undefined when none, or when that day could not be dated: then the sentence has none either).
 * Example: `sentenceDate('同日，甲揭牌', '2023-06-02', '2023-05-28')` → '2023-05-28'.
 */
export function sentenceDate(
  words: string,
  articleDate: IsoDate | undefined,
  previous: IsoDate | undefined,
): { date: IsoDate | undefined; own: boolean } {
  const day = sentenceDay(words, (date) => resolveTextDate(date, articleDate));
  if (day.kind === 'own') return { date: day.date, own: true };
  if (day.kind === 'pointer')
    return { date: previous === undefined ? undefined : addDays(previous, day.shift), own: false };
  return { date: undefined, own: false };
}
