// Issue 13, kind 2: a place name inside a person's name. A place that starts inside the name after
// the surname loses to the titled name (吉林 in 张吉林); a place that covers the surname or runs past
// the name is the place (`上海市长宁区` has no official 宁区; 张江 after a title stays a platform).
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { createDetector } from '../../lib/core/detection/detect';
import type { DetectedEntity } from '../../lib/core/entity/entity';
import { SHIPPED_KNOWLEDGE_BASE } from '../support/knowledge-base';

const detector = createDetector(SHIPPED_KNOWLEDGE_BASE);
const summary = (entities: readonly DetectedEntity[]) => entities.map((e) => `${e.type}:${e.name}`);

describe('a place inside a titled name', () => {
  it('gives the official and not the place', () => {
    expect(summary(detector.detect('副区长赵吉林陪同考察团参观。'))).toEqual(['official:赵吉林']);
    expect(summary(detector.detect('县委书记孙嘉兴主持召开常委会。'))).toEqual(['official:孙嘉兴']);
    expect(summary(detector.detect('管委会副主任周桂林介绍了园区情况。'))).toEqual(['official:周桂林']);
  });

  it('keeps the place where it stands on its own in the same article', () => {
    const text = '副市长钱昆明表示，昆明将深化合作。';
    const found = summary(detector.detect(text));
    expect(found).toContain('official:钱昆明');
    expect(found).toContain('city:昆明市');
  });

  it('keeps a place that covers the surname or runs past the name', () => {
    expect(summary(detector.detect('上海市长宁区'))).toEqual(['city:上海市', 'city:长宁区']);
    expect(summary(detector.detect('管委会主任张江高科技园区调研'))).not.toContain('official:张江');
  });

  // Prefecture-level cities whose two-character short form reads as a given name (…州 cities do
  // not: 州 ends place names and never a given name).
  const CITIES: readonly [string, string][] = [
    ['吉林', '吉林市'],
    ['金华', '金华市'],
    ['嘉兴', '嘉兴市'],
    ['长春', '长春市'],
    ['昆明', '昆明市'],
    ['桂林', '桂林市'],
    ['玉林', '玉林市'],
    ['丽江', '丽江市'],
    ['延安', '延安市'],
    ['南宁', '南宁市'],
  ];
  const SURNAMES = [...'王李刘陈杨赵吴周徐孙朱胡郭罗梁宋唐韩冯邓曹彭董潘蒋蔡杜魏吕沈姚卢钱'];

  it('finds the official and not the city for any surname + city given name (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SURNAMES),
        fc.constantFrom(...CITIES),
        fc.constantFrom('副市长', '区委书记', '县长', '常务副区长'),
        fc.constantFrom('出席', '表示', '指出', '主持会议'),
        (surname, [short, city], title, after) => {
          const found = summary(detector.detect(`${title}${surname}${short}${after}。`));
          expect(found).toContain(`official:${surname}${short}`);
          expect(found).not.toContain(`city:${city}`);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('a short place name over the surname of a titled name', () => {
  // 吴中 (吴中区), 钟山 (钟山区), 江宁 (江宁区) and 云龙 (云龙区) are places written short; after a
  // title, a name they cover from the surname on is the person when the name ends clearly.
  it('gives the official when the name ends at a word or a mark', () => {
    expect(summary(detector.detect('市人大常委会主任吴中阳参加调研。'))).toEqual(['official:吴中阳']);
    expect(summary(detector.detect('商务部部长钟山，省长王浩出席。'))).toEqual(['official:钟山', 'official:王浩']);
    expect(summary(detector.detect('副区长云龙表示，将加快建设。'))).toEqual(['official:云龙']);
  });

  it('keeps a place written in full', () => {
    expect(summary(detector.detect('上海市长宁区'))).toEqual(['city:上海市', 'city:长宁区']);
    expect(summary(detector.detect('苏州市吴中区区长'))).toEqual(['city:苏州市', 'city:吴中区']);
  });
});

describe('people of sports and everyday life', () => {
  it('are people, with no place inside their names', () => {
    const text = '开发区队前锋张吉林破门，新区联队球员刘金华突破，主教练赵永康赛后表扬了张吉林。';
    expect(summary(detector.detect(text))).toEqual(['person:张吉林', 'person:刘金华', 'person:赵永康']);
    expect(summary(detector.detect('高新区联队的前锋东方朔以9粒进球获得最佳射手。'))).toEqual(['person:东方朔']);
  });
});
