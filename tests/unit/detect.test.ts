import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { createDetector } from '../../lib/core/detection/detect';
import { formatRole, type DetectedEntity, type Mention } from '../../lib/core/entity/entity';
import { SHIPPED_KNOWLEDGE_BASE } from '../support/knowledge-base';

const detector = createDetector(SHIPPED_KNOWLEDGE_BASE);

function byName(entities: readonly DetectedEntity[], name: string): DetectedEntity {
  const entity = entities.find((e) => e.name === name);
  if (!entity) throw new Error(`expected an entity named ${name}; found ${entities.map((e) => e.name).join(', ')}`);
  return entity;
}

function surfaces(text: string, entity: DetectedEntity): string[] {
  return entity.mentions.map((m) => text.slice(m.start, m.end));
}

function at(text: string, surface: string, from = 0): Mention {
  const start = text.indexOf(surface, from);
  if (start === -1) throw new Error(`${surface} not in text`);
  return { start, end: start + surface.length };
}

function allMentions(entities: readonly DetectedEntity[]): Mention[] {
  return entities.flatMap((e) => e.mentions).sort((a, b) => a.start - b.start);
}

describe('detector on typical district-news sentences', () => {
  const text = [
    '座谈会上,宁波市长裘东耀指出:要对接大虹桥,积极参与合作。',
    '嘉兴市委书记鲁俊表示:嘉兴将进一步扩大开放。',
    '虹桥商务区管委会党组书记、常务副主任闵师林表示,欢迎苏州、金华加入。',
    '宁波杭州湾新区将与南京开展合作。',
    '日前,闵师林要求加快推进。',
  ].join('');
  const entities = detector.detect(text);

  it('finds the cities under their canonical names', () => {
    const cities = entities.filter((e) => e.type === 'city').map((e) => e.name);
    expect(cities.sort()).toEqual(['南京市', '嘉兴市', '宁波市', '苏州市', '金华市'].sort());
  });

  it('gives mention offsets that slice back to the surface form', () => {
    expect(byName(entities, '南京市').mentions).toEqual([at(text, '南京')]);
    expect(byName(entities, '苏州市').mentions).toEqual([at(text, '苏州')]);
    expect(surfaces(text, byName(entities, '嘉兴市'))).toEqual(['嘉兴市', '嘉兴']);
    for (const entity of entities) {
      const kb = SHIPPED_KNOWLEDGE_BASE.byId.get(entity.id);
      const names = entity.type === 'official' ? [entity.name] : [kb?.name, ...(kb?.aliases ?? [])];
      for (const surface of surfaces(text, entity)) expect(names).toContain(surface);
    }
  });

  it('reads 宁波市长裘东耀 as the city 宁波 plus the official 裘东耀, 市长 of 宁波', () => {
    const ningbo = byName(entities, '宁波市');
    expect(ningbo.type).toBe('city');
    expect(ningbo.mentions).toEqual([at(text, '宁波市长裘东耀').start].map((start) => ({ start, end: start + 2 })));
    const mayor = byName(entities, '裘东耀');
    expect(mayor.type).toBe('official');
    expect(mayor.id).toBe('official:裘东耀');
    expect(mayor.roles).toEqual([{ organization: '宁波市', title: '市长' }]);
    expect(mayor.roles.map(formatRole)).toEqual(['宁波市 市长']);
    expect(mayor.mentions).toEqual([at(text, '裘东耀')]);
  });

  it('reads 嘉兴市委书记鲁俊 as the city 嘉兴市 plus the official 鲁俊, 书记 of 嘉兴市委', () => {
    const secretary = byName(entities, '鲁俊');
    expect(secretary.type).toBe('official');
    expect(secretary.roles).toEqual([{ organization: '嘉兴市委', title: '书记' }]);
    expect(surfaces(text, secretary)).toEqual(['鲁俊']);
    expect(byName(entities, '嘉兴市').mentions[0]).toEqual({
      start: at(text, '嘉兴市委').start,
      end: at(text, '嘉兴市委').start + 3,
    });
  });

  it('gives both roles of a chained title, with the organisation before them', () => {
    const director = byName(entities, '闵师林');
    expect(director.roles).toEqual([
      { organization: '虹桥商务区管委会', title: '党组书记' },
      { organization: '虹桥商务区管委会', title: '常务副主任' },
    ]);
  });

  it('counts a later bare mention of an official', () => {
    const director = byName(entities, '闵师林');
    expect(director.mentions).toEqual(
      [at(text, '闵师林表示'), at(text, '闵师林要求')].map((m) => ({ start: m.start, end: m.start + 3 })),
    );
    expect(surfaces(text, director)).toEqual(['闵师林', '闵师林']);
  });

  it('lets the platform 宁波杭州湾新区 win over the city 杭州 inside it', () => {
    const newArea = byName(entities, '宁波杭州湾新区');
    expect(newArea.type).toBe('platform');
    expect(newArea.mentions).toEqual([at(text, '宁波杭州湾新区')]);
    expect(entities.some((e) => e.name === '杭州市')).toBe(false);
    expect(byName(entities, '宁波市').mentions).toHaveLength(1);
  });

  it('finds the platform named with its alias 虹桥商务区', () => {
    const cbd = byName(entities, '虹桥国际中央商务区');
    expect(cbd.type).toBe('platform');
    expect(surfaces(text, cbd)).toEqual(['大虹桥', '虹桥商务区']);
  });

  it('does not mark ordinary words like 合作 and 开放', () => {
    const names = entities.map((e) => e.name);
    for (const word of ['合作', '合作市', '开放', '对接', '推进']) expect(names).not.toContain(word);
    for (const m of allMentions(entities)) expect(['合作', '开放']).not.toContain(text.slice(m.start, m.end));
  });

  it('finds only the officials written with a title', () => {
    const officials = entities.filter((e) => e.type === 'official').map((e) => e.name);
    expect(officials.sort()).toEqual(['裘东耀', '鲁俊', '闵师林'].sort());
  });

  it('never reports overlapping mentions or empty entities', () => {
    const mentions = allMentions(entities);
    for (let i = 1; i < mentions.length; i++) expect(mentions[i]!.start).toBeGreaterThanOrEqual(mentions[i - 1]!.end);
    for (const entity of entities) expect(entity.mentions.length).toBeGreaterThan(0);
    for (const entity of entities) if (entity.type !== 'official') expect(entity.roles).toEqual([]);
  });
});

describe('why each entity is highlighted', () => {
  const text = [
    '昨天，舟山市副市长柯文军来到金塘港区物流产业园调研，',
    '并与宁波方面座谈。柯文军表示，将加快建设舟山江海联运服务中心。',
  ].join('');
  const entities = detector.detect(text);

  it('a knowledge-base name says so', () => {
    expect(byName(entities, '舟山市').evidence).toEqual({ kind: 'knowledge-base' });
    expect(byName(entities, '宁波市').evidence).toEqual({ kind: 'knowledge-base' });
  });

  it('a platform found by its shape names its platform word', () => {
    const platform = entities.find((e) => e.type === 'platform' && e.id.startsWith('platform:local:'));
    expect(platform?.evidence).toEqual({ kind: 'name-shape', suffix: '产业园' });
  });

  it('an official names the title beside the name, for the later bare mentions too', () => {
    const official = byName(entities, '柯文军');
    expect(official.evidence).toEqual({ kind: 'title', title: '副市长' });
    expect(official.mentions).toHaveLength(2);
  });

  it('every entity carries a reason', () => {
    for (const e of entities) expect(['knowledge-base', 'name-shape', 'title', 'reader']).toContain(e.evidence.kind);
  });
});

describe('detector edge cases', () => {
  it('returns nothing for empty text or text without entities', () => {
    expect(detector.detect('')).toEqual([]);
    expect(detector.detect('坚持高质量推进一体化发展,扩大开放合作。')).toEqual([]);
  });

  it('keeps the full name when the administrative suffix is not followed by a title', () => {
    const text = '金华市已计划在虹桥国际展汇平台搭建城市展厅。';
    const entities = detector.detect(text);
    expect(surfaces(text, byName(entities, '金华市'))).toEqual(['金华市']);
    expect(surfaces(text, byName(entities, '虹桥国际展汇'))).toEqual(['虹桥国际展汇']);
  });

  it('splits a district name from a following 区长 title', () => {
    const text = '闵行区长王强表示,将加快建设。';
    const entities = detector.detect(text);
    expect(surfaces(text, byName(entities, '闵行区'))).toEqual(['闵行']);
    expect(byName(entities, '王强').roles).toEqual([{ organization: '闵行区', title: '区长' }]);
  });

  it('does not invent an official from a title that no name follows', () => {
    const entities = detector.detect('宁波市长表示,将与嘉兴市委一道推进。');
    expect(entities.filter((e) => e.type === 'official')).toEqual([]);
  });

  it('keeps 苏州市 whole before 长江路 and invents no official', () => {
    const entities = detector.detect('苏州市长江路改造完工');
    expect(entities.map((e) => [e.type, e.name])).toEqual([['city', '苏州市']]);
    expect(entities[0]?.mentions).toEqual([{ start: 0, end: 3 }]);
  });

  it('reads 上海市长宁区 as two places, with no official', () => {
    const entities = detector.detect('上海市长宁区副区长王为民表示');
    const byName = Object.fromEntries(entities.map((e) => [e.name, e]));
    expect(byName['上海市']?.mentions).toEqual([{ start: 0, end: 3 }]);
    expect(byName['长宁区']?.mentions).toEqual([{ start: 3, end: 6 }]);
    expect(byName['王为民']?.roles).toEqual([{ organization: '上海市长宁区', title: '副区长' }]);
    expect(entities.filter((e) => e.type === 'official').map((e) => e.name)).toEqual(['王为民']);
  });

  it('does not count a shorter name inside a longer one as its mention', () => {
    const text = '市长李明华表示,副市长李明指出';
    const byName = Object.fromEntries(detector.detect(text).map((e) => [e.name, e]));
    expect(byName['李明华']?.mentions).toEqual([{ start: 2, end: 5 }]);
    expect(byName['李明']?.mentions).toEqual([{ start: 11, end: 13 }]);
  });

  it('gives the same result when run twice on the same text', () => {
    const text = '嘉兴市委书记鲁俊表示:虹桥商务区是嘉兴接轨上海的第一站。';
    expect(detector.detect(text)).toEqual(detector.detect(text));
  });
});

describe('detector on the sample article', () => {
  const html = readFileSync(
    new URL('../fixtures/pages/hongqiao-yrd-cooperation.zh-Hans.html', import.meta.url),
    'utf8',
  );
  const article = /<article\b[^>]*>([\s\S]*?)<\/article>/.exec(html)?.[1];
  if (article === undefined) throw new Error('fixture has no <article>');
  const text = article.replace(/<[^>]*>/g, '');
  const entities = detector.detect(text);

  it('finds the officials with their roles', () => {
    const expected: [name: string, words: string[]][] = [
      ['裘东耀', ['市长']],
      ['闵师林', ['书记', '副主任']],
      ['鲁俊', ['书记']],
      ['徐方', ['副书记', '副主任']],
    ];
    for (const [name, words] of expected) {
      const official = byName(entities, name);
      expect(official.type).toBe('official');
      for (const word of words)
        expect(
          official.roles.some((r) => r.title.includes(word)),
          `${name} ${word}`,
        ).toBe(true);
      for (const surface of surfaces(text, official)) expect(surface).toBe(name);
    }
    expect(byName(entities, '闵师林').mentions).toHaveLength(2);
  });

  it('finds the cities under their canonical names', () => {
    for (const name of ['上海市', '宁波市', '嘉兴市', '苏州市', '金华市', '南京市', '合肥市', '杭州市', '慈溪市']) {
      const city = byName(entities, name);
      expect(city.type).toBe('city');
      expect(city.mentions.length).toBeGreaterThan(0);
      const entry = SHIPPED_KNOWLEDGE_BASE.byId.get(city.id)!;
      const names = [entry.name, ...entry.aliases, ...(entry.weakAliases ?? [])];
      for (const surface of surfaces(text, city)) expect(names).toContain(surface);
    }
  });

  it('finds the platforms the article names', () => {
    for (const name of [
      '虹桥国际中央商务区',
      '中国国际进口博览会',
      '宁波杭州湾新区',
      '虹桥海外贸易中心',
      '长三角电商中心',
      '阿里巴巴',
      '京东',
      '唯品会',
    ]) {
      expect(byName(entities, name).type).toBe('platform');
    }
  });

  it('marks none of the forbidden words', () => {
    const names = entities.map((e) => e.name);
    for (const word of ['合作', '合作市', '开放', '东方']) expect(names).not.toContain(word);
  });
});
