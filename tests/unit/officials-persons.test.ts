// Issue 13, kind 10: what is right stays right — a person whose only titles are company, academic or
// association ones is a `person` (the card shows the title), not an official.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { createDetector } from '../../lib/core/detection/detect';
import { SHIPPED_KNOWLEDGE_BASE } from '../support/knowledge-base';

const detector = createDetector(SHIPPED_KNOWLEDGE_BASE);
const people = (text: string) =>
  detector
    .detect(text)
    .filter((e) => e.type === 'official' || e.type === 'person')
    .map((e) => `${e.type}:${e.name}`);

describe('company, academic and association titles make persons', () => {
  it('keeps chairmen, managers, academicians, presidents and chamber heads persons', () => {
    expect(people('远景科技集团董事长张雷表示，将追加投资。')).toEqual(['person:张雷']);
    expect(people('中国工程院院士刘庆华在论坛上作主旨报告。')).toEqual(['person:刘庆华']);
    expect(people('浙江大学校长杜江峰致辞。')).toEqual(['person:杜江峰']);
    expect(people('温州市总商会会长陈方介绍。')).toEqual(['person:陈方']);
    expect(people('项目方总经理周立新、副总经理孙悦出席。')).toEqual(['person:周立新', 'person:孙悦']);
  });

  it('keeps a head of an institution with no organisation written a person, a 主任 an official', () => {
    expect(people('校长吴伟说，学校将扩招。')).toEqual(['person:吴伟']);
    expect(people('主任吴伟说，园区将扩容。')).toEqual(['official:吴伟']);
  });

  it('makes a person with a public title besides a company one an official', () => {
    expect(people('区委常委、集团董事长郑凯出席。')).toEqual(['official:郑凯']);
  });

  const PRIVATE: readonly [string, string][] = [
    ['某某科技有限公司', '董事长'],
    ['某某集团', '总经理'],
    ['中国科学院', '院士'],
    ['复旦大学', '校长'],
    ['市工商联商会', '会长'],
    ['某某银行', '行长'],
  ];

  it('never makes an official of a company or academic title alone (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PRIVATE),
        fc.constantFrom('王建业', '李卫华', '陈思远', '赵蕾'),
        fc.constantFrom('表示', '出席', '介绍'),
        ([organ, title], name, after) => {
          expect(people(`${organ}${title}${name}${after}。`)).toEqual([`person:${name}`]);
        },
      ),
      { numRuns: 40 },
    );
  });
});
