import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { pinyin } from 'pinyin-pro';
import { normalizeForMatching, foldToSimplified } from '../../lib/core/normalize/normalize-for-matching';
import { createNormalizedText } from '../../lib/core/normalize/normalized-text';
import { annotationLength } from '../../lib/core/normalize/pinyin-annotations';
import { isTonedPinyinSyllable, pinyinSyllables } from '../../lib/core/normalize/pinyin-syllables';
import { FOLD_FROM, FOLD_TO, FOLD_PAIR_COUNT } from '../../lib/core/normalize/fold-table.generated';
import { generateFoldTable, OUTPUT_PATH } from '../../scripts/build-fold-table.mjs';
import {
  dropPinyinAnnotations,
  dropSpacesBetweenHan,
  dropZeroWidth,
  foldTraditionalToSimplified,
  runStep,
  textBufferFrom,
  textBufferToString,
  toHalfWidth,
} from '../support/normalize-steps';

/** The raw text each normalised character came from, for readable assertions on the offset map. */
function rawOf(raw: string, s: number, e: number): string {
  const n = normalizeForMatching(raw);
  return raw.slice(n.toRawStart(s), n.toRawEnd(e));
}

describe('isTonedPinyinSyllable', () => {
  it.each([
    ['wù', true],
    ['qū', true],
    ['lián', true],
    ['chuàng', true],
    ['wu4', true],
    ['lv4', true],
    ['lüè', true],
    ['nü', true], // bare ü: only pinyin writes it
    ['Lǚ', true], // capitalised surname reading
    ['wu\u0300', true], // NFD: combining grave
    ['ń', true], // interjection with a tone mark
    ['an', false], // no tone
    ['de', false], // neutral tone unmarked: indistinguishable from Latin
    ['Eros', false],
    ['CBD', false],
    ['m2', false], // square metres, not the interjection m
    ['n2', false],
    ['lv', false], // a brand, not ü
    ['Wu4', false], // digit form must be lowercase
    ['wù qū', false], // one syllable only
    ['wùqū', false], // two tone marks
    ['wù4', false], // mark and digit
    ['xā', false], // not a syllable
    ['bou1', false], // a hole in the grid
    ['', false],
    ['2022', false],
  ])('%s → %s', (body, expected) => {
    expect(isTonedPinyinSyllable(body)).toBe(expected);
  });

  it('knows every toneless reading pinyin-pro gives a BMP Han character (bar the rare interjections)', () => {
    const set = pinyinSyllables();
    const missing = new Set<string>();
    for (let c = 0x4e00; c <= 0x9fff; c++) {
      const ch = String.fromCharCode(c);
      for (const s of pinyin(ch, { toneType: 'none', multiple: true, type: 'array', v: true })) {
        if (s !== ch && !set.has(s)) missing.add(s);
      }
    }
    // m, n, ng are accepted with a tone mark only (INTERJECTION_KEYS); hng and ê are left out.
    expect([...missing].sort()).toEqual(['hng', 'm', 'n', 'ng', 'ê']);
    expect(set.size).toBeGreaterThan(400);
    expect(set.size).toBeLessThan(420);
  });
});

describe('annotationLength', () => {
  it.each([
    ['務(wù)區', 1, 4],
    ['區（qū）', 1, 4],
    ['區(qū）', 1, 4], // mixed brackets seen on garbled pages
    ['務(wu4)', 1, 5],
    ['(記者吳善陽)', 0, 0],
    ['(wù', 0, 0], // unclosed
    ['(zhuangzhuang)', 0, 0],
    ['x', 0, 0],
  ])('%s at %i → %i', (s, start, expected) => {
    const t = textBufferFrom(s);
    expect(annotationLength(t.units, start, t.length)).toBe(expected);
  });
});

describe('dropZeroWidth', () => {
  it.each([
    ['宁\u200B波', '宁波', [0, 2]],
    ['\uFEFF上海\u200C\u200D', '上海', [1, 2]],
    ['a\u2060b', 'ab', [0, 2]],
    ['上海', '上海', [0, 1]],
  ])('%j → %j', (input, text, kept) => {
    expect(runStep(dropZeroWidth, input)).toEqual({ text, kept });
  });
});

describe('toHalfWidth', () => {
  it.each([
    ['（ＣＢＤ）', '(CBD)'],
    ['Ａ１，！～', 'A1,!~'],
    ['上海　CBD', '上海 CBD'],
    ['上海\u00A0CBD', '上海 CBD'],
    ['、。「」', '、。「」'], // Chinese punctuation outside FF01–FF5E stays
  ])('%j → %j', (input, expected) => {
    expect(runStep(toHalfWidth, input)).toEqual({ text: expected, kept: [...input].map((_, i) => i) });
  });
});

describe('foldToSimplified', () => {
  it.each([
    ['寧波杭州灣新區', '宁波杭州湾新区'],
    ['閔師林', '闵师林'],
    ['裘東耀', '裘东耀'],
    ['記者吳善陽', '记者吴善阳'],
    ['嘉興市委書記魯俊', '嘉兴市委书记鲁俊'],
    ['鍾', '钟'],
    ['锺', '钟'], // simplified surname form, added on top of OpenCC
    ['於', '于'],
    ['乾隆', '乾隆'], // 乾 is a live simplified character (乾县, 乾安县): not folded to 干
    ['幹部', '干部'],
    ['衞', '卫'], // HK variant through its OpenCC standard form 衛
    ['\uF900', '岂'], // CJK compatibility ideograph 豈
    ['著名', '著名'], // TW variant of 着 that is also a simplified character: stays
    ['上海 CBD (2022)', '上海 CBD (2022)'],
  ])('%s → %s', (input, expected) => {
    expect(foldToSimplified(input)).toBe(expected);
  });

  it('keeps the length and is idempotent over the whole table', () => {
    const folded = foldToSimplified(FOLD_FROM);
    expect(folded).toBe(FOLD_TO);
    expect(foldToSimplified(FOLD_TO)).toBe(FOLD_TO);
    expect(FOLD_FROM).toHaveLength(FOLD_PAIR_COUNT);
    expect(FOLD_TO).toHaveLength(FOLD_PAIR_COUNT);
  });

  it('returns the input itself when nothing folds', () => {
    const s = '宁波杭州湾新区';
    expect(foldToSimplified(s)).toBe(s);
  });

  it('as a step, folds in place, one unit for one', () => {
    expect(runStep(foldTraditionalToSimplified, '閔師林(wù)')).toEqual({
      text: '闵师林(wù)',
      kept: [0, 1, 2, 3, 4, 5, 6],
    });
  });
});

describe('fold table generation', () => {
  it('the committed table is exactly what scripts/build-fold-table.mjs produces', async () => {
    const { source, pairs } = await generateFoldTable();
    expect(readFileSync(OUTPUT_PATH, 'utf8')).toBe(source);
    expect(pairs).toHaveLength(FOLD_PAIR_COUNT);
  });
});

describe('dropPinyinAnnotations', () => {
  it.each([
    ['商務(wù)區(qū)', '商務區'],
    ['區（qū）', '區'],
    ['務(wu4)', '務'],
    ['協會(聯(lián)盟)', '協會(聯盟)'],
    ['務(wù)(wù)', '務'], // a second annotation in a row goes too (idempotence)
    ['(記者吳善陽)', '(記者吳善陽)'],
    ['記者(記者吳善陽)', '記者(記者吳善陽)'],
    ['時間(2022-2025)', '時間(2022-2025)'],
    ['協會(联盟)', '協會(联盟)'],
    ['城市(宣城)', '城市(宣城)'],
    ['愛情(Eros)', '愛情(Eros)'],
    ['愛情（Eros）', '愛情（Eros）'],
    ['高端(CBD)', '高端(CBD)'],
    ['安(an)', '安(an)'],
    ['會議（上海）', '會議（上海）'],
    ['面積(m2)', '面積(m2)'],
    ['務 (wù)', '務 (wù)'], // not immediately after Han
    ['CBD(wù)', 'CBD(wù)'],
    ['(wù)', '(wù)'],
    ['務(wù qū)', '務(wù qū)'],
  ])('%s → %s', (input, expected) => {
    expect(runStep(dropPinyinAnnotations, input).text).toBe(expected);
  });

  it('maps each kept character to its input index', () => {
    expect(runStep(dropPinyinAnnotations, '商務(wù)區(qū)').kept).toEqual([0, 1, 6]);
    expect(runStep(dropPinyinAnnotations, '上(CBD)').kept).toEqual([0, 1, 2, 3, 4, 5]);
  });
});

describe('dropSpacesBetweenHan', () => {
  it.each([
    ['姜　焜', '姜焜', [0, 2]],
    ['曹 萍', '曹萍', [0, 2]],
    ['曹\u00A0 \u3000萍', '曹萍', [0, 4]],
    ['上海 CBD', '上海 CBD', [0, 1, 2, 3, 4, 5]],
    ['CBD 上海', 'CBD 上海', [0, 1, 2, 3, 4, 5]],
    ['上海 ', '上海 ', [0, 1, 2]],
    [' 上海', ' 上海', [0, 1, 2]],
    ['上海市\n委', '上海市\n委', [0, 1, 2, 3, 4]], // line breaks may separate paragraphs
    ['上\t委', '上\t委', [0, 1, 2]],
    ['上 海 市', '上海市', [0, 2, 4]],
    ['上  (an)', '上  (an)', [0, 1, 2, 3, 4, 5, 6]],
  ])('%j → %j', (input, text, kept) => {
    expect(runStep(dropSpacesBetweenHan, input)).toEqual({ text, kept });
  });
});

describe('text buffer', () => {
  it('round-trips surrogate pairs, lone surrogates and long texts unit for unit', () => {
    for (const s of [
      '𠮷野家',
      'a\uD800b',
      '\uDC00',
      '\uD842\uDFB7\uD842',
      ('上海\uD800'.repeat(5000) + '𠮷').repeat(2),
    ]) {
      expect(textBufferToString(textBufferFrom(s))).toBe(s);
    }
    expect(textBufferFrom('𠮷').loneSurrogates).toBe(false);
    expect(textBufferFrom('\uDFB7\uD842').loneSurrogates).toBe(true);
  });
});

describe('normalizeForMatching', () => {
  it.each([
    ['上海虹橋商務(wù)區(qū)', '上海虹桥商务区'],
    ['寧波杭州灣新區（qū）', '宁波杭州湾新区'],
    ['央廣網(wǎng)上海6月4日消息(記者吳善陽)', '央广网上海6月4日消息(记者吴善阳)'],
    ['電商協會(聯(lián)盟)等', '电商协会(联盟)等'],
    ['會議（上海）', '会议(上海)'], // bracket stays, half-widthed
    ['愛情（Eros）', '爱情(Eros)'],
    ['姜　焜', '姜焜'],
    ['曹 萍', '曹萍'],
    ['上海 CBD', '上海 CBD'],
    ['上海　CBD', '上海 CBD'],
    ['務(wù) 區', '务区'], // the dropped reading leaves a space between Han
    ['務\u200B(wù)', '务'], // invisible character before the bracket
    ['區（ｑū）', '区'], // full-width letters inside a full-width bracket
    ['\uF900(qǐ)', '岂'], // compatibility ideograph counts as Han
    ['閔\u200B師林', '闵师林'],
    ['ＣＢＤ', 'CBD'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(normalizeForMatching(input).text).toBe(expected);
  });

  it('maps a span to exactly the raw characters that produced it', () => {
    const raw = '上海虹橋商務(wù)區(qū)與';
    const n = normalizeForMatching(raw);
    expect(n.text).toBe('上海虹桥商务区与');
    expect(rawOf(raw, 4, 7)).toBe('商務(wù)區'); // inner annotation included
    expect(rawOf(raw, 4, 6)).toBe('商務'); // trailing annotation not dragged in
    expect(rawOf(raw, 7, 8)).toBe('與'); // leading annotation not dragged in
    expect(rawOf(raw, 0, 8)).toBe(raw);
    expect(n.toRawStart(n.text.length)).toBe(raw.length);
    expect(rawOf(' 曹　萍 ', 1, 3)).toBe('曹　萍');
    expect(rawOf('\u200B曹萍\u200B', 0, 2)).toBe('曹萍');
  });

  it('allocates no map when nothing is dropped, and still maps offsets', () => {
    const n = normalizeForMatching('寧波 CBD');
    expect(n.text).toBe('宁波 CBD');
    expect([0, 1, 2, 6].map((i) => n.toRawStart(i))).toEqual([0, 1, 2, 6]);
    expect(n.toRawEnd(6)).toBe(6);
  });

  it('rejects offsets outside the contract', () => {
    const n = normalizeForMatching('商務(wù)區');
    expect(() => n.toRawStart(-1)).toThrow(RangeError);
    expect(() => n.toRawStart(4)).toThrow(RangeError);
    expect(() => n.toRawStart(1.5)).toThrow(RangeError);
    expect(() => n.toRawEnd(0)).toThrow(RangeError);
    expect(() => n.toRawEnd(4)).toThrow(RangeError);
    expect(() => createNormalizedText('ab', 3, null)).toThrow(RangeError);
  });
});

describe('the traditional + inline pinyin fixture page', () => {
  const html = readFileSync(
    new URL('../fixtures/pages/hongqiao-yrd-cooperation.zh-Hant-pinyin.html', import.meta.url),
    'utf8',
  );
  // Crude but enough: the article element, tags replaced by line breaks, the few entities decoded.
  const article = /<article[^>]*>([\s\S]*?)<\/article>/.exec(html)![1]!;
  const raw = article
    .replace(/<[^>]+>/g, '\n')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
  const normalized = normalizeForMatching(raw);
  const text = normalized.text;

  it.each(['上海虹桥商务区', '宁波杭州湾新区', '裘东耀', '闵师林', '嘉兴市委书记鲁俊', '副书记、副主任徐方'])(
    'contains %s',
    (needle) => {
      expect(text).toContain(needle);
    },
  );

  it('has no pinyin bracket left, but keeps the real ones', () => {
    expect(raw).toMatch(/\(wù\)/);
    expect(text).not.toMatch(/[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+[1-5]?[)）]/);
    expect(text).toContain('(记者吴善阳)');
    expect(text).toContain('(联盟)');
  });

  it('maps found names back to the page’s own characters', () => {
    const at = text.indexOf('宁波杭州湾新区');
    expect(raw.slice(normalized.toRawStart(at), normalized.toRawEnd(at + 7))).toBe('寧波杭州灣新區');
    const hq = text.indexOf('虹桥商务区');
    expect(raw.slice(normalized.toRawStart(hq), normalized.toRawEnd(hq + 5))).toBe('虹橋商務(wù)區');
    const min = text.indexOf('闵师林');
    expect(raw.slice(normalized.toRawStart(min), normalized.toRawEnd(min + 3))).toBe('閔師林');
  });

  it('is idempotent on the page', () => {
    expect(normalizeForMatching(text).text).toBe(text);
  });
});
