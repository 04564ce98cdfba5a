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

  it('finds an opening: the platform, and who unveils it only when the sentence says so', () => {
    // Attending (出席) is no part in the opening.
    expect(brief('9月24日，中国（北京）自由贸易试验区揭牌，北京市委书记蔡奇出席。', '2020-09-25')).toEqual([
      'opening 2020-09-24 中国（北京）自由贸易试验区(opened)',
    ]);
    expect(brief('南京市委书记韩立明为南京江北新区揭牌。')).toEqual([
      'opening - 南京江北新区(opened) 韩立明(unveiler)',
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

  it('reads no event in a headline or a date line, only in the body', () => {
    const page =
      '苏州工业园区与宿迁市签订合作协议 杭州市与京东签约\n2023-06-02 来源：园区网\n5月28日，苏州工业园区与宿迁市签订合作协议。';
    expect(brief(page, '2023-06-02')).toEqual(['signing 2023-05-28 苏州工业园区(side) 宿迁市(side)']);
    expect(brief('宁波市委书记彭佳学赴嘉兴调研\n彭佳学说，要加强合作。')).toEqual([]);
    expect(brief('合肥高新区揭牌\n昨天，合肥高新区揭牌。', '2021-03-10')).toEqual([
      'opening 2021-03-09 合肥高新技术产业开发区(opened)',
    ]);
  });

  it('dates 当天, 同日 and 开幕前一天 by the day the text has just given', () => {
    const text =
      '5月6日，西安市与京东签订合作协议。当天下午，苏州工业园区与宿迁市签署协议。同日，杭州市与阿里巴巴签约。';
    expect(brief(text, '2022-05-08')).toEqual([
      'signing 2022-05-06 西安市(side) 京东(side)',
      'signing 2022-05-06 苏州工业园区(side) 宿迁市(side)',
      'signing 2022-05-06 杭州市(side) 阿里巴巴(side)',
    ]);
    expect(
      brief('9月3日，中国—东盟博览会开幕。開幕前一天，南宁市舉行推介會，南宁市长周红波致辞。', '2022-09-05'),
    ).toEqual(['opening 2022-09-03 中国—东盟博览会(opened)', 'meeting 2022-09-02 周红波(speaker) 南宁市(host)']);
    // Without the day it points back to, 当天 dates nothing.
    expect(brief('当天，杭州市与京东签约。', '2022-05-08')).toEqual(['signing 2022-05-08 杭州市(side) 京东(side)']);
  });

  it('leaves out the venue of a gathering and a city written before its own district', () => {
    expect(brief('10月9日，中国国际投资贸易洽谈会在厦门国际会展中心开幕。', '2022-10-10')).toEqual([
      'opening 2022-10-09 中国国际投资贸易洽谈会(opened)',
    ]);
    expect(brief('河北雄安新区与北京市海淀区签署合作协议。')).toEqual(['signing - 河北雄安新区(side) 海淀区(side)']);
    expect(brief('同日，苏州工业园区在上海举行专场推介会，苏州市长吴庆文出席并致辞。')).toEqual([
      'meeting - 吴庆文(speaker) 苏州工业园区(host)',
    ]);
  });

  it('finds no event in a plan, a goal or a count', () => {
    expect(brief('下月，杭州市将与京东签订合作协议。')).toEqual([]);
    expect(brief('今年以来，苏州工业园区新签约项目12个。')).toEqual([]);
    expect(brief('宁波市长汤飞帆要求，项目要早开工、早投产。')).toEqual([]);
    expect(brief('據悉，博覽會期間還將舉辦多場論壇。')).toEqual([]);
  });

  it('tells a happening told again once: a retelling names no new party', () => {
    expect(
      brief(
        '3月1日，宁波市委书记彭佳学赴嘉兴调研。彭佳学在调研中指出，要深化合作。彭佳学在嘉兴调研时说，合作前景广阔。',
        '2022-03-03',
      ),
    ).toEqual(['visit 2022-03-01 彭佳学(visitor) 嘉兴市(visited)']);
  });

  it('finds a visit with the place a delegation comes from and the officials who go along', () => {
    expect(brief('7月6日，四川省委书记王晓晖率四川党政代表团赴重庆两江新区考察。', '2023-07-08')).toEqual([
      'visit 2023-07-06 王晓晖(visitor) 四川省(visitor) 重庆两江新区(visited)',
    ]);
  });

  it('finds one appointment per person taking or leaving an office', () => {
    expect(
      brief(
        '经研究决定，苏州市长吴庆文同志任苏州工业园区党工委书记，免去宁波市长汤飞帆同志宁波前湾新区管委会主任职务。',
      ),
    ).toEqual([
      'appointment - 吴庆文(appointee) 苏州工业园区(office)',
      'appointment - 汤飞帆(appointee) 宁波前湾新区(office)',
    ]);
    expect(brief('江苏省省长許昆林當(dāng)選江苏省人大常委会主任。')).toEqual([
      'appointment - 许昆林(appointee) 江苏省(office)',
    ]);
  });

  it('takes the sides of a signing told after a gathering from the clause that names them', () => {
    // A gathering is where the signing happens, not a side; a list of subjects signs together.
    expect(brief('据了解，杭州、嘉兴、湖州等市也在论坛期间组织了专场推介，共签约项目数十个。')).toEqual([
      'signing - 杭州市(side) 嘉兴市(side) 湖州市(side)',
      'meeting - 杭州市(host) 嘉兴市(host) 湖州市(host)',
    ]);
    expect(brief('本届中国兰州投资贸易洽谈会共签约项目数百个，兰州新区签约项目的投资额位居首位。')).toEqual([
      'signing - 兰州新区(side)',
    ]);
    // 签约项目 without an amount names projects, not a signing.
    expect(brief('浦口区和六合区也分别带来了一批签约项目。')).toEqual([]);
  });

  it('tells apart going to a meeting, speaking at one and a new official at one', () => {
    expect(brief('大连市长谭成旭赴会前听取了汇报。')).toEqual([]);
    expect(
      brief(
        '5月1日，宁波市委书记彭佳学出席开幕式。宁波市长汤飞帆在会上介绍，宁波港货物吞吐量居全球第一。',
        '2022-05-02',
      ),
    ).toEqual(['meeting 2022-05-01 彭佳学(speaker)', 'meeting - 汤飞帆(speaker)']);
  });

  it("takes a meeting's speakers back to reported speech, not who is spoken of", () => {
    expect(brief('杭州市长姚高员通报有关情况，绍兴市长施惠芳出席會議。')).toEqual([
      'meeting - 姚高员(speaker) 施惠芳(speaker)',
    ]);
    expect(brief('四川省委书记王晓晖在会见企业负责人时指出，习近平总书记视察四川时强调要开放。')).toEqual([
      'visit - 习近平(visitor) 四川省(visited)',
      'meeting - 王晓晖(speaker)',
    ]);
    expect(brief('宁波市长汤飞帆说，杭州市也将举办论坛。')).toEqual([]);
  });

  it('finds no visit by people it cannot name, and an unveiling by 宣布…开工', () => {
    expect(brief('活动结束后，与会人员还参观了苏州工业园区。')).toEqual([]);
    expect(brief('上海市委书记陈吉宁宣布项目开工。')).toEqual(['opening - 陈吉宁(unveiler)']);
  });

  it('takes no host from what a gathering works for, and two municipalities as two hosts', () => {
    expect(brief('7月7日，推动长江三角洲建设上海江苏联席会议在上海召开。', '2023-07-08')).toEqual([
      'meeting 2023-07-07 上海市(host) 江苏省(host)',
    ]);
    expect(brief('3月1日，北京天津党政联席会议召开。', '2023-03-02')).toEqual([
      'meeting 2023-03-01 北京市(host) 天津市(host)',
    ]);
    expect(brief('同日，促进长江三角洲一体化的宁波推介会舉行。', '2023-03-02')).toEqual([
      'meeting 2023-03-02 宁波市(host)',
    ]);
  });

  it('reads 在会上 as the gathering just told: a speaker already there is told again', () => {
    const text = '宁波市委书记彭佳学出席推进会。彭佳学在会上介绍了情况。宁波市长汤飞帆在会上表示，要加快建设。';
    expect(brief(text)).toEqual(['meeting - 彭佳学(speaker)', 'meeting - 汤飞帆(speaker)']);
  });

  it('finds what opens in an earlier clause when the word ends its own', () => {
    expect(brief('此外，苏州工业园区二期工程近日通过验收，6月12日正式启用。', '2023-06-16')).toEqual([
      'opening 2023-06-12 苏州工业园区(opened)',
    ]);
    expect(brief('浙江自贸试验区共有舟山、宁波、杭州三个片区，当天同时揭牌。')).toEqual([
      'opening - 中国（浙江）自由贸易试验区(opened)',
    ]);
    // The word names what opens after it: an unknown name there is not the subject's.
    expect(brief('苏州工业园区包括三个片区，同日挂牌的还有一个示范区。')).toEqual([]);
  });

  it('finds a visit by 前往 and by 来…视察, the places between going and the word', () => {
    expect(brief('活动结束后，宁波市委书记彭佳学一行还前往苏州纳米城和独墅湖科教创新区，实地调研项目。')).toEqual([
      'visit - 彭佳学(visitor) 苏州纳米城(visited) 独墅湖科教创新区(visited)',
    ]);
    expect(brief('他指出，习近平总书记来四川视察时对四川天府新区寄予厚望。')).toEqual([
      'visit - 习近平(visitor) 四川省(visited)',
    ]);
    expect(brief('嘉兴市委书记张兵在会上提醒，要严格执行环评要求。')).toEqual(['meeting - 张兵(speaker)']);
  });
});
