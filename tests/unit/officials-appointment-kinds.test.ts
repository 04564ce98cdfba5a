// Kinds of error the second held-out batch of real pages showed in personnel news (2026-12-07):
// an adverb before 任 read as a given name, a list of names before 为, 免去 without 同志, a date
// between the name and its verb, a next clause naming no one, acting and procuratorate titles, 市领导 and 班子 read as names. Sentences
// written for these tests, not the pages' own.
import { describe, expect, it } from 'vitest';
import { createDetector } from '../../lib/core/detection/detect';
import { formatRole } from '../../lib/core/entity/entity';
import { SHIPPED_KNOWLEDGE_BASE } from '../support/knowledge-base';

const detector = createDetector(SHIPPED_KNOWLEDGE_BASE);
const officials = (text: string) =>
  detector
    .detect(text)
    .filter((e) => e.type === 'official')
    .map((e) => [e.name, e.roles.map(formatRole).join('|')]);

describe('an adverb before 任 belongs to the verb', () => {
  it.each([
    ['。郑海波曾任县委副书记。', '郑海波'],
    ['。吴丽历任市商务局局长、市委秘书长。', '吴丽'],
    ['会上宣布:孔德明现任区委常委。', '孔德明'],
  ])('%s', (text, name) => {
    expect(officials(text).map(([n]) => n)).toEqual([name]);
  });

  it('finds no person in 历任 as a noun phrase', () => {
    expect(officials('在历任县长里,他任职时间最长。')).toEqual([]);
  });
});

describe('任命 a list of names 为 a chain', () => {
  it('gives every listed name the chain', () => {
    expect(officials('会议任命梅志远、柯文静为市人民政府副市长。')).toEqual([
      ['梅志远', '市人民政府 副市长'],
      ['柯文静', '市人民政府 副市长'],
    ]);
    expect(officials('会议任命韦国平同志和季红同志为区人民政府副区长。').map(([n]) => n)).toEqual(['韦国平', '季红']);
  });
});

describe('免去 NAME chain 职务 without 同志', () => {
  it('reads the name where 中共 or a place starts the organisation', () => {
    expect(officials('决定免去庞立新中共某某县委副书记、常委职务。')).toEqual([
      ['庞立新', '中共某某县委 副书记|中共某某县委 常委'],
    ]);
    expect(officials('决定免去殷小川杭州市副市长职务。')).toEqual([['殷小川', '杭州市 副市长']]);
  });

  it('needs 职务 after the chain', () => {
    expect(officials('决定免去庞立新中共某某县委副书记的提名')).toEqual([]);
  });
});

describe('a date between the name and its verb, or before the name', () => {
  it.each([
    ['甘东于2018年任某某区委书记。', '甘东', '某某区委 书记'],
    ['简文平2020年5月任杭州市副市长。', '简文平', '杭州市 副市长'],
    ['2021年8月韩素英任某某县委书记。', '韩素英', '某某县委 书记'],
    ['侯文亮去年10月出任市委常委。', '侯文亮', '市委 常委'],
  ])('%s', (text, name, roles) => {
    expect(officials(text)).toContainEqual([name, roles]);
  });
});

describe('a next clause of the same sentence that names no one', () => {
  it('gives its chain to the person of the clause before', () => {
    expect(officials('2019年,鲍志军出任某某县委副书记,后担任某某县委书记。')).toEqual([
      ['鲍志军', '某某县委 副书记|某某县委 书记'],
    ]);
    expect(officials('简文平2020年5月任杭州市副市长,2022年兼任市委秘书长。')).toEqual([
      ['简文平', '杭州市 副市长|市委 秘书长'],
    ]);
  });

  it('does not run across a sentence or a long stretch', () => {
    expect(officials('鲍志军出任某某县委副书记。后担任县委书记的人很多')).toEqual([['鲍志军', '某某县委 副书记']]);
  });
});

describe('acting heads and procurators are public offices', () => {
  it('reads 代理区长 and 检察长 as titles', () => {
    expect(officials('县人民检察院检察长欧阳明、副检察长邱红出席。')).toEqual([
      ['欧阳明', '县人民检察院 检察长'],
      ['邱红', '副检察长'],
    ]);
    expect(officials('决定任命龙建为某某区人民政府副区长、代理区长。')).toEqual([
      ['龙建', '某某区人民政府 副区长|某某区人民政府 代理区长'],
    ]);
  });
});

describe('市领导 and the body a title names are no names', () => {
  it('ends a list of names after a title', () => {
    expect(officials('副组长包志刚、县领导程明出席。').map(([n]) => n)).not.toContain('县领导');
  });

  it('reads 班子 and 成员 after a title as nouns', () => {
    expect(officials('全体区委常委班子一起学习。')).toEqual([]);
    expect(officials('县政协常委会成员列席会议。')).toEqual([]);
  });
});
