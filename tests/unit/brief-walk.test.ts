// The event finding walks from one event word to the next instead of reading every sentence: the
// sentence it finds around a word, the day it gives a sentence that points back (当天, 次日) and
// the offsets it places mentions at must be what reading every sentence in order gives.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findEvents, findTextDates, firstTextDate } from '../../lib/core/brief';
import { bodySentenceFinder, clauseSplitter, isSpace, splitBodySentences } from '../../lib/core/brief/sentences';
import { createDetector } from '../../lib/core/detection';
import { normalizeForMatching } from '../../lib/core/normalize';
import { SHIPPED_KNOWLEDGE_BASE } from '../support/knowledge-base';

const detector = createDetector(SHIPPED_KNOWLEDGE_BASE);

/** Pieces of district-news text: words, marks, spaces, line breaks, dates and long lines. */
const PIECE = fc.constantFrom(
  '宁波',
  '签约',
  '调研',
  '。',
  '!',
  ',',
  ';',
  '\n',
  ' ',
  '\u3000',
  '5月28日',
  '当天',
  '2019-06-04 来源:央广网',
  '虹桥商务区管委会与宁波签订合作协议',
  '甲'.repeat(61),
);
const TEXT = fc.array(PIECE, { maxLength: 30 }).map((pieces) => pieces.join(''));

/** The clauses of `[start, end)` read plainly: `split` at , and :, each piece trimmed of spaces, empty ones left out. */
function clausesSplitPlainly(text: string, start: number, end: number): { start: number; end: number }[] {
  const clauses: { start: number; end: number }[] = [];
  let from = start;
  for (const piece of text.slice(start, end).split(/[,:]/u)) {
    let s = from;
    let e = from + piece.length;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) clauses.push({ start: s, end: e });
    from += piece.length + 1;
  }
  return clauses;
}

describe('the walk from event word to event word', () => {
  it('finds around every offset the body sentence that reading every sentence gives', () => {
    fc.assert(
      fc.property(TEXT, (text) => {
        const sentences = splitBodySentences(text);
        const sentenceAt = bodySentenceFinder(text);
        for (let at = 0; at < text.length; at++) {
          const expected = sentences.find((s) => s.start <= at && at < s.end);
          expect(sentenceAt(at), `${JSON.stringify(text)} at ${at}`).toEqual(expected);
        }
      }),
    );
  });

  it('splits each sentence into its clauses as splitting the sentence at , and : does, asked in order or not', () => {
    fc.assert(
      fc.property(TEXT, fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 6 }), (text, spans) => {
        const clausesOf = clauseSplitter(text);
        for (const s of splitBodySentences(text))
          expect(clausesOf(s.start, s.end)).toEqual(clausesSplitPlainly(text, s.start, s.end));
        for (const [a, b] of spans) {
          const start = Math.min(a, b) % (text.length + 1);
          const end = Math.max(start, Math.max(a, b) % (text.length + 1));
          expect(clausesOf(start, end)).toEqual(clausesSplitPlainly(text, start, end));
        }
      }),
    );
  });

  it('gives the first date a sentence writes, as finding them all does', () => {
    const DATE_PIECE = fc.constantFrom(
      '5月28日',
      '二〇一九年六月四日',
      '3日游',
      '上周五',
      '昨天',
      '28日上午',
      '本月10日',
      '甲',
      ',',
    );
    fc.assert(
      fc.property(fc.array(DATE_PIECE, { maxLength: 8 }), (pieces) => {
        const text = pieces.join('');
        expect(firstTextDate(text)).toEqual(findTextDates(text)[0]);
      }),
    );
  });

  it('dates a sentence that points back by the last sentence that wrote a day, past sentences with no event', () => {
    const text = [
      '2019-06-04 来源:央广网', // a date line: gives no day
      '5月28日,长三角城市代表齐聚一堂。会场气氛热烈,与会者认真听取介绍。',
      '当天下午,虹桥商务区管委会与宁波签订合作协议。',
      '次日,苏州工业园区管委会与宿迁市签署合作备忘录。',
    ].join('\n');
    const events = findEvents(normalizeForMatching(text), detector.detect(text), '2019-06-04');
    expect(events.map((e) => `${e.kind} ${e.date}`)).toEqual(['signing 2019-05-28', 'signing 2019-05-29']);
  });

  it('gives a sentence that points back no day when no sentence before it wrote one and the article has none', () => {
    const text = '当天,虹桥商务区管委会与宁波签订合作协议。';
    expect(findEvents(normalizeForMatching(text), detector.detect(text))[0]?.date).toBeUndefined();
  });

  it('places mentions in a page with pinyin after characters where they are in the same page without it', () => {
    const pinyin =
      '6月1日，虹橋商務(wù)區(qū)管委會(huì)與(yǔ)寧波簽訂合作協(xié)議。當(dāng)天，蘇州市長(zhǎng)吳慶文赴宿遷考察。';
    const simplified = '6月1日，虹桥商务区管委会与宁波签订合作协议。当天，苏州市长吴庆文赴宿迁考察。';
    const read = (text: string) =>
      findEvents(normalizeForMatching(text), detector.detect(text), '2019-06-04').map(
        (e) => `${e.kind} ${e.date} ${e.parties.map((p) => `${p.name}(${p.role})`).join(' ')}`,
      );
    expect(read(pinyin)).toEqual(read(simplified));
    expect(read(pinyin)).toEqual([
      'signing 2019-06-01 虹桥国际中央商务区(side) 宁波市(side)',
      'visit 2019-06-01 吴庆文(visitor) 宿迁市(visited)',
    ]);
    // The quote anchors point at the raw text, pinyin included.
    const [signing] = findEvents(normalizeForMatching(pinyin), detector.detect(pinyin), '2019-06-04');
    expect(pinyin.slice(signing!.trigger.start, signing!.trigger.end)).toBe('簽訂');
  });
});
