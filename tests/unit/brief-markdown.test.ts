import { describe, expect, it } from 'vitest';
import {
  briefLine,
  briefMarkdown,
  findEvents,
  formatEventDate,
  partiesPieces,
  type BriefLabels,
} from '../../lib/core/brief';
import { createDetector } from '../../lib/core/detection';
import { normalizeForMatching } from '../../lib/core/normalize';
import { SHIPPED_KNOWLEDGE_BASE } from '../support/knowledge-base';

const detector = createDetector(SHIPPED_KNOWLEDGE_BASE);

const ZH: BriefLabels = {
  language: 'zh',
  kinds: { signing: '签约', visit: '调研考察', meeting: '会议', opening: '揭牌开工', appointment: '任免' },
  types: { official: '官员', person: '人物', city: '城市', platform: '平台', region: '区域' },
  events: '事件',
  entities: '实体',
  noDate: '日期不详',
};

const TEXT = [
  '5月28日，苏州工业园区管委会与宿迁市签订合作协议，签约项目12个，总投资86亿元。',
  '座谈会上，宿迁市长王磊指出，要深化合作。',
  '昨天，嘉兴市委书记张兵赴宁波调研。',
].join('\n');

function brief(articleDate?: string) {
  const entities = detector.detect(TEXT);
  return { entities, events: findEvents(normalizeForMatching(TEXT), entities, articleDate) };
}

describe('the brief a reader copies', () => {
  it('writes one line per event: date, kind, who with whom, what was signed, amounts', () => {
    const { events } = brief('2023-06-02');
    expect(events.map((e) => briefLine(e, '2023-06-02', ZH))).toEqual([
      '5月28日 · 签约 · 苏州工业园区 ↔ 宿迁市 · 合作协议 · 签约项目12个 · 总投资86亿元',
      '会议 · 王磊',
      '6月1日 · 调研考察 · 张兵 → 宁波市',
    ]);
  });

  it('writes the year only when it is not the article year, and ISO dates in English', () => {
    expect(formatEventDate('2018-12-03', '2019-01-05', 'zh')).toBe('2018年12月3日');
    expect(formatEventDate('2019-01-03', '2019-01-05', 'zh')).toBe('1月3日');
    expect(formatEventDate('2019-01-03', '2019-01-05', 'en')).toBe('2019-01-03');
  });

  it('gives Markdown with the linked title, date and site, events and entities by type', () => {
    const { entities, events } = brief('2023-06-02');
    const markdown = briefMarkdown(
      { title: '苏宿合作[再升级]', url: 'https://example.com/a (1).html', site: '宿迁日报', date: '2023-06-02' },
      events,
      entities,
      ZH,
    );
    expect(markdown).toContain('# [苏宿合作\\[再升级\\]](https://example.com/a%20%281%29.html)');
    expect(markdown).toContain('2023-06-02 · 宿迁日报');
    expect(markdown).toContain('## 事件\n\n- 5月28日 · 签约 · 苏州工业园区 ↔ 宿迁市');
    expect(markdown).toMatch(/- \*\*官员\*\*: 王磊 \(宿迁市 市长\), 张兵 \(嘉兴市委 书记\)/u);
    expect(markdown).toMatch(/- \*\*城市\*\*: .*宿迁市/u);
    expect(briefMarkdown({ title: 'x', url: 'https://e.com' }, [], [], ZH)).toBe('# [x](https://e.com)\n\n日期不详\n');
  });
});

describe('the parties of an event, piece by piece', () => {
  it('gives each party as itself in the order of the phrase, with the words between them', () => {
    const a = { entityId: 'a', name: '张兵', type: 'official' as const, role: 'visitor' as const };
    const b = { entityId: 'b', name: '宁波市', type: 'city' as const, role: 'visited' as const };
    expect(partiesPieces({ kind: 'visit', parties: [b, a] })).toEqual([a, ' → ', b]);
    expect(partiesPieces({ kind: 'visit', parties: [a] })).toEqual([a]);
  });
});
