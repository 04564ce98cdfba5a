// Kinds of error the fourth held-out batch of real pages showed (2026-12-08), each tested on
// sentences written for these tests, not the pages': a given name that ends in 和 or 为 before
// punctuation, rare surnames, a transliterated name run into a verb or cut at a hyphen (an old
// page's 汉斯-彼得·弗里德里希), counted and collective common
// nouns read as zones, a city said before its province's venue, districts whose names end in 园区.
import { describe, expect, it } from 'vitest';
import { readPersonalName } from '../../lib/core/detection/official-detector';
import { peopleIn } from '../support/detected-people';
import { detector, platformNames, shapePlatformNames } from './platforms-support';

describe('和 and 为 end a given name before punctuation', () => {
  it('reads the third character when a comma, enumeration comma or full stop follows', () => {
    expect(peopleIn('出席的有县委书记周文和、县长钱立。')).toEqual(['周文和', '钱立']);
    expect(peopleIn('主持会议的是区委副书记黄明为，会上通报了进展。')).toEqual(['黄明为']);
    expect(peopleIn('陪同考察的是副市长郑小和。')).toEqual(['郑小和']);
    expect(readPersonalName('孙建和；', 0)).toBe(3);
  });

  it('still reads the conjunction between two names', () => {
    expect(readPersonalName('周文和钱立出席', 0)).toBe(2);
    expect(readPersonalName('王有为组长', 0)).toBe(2);
  });
});

describe('rare surnames real pages name officials with', () => {
  it.each([
    ['副县长憨立新主持签约仪式。', '憨立新'],
    ['区委常委、宣传部部长冮明出席。', '冮明'],
  ])('%s', (text, name) => {
    expect(peopleIn(text)).toEqual([name]);
  });

  it('reads no name where 憨 starts a word', () => {
    expect(peopleIn('县长说这里的人憨厚朴实。')).toEqual([]);
  });
});

describe('a transliterated name ends where a verb starts', () => {
  it.each([
    ['自治区副主席买买提·吐尔逊掌管此项工作。', '买买提·吐尔逊'],
    ['州长阿不力孜·热合曼启动了项目。', '阿不力孜·热合曼'],
  ])('%s', (text, name) => {
    expect(peopleIn(text)).toEqual([name]);
  });

  it('reads a first part of two given names joined by a hyphen', () => {
    expect(peopleIn('基金会主席卡尔-海因茨·米勒致辞。')).toEqual(['卡尔-海因茨·米勒']);
    expect(peopleIn('协会副主席安娜-玛丽亚·施密特出席。')).toEqual(['安娜-玛丽亚·施密特']);
  });

  it('keeps a long second part that holds no verb', () => {
    expect(peopleIn('自治区主席阿里木·阿不都热合曼讲话。')).toEqual(['阿里木·阿不都热合曼']);
  });
});

describe('counted and collective common nouns are no zones', () => {
  it.each(['全县规划了东部两大产业片区。', '推进北部四大园区提质升级。', '各区县招商产业园区加快建设。'])(
    '%s',
    (text) => {
      expect(shapePlatformNames(text)).toEqual([]);
    },
  );

  it('still reads a named zone that follows a count', () => {
    expect(platformNames('三大板块之一的苏州工业园区')).toContain('苏州工业园区');
  });
});

describe('a city said before its province is where the venue stands', () => {
  it('starts the venue at the province (在昆明云南…)', () => {
    expect(shapePlatformNames('展会在昆明云南国际会展中心举行。')).toEqual(['云南国际会展中心']);
    expect(shapePlatformNames('论坛在成都四川国际博览中心开幕。')).toEqual(['四川国际博览中心']);
  });

  it('keeps a province before its city as part of the name', () => {
    expect(shapePlatformNames('企业入驻江苏常州新材料产业园。')).toEqual(['江苏常州新材料产业园']);
  });
});

describe('districts whose names end in 园区', () => {
  it.each([
    ['长春市绿园区召开项目推进会。', '绿园区'],
    ['张家口市下花园区的企业代表发言。', '下花园区'],
  ])('%s', (text, name) => {
    const found = detector.detect(text);
    expect(found.find((e) => e.name === name)?.type).toBe('city');
    expect(found.some((e) => e.type === 'platform' && e.name.endsWith(name))).toBe(false);
  });

  it('still reads a park named after a district', () => {
    expect(shapePlatformNames('绿园区汽车产业园区开工建设。')).toContain('绿园区汽车产业园区');
  });
});
