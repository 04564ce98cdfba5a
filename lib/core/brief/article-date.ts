import { addDays, isoDate, type IsoDate } from './calendar-date';
import { findTextDates } from './text-dates';

/**
 * Where a page states its date, most trusted first: publication metadata (`article:published_time`
 * and similar meta), JSON-LD `datePublished`, a `<time datetime>`, then a visible date line
 * (`2019-06-04 来源：央广网`, `发布时间：2019年6月4日`).
 */
export const DATE_SOURCE_KINDS = ['meta', 'json-ld', 'time', 'line'] as const;

/** One date a page states, as written there, and where (see {@link DATE_SOURCE_KINDS}). */
export interface DateSource {
  kind: (typeof DATE_SOURCE_KINDS)[number];
  value: string;
}

/** The article's date and where it came from. */
export interface ArticleDate {
  date: IsoDate;
  source: DateSource['kind'];
}

/**
 * The article's date from what the page states: the most trusted source whose value reads as a
 * day (see {@link parseDateString}); undefined when none does — never a guess from the clock.
 * Example: `chooseArticleDate([{ kind: 'line', value: '2019-06-04 来源' }, { kind: 'meta', value: 'x' }])`
 * → `{ date: '2019-06-04', source: 'line' }` (the meta does not read as a date).
 */
export function chooseArticleDate(sources: readonly DateSource[]): ArticleDate | undefined {
  for (const kind of DATE_SOURCE_KINDS) {
    for (const source of sources) {
      if (source.kind !== kind) continue;
      const date = parseDateString(source.value);
      if (date !== undefined) return { date, source: kind };
    }
  }
  return undefined;
}

// An ISO timestamp with a clock time: its day is the day in China (UTC+8) when it has an offset.
const ISO_TIMESTAMP = /^\s*(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?/u;

/**
 * The day a metadata value or date line states: an ISO date or timestamp (`2019-06-04T08:00:00+08:00`;
 * with an offset, the day in China, UTC+8, where the news happens), `2019/6/4 10:00`,
 * `2019年6月4日`, `发布时间：2019-06-04`. Only a full date with its year counts.
 * Example: `parseDateString('2019-06-03T20:00:00Z')` → '2019-06-04'; `parseDateString('6月4日')` → undefined.
 */
export function parseDateString(value: string): IsoDate | undefined {
  const iso = ISO_TIMESTAMP.exec(value);
  if (iso) {
    const day = isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    if (day === undefined || iso[6] === undefined) return day;
    const minutes = Number(iso[4]) * 60 + Number(iso[5]);
    const offset = iso[6] === 'Z' ? 0 : offsetMinutes(iso[6]);
    const chinaMinutes = minutes - offset + 8 * 60;
    return addDays(day, Math.floor(chinaMinutes / 1440));
  }
  // Metadata and date lines are read raw: full-width digits and dashes (２０２３－０５) as ASCII.
  const halfWidth = value.replace(/[\uff01-\uff5e]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  // `16.12.2015 18:25`: a day.month.year line (Chinese dates run year first; dotted ones with the
  // year last are written day first).
  const dotted = DAY_MONTH_YEAR.exec(halfWidth);
  if (dotted) return isoDate(Number(dotted[3]), Number(dotted[2]), Number(dotted[1]));
  const written = findTextDates(halfWidth);
  for (const d of written) {
    if (d.kind === 'day' && d.year !== undefined && d.month !== undefined) return isoDate(d.year, d.month, d.day);
  }
  return undefined;
}

/** A dotted day.month.year at the start of a value (`05.04.2017 19:23`). */
const DAY_MONTH_YEAR = /^\s*([0-3]?[0-9])\.([01]?[0-9])\.([12][0-9]{3})(?![0-9])/u;

/** Minutes east of UTC of `+08:00` / `-0500`. Example: `offsetMinutes('+08:00')` → 480. */
function offsetMinutes(offset: string): number {
  const digits = offset.replace(':', '');
  const minutes = Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5));
  return digits.startsWith('-') ? -minutes : minutes;
}

// Words that label a date line: 发布时间, 日期, 来源 (`2019-06-04 来源：央广网`), 编辑, 发布于.
const DATE_LINE_WORDS = /发布|时间|日期|来源|编辑|作者|责编|稿源|更新/u;
/** A line at most this long may be a bare date line (`2019年06月04日 10:25`). */
const MAX_BARE_DATE_LINE = 40;
/** How many lines from the top of the text a date line may stand at (a byline, not the body). */
const DATE_LINE_SCAN = 12;

/**
 * The visible date lines of an article's text: among its first lines, those that hold a full date
 * and either a label (发布时间, 来源, 日期 …) or little else — body sentences that mention a year
 * are left alone —, the labelled ones first, each group in order: a bare date above the article may
 * be the site's clock (`2023年10月10日 星期二`) where a labelled one is the article's.
 * Example: `findDateLines('标题\n2019-06-04 来源:央广网\n正文…')` → ['2019-06-04 来源:央广网'].
 */
export function findDateLines(text: string): string[] {
  const labelled: string[] = [];
  const bare: string[] = [];
  let seen = 0;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line.length === 0) continue;
    if (++seen > DATE_LINE_SCAN) break;
    if (parseDateString(line) === undefined) continue;
    if (DATE_LINE_WORDS.test(line.slice(0, 80))) labelled.push(line);
    else if (line.length <= MAX_BARE_DATE_LINE) bare.push(line);
  }
  return [...labelled, ...bare];
}
