import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EVENT_WORDS } from '../../lib/core/brief/event-words';
import { MAY_APPOINT } from '../../lib/core/brief/find-appointments';
import { splitBodySentences } from '../../lib/core/brief/sentences';
import { scanEventText, scanEventWords, WORD_KINDS, zeroByKind } from '../../lib/core/brief/word-scan';

/** What the patterns find: each kind's matches (as matchAll gives them) and every character of appointing. */
function byPatterns(text: string): ReturnType<typeof scanEventWords> {
  return {
    hits: WORD_KINDS.map((kind) => {
      const starts: number[] = [];
      const ends: number[] = [];
      for (const m of text.matchAll(EVENT_WORDS[kind])) {
        starts.push(m.index);
        ends.push(m.index + m[0].length);
      }
      return { starts, ends };
    }),
    appointing: Array.from(text.matchAll(new RegExp(MAY_APPOINT.source, 'gu')), (m) => m.index),
  };
}

/** The sentences of splitBodySentences that hold the start of an event word or a character of appointing, as pairs. */
function bodySentencesWithWords(text: string): number[] {
  const { hits, appointing } = byPatterns(text);
  const starts = [...hits.flatMap((h) => h.starts), ...appointing];
  return splitBodySentences(text)
    .filter((s) => starts.some((at) => s.start <= at && at < s.end))
    .flatMap((s) => [s.start, s.end]);
}

// Event words, their near misses (调研员, 赴会, 开幕式, 推介 before a mark), single characters of
// them, marks that end 推介 and stop 达成…合作, and runs of filler (达成 takes at most 12 characters
// before 合作): random texts then hold words, near misses and words overlapping each other.
const WORDS = [
  ...Object.values(EVENT_WORDS).flatMap((pattern) =>
    pattern.source.split('|').map((w) => w.replace(/\(\?[=!][^)]*\)/gu, '')),
  ),
  ...['调研员', '赴会', '开幕式', '推介,', '推介。', '达成', '合作', '协议', '共识', '宁波', '𠀀', '\uD800'],
].filter((w) => /^[^()[\]?]+$/u.test(w));
const CHARS = [...new Set(WORDS.join(''))];
const piece = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 3, arbitrary: fc.constantFrom(...CHARS, ',', '。', ';', ':', '\n', '!') },
  { weight: 2, arbitrary: fc.nat({ max: 14 }).map((n) => '的'.repeat(n)) },
  { weight: 1, arbitrary: fc.nat({ max: 7 }).map((n) => '𠀀'.repeat(n)) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 2 }) },
);

describe('the one-pass event word scan', () => {
  it('finds exactly what the event word patterns find, on random texts', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        expect(scanEventWords(text)).toEqual(byPatterns(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('finds the words of a news sentence, each kind on its own', () => {
    const text = '5月28日，宁波市长赴虹桥调研，座谈会上签订合作协议，达成共识，开幕式后揭牌。';
    expect(scanEventWords(text)).toEqual(byPatterns(text));
    const { hits } = scanEventWords(text);
    expect(hits.map((h) => h.starts.map((s, i) => text.slice(s, h.ends[i])))).toEqual([
      ['签订', '达成共识'],
      ['赴', '调研'],
      ['座谈会', '开幕式'],
      ['揭牌'],
    ]);
  });

  it('takes 达成 up to 12 characters before 合作, 协议 or 共识, none across a clause mark', () => {
    for (let n = 0; n <= 14; n++)
      for (const filler of ['的', '𠀀', '\n'])
        for (const end of ['合作', '协议', '共识', '。合作']) {
          const text = `达成${filler.repeat(n)}${end}推介的推介`;
          expect(scanEventWords(text)).toEqual(byPatterns(text));
        }
  });

  it('finds the same words among dates', () => {
    const dates = ['5月28日', '二十八号', '当天', '次日', '周五', '星期天', '2019-06-04', '6.4', '日前', '天津'];
    const piece = fc.oneof(fc.constantFrom(...dates, ...WORDS), fc.constantFrom(...dates.join('')));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        const { sentences: _sentences, ...words } = scanEventText(text);
        expect(words).toEqual(byPatterns(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('finds the body sentences that hold an event word or a character of appointing', () => {
    const piece = fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...WORDS, '任', '名', '宁波') },
      { weight: 3, arbitrary: fc.constantFrom('。', '!', '?', ';', ',', '\n', ' ', '\u3000', '\t') },
      { weight: 1, arbitrary: fc.constantFrom(' '.repeat(31), '2019-06-04 来源:央广网') },
      // Lines about MAX_TITLE_LINE long: a headline ends there.
      { weight: 1, arbitrary: fc.nat({ max: 61 }).map((n) => '甲'.repeat(n)) },
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        expect(scanEventText(text).sentences).toEqual(bodySentencesWithWords(text));
      }),
      { numRuns: 3000 },
    );
    // Each length of line around MAX_TITLE_LINE, with spaces at its ends or without.
    for (let n = 50; n <= 64; n++)
      for (const space of ['', ' ', '\u3000'])
        for (const text of [`${space}${'甲'.repeat(n)}签约${space}\n签约`, `签约\n${'甲'.repeat(n)}名${space}`])
          expect(scanEventText(text).sentences).toEqual(bodySentencesWithWords(text));
  });

  it('gives a new array of one 0 per kind each time', () => {
    const zeros = zeroByKind();
    expect(zeros).toEqual(WORD_KINDS.map(() => 0));
    zeros[0] = 5;
    expect(zeroByKind()[0]).toBe(0);
  });
});
