import { addDays, daysBetween, isoDate, partsOf, weekdayOf, type IsoDate } from './calendar-date';
import type { TextDate } from './text-dates';

/**
 * The calendar day a date written in the text means, given the article's date (undefined when the
 * page gives none). A day with its year is itself; a day without a year takes the year that puts it
 * nearest the article's date, a day after it counting twice as far (`5月28日` in an article of
 * 2019-06-04 → 2019-05-28; `12月30日` in one of 2020-01-03 → 2019-12-30; `6月22日` in one of 2011-12-29
 * → 2011-06-22; `今年6月4日` in one of 2011-12-29 → 2011-06-04), a day of the month alone the nearest
 * month likewise; relative days and
 * weekdays count from the article's date (`上周五` → the Friday of the week before; a bare `周五` →
 * the last Friday on or before it). Without an article date only a day with its year resolves.
 * Example: `resolveTextDate({ kind: 'relative', days: -1, start: 0, end: 2 }, '2019-06-04')` → '2019-06-03'.
 */
export function resolveTextDate(date: TextDate, article: IsoDate | undefined): IsoDate | undefined {
  if (date.kind === 'day' && date.year !== undefined) return isoDate(date.year, date.month ?? 0, date.day);
  if (article === undefined) return undefined;
  const [year, month] = partsOf(article);
  if (date.kind === 'day' && date.yearShift !== undefined)
    return isoDate(year + date.yearShift, date.month ?? 0, date.day);
  switch (date.kind) {
    case 'day': {
      const candidates =
        date.month !== undefined
          ? [year - 1, year, year + 1].map((y) => isoDate(y, date.month!, date.day))
          : [-1, 0, 1].map((shift) => {
              const m = month + shift;
              return m < 1
                ? isoDate(year - 1, 12, date.day)
                : m > 12
                  ? isoDate(year + 1, 1, date.day)
                  : isoDate(year, m, date.day);
            });
      return nearest(candidates, article);
    }
    case 'relative':
      return addDays(article, date.days);
    case 'weekday': {
      const weekday = weekdayOf(article);
      if (date.week === undefined) return addDays(article, -((weekday - date.weekday + 7) % 7));
      return addDays(article, date.week * 7 + date.weekday - weekday);
    }
  }
}

/**
 * resolveTextDate for one article's date, remembering each answer: an article writes the same few
 * days again and again, and working one out (three candidate days, their distances) cost as much
 * as finding the date in the sentence. Same answers as resolveTextDate.
 * Example: `textDateResolver('2019-06-04')({ kind: 'day', month: 5, day: 28, start: 0, end: 5 })` → '2019-05-28'.
 */
export function textDateResolver(article: IsoDate | undefined): (date: TextDate) => IsoDate | undefined {
  const known = new Map<string, IsoDate | undefined>();
  return (date) => {
    const key = resolvedKey(date);
    if (known.has(key)) return known.get(key);
    const resolved = resolveTextDate(date, article);
    known.set(key, resolved);
    return resolved;
  };
}

/** What resolveTextDate reads of a date (not where it was written), as a string. */
function resolvedKey(date: TextDate): string {
  switch (date.kind) {
    case 'day':
      return `d${date.year ?? ''}${date.yearShift === undefined ? '' : `y${date.yearShift}`}-${date.month ?? ''}-${date.day}`;
    case 'relative':
      return `r${date.days}`;
    case 'weekday':
      return `w${date.weekday}${date.week ?? ''}`;
  }
}

/**
 * How much farther a day after the article's date counts than one before it: news reports what
 * happened, and announces what is coming only for the weeks ahead. So `6月22日` in an article of
 * 2011-12-29 is 2011-06-22 (190 days back), not 2012-06-22 (176 days ahead), while `1月3日` in one of
 * 2019-12-29 is still 2020-01-03.
 */
const FUTURE_WEIGHT = 2;

/** The candidate nearest `to`, days after it counting FUTURE_WEIGHT times, the earlier one on a tie. */
function nearest(candidates: readonly (IsoDate | undefined)[], to: IsoDate): IsoDate | undefined {
  let best: IsoDate | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    if (c === undefined) continue;
    const days = daysBetween(to, c);
    const distance = Math.abs(days) * (c > to ? FUTURE_WEIGHT : 1) + (c > to ? 0.5 : 0);
    if (distance < bestDistance) {
      best = c;
      bestDistance = distance;
    }
  }
  return best;
}
