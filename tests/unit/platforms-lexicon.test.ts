// The word lexicon the platform scan reads names with (jieba's dictionary, generated) and the words
// the names of known platforms are made of.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  CLASSES,
  generateWordLexicon,
  MIN_COMMON_FREQUENCY,
  MIN_FREQUENCY,
  MIN_SINGLE_FREQUENCY,
  OUTPUT_PATH,
  renderLexiconModule,
  selectWords,
} from '../../scripts/build-word-lexicon.mjs';
import * as generated from '../../lib/core/detection/word-lexicon.generated';
import { wordClassOf, wordEndingAt } from '../../lib/core/detection/word-lexicon';
import { platformNameWords } from '../../lib/core/detection/platform-patterns';

describe('scripts/build-word-lexicon.mjs', () => {
  const sample = [
    `在 ${MIN_SINGLE_FREQUENCY} p`,
    `研究 ${MIN_FREQUENCY} vn`,
    `认真 ${MIN_FREQUENCY} ad`,
    `丝绸之路 ${MIN_FREQUENCY} l`,
    `虹桥 ${MIN_FREQUENCY} ns`,
    `智慧 ${MIN_COMMON_FREQUENCY} nr`,
    `扬子江 ${MIN_FREQUENCY} nr`,
    `金融 ${MIN_COMMON_FREQUENCY} n`,
    `谋略 ${MIN_COMMON_FREQUENCY - 1} n`,
    `罕见 ${MIN_FREQUENCY - 1} v`,
    `好 ${MIN_SINGLE_FREQUENCY} a`,
    `做 ${MIN_SINGLE_FREQUENCY} v`,
    `林 ${MIN_SINGLE_FREQUENCY} nr`,
    'C++ 3 nz',
    '研究 5 n',
  ].join('\n');

  it('keeps words by class and frequency, first line wins', () => {
    expect(Object.fromEntries(selectWords(sample))).toEqual({
      在: 'function',
      研究: 'predicate',
      认真: 'function',
      丝绸之路: 'phrase',
      虹桥: 'proper',
      智慧: 'common',
      扬子江: 'proper',
      金融: 'common',
      好: 'predicate',
      做: 'function',
    });
  });

  it('wrote the committed lib/core/detection/word-lexicon.generated.ts from the installed dictionary', () => {
    expect(readFileSync(OUTPUT_PATH, 'utf8')).toBe(generateWordLexicon());
  });

  it('renders one sorted, space-separated list per class', () => {
    const module = renderLexiconModule(selectWords(sample));
    for (const wordClass of CLASSES) expect(module).toContain(`export const ${wordClass.toUpperCase()}_WORDS = [`);
    expect(module).toContain("'做 在 认真'");
  });
});

describe('the generated lexicon', () => {
  const lists = {
    function: generated.FUNCTION_WORDS,
    predicate: generated.PREDICATE_WORDS,
    phrase: generated.PHRASE_WORDS,
    proper: generated.PROPER_WORDS,
    common: generated.COMMON_WORDS,
  };

  it('holds each word once, sorted within its class, Han characters only', () => {
    const seen = new Set<string>();
    for (const list of Object.values(lists)) {
      const words = list.split(' ');
      expect([...words].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))).toEqual(words);
      for (const word of words) {
        expect(word).toMatch(/^\p{Script=Han}{1,4}$/u);
        expect(seen.has(word)).toBe(false);
        seen.add(word);
      }
    }
    expect(seen.size).toBeGreaterThan(30000);
  });

  it.each([
    ['在', 'function'],
    ['认真', 'function'],
    ['三个', 'function'],
    ['研究', 'predicate'],
    ['相关', 'predicate'],
    ['丝绸之路', 'phrase'],
    ['虹桥', 'proper'],
    ['服务业', 'common'],
  ])('%s is a %s word', (word, wordClass) => {
    expect(wordClassOf(word)).toBe(wordClass);
  });

  it('finds the longest word ending at a position, within the limit', () => {
    expect(wordEndingAt('认真研究', 4, 0)).toEqual({ start: 2, end: 4, wordClass: 'predicate' });
    expect(wordEndingAt('国家服务业', 5, 0)).toEqual({ start: 2, end: 5, wordClass: 'common' });
    expect(wordEndingAt('认真研究', 4, 3)).toBeUndefined();
    expect(wordEndingAt('沣东', 2, 0)).toBeUndefined();
  });
});

describe('platformNameWords', () => {
  it('collects the verbs and function words of names, before their platform word', () => {
    const words = platformNameWords(['山西转型综合改革示范区', '中关村国家自主创新示范区', '苏州工业园区']);
    expect(words.has('改革')).toBe(true);
    expect(words.has('创新')).toBe(true);
    expect(words.has('苏州')).toBe(false);
  });
});
