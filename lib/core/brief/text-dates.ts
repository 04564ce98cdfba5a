import { NUMBER_CHARACTERS, parseDateNumber } from './chinese-number';

/**
 * A date written in the article's text, as written: offsets into the text it was found in and what
 * it says, before it is resolved against the article's date (see resolveTextDate).
 * - `day`: a calendar day, with its year when written (`2019年5月28日`, `5月28日`, `2019-05-28`) or
 *   named from the article's (`今年6月4日`: yearShift 0, `去年` −1), or only the day of the article's
 *   month (`本月10日`, `28日上午`);
 * - `relative`: a day counted from the article's (`昨天` −1, `今日` 0, `前天` −2);
 * - `weekday`: 1 (周一) … 7 (周日), in the week before (`上周五`, −1), this week (`本周`, 0), the
 *   next (`下周`, 1), or unsaid (`周五`).
 */
export type TextDate = { start: number; end: number } & (
  | { kind: 'day'; year?: number; yearShift?: number; month?: number; day: number }
  | { kind: 'relative'; days: number }
  | { kind: 'weekday'; weekday: number; week?: -1 | 0 | 1 }
);

const N = `[${NUMBER_CHARACTERS}]`;
// Written days, longest forms first; a digit or numeral right before is part of another number.
const NAMED_DATE_SOURCE = [
  String.raw`(?<![0-9])(?<isoYear>[12][0-9]{3})[-/.](?<isoMonth>[01]?[0-9])[-/.](?<isoDay>[0-3]?[0-9])(?![0-9])`,
  // `今年6月4日`: the year named from the article's; `新华社北京6月3日电` and `…4月18日黑龙江齐齐哈尔电`
  // are datelines (a place may come between the day and 电), the day the report was sent, not the
  // day of what it tells; 电视, 电网, 电力… after a day are no dateline.
  `(?<![${NUMBER_CHARACTERS}])(?:(?<year>${N}{4})年|(?<yearWord>今年|去年|前年|明年))?(?<month>${N}{1,2})月(?<day>${N}{1,3})[日号](?![\u4e00-\u9fff]{0,8}?电(?![视话力网子商影厂站池气器缆价]))`,
  `(?<thisMonth>本月)(?<monthDay>${N}{1,3})[日号]`,
  // A bare day (`28日上午`) only where what follows shows it is a date, not a count (`3日游`).
  `(?<![${NUMBER_CHARACTERS}月年])(?<bareDay>[0-9]{1,2}|${N}{1,3})日(?=[上下中晚早凌，,、在召举正]|下午|晚上)`,
  '(?<relative>今天|今日|昨天|昨日|前天|前日|明天|明日|后天)',
  '(?<week>上|本|这|下)?(?:周|星期|礼拜)(?<weekday>[一二三四五六日天])',
].join('|');

/** A named group's opening, `(?<name>` (not a lookbehind's `(?<=` or `(?<!`). */
const NAMED_GROUP = /\(\?<([a-zA-Z]+)>/gu;

/**
 * The written days, its groups made plain (read by {@link GROUP}'s numbers): a match of a pattern
 * with named groups gets a groups object of a dozen properties, made for every date found.
 */
const DATE_PATTERN = new RegExp(NAMED_DATE_SOURCE.replace(NAMED_GROUP, '('), 'gu');

/**
 * DATE_PATTERN's groups by the names they are written with: each one's number, counted in the
 * order they open (its other groups capture nothing: `(?:`, lookarounds).
 */
const GROUP = Object.fromEntries(
  [...NAMED_DATE_SOURCE.matchAll(NAMED_GROUP)].map((match, i) => [match[1]!, i + 1]),
) as Readonly<
  Record<
    | 'isoYear'
    | 'isoMonth'
    | 'isoDay'
    | 'year'
    | 'yearWord'
    | 'month'
    | 'day'
    | 'thisMonth'
    | 'monthDay'
    | 'bareDay'
    | 'relative'
    | 'week'
    | 'weekday',
    number
  >
>;

const RELATIVE_DAYS: Readonly<Record<string, number>> = {
  今天: 0,
  今日: 0,
  昨天: -1,
  昨日: -1,
  前天: -2,
  前日: -2,
  明天: 1,
  明日: 1,
  后天: 2,
};
/** The year a year word names, counted from the article's. */
const YEAR_SHIFT: Readonly<Record<string, number>> = { 今年: 0, 去年: -1, 前年: -2, 明年: 1 };

const WEEK: Readonly<Record<string, -1 | 0 | 1>> = { 上: -1, 本: 0, 这: 0, 下: 1 };

/**
 * Every date written in `text` (simplified, half-width: the normalised text), in order.
 * Example: `findTextDates('5月28日，昨天')` → a day (month 5, day 28) at [0, 5) and a relative day
 * (−1) at [6, 8). Periods (`今年以来`, `6月`, `2019年`) are no dates and are not returned.
 */
export function findTextDates(text: string): TextDate[] {
  const found: TextDate[] = [];
  for (const m of text.matchAll(DATE_PATTERN)) {
    const date = textDateOf(m);
    if (date !== undefined) found.push(date);
  }
  return found;
}

/**
 * The first date written in `text`, as findTextDates(text)[0], without looking further.
 * Example: `firstTextDate('5月28日，昨天')` → month 5, day 28 at [0, 5).
 */
export function firstTextDate(text: string): TextDate | undefined {
  const pattern = FIRST_DATE_PATTERN;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    const date = textDateOf(m);
    if (date !== undefined) return date;
  }
  return undefined;
}

/** DATE_PATTERN with a lastIndex of its own, for firstTextDate (runs to its end before it returns). */
const FIRST_DATE_PATTERN = new RegExp(DATE_PATTERN);

/** The date a match of DATE_PATTERN writes, or undefined when its numbers are none. */
function textDateOf(m: RegExpExecArray | RegExpMatchArray): TextDate | undefined {
  const start = m.index!;
  const end = start + m[0].length;
  const number = (s: string | undefined) => (s === undefined ? undefined : parseDateNumber(s));
  const isoYear = m[GROUP.isoYear];
  if (isoYear !== undefined) {
    return {
      start,
      end,
      kind: 'day',
      year: Number(isoYear),
      month: Number(m[GROUP.isoMonth]),
      day: Number(m[GROUP.isoDay]),
    };
  }
  if (m[GROUP.month] !== undefined) {
    const month = number(m[GROUP.month]);
    const day = number(m[GROUP.day]);
    if (month === undefined || day === undefined) return undefined;
    const yearWord = m[GROUP.yearWord];
    if (yearWord !== undefined) return { start, end, kind: 'day', yearShift: YEAR_SHIFT[yearWord]!, month, day };
    const year = number(m[GROUP.year]);
    return year === undefined ? { start, end, kind: 'day', month, day } : { start, end, kind: 'day', year, month, day };
  }
  if (m[GROUP.monthDay] !== undefined || m[GROUP.bareDay] !== undefined) {
    const day = number(m[GROUP.monthDay] ?? m[GROUP.bareDay]);
    return day === undefined ? undefined : { start, end, kind: 'day', day };
  }
  const relative = m[GROUP.relative];
  if (relative !== undefined) return { start, end, kind: 'relative', days: RELATIVE_DAYS[relative]! };
  const weekdayWord = m[GROUP.weekday];
  if (weekdayWord !== undefined) {
    const weekday = '一二三四五六'.indexOf(weekdayWord) + 1 || 7;
    const weekWord = m[GROUP.week];
    const week = weekWord === undefined ? undefined : WEEK[weekWord];
    return week === undefined
      ? { start, end, kind: 'weekday', weekday }
      : { start, end, kind: 'weekday', weekday, week };
  }
  return undefined;
}
