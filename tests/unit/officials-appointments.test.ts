// Issue 13: appointment clauses. Personnel news names people with no title before the name —
// `X同志任…`, `X兼任…`, `免去X同志…职务`, `任命X为…` — and the person holds every role of the clause.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { createDetector } from '../../lib/core/detection/detect';
import { formatRole } from '../../lib/core/entity/entity';
import { findTitledPeople } from '../../lib/core/detection/official-detector';
import { SHIPPED_KNOWLEDGE_BASE } from '../support/knowledge-base';

const detector = createDetector(SHIPPED_KNOWLEDGE_BASE);
const people = (text: string) =>
  findTitledPeople(text, []).map((p) => [p.name, p.type, p.roles.map((r) => `${r.organization} ${r.title}`).join('|')]);
const rolesOf = (text: string, name: string) =>
  detector
    .detect(text)
    .find((e) => e.name === name && e.type === 'official')
    ?.roles.map(formatRole);

describe('appointment clauses', () => {
  it('reads NAME同志任 ORG TITLE、TITLE with every title', () => {
    expect(people('会议宣布:周明远同志任中共衢州市柯城区委委员、常委、书记;')).toEqual([
      ['周明远', 'official', '中共衢州市柯城区委 委员|中共衢州市柯城区委 常委|中共衢州市柯城区委 书记'],
    ]);
    expect(people('省委决定：韩立新同志任中共贵安新区工作委员会副书记，贵安新区管理委员会主任。')).toEqual([
      ['韩立新', 'official', '中共贵安新区工作委员会 副书记|贵安新区管理委员会 主任'],
    ]);
  });

  it('reads a name without 同志 when a verb of office and a title chain follow it', () => {
    expect(people('邓建华任高新区管委会主任，罗晓东任江宁区代区长')).toEqual([
      ['邓建华', 'official', '高新区管委会 主任'],
      ['罗晓东', 'official', '江宁区 代区长'],
    ]);
    expect(people('市委常委何雪松兼任经开区党工委书记。')[1]).toEqual(['何雪松', 'official', '经开区 党工委书记']);
    expect(people('。孙海涛当选为市人大常委会副主任。')).toEqual([['孙海涛', 'official', '市人大常委会 副主任']]);
  });

  it('reads 免去 NAME 同志(的) … 职务 and 任命 NAME 为 …', () => {
    expect(people('免去钱志刚同志的临港新片区党工委书记、管委会主任职务')).toEqual([
      ['钱志刚', 'official', '临港新片区 党工委书记|管委会 主任'],
    ]);
    expect(people('决定任命唐文军为常州市人民政府副市长;')).toEqual([['唐文军', 'official', '常州市人民政府 副市长']]);
    expect(people('任命梁晓同志为前海管理局局长')).toEqual([['梁晓', 'official', '前海管理局 局长']]);
  });

  it('finds officials in traditional and pinyin pages', () => {
    expect(rolesOf('省委決定：鄭宏偉同志任中共西咸新區工作委員會書記。', '郑宏伟')).toEqual([
      '西咸新区工作委员会 书记',
    ]);
    expect(rolesOf('會議宣布：馮(féng)子(zǐ)明同志任市商務局局長。', '冯子明')).toEqual(['市商务局 局长']);
  });

  it('gives a company appointment a person, not an official', () => {
    expect(people('。王立群任某某科技公司总经理。')).toEqual([['王立群', 'person', '某某科技公司 总经理']]);
  });

  it('does not read 任 inside a word or a clause without a title chain', () => {
    expect(people('。张明任务繁重,李强任期内')).toEqual([]);
    expect(people('各级干部担任志愿者')).toEqual([]);
    expect(people('。陈刚任劳任怨,深受好评。')).toEqual([]);
    expect(people('免去其市科技局局长职务')).toEqual([]);
  });

  const NAMES = ['林海', '周晓峰', '欧阳文', '马骏', '黄丽娟', '诸葛明', '郑毅', '吴建新'];
  const ORGANS: readonly [string, string][] = [
    ['滨江区', '区长'],
    ['市发展改革委', '主任'],
    ['中共钱塘区委', '书记'],
    ['市商务局', '局长'],
    ['高新区管委会', '副主任'],
  ];
  it('property: NAME同志任 ORG TITLE gives NAME with that role', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...NAMES),
        fc.constantFrom(...ORGANS),
        fc.constantFrom('：', '；', '。', ''),
        (name, [organ, title], opener) => {
          const found = people(`${opener}${name}同志任${organ}${title}。`);
          expect(found).toContainEqual([name, 'official', `${organ} ${title}`]);
        },
      ),
    );
  });
});
