// Issue 13, kind 5: title chains. Every title of a chain is the person's role, each with its own
// organisation, whether the titles are joined by 、, by a comma or by 兼.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { createDetector } from '../../lib/core/detection/detect';
import { formatRole } from '../../lib/core/entity/entity';
import { findTitledPeople } from '../../lib/core/detection/official-detector';
import { SHIPPED_KNOWLEDGE_BASE } from '../support/knowledge-base';

const detector = createDetector(SHIPPED_KNOWLEDGE_BASE);
const rolesOf = (text: string, name: string) =>
  detector
    .detect(text)
    .find((e) => e.name === name)
    ?.roles.map(formatRole);

describe('a chain of titles', () => {
  it('keeps every title joined by a comma', () => {
    expect(rolesOf('省委常委、副省长，开发区党工委书记陆文杰出席。', '陆文杰')).toEqual([
      '省委 常委',
      '省委 副省长',
      '开发区 党工委书记',
    ]);
    expect(rolesOf('无锡市委副书记，新吴区委书记蒋敏主持会议。', '蒋敏')).toEqual(['无锡市委 副书记', '新吴区委 书记']);
  });

  it('keeps every title joined by 兼', () => {
    expect(rolesOf('区委书记兼管委会主任严俊峰表示。', '严俊峰')).toEqual(['区委 书记', '管委会 主任']);
    expect(rolesOf('市政府秘书长兼市发展改革委主任金涛介绍。', '金涛')).toEqual(['市政府 秘书长', '市发展改革委 主任']);
  });

  it('keeps a title whose organisation is an organ with 常委会 in its name', () => {
    expect(rolesOf('浙江省委书记、省人大常委会主任邵宏出席。', '邵宏')).toEqual(['浙江省委 书记', '省人大常委会 主任']);
  });

  it('does not chain across a full stop or a title that found its own name', () => {
    const found = findTitledPeople('副市长刘平、区长李文出席。', []);
    expect(found.map((p) => [p.name, p.roles.map((r) => r.title).join()])).toEqual([
      ['刘平', '副市长'],
      ['李文', '区长'],
    ]);
    expect(findTitledPeople('区委书记。主任王刚说', [])[0]?.roles.map((r) => r.title)).toEqual(['主任']);
  });

  const ORGANS: readonly [string, string][] = [
    ['市委', '常委'],
    ['区委', '副书记'],
    ['管委会', '主任'],
    ['县政府', '副县长'],
    ['市政协', '副主席'],
    ['市人大常委会', '副主任'],
    ['高新区', '党工委书记'],
  ];

  it('gives the person every role of any chain, in order (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...ORGANS), { minLength: 2, maxLength: 4 }),
        fc.array(fc.constantFrom('、', '，', '兼'), { minLength: 3, maxLength: 3 }),
        (roles, separators) => {
          const chain = roles.map(([organ, title], i) => (i === 0 ? '' : separators[i - 1]) + organ + title).join('');
          const found = findTitledPeople(`${chain}王振华出席。`, []);
          expect(found.map((p) => p.name)).toEqual(['王振华']);
          expect(found[0]!.roles.map((r) => r.title)).toEqual(roles.map(([, title]) => title));
          expect(found[0]!.roles.map((r) => r.organization)).toEqual(roles.map(([organ]) => organ));
        },
      ),
    );
  });
});
