// The background normalises an article to detect its entities, then finds the events of the same
// text (sent again by the page): the second reading must reuse the first.
import { describe, expect, it, vi } from 'vitest';
import { findArticleEvents, MAX_BRIEF_TEXT } from '../../lib/core/brief';
import { createDetector } from '../../lib/core/detection';
import { MAX_REMEMBERED_TEXT, normalizeRecent } from '../../lib/core/normalize';
import { SHIPPED_KNOWLEDGE_BASE } from '../support/knowledge-base';

const calls = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../lib/core/normalize/normalize-for-matching', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../lib/core/normalize/normalize-for-matching')>();
  return {
    ...actual,
    normalizeForMatching: (raw: string) => {
      calls.count++;
      return actual.normalizeForMatching(raw);
    },
  };
});

/** A copy of `s` that is another string object (as a text sent in another message is). */
const copy = (s: string) => [...s].join('');

describe('normalizeRecent', () => {
  it('gives equal texts one normalisation, and keeps the last two', () => {
    const a = '虹橋商務區與寧波簽訂合作協議。';
    const first = normalizeRecent(a);
    expect(normalizeRecent(copy(a))).toBe(first);
    expect(first.text).toBe('虹桥商务区与宁波签订合作协议。');
    normalizeRecent('甲');
    expect(normalizeRecent(a)).toBe(first);
    normalizeRecent('乙');
    normalizeRecent('丙');
    const again = normalizeRecent(a);
    expect(again).not.toBe(first);
    expect(again.text).toBe(first.text);
  });

  it('keeps no text longer than an article the brief reads', () => {
    expect(MAX_BRIEF_TEXT).toBeLessThanOrEqual(MAX_REMEMBERED_TEXT);
    const long = '甲'.repeat(MAX_REMEMBERED_TEXT + 1);
    expect(normalizeRecent(long)).not.toBe(normalizeRecent(long));
  });

  it('lets the events of a text just detected reuse detection’s normalisation', () => {
    const detector = createDetector(SHIPPED_KNOWLEDGE_BASE);
    const text = '5月28日，虹桥商务区管委会与宁波签订合作协议。';
    const before = calls.count;
    const entities = detector.detect(text);
    expect(calls.count).toBe(before + 1);
    const events = findArticleEvents(copy(text), entities, '2019-06-04');
    expect(calls.count).toBe(before + 1);
    expect(events.map((e) => e.kind)).toEqual(['signing']);
  });

  it('never spares the detector its own normalisation (a text detected again costs the same)', () => {
    const detector = createDetector(SHIPPED_KNOWLEDGE_BASE);
    const text = '宁波市长裘东耀表示，宁波要深度融入长三角。';
    const before = calls.count;
    const first = detector.detect(text);
    expect(detector.detect(copy(text))).toEqual(first);
    expect(calls.count).toBe(before + 2);
  });
});
