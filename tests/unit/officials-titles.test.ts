// Issue 13: titles the lexicon lacked — a democratic party's 主委, the 行政长官 of a special
// administrative region, the 组长 of a working group, the 科长 of a section, 工委书记 (short for
// 党工委书记) — and verbs of office that end a name before a title (`以岳亮为组长`, `李干杰任组长`).
import { describe, it, expect } from 'vitest';
import { createDetector } from '../../lib/core/detection/detect';
import { formatRole } from '../../lib/core/entity/entity';
import { findTitledPeople } from '../../lib/core/detection/official-detector';
import { SHIPPED_KNOWLEDGE_BASE } from '../support/knowledge-base';

const detector = createDetector(SHIPPED_KNOWLEDGE_BASE);
const people = (text: string) =>
  findTitledPeople(text, []).map((p) => [p.name, p.type, p.roles.map((r) => `${r.organization} ${r.title}`).join('|')]);

describe('titles of democratic parties, SARs, working groups and sections', () => {
  it('reads 主委 and 副主委 as public titles', () => {
    expect(people('民盟浙江省委会主委吴晶出席')).toEqual([['吴晶', 'official', '民盟浙江省委会 主委']]);
    expect(people('省政协副主席、九三学社四川省委会主委侯晓春表示')[0]?.[2]).toBe(
      '省政协 副主席|九三学社四川省委会 主委',
    );
    expect(people('致公党广州市委会副主委林敏说')).toEqual([['林敏', 'official', '致公党广州市委会 副主委']]);
  });

  it('reads 行政长官 as a public title', () => {
    expect(people('香港特别行政区行政长官林郑月娥出席')[0]?.[0]).toBe('林郑月娥');
    expect(people('澳门特别行政区行政长官贺一诚致辞')).toEqual([['贺一诚', 'official', '澳门特别行政区 行政长官']]);
  });

  it('reads 组长 and 科长 of a government as officials, of a company as persons', () => {
    expect(people('市政协副主席、东部新城建设工作组组长魏建国主持会议')[0]?.[1]).toBe('official');
    expect(people('区委组织部干部二科科长马丽参加会议')).toEqual([['马丽', 'official', '区委组织部干部二科 科长']]);
    expect(people('某某科技公司项目组组长王磊介绍')).toEqual([['王磊', 'person', '某某科技公司项目组 组长']]);
  });

  it('reads 工委书记 whole', () => {
    const found = detector.detect('南沙区委常委、南沙新区工委书记蔡朝林出席。');
    expect(found.find((e) => e.name === '蔡朝林')?.roles.map(formatRole)).toContain('广州南沙新区 工委书记');
    expect(people('市委常委、高新区工委副书记钱江说')[0]?.[2]).toBe('市委 常委|高新区 工委副书记');
  });

  it('ends a name at a verb of office before a title', () => {
    expect(people('成立由市长王立峰任组长的领导小组')[0]?.[0]).toBe('王立峰');
    expect(people('以市委常委张兴为组长,')[0]?.[0]).toBe('张兴');
    expect(people('市委常委赵明接任。')).toEqual([['赵明', 'official', '市委 常委']]);
  });
});
