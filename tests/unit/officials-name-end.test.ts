// Issue 13, kind 1: a name swallows the next character. The name ends where the next word starts:
// a word that follows names (说, 赴, 昨日, 等), or a title (通讯员) — spaces between Han characters
// are dropped by the normaliser, so `记者王涛 通讯员李敏` reaches the detector as one run.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { findTitledPeople, readPersonalName } from '../../lib/core/detection/official-detector';
import { peopleIn } from '../support/detected-people';

describe('a name ends where the next word starts', () => {
  it('stops before a time word', () => {
    expect(peopleIn('开发区管委会主任钱晓东今日上午在签约仪式上致辞。')).toEqual(['钱晓东']);
    expect(peopleIn('县委书记韩冰昨日深入乡镇调研。')).toEqual(['韩冰']);
    expect(peopleIn('副区长吕颖下午主持召开专题会议。')).toEqual(['吕颖']);
  });

  it('stops before a one-character verb of speaking or going', () => {
    expect(peopleIn('常务副县长邹林说：“项目年内开工。”')).toEqual(['邹林']);
    expect(peopleIn('副市长蔡明赴杭州对接招商项目。')).toEqual(['蔡明']);
    expect(peopleIn('区长孔毅抵港出席推介会。')).toEqual(['孔毅']);
  });

  it('stops before 等 when a list ends with a two-character name', () => {
    expect(peopleIn('出席的有副市长唐宁、宋涛等。')).toEqual(['唐宁', '宋涛']);
    expect(peopleIn('区领导中副区长梁军等陪同考察。')).toEqual(['梁军']);
  });

  it('stops where a title starts, also across a dropped space', () => {
    expect(peopleIn('（记者丁一鸣 通讯员彭晓）本报讯')).toEqual(['丁一鸣', '彭晓']);
    expect(peopleIn('记者许晨 摄影魏东 报道')).toContain('许晨');
    expect(findTitledPeople('记者许晨通讯员魏敏报道', []).map((p) => p.name)).toEqual(['许晨', '魏敏']);
  });

  it('still reads three characters when the third is a name character or 为/和 before an ending', () => {
    expect(readPersonalName('王有为表示', 0)).toBe(3);
    expect(readPersonalName('张平和指出', 0)).toBe(3);
    expect(readPersonalName('闵师林表示', 0)).toBe(3);
    expect(readPersonalName('刘洁说', 0)).toBe(2);
  });

  // Surnames that jieba knows as names and given-name characters that begin no word with what
  // follows; after the name, a one-character word that follows names, then ordinary text.
  const SURNAMES = [...'王李刘陈杨赵吴周徐朱胡郭罗梁宋唐韩冯邓曹彭董潘蒋蔡杜叶魏吕沈姚卢姜崔谭陆汪'];
  const GIVEN = [...'伟洁平涛敏磊静丽军勇杰娟霞斌浩鹏俊蕾琳倩超'];
  const ONE_CHARACTER_WORDS = [...'说称赴抵在对向将也还就又都等率带讲答到'];
  const AFTERWARDS = ['苏州考察', '会上介绍', '企业调研', '，', '。', '现场办公', '北京参加会议'];

  it('never extends a two-character name over a one-character word (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SURNAMES),
        fc.constantFrom(...GIVEN),
        fc.constantFrom(...ONE_CHARACTER_WORDS),
        fc.constantFrom(...AFTERWARDS),
        fc.constantFrom('副市长', '区委书记', '管委会主任', '县长'),
        (surname, given, word, after, title) => {
          const text = `${title}${surname}${given}${word}${after}`;
          const found = findTitledPeople(text, []);
          expect(found.map((p) => p.name)).toEqual([surname + given]);
        },
      ),
    );
  });
});
