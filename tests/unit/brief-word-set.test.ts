import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isTitleAfter } from '../../lib/core/brief/event-parties';
import { WordSet } from '../../lib/core/brief/word-set';

// Words, their pieces, marks and a character outside the Basic Multilingual Plane: random texts
// hold words, near misses, words overlapping each other and surrogate pairs.
const WORDS = ['将', '计划', '即将', '以来', '上半年', '项目', '的', '书记', '负责同志', '负责人', '总经理', '主任'];
const PIECES = [...WORDS, ...WORDS.join(''), ',', '。', '与', '和', '甲', '乙丙', '𠀀', '的'];
const texts = fc.array(fc.constantFrom(...PIECES), { maxLength: 24 }).map((parts) => parts.join(''));
const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

describe('WordSet', () => {
  const words = new WordSet(WORDS);
  const any = WORDS.map(escape).join('|');
  it('startsAt, endsAt and indexIn find what the patterns find', () => {
    fc.assert(
      fc.property(texts, fc.nat(), fc.nat(), (text, a, b) => {
        const from = Math.min(a, b) % (text.length + 1);
        const to = from + ((Math.max(a, b) - Math.min(a, b)) % (text.length - from + 1));
        const slice = text.slice(from, to);
        const first = new RegExp(`^(?:${any})`, 'u').exec(slice);
        const length = WORDS.find((w) => slice.startsWith(w))?.length ?? 0;
        expect(words.startsAt(text, from, to)).toBe(length);
        expect(first !== null).toBe(length > 0);
        expect(words.endsAt(text, from, to)).toBe(new RegExp(`(?:${any})$`, 'u').test(slice));
        const m = new RegExp(any, 'u').exec(slice);
        expect(words.indexIn(text, from, to)).toBe(m === null ? -1 : from + m.index);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('isTitleAfter', () => {
  const TITLE_AFTER =
    /^(?:的)?(?:[^,。与和]{0,10}?)(?:书记|市长|省长|州长|区长|县长|主任|局长|主席|负责人|负责同志|校长|会长|总经理|总裁|董事长|常委|院长|部长)/u;
  it('is the pattern on the 16 characters after the place', () => {
    fc.assert(
      fc.property(texts, fc.nat(), (text, a) => {
        const from = a % (text.length + 1);
        expect(isTitleAfter(text, from)).toBe(TITLE_AFTER.test(text.slice(from, from + 16)));
      }),
      { numRuns: 5000 },
    );
  });
});
