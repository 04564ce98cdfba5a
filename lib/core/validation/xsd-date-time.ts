/** An `xsd:dateTime` with a time zone, as Web Annotation `created`/`modified` values are written. */
const XSD_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(?:Z|([+-])(\d{2}):(\d{2}))$/;

/**
 * Converts a date-time with a time zone (`2026-01-02T11:04:05+08:00`, `…05Z`, `…05.123456Z`) to
 * the one spelling notes use, `2026-01-02T03:04:05.000Z` (UTC, milliseconds; finer fractions
 * are cut, not rounded). Answers `undefined` for anything else, including impossible dates such
 * as 2026-02-30 and times without a zone, whose instant would depend on where they are read.
 * Parsed by hand because `Date.parse` differs between engines outside the one ISO spelling.
 */
export function toIsoInstant(value: string): string | undefined {
  const match = XSD_DATE_TIME.exec(value);
  if (!match) return undefined;
  const [, year, month, day, hour, minute, second, fraction = '', sign, offsetHours, offsetMinutes] = match;
  const numbers = [year, month, day, hour, minute, second].map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const [y, mo, d, h, mi, s] = numbers;
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not move years 0–99 to the 1900s.
  date.setUTCFullYear(y, mo - 1, d);
  date.setUTCHours(h, mi, s, Number(fraction.padEnd(3, '0').slice(0, 3)));
  // A field out of range rolls over into the next one; reject instead of guessing.
  const rolledOver =
    date.getUTCFullYear() !== y ||
    date.getUTCMonth() !== mo - 1 ||
    date.getUTCDate() !== d ||
    date.getUTCHours() !== h ||
    date.getUTCMinutes() !== mi ||
    date.getUTCSeconds() !== s;
  if (rolledOver) return undefined;
  let time = date.getTime();
  if (sign) {
    const offset = Number(offsetHours) * 60 + Number(offsetMinutes);
    if (Number(offsetHours) > 14 || Number(offsetMinutes) > 59) return undefined;
    time -= (sign === '-' ? -1 : 1) * offset * 60_000;
  }
  const result = new Date(time);
  // Only four-digit years have the plain spelling the notes use.
  const year4 = result.getUTCFullYear();
  return year4 >= 0 && year4 <= 9999 ? result.toISOString() : undefined;
}
