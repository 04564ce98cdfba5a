import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { normalizeForMatching, foldToSimplified } from '../../lib/core/normalize/normalize-for-matching';
import { runStep, toHalfWidth } from '../support/normalize-steps';

/** What one raw code unit becomes when it is kept: the width fold, then the script fold. */
const foldUnit = (unit: string): string => foldToSimplified(runStep(toHalfWidth, unit).text);

// Pieces chosen to hit every rule and its edges: Han that folds and Han that does not, valid and
// invalid pinyin brackets in both widths, half brackets, every kind of space, invisible characters,
// full-width ASCII, surrogates (a pair and a lone one) and combining marks.
const PIECES = [
  ...'上海宁波区务闵师林裘东耀乾于钟',
  ...'區務灣寧閔師東陽興魯會聯於鍾锺衞',
  '\uF900', // compatibility ideograph 豈
  '(wù)',
  '(qū)',
  '（qū）',
  '(qū）',
  '(wu4)',
  '(lǚ)',
  '(Lǚ)',
  '(nü)',
  '(wu\u0300)',
  '（ｗù）',
  '(an)',
  '(Eros)',
  '(CBD)',
  '(m2)',
  '(wù qū)',
  '(2022-2025)',
  '(記者吳善陽)',
  '（上海）',
  '(',
  ')',
  '（',
  '）',
  'wù',
  ' ',
  '  ',
  '\u00A0',
  '\u3000',
  '\t',
  '\n',
  '\u200B',
  '\u200D',
  '\uFEFF',
  'Ａ',
  '１',
  '，',
  'a',
  'CBD',
  '4',
  '2022',
  '、',
  '。',
  ',',
  '-',
  '𠮷',
  '\uD800',
  '\u0301',
];

// Mostly the pieces above, sometimes one or two arbitrary code points (any plane) for the unforeseen.
const rawText = fc
  .array(
    fc.oneof(
      { weight: 9, arbitrary: fc.constantFrom(...PIECES) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 2 }) },
    ),
    { maxLength: 24 },
  )
  .map((pieces) => pieces.join(''));

describe('normalizeForMatching properties', () => {
  it('(a) the offset map is strictly increasing, in range, and each character comes from its raw character', () => {
    fc.assert(
      fc.property(rawText, (raw) => {
        const { text, toRawStart, toRawEnd } = normalizeForMatching(raw);
        expect(toRawStart(text.length)).toBe(raw.length);
        let previous = -1;
        for (let i = 0; i < text.length; i++) {
          const start = toRawStart(i);
          expect(start).toBeGreaterThan(previous);
          expect(start).toBeLessThan(raw.length);
          expect(toRawEnd(i + 1)).toBe(start + 1);
          expect(toRawEnd(i + 1)).toBeLessThanOrEqual(toRawStart(i + 1));
          // Provenance: the only per-character changes are the width and script folds.
          expect(text[i]).toBe(foldUnit(raw[start]!));
          previous = start;
        }
      }),
      { numRuns: 500 },
    );
  });

  it('(a2) fromRaw finds where a raw offset falls: the first character whose raw start is at or after it, from any hint before it', () => {
    fc.assert(
      fc.property(rawText, fc.nat(), (raw, hintSeed) => {
        const normalized = normalizeForMatching(raw);
        const { text } = normalized;
        for (let r = 0; r <= raw.length; r++) {
          let expected = 0;
          while (expected < text.length && normalized.toRawStart(expected) < r) expected++;
          expect(normalized.fromRaw(r)).toBe(expected);
          expect(normalized.fromRaw(r, hintSeed % (expected + 1))).toBe(expected);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('(b) every span maps to a raw span that normalises to exactly that span', () => {
    fc.assert(
      fc.property(rawText, (raw) => {
        const { text, toRawStart, toRawEnd } = normalizeForMatching(raw);
        for (let s = 0; s < text.length; s++) {
          for (let e = s + 1; e <= text.length; e++) {
            const rawSpan = raw.slice(toRawStart(s), toRawEnd(e));
            expect(normalizeForMatching(rawSpan).text).toBe(text.slice(s, e));
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('(c) normalising the normalised text changes nothing', () => {
    fc.assert(
      fc.property(rawText, (raw) => {
        const { text } = normalizeForMatching(raw);
        expect(normalizeForMatching(text).text).toBe(text);
      }),
      { numRuns: 2000 },
    );
  });
});
