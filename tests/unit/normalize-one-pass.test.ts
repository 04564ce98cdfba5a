import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { normalizeForMatching } from '../../lib/core/normalize/normalize-for-matching';
import { PIECE_UNITS } from '../../lib/core/normalize/text-pieces';
import {
  dropPinyinAnnotations,
  dropSpacesBetweenHan,
  dropZeroWidth,
  foldTraditionalToSimplified,
  rawIndexOf,
  textBufferFrom,
  textBufferToString,
  toHalfWidth,
} from '../support/normalize-steps';

/** The five steps one after another on a buffer: what the one-pass normaliser must equal. */
function stepByStep(raw: string): { text: string; rawStarts: number[] } {
  const t = textBufferFrom(raw);
  for (const step of [
    dropZeroWidth,
    toHalfWidth,
    foldTraditionalToSimplified,
    dropPinyinAnnotations,
    dropSpacesBetweenHan,
  ]) {
    step(t);
  }
  return { text: textBufferToString(t), rawStarts: Array.from(rawIndexOf(t).subarray(0, t.length)) };
}

/** The one-pass result in the same shape: the text and each character's raw offset. */
function onePass(raw: string): { text: string; rawStarts: number[] } {
  const n = normalizeForMatching(raw);
  const rawStarts: number[] = [];
  for (let i = 0; i < n.text.length; i++) rawStarts.push(n.toRawStart(i)); // per code unit, not per code point
  return { text: n.text, rawStarts };
}

const PIECES = [
  ...'上海宁波区务乾區務灣寧閔會聯鍾',
  '\uF900',
  '(wù)',
  '（qū）',
  '(qū）',
  '(wu4)',
  '（ｗù）',
  '(w\u200Bù)',
  '(wu\u0300)',
  '(an)',
  '(Eros)',
  '(記者吳善陽)',
  '(',
  ')',
  '（',
  '）',
  ' ',
  '\u00A0',
  '\u3000',
  '\n',
  '\u200B',
  '\uFEFF',
  '\u2060',
  'Ａ',
  'a',
  '𠮷',
  '\uD800',
  '\uDC00',
];

describe('normalizeForMatching in one pass', () => {
  it('gives the same text and offset map as the five steps one after another', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            { weight: 9, arbitrary: fc.constantFrom(...PIECES) },
            { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) },
          ),
          { maxLength: 40 },
        ),
        (pieces) => {
          const raw = pieces.join('');
          expect(onePass(raw)).toEqual(stepByStep(raw));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it.each([
    ['a zero-width character inside a run of Han', '宁\u200B波市', '宁波市', [0, 2, 3]],
    ['a zero-width character right before an annotation', '務\u200B(wù)區', '务区', [0, 6]],
    ['a zero-width character inside an annotation', '務(w\u200Bù)區', '务区', [0, 6]],
    ['full-width brackets and letters', '區（ｑū）域', '区域', [0, 5]],
    ['a kept bracket after Han', '會（上海）', '会(上海)', [0, 1, 2, 3, 4]],
    ['a surrogate pair after Han, then an annotation', '上𠮷(wù)', '上𠮷(wù)', [0, 1, 2, 3, 4, 5, 6]],
    ['a lone surrogate between Han', '上\uD800海', '上\uD800海', [0, 1, 2]],
    ['spaces and zero-width before Han', '曹\u00A0\u200B 萍', '曹萍', [0, 4]],
    ['spaces before a bracket', '務 (wù)', '务 (wù)', [0, 1, 2, 3, 4, 5]],
  ])('%s', (_, raw, text, rawStarts) => {
    expect(onePass(raw)).toEqual({ text, rawStarts });
    expect(onePass(raw)).toEqual(stepByStep(raw));
  });

  it('treats every piece boundary like any other place, up to texts longer than a million units', () => {
    // An annotation, a space run, a surrogate pair and a lone surrogate straddle each boundary
    // in turn, as the unit before them shifts by one from block to block.
    const block = '務(wù)區 上\u3000海𠮷\uD800東(qū）寧\u200B波';
    for (const total of [PIECE_UNITS + 40, (1 << 20) + 1000]) {
      let raw = '';
      for (let shift = 0; raw.length < total; shift++) raw += '乾'.repeat(shift % 37) + block;
      const expected = stepByStep(raw);
      const actual = onePass(raw);
      expect(actual.text === expected.text).toBe(true); // a million-unit diff would be unreadable
      expect(actual.rawStarts.findIndex((start, i) => start !== expected.rawStarts[i])).toBe(-1);
    }
  }, 30_000);

  it('returns the raw string itself when nothing changes, however long', () => {
    const raw = '上海市委书记 CBD (2022) '.repeat(Math.ceil((3 * PIECE_UNITS) / 18));
    expect(normalizeForMatching(raw).text).toBe(raw);
  });

  it('slices unchanged pieces from the raw text and decodes changed ones', () => {
    const plain = '上海市委书记'.repeat(PIECE_UNITS);
    const raw = plain + '寧波' + plain;
    expect(normalizeForMatching(raw).text).toBe(plain + '宁波' + plain);
  });
});
