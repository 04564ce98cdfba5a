import { describe, expect, it } from 'vitest';
import { createDetector } from '../../lib/core/detection/detect';
import { extendOverAttachedMarks } from '../../lib/core/detection/grapheme-end';
import { SHIPPED_KNOWLEDGE_BASE } from '../support/knowledge-base';

describe('extendOverAttachedMarks', () => {
  it('keeps a combining accent with the character it sits on', () => {
    expect(extendOverAttachedMarks('嘉兴\u0301与湖州', 2)).toBe(3);
    expect(extendOverAttachedMarks('嘉兴\u0301\u0323与', 2)).toBe(4);
  });

  it('keeps variation selectors (also the astral ideographic ones) and skin-tone modifiers', () => {
    expect(extendOverAttachedMarks('宁波\uFE0F。', 2)).toBe(3);
    expect(extendOverAttachedMarks('宁波\u{E0100}。', 2)).toBe(4);
    expect(extendOverAttachedMarks('👍\u{1F3FD}闵', 2)).toBe(4);
  });

  it('stops at anything else: Han, emoji, punctuation, the end of the text', () => {
    expect(extendOverAttachedMarks('宁波市长', 2)).toBe(2);
    expect(extendOverAttachedMarks('宁波😀', 2)).toBe(2);
    expect(extendOverAttachedMarks('宁波', 2)).toBe(2);
  });
});

describe('detection next to astral characters and combining marks', () => {
  const detector = createDetector(SHIPPED_KNOWLEDGE_BASE);
  const text =
    '😀宁波市长裘东耀指出，𠀀虹桥商务区管委会常务副主任闵师林👍\u{1F3FD}表示。嘉兴\u0301与湖州代表也来到会场。𪚥宁波𪚥';

  it('finds the same names with raw offsets that cut no character in two', () => {
    const found = detector.detect(text);
    const surfaces = found.flatMap((e) => e.mentions.map((m) => text.slice(m.start, m.end)));
    expect(surfaces).toEqual(expect.arrayContaining(['宁波', '裘东耀', '虹桥商务区', '闵师林', '嘉兴\u0301', '湖州']));
    for (const { start, end } of found.flatMap((e) => e.mentions)) {
      const low = (at: number) => /[\uDC00-\uDFFF]/u.test(text[at] ?? '');
      expect(low(start) || low(end), `${start}-${end} splits a surrogate pair`).toBe(false);
      expect(/^\p{M}/u.test(text.slice(end)), `${start}-${end} leaves a mark behind`).toBe(false);
    }
  });
});
