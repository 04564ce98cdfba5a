// Kinds of error the third held-out batch of real pages (2026-12-07 night) showed, each tested on
// sentences written here, apart from the pages: assistants' titles, acting heads' titles that start
// with a county's name, organs whose first character is a surname, Tibetan names (no surname), a
// reason after a name, a grade
// inside a new area's name, 含 and venue words before a name, a part of a transliterated name, and
// a city's own venue named like another city's.
import { describe, it, expect } from 'vitest';
import { createDetector } from '../../lib/core/detection/detect';
import { formatRole } from '../../lib/core/entity/entity';
import { SHIPPED_KNOWLEDGE_BASE } from '../support/knowledge-base';

const detector = createDetector(SHIPPED_KNOWLEDGE_BASE);
const found = (text: string) => detector.detect(text).map((e) => `${e.type}:${e.name}`);
const rolesOf = (text: string, name: string) =>
  detector
    .detect(text)
    .find((e) => e.name === name)
    ?.roles.map(formatRole);

describe('titles', () => {
  it('reads an assistant of a head as an office of its own', () => {
    expect(rolesOf('财政部部长助理周海涛出席论坛并致辞。', '周海涛')).toEqual(['财政部 部长助理']);
    expect(found('会议由市长助理韩立新主持。')).toEqual(['official:韩立新']);
    expect(found('总经理助理郑凯介绍了项目。')).not.toContain('official:郑凯');
  });

  it('reads 代县长 as an acting county head, not the county 代县', () => {
    expect(found('县委副书记、代县长钟文斌作工作报告。')).toEqual(['official:钟文斌']);
    expect(found('山西省忻州市代县县长高宏出席。')).toContain('city:代县');
    expect(found('代县长期重视文物保护。')).toContain('city:代县');
  });
});

describe('names', () => {
  it('starts no name at an organ whose first character is a surname', () => {
    expect(found('副县长赵永胜、纪检组组长孟庆华参加调研。')).toEqual(['official:赵永胜', 'official:孟庆华']);
  });

  it('reads Tibetan names, which have no surname, after a title', () => {
    expect(rolesOf('日喀则市副市长尼玛顿珠介绍了项目进展。', '尼玛顿珠')).toEqual(['日喀则市 副市长']);
    expect(found('县委常委、副县长达瓦表示,要加快建设。')).toEqual(['official:达瓦']);
    expect(found('县长多次到现场督导。')).toEqual([]);
  });

  it('ends a name before a reason', () => {
    expect(found('副区长许文涛因工作变动辞去职务。')).toEqual(['official:许文涛']);
    expect(found('原局长郭秀因病请假。')).toEqual(['official:郭秀']);
  });
});

describe('platforms', () => {
  it('keeps 国家级 inside a new area’s name, but not before a class of zones', () => {
    expect(found('规划建设赣江国家级新区。')).toContain('platform:赣江国家级新区');
    expect(found('全国共有19个国家级新区。').filter((e) => e.startsWith('platform'))).toEqual([]);
    expect(found('推动滇黔桂国家级高新区协同发展。').filter((e) => e.startsWith('platform'))).toEqual([]);
  });

  it('starts no name at 含 or at the words for where an event is held', () => {
    expect(found('保税区(含物流园区)和兴业产业园')).toContain('platform:兴业产业园');
    expect(found('这个开发区(含汉江科技园)面积扩大。')).toContain('platform:汉江科技园');
    expect(found('分会场郑州国际会展中心同步举行。')).toContain('platform:郑州国际会展中心');
  });

  it('reads cities of the space and aviation industries', () => {
    expect(found('酒泉航天城与西安航空城签约。')).toEqual(
      expect.arrayContaining(['platform:酒泉航天城', 'platform:西安航空城']),
    );
  });

  it('reads no place or platform inside a transliterated name', () => {
    expect(found('穆罕默德·阿里·汗出席了会议。').filter((e) => !e.startsWith('official'))).toEqual([]);
  });

  it('gives a venue led by its own city to that city, not to another city the article names', () => {
    const text = '新疆代表团参展。展会在武汉国际会展中心举行,主展馆设在长沙奥体国际会展中心。';
    const platforms = found(text).filter((e) => e.startsWith('platform'));
    expect(platforms).toEqual(expect.arrayContaining(['platform:武汉国际会展中心', 'platform:长沙奥体国际会展中心']));
    expect(platforms).not.toContain('platform:新疆国际会展中心');
    expect(found('新疆代表团参展。展会在国际会展中心举行。')).toContain('platform:新疆国际会展中心');
  });
});
