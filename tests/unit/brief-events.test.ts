import { describe, expect, it } from 'vitest';
import { findEvents, type ArticleEvent } from '../../lib/core/brief';
import { createDetector } from '../../lib/core/detection';
import { normalizeForMatching } from '../../lib/core/normalize';
import { SHIPPED_KNOWLEDGE_BASE } from '../support/knowledge-base';

const detector = createDetector(SHIPPED_KNOWLEDGE_BASE);

/** The events of `text` as `kind date parties(role)`, the way a reader would read the brief. */
function brief(text: string, articleDate?: string): string[] {
  return findEvents(normalizeForMatching(text), detector.detect(text), articleDate).map(describeEvent);
}

function describeEvent(e: ArticleEvent): string {
  return `${e.kind} ${e.date ?? '-'} ${e.parties.map((p) => `${p.name}(${p.role})`).join(' ')}`;
}

describe('events in a sentence', () => {
  it('finds a signing between the sides the sentence names, dated by the sentence', () => {
    expect(brief('5月28日，苏州工业园区管委会与宿迁市签订合作协议。', '2023-06-02')).toEqual([
      'signing 2023-05-28 苏州工业园区(side) 宿迁市(side)',
    ]);
    expect(brief('昨天，杭州市与京东签署战略合作框架协议，总投资50亿元。', '2021-03-10')).toEqual([
      'signing 2021-03-09 杭州市(side) 京东(side)',
    ]);
  });

  it('takes the subject of a signing from an earlier clause when the clause names only the other sides', () => {
    const [signing] = findEvents(
      normalizeForMatching('南京江北新区积极打造产业高地，携手京东、阿里巴巴签订战略协议。'),
      detector.detect('南京江北新区积极打造产业高地，携手京东、阿里巴巴签订战略协议。'),
    );
    expect(signing?.parties.map((p) => p.name)).toEqual(['南京江北新区', '京东', '阿里巴巴']);
  });

  it('gives the amounts a signing writes', () => {
    const text = '会上，合肥高新区与12家企业集中签约，签约项目12个，总投资86.5亿元。';
    const [signing] = findEvents(normalizeForMatching(text), detector.detect(text));
    expect(signing?.amounts).toEqual(['签约项目12个', '总投资86.5亿元']);
  });

  it('finds a visit: the official who goes and the place visited, not the city of his title', () => {
    expect(brief('嘉兴市委书记张兵赴宁波调研。')).toEqual(['visit - 张兵(visitor) 宁波市(visited)']);
    expect(brief('上周五，副市长王建国到苏州工业园区考察。', '2022-04-12')).toEqual([
      'visit 2022-04-08 王建国(visitor) 苏州工业园区(visited)',
    ]);
  });

  it('finds a meeting only where someone meets or speaks', () => {
    expect(brief('座谈会上，宁波市长汤飞帆指出，要抓住机遇。')).toEqual(['meeting - 汤飞帆(speaker)']);
    expect(brief('该区积极参与论坛建设。')).toEqual([]);
  });

  it('finds an opening: the platform and who unveils it', () => {
    expect(brief('9月24日，中国（北京）自由贸易试验区揭牌，北京市委书记蔡奇出席。', '2020-09-25')).toEqual([
      'opening 2020-09-24 中国（北京）自由贸易试验区(opened) 蔡奇(unveiler)',
    ]);
  });

  it('does not take the words of an entity name for an event word', () => {
    // 博览会 in a fair's name is no meeting by itself; the fair opening is.
    expect(brief('中国—东盟博览会组委会发布公告。')).toEqual([]);
  });

  it('finds an appointment: the person and the office', () => {
    expect(brief('经研究，任命苏州工业园区管委会副主任李明同志为党工委书记。')).toEqual([
      'appointment - 李明(appointee) 苏州工业园区(office)',
    ]);
  });

  it('counts the same kind between the same parties once per article', () => {
    expect(
      brief('5月28日，苏州工业园区与宿迁市签订合作协议。此次苏州工业园区与宿迁市签约意义重大。', '2023-06-02'),
    ).toHaveLength(1);
  });

  it('reads traditional pages and pages with inline pinyin alike', () => {
    expect(brief('5月28日，蘇州工業園區(qū)管委會與宿遷市簽(qiān)訂合作協(xié)議。', '2023-06-02')).toEqual([
      'signing 2023-05-28 苏州工业园区(side) 宿迁市(side)',
    ]);
  });
});
