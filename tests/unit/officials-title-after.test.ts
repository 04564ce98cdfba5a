// Issue 13, kind 4: the title after the name (`王伟区长表示`, `习近平总书记指出`). A surname + one or
// two characters before a public title counts after a clear boundary (punctuation, the start, or a
// word that comes before names such as 会见, 由, 陪同), and ordinary text stays ordinary.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { createDetector } from '../../lib/core/detection/detect';
import { formatRole } from '../../lib/core/entity/entity';
import { findTitledPeople } from '../../lib/core/detection/official-detector';
import { SHIPPED_KNOWLEDGE_BASE } from '../support/knowledge-base';

const detector = createDetector(SHIPPED_KNOWLEDGE_BASE);
const officials = (text: string) =>
  detector
    .detect(text)
    .filter((e) => e.type === 'official')
    .map((e) => `${e.name}:${e.roles.map(formatRole).join('|')}`);

describe('a name written before its title', () => {
  it('finds the official after punctuation or at the start', () => {
    expect(officials('会上，陈立新书记强调，要压实责任。')).toEqual(['陈立新:书记']);
    expect(officials('黄立群副区长介绍了项目进展。')).toEqual(['黄立群:副区长']);
    expect(officials('“谢谢大家！”许文斌县长说。')).toEqual(['许文斌:县长']);
  });

  it('finds the official after a word that comes before names', () => {
    expect(officials('客商一行受到林志远副市长的热情接待。')).toEqual(['林志远:副市长']);
    expect(officials('会议由邓晓峰区长主持。')).toEqual(['邓晓峰:区长']);
    expect(officials('代表团会见了汪明局长。')).toEqual(['汪明:局长']);
  });

  it('keeps the title before the name the first reading', () => {
    expect(officials('副市长王强区长助理李明出席。')).toContain('王强:副市长');
  });

  it('finds nobody in ordinary text before a title', () => {
    expect(officials('全区区长座谈会召开。')).toEqual([]);
    expect(officials('各位市长、区长：')).toEqual([]);
    expect(officials('新任市长首次亮相。')).toEqual([]);
    expect(officials('来到市长热线办公室。')).toEqual([]);
    expect(officials('纽约市长发表讲话。')).toEqual([]);
    expect(officials('嘉兴市长表示欢迎。')).toEqual([]);
    expect(officials('这是区政府副区长分管的工作。')).toEqual([]);
    expect(officials('会上，市政协主席强调团结协作。')).toEqual([]);
  });

  // Runs of ordinary words that end just before a title: none of them holds a name.
  const ORDINARY = ['全区', '各位', '两位', '新任', '历任', '现任', '首位', '全体', '本届', '这位', '该市', '每位'];
  const TITLES = ['市长', '区长', '县长', '书记', '副市长', '局长', '部长', '总书记'];

  it('never makes a person of an ordinary word before a title (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('', '，', '。', '会上，'),
        fc.constantFrom(...ORDINARY),
        fc.constantFrom(...TITLES),
        fc.constantFrom('表示', '指出', '出席会议', '座谈会'),
        (before, word, title, after) => {
          expect(findTitledPeople(`${before}${word}${title}${after}`, [])).toEqual([]);
        },
      ),
    );
  });
});

describe('names each with the title after them, in a list', () => {
  const pairs = (text: string) => findTitledPeople(text, []).map((p) => [p.name, p.roles.map((r) => r.title).join()]);

  it('gives each name its own title', () => {
    expect(pairs('。刘宁书记、王凯省长日前在郑州调研')).toEqual([
      ['刘宁', '书记'],
      ['王凯', '省长'],
    ]);
    expect(pairs('。王伟区长、李明副区长出席')).toEqual([
      ['王伟', '区长'],
      ['李明', '副区长'],
    ]);
  });

  it('keeps a chain of titles before one name a chain', () => {
    expect(pairs('省委书记、省长李四出席')).toEqual([['李四', '书记,省长']]);
    expect(pairs('市委常委、副市长张华出席')).toEqual([['张华', '常委,副市长']]);
  });
});
