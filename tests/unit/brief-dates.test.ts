import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addDays,
  chooseArticleDate,
  findDateLines,
  findTextDates,
  isoDate,
  parseDateString,
  resolveTextDate,
} from '../../lib/core/brief';
import { parseDateNumber } from '../../lib/core/brief/chinese-number';
import { firstDateMark, lastDateMark, MAY_DATE, mayDateMarks, sentenceDate } from '../../lib/core/brief/sentence-date';
import { splitSentences } from '../../lib/core/brief/sentences';

/** The first date written in `text`, resolved against `article`. */
const resolved = (text: string, article?: string) => {
  const date = findTextDates(text)[0];
  return date === undefined ? 'none' : resolveTextDate(date, article);
};

describe('dates written in the text', () => {
  it('reads a day with or without its year, in digits or numerals', () => {
    expect(resolved('2020年9月24日，中国（北京）自由贸易试验区揭牌')).toBe('2020-09-24');
    expect(resolved('二〇一九年六月四日上午')).toBe('2019-06-04');
    expect(resolved('会议于2023-05-18召开')).toBe('2023-05-18');
    expect(resolved('截至2023/5/8')).toBe('2023-05-08');
    expect(resolved('十一月二十八日，签约仪式举行', '2022-12-02')).toBe('2022-11-28');
  });

  it('gives a day without a year the year nearest the article date', () => {
    expect(resolved('5月28日，虹桥商务区管委会与宁波签订合作协议', '2019-06-04')).toBe('2019-05-28');
    expect(resolved('12月30日，项目开工', '2020-01-03')).toBe('2019-12-30');
    expect(resolved('1月2日将正式开园', '2020-12-28')).toBe('2021-01-02');
    expect(resolved('6月4日', undefined)).toBeUndefined();
  });

  it('leans to the past: news reports what happened, and announces only the months ahead', () => {
    // 190 days back beats 176 ahead: a day after the article counts twice as far.
    expect(resolved('6月22日，调研组进驻高新区', '2011-12-29')).toBe('2011-06-22');
    expect(resolved('9月10日，两地签署合作协议', '2021-03-15')).toBe('2020-09-10');
    expect(resolved('4月8日将举行开工仪式', '2021-01-20')).toBe('2021-04-08');
  });

  it('counts relative days and weekdays from the article date', () => {
    // 2019-06-04 is a Tuesday.
    expect(resolved('昨天，嘉兴市委书记赴沪调研', '2019-06-04')).toBe('2019-06-03');
    expect(resolved('前日', '2019-06-04')).toBe('2019-06-02');
    expect(resolved('上周五，园区举行推介会', '2019-06-04')).toBe('2019-05-31');
    expect(resolved('本周一', '2019-06-04')).toBe('2019-06-03');
    expect(resolved('周五下午', '2019-06-04')).toBe('2019-05-31');
    expect(resolved('本月10日', '2019-06-14')).toBe('2019-06-10');
    expect(resolved('28日上午，双方签约', '2019-06-29')).toBe('2019-06-28');
    expect(resolved('昨天', undefined)).toBeUndefined();
  });

  it('takes periods and counts for no date', () => {
    for (const text of [
      '今年以来先后组织到南京调研',
      '2019年6月',
      '一日游',
      '3日游',
      '第十五届',
      '周边城市',
      '6月份',
    ]) {
      expect(findTextDates(text), text).toEqual([]);
    }
  });

  it('reads the numerals dates use', () => {
    expect(parseDateNumber('十')).toBe(10);
    expect(parseDateNumber('十五')).toBe(15);
    expect(parseDateNumber('二十')).toBe(20);
    expect(parseDateNumber('三十一')).toBe(31);
    expect(parseDateNumber('二〇二三')).toBe(2023);
    expect(parseDateNumber('十十')).toBeUndefined();
  });

  it('resolves any day without a year to within four months after or eight months before the article date', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 3650 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        (offset, month, day) => {
          const article = addDays('2015-01-01', offset);
          const date = resolveTextDate({ kind: 'day', month, day, start: 0, end: 0 }, article)!;
          const days = (Date.parse(date) - Date.parse(article)) / 86_400_000;
          return (
            date.endsWith(`-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`) &&
            days <= 123 &&
            days >= -245
          );
        },
      ),
    );
  });
});

describe("a sentence's date", () => {
  it('takes its own written date, or the day a pointer word refers to', () => {
    expect(sentenceDate('5月28日，双方签订合作协议', '2019-06-04', undefined)).toEqual({
      date: '2019-05-28',
      own: true,
    });
    expect(sentenceDate('当天下午，代表团赴嘉兴考察', '2019-06-04', '2019-05-28')).toEqual({
      date: '2019-05-28',
      own: false,
    });
    expect(sentenceDate('次日，双方举行座谈会', '2019-06-04', '2019-05-28')).toEqual({
      date: '2019-05-29',
      own: false,
    });
    expect(sentenceDate('日前，天津市与滨海新区召开会议', '2019-06-04', undefined)).toEqual({
      date: undefined,
      own: false,
    });
  });

  it('never passes by a sentence that writes a date, whatever surrounds it (the quick look first)', () => {
    const pieces = fc.constantFrom(
      ...['5月28日', '二十八号', '本月3日', '2019-06-04', '2019/6/4', '28日上午', '今天', '昨日', '周五', '星期一'],
      ...['礼拜天', '当天', '同日', '次日', '第二天', '翌日', '前一天', '日前', '天津', '期间', '周边', '，', '签约'],
      ...['会议', '考察', '年', '月', '日', '号', '天', '一', '十', '0', '9', '-', '上', '周'],
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 8 }), (parts) => {
        const sentence = parts.join('');
        const written = findTextDates(sentence)[0];
        const pointer = /当天|当日|同日|同一天|前一天|前一日|次日|第二天|翌日/u.exec(sentence);
        const pointed = pointer !== null && (written === undefined || pointer.index < written.start);
        const own = !pointed && written !== undefined && resolveTextDate(written, '2019-06-04') !== undefined;
        const { date } = sentenceDate(sentence, '2019-06-04', '2019-05-28');
        expect(date !== undefined).toBe(pointed || own);
      }),
      { numRuns: 2000 },
    );
  });

  it('finds the places of a date in a text where the quick look matches, without a regular expression', () => {
    const pieces = fc.constantFrom(
      ...['5月28日', '二十八号', '2019-06-04', '6/4', '1.5', '今天', '昨日', '当天', '同日', '次日', '周五', '星期一'],
      ...['礼拜天', '日前', '天津', '期间', '周边', '一日', '十天', '9-', '-9', '，', '。', '签约', '𠀀', '\uD800'],
      ...['年', '月', '日', '号', '天', '一', '十', '〇', '两', '0', '9', '-', '/', '.', '周', '期', '拜', '今', '翌'],
    );
    const anywhere = new RegExp(MAY_DATE.source, 'gu');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        expect(mayDateMarks(text)).toEqual(Array.from(text.matchAll(anywhere), (m) => m.index));
      }),
      { numRuns: 3000 },
    );
  });

  it('finds the first date of a sentence, and the sentences a look back finds dates in, as the whole-text marks do', () => {
    const pieces = fc.constantFrom(
      ...['5月28日', '二十八号', '2019-06-04', '6/4', '1.5', '6-4-3', '今天', '当天', '次日', '周五', '星期一'],
      ...['日前', '天津', '期间', '一日', '十天', '9-', '-9', '，', ',', '。', '!', '\n', ' ', '签约', '一', '0', '-'],
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 14 }), (parts) => {
        const text = parts.join('');
        const marks = mayDateMarks(text);
        // Every sentence (between the sentence marks): its first mark, and whether it holds one.
        for (const sentence of splitSentences(text)) {
          const inIt = marks.filter((at) => at >= sentence.start && at < sentence.end);
          expect(firstDateMark(text, sentence.start, sentence.end)).toBe(inIt[0] ?? -1);
          const last = lastDateMark(text, sentence.start, sentence.end);
          expect(last >= 0).toBe(inIt.length > 0);
        }
        // From any place back to any earlier one: a place in the sentence of the last mark before it.
        for (let to = 0; to <= text.length; to++) {
          const from = to >> 1;
          const before = marks.filter((at) => at < to);
          const last = lastDateMark(text, from, to);
          if (last < 0) expect(before.filter((at) => at >= from)).toEqual([]);
          else {
            expect(last).toBeGreaterThanOrEqual(from);
            if (before.length > 0) expect(last).toBeGreaterThanOrEqual(before.at(-1)!);
          }
        }
      }),
      { numRuns: 3000 },
    );
  });
});

describe("the article's date", () => {
  it('reads metadata values, timestamps in China time, and Chinese dates', () => {
    expect(parseDateString('2019-06-04')).toBe('2019-06-04');
    expect(parseDateString('2019-06-04T08:00:00+08:00')).toBe('2019-06-04');
    expect(parseDateString('2019-06-03T20:00:00Z')).toBe('2019-06-04');
    expect(parseDateString('2019-06-04T01:00:00-05:00')).toBe('2019-06-04');
    expect(parseDateString('发布时间：2023年05月19日 09:30')).toBe('2023-05-19');
    expect(parseDateString('２０２３－０５－１９')).toBe('2023-05-19');
    expect(parseDateString('6月4日')).toBeUndefined();
    expect(parseDateString('2019-13-40')).toBeUndefined();
    expect(isoDate(2024, 2, 29)).toBe('2024-02-29');
    expect(isoDate(2023, 2, 29)).toBeUndefined();
  });

  it('trusts metadata over JSON-LD over <time> over a visible line, and never guesses', () => {
    expect(
      chooseArticleDate([
        { kind: 'line', value: '2019-06-01 来源：央广网' },
        { kind: 'time', value: '2019-06-02' },
        { kind: 'json-ld', value: '2019-06-03' },
        { kind: 'meta', value: '2019-06-04T10:00:00+08:00' },
      ]),
    ).toEqual({ date: '2019-06-04', source: 'meta' });
    expect(
      chooseArticleDate([
        { kind: 'meta', value: 'yesterday' },
        { kind: 'line', value: '2019-06-01 来源：央广网' },
      ]),
    ).toEqual({
      date: '2019-06-01',
      source: 'line',
    });
    expect(chooseArticleDate([])).toBeUndefined();
    expect(chooseArticleDate([{ kind: 'line', value: '6月4日消息' }])).toBeUndefined();
  });

  it('finds date lines at the top of an article, not dates in its body', () => {
    const text = [
      '虹桥商务区与长三角城市启动全面合作',
      '2019-06-04 来源:央广网',
      '2019年5月28日,虹桥商务区管委会与宁波签订合作协议,这是继嘉兴之后,又一个长三角重要节点城市与商务区开展全面紧密合作。截至目前,已有苏州、金华、嘉兴、宁波等一批长三角城市与商务区协议开展合作。',
    ].join('\n');
    expect(findDateLines(text)).toEqual(['2019-06-04 来源:央广网']);
    expect(findDateLines('标题\n发布时间：2023年05月19日 09:30 来源：园区网 作者：王明 责任编辑：李华')).toHaveLength(
      1,
    );
    expect(findDateLines('标题\n正文没有日期。')).toEqual([]);
  });
});
