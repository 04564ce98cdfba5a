/**
 * A calendar day as `YYYY-MM-DD` (the article's date, an event's date). A string, because it is
 * stored, exported and compared as one; build it only through {@link isoDate} so it is always valid.
 */
export type IsoDate = string;

/**
 * The `YYYY-MM-DD` of a day, or undefined when there is no such day (2月30日, month 13).
 * Example: `isoDate(2019, 5, 28)` → '2019-05-28'; `isoDate(2019, 2, 30)` → undefined.
 */
export function isoDate(year: number, month: number, day: number): IsoDate | undefined {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return undefined;
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return undefined;
  if (day > daysInMonth(year, month)) return undefined;
  return `${String(year)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Days in `month` (1–12) of `year`. Example: `daysInMonth(2024, 2)` → 29. */
function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The year, month and day of an IsoDate. Example: `partsOf('2019-06-04')` → [2019, 6, 4]. */
export function partsOf(date: IsoDate): [year: number, month: number, day: number] {
  return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

/** Whole days from `a` to `b` (negative when `b` is earlier). Example: `daysBetween('2019-06-04', '2019-05-28')` → -7. */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return Math.round((utcMs(b) - utcMs(a)) / 86_400_000);
}

/** The day `days` after `date` (before, when negative). Example: `addDays('2019-03-01', -1)` → '2019-02-28'. */
export function addDays(date: IsoDate, days: number): IsoDate {
  const d = new Date(utcMs(date) + days * 86_400_000);
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate())!;
}

/** Day of the week, 1 (Monday) to 7 (Sunday), as Chinese counts (周一 … 周日). Example: `weekdayOf('2019-06-04')` → 2. */
export function weekdayOf(date: IsoDate): number {
  return new Date(utcMs(date)).getUTCDay() || 7;
}

function utcMs(date: IsoDate): number {
  const [y, m, d] = partsOf(date);
  return Date.UTC(y, m - 1, d);
}
