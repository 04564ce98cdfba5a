// Issue 13, kind 3: rare surnames. The surnames come from a kept list (scripts/build-surnames.mjs:
// chinese-surnames + pinyin-pro, both MIT); surnames that are also common words (来, 能, 于, 向, 高)
// start no name where jieba's word list says the text reads as words (`副市长来到现场`).
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { createDetector } from '../../lib/core/detection/detect';
import { findTitledPeople } from '../../lib/core/detection/official-detector';
import { readsAsWords, startsPersonalName } from '../../lib/core/detection/surnames';
import { SHIPPED_KNOWLEDGE_BASE } from '../support/knowledge-base';
import { generateSurnames, OUTPUT_PATH, buildSurnameLists } from '../../scripts/build-surnames.mjs';

const detector = createDetector(SHIPPED_KNOWLEDGE_BASE);
const officials = (text: string) =>
  detector
    .detect(text)
    .filter((e) => e.type === 'official')
    .map((e) => e.name);

describe('surnames from the kept list', () => {
  it('the committed list is exactly what scripts/build-surnames.mjs produces', async () => {
    const { source } = await generateSurnames();
    expect(readFileSync(OUTPUT_PATH, 'utf8')).toBe(source);
  });

  it('knows rare surnames', () => {
    for (const surname of [...'摆来亓仝訾逄禚谯能鄢虢付闫郇昝']) expect(startsPersonalName(`${surname}某`, 0)).toBe(1);
    expect(startsPersonalName('欧阳某', 0)).toBe(2);
    expect(startsPersonalName('独孤某', 0)).toBe(2);
  });

  it('finds officials with rare surnames', () => {
    expect(officials('县长亓建华深入企业调研。')).toEqual(['亓建华']);
    expect(officials('区委书记仝志伟主持召开会议。')).toEqual(['仝志伟']);
    expect(officials('副市长逄立新表示，将加快推进。')).toEqual(['逄立新']);
    expect(officials('管委会主任鄢明出席签约仪式。')).toEqual(['鄢明']);
    expect(officials('副县长禚洪波介绍项目情况。')).toEqual(['禚洪波']);
  });

  it('finds officials whose surname is also a common word', () => {
    expect(officials('副市长来晓峰出席活动。')).toEqual(['来晓峰']);
    expect(officials('区长于海涛强调，要抓好落实。')).toEqual(['于海涛']);
    expect(officials('常务副区长向明辉陪同调研。')).toEqual(['向明辉']);
  });

  it('finds no official where the surname and what follows read as words', () => {
    expect(officials('副市长来到企业生产一线。')).toEqual([]);
    expect(officials('区委书记能否解决问题，群众看在眼里。')).toEqual([]);
    expect(officials('县长于近日主持召开专题会议。')).toEqual([]);
    expect(officials('副区长向大家介绍了园区规划。')).toEqual([]);
    expect(officials('市委书记高度重视这项工作。')).toEqual([]);
    expect(officials('区长候选人名单已公布。')).toEqual([]);
  });

  it('leaves particles out of the surnames: 之 starts no name', () => {
    expect(startsPersonalName('之列', 0)).toBe(0);
    expect(findTitledPeople('进入常委之列。', [])).toEqual([]);
  });

  it('builds the word checks from the word list: a word-like surname, not a name-like one', () => {
    const words = new Map([
      ['来', { frequency: 161501, tag: 'v' }],
      ['来到', { frequency: 8779, tag: 'v' }],
      ['王', { frequency: 19704, tag: 'nr' }],
      ['王国', { frequency: 2631, tag: 'ns' }],
      ['之', { frequency: 140957, tag: 'u' }],
    ]);
    const lists = buildSurnameLists({ surnames: ['王', '来', '之', '欧阳'], words });
    expect(lists.single).toEqual(expect.arrayContaining(['来', '王']));
    expect(lists.single).not.toContain('之');
    expect(lists.compound).toEqual(expect.arrayContaining(['欧阳']));
    expect(lists.surnameWords).toEqual(['来到']);
    expect(lists.wordSurnames).toEqual(['来']);
  });

  // Word-like surnames followed by the second character of a common verb that begins with them.
  const WORDS_AFTER_TITLE = ['来到', '能够', '成为', '高度', '全力', '于是', '全面', '马上', '任职', '曾经'];

  it('never reads a name where a surname starts a common word (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...WORDS_AFTER_TITLE),
        fc.constantFrom('副市长', '区委书记', '县长', '管委会主任'),
        fc.constantFrom('现场', '基层一线', '企业', '，', '推进项目建设。'),
        (word, title, after) => {
          expect(readsAsWords(`${word}${after}`, 0)).toBe(true);
          expect(findTitledPeople(`${title}${word}${after}`, [])).toEqual([]);
        },
      ),
    );
  });
});
