import { describe, expect, it } from 'vitest';
import { WordTable } from '../../lib/core/matching';

describe('WordTable: words looked up by a span of a text', () => {
  const table = new WordTable<string>([
    ['宁波', 'place'],
    ['研究', 'verb'],
    ['水平', 'noun'],
    ['研究', 'noun'], // a repeated word keeps its last value, as Map.set does
    ['', 'never'],
  ]);

  it('finds a word inside a longer text without cutting it out', () => {
    expect(table.get('赴宁波研究', 1, 3)).toBe('place');
    expect(table.get('高水平南阳', 1, 3)).toBe('noun');
    expect(table.get('宁波')).toBe('place');
  });

  it('keeps the last value of a repeated word and counts it once', () => {
    expect(table.get('研究')).toBe('noun');
    expect(table.size).toBe(3);
  });

  it('misses spans that are no word: longer, shorter, shifted, empty or outside the text', () => {
    expect(table.get('赴宁波研究', 0, 2)).toBeUndefined();
    expect(table.get('赴宁波研究', 1, 4)).toBeUndefined();
    expect(table.get('赴宁波研究', 1, 2)).toBeUndefined();
    expect(table.get('宁波', 1, 1)).toBeUndefined();
    expect(table.get('宁波', 1, 3)).toBeUndefined();
    expect(table.get('')).toBeUndefined();
  });

  it('answers like a Map for thousands of words, each found and none invented', () => {
    const words = Array.from({ length: 5000 }, (_, i) =>
      String.fromCharCode(0x4e00 + (i % 700), 0x4e00 + Math.floor(i / 7)),
    );
    const map = new Map(words.map((w, i) => [w, i]));
    const big = new WordTable(words.map((w, i) => [w, i] as const));
    for (const [word, value] of map) expect(big.get(`前${word}后`, 1, 3)).toBe(value);
    expect(big.get('前后')).toBeUndefined();
  });
});
