import { describe, expect, it } from 'vitest';
import { createDetector } from '../../lib/core/detection/detect';
import { SHIPPED_KNOWLEDGE_BASE } from '../support/knowledge-base';

const detector = createDetector(SHIPPED_KNOWLEDGE_BASE);

/** `type:name` of every entity found in `text`. */
function found(text: string): string[] {
  return detector.detect(text).map((e) => `${e.type}:${e.name}`);
}

describe('place names that are also common words', () => {
  it.each([
    ['双方将在更大范围开展合作。', 'city:合作市'],
    ['把握好发展的大方向。', 'city:大方县'],
    ['大力发展朝阳产业。', 'city:朝阳区'],
    ['东方明珠塔对外开放。', 'city:东方市'],
    ['坚持和平发展道路。', 'city:和平区'],
    ['推进新城建设。', 'city:新城区'],
    ['实现长治久安。', 'city:长治市'],
    ['黄浦江两岸贯通。', 'city:黄浦区'],
    ['在新的起点上再出发。', 'city:新疆维吾尔自治区'],
    ['这一平台和平台企业。', 'city:台湾省'],
  ])('%s has no %s', (text, entity) => {
    expect(found(text)).not.toContain(entity);
  });

  it.each([
    ['甘肃省合作市召开会议。', 'city:合作市'],
    ['贵州省大方县脱贫出列。', 'city:大方县'],
    ['北京市朝阳区、海淀区联合发布。', 'city:朝阳区'],
    ['海南省东方市迎来新项目。', 'city:东方市'],
  ])('%s names %s', (text, entity) => {
    expect(found(text)).toContain(entity);
  });
});

describe('streets, schools and papers named after cities', () => {
  it.each([['漫步南京路步行街。'], ['南京东路人流如织。'], ['宁波大学发布报告。'], ['据杭州日报报道。']])(
    '%s names no city',
    (text) => {
      expect(found(text).filter((e) => e.startsWith('city:'))).toEqual([]);
    },
  );
});

describe('places that need the article to tell which', () => {
  it('reads 鼓楼区 as the Fuzhou district when the article is about Fuzhou', () => {
    const [gulou] = detector.detect('福州市鼓楼区召开大会。').filter((e) => e.name === '鼓楼区');
    expect(SHIPPED_KNOWLEDGE_BASE.byId.get(gulou!.id)?.parentId).toBe('city:350100');
  });

  it('reads 鼓楼区 as the Nanjing district when the article is about Nanjing', () => {
    const [gulou] = detector.detect('南京鼓楼区与江北新区签约。').filter((e) => e.name === '鼓楼区');
    expect(SHIPPED_KNOWLEDGE_BASE.byId.get(gulou!.id)?.parentId).toBe('city:320100');
  });

  it('accepts a county short form when its city is named, not otherwise', () => {
    expect(found('宁波下辖的慈溪加快发展。')).toContain('city:慈溪市');
    expect(found('大浦口码头完成改造。')).not.toContain('city:浦口区');
  });

  it('keeps a person whose name contains a place short form', () => {
    expect(found('昆山市委书记钱卫东表示，钱卫东同志…')).not.toContain('city:卫东区');
  });
});

describe('province abbreviations', () => {
  it.each([
    ['与各城市驻沪机构建立联络。', 'city:上海市'],
    ['京津冀协同发展。', 'region:京津冀'],
    ['川渝两地联合。', 'city:重庆市'],
  ])('%s names %s', (text, entity) => {
    expect(found(text)).toContain(entity);
  });

  it('reads 沪苏浙皖 as the Yangtze River Delta', () => {
    expect(found('沪苏浙皖三省一市')).toContain('region:长江三角洲');
  });
});

describe('officials and other titled people', () => {
  it('finds officials from a list sharing one title', () => {
    const text = '苏州市副市长顾文涛、陆佳怡、蒋建中等出席。';
    const officials = detector.detect(text).filter((e) => e.type === 'official');
    expect(officials.map((o) => o.name)).toEqual(['顾文涛', '陆佳怡', '蒋建中']);
    for (const o of officials) expect(o.roles.map((r) => `${r.organization} ${r.title}`)).toEqual(['苏州市 副市长']);
  });

  it('gives a person with two offices both roles', () => {
    const text = '苏州市委常委、苏州工业园区党工委书记沈立衡表示';
    const [shen] = detector.detect(text).filter((e) => e.name === '沈立衡');
    expect(shen?.roles.map((r) => `${r.organization} ${r.title}`)).toEqual([
      '苏州市委 常委',
      '苏州工业园区 党工委书记',
    ]);
  });

  it('calls a general manager or a reporter a person, not an official', () => {
    const types = detector.detect('丽宝公司总经理陈志鸿表示。(记者吴善阳)').map((e) => `${e.type}:${e.name}`);
    expect(types).toEqual(expect.arrayContaining(['person:陈志鸿', 'person:吴善阳']));
  });

  it('finds a traditional, space-padded name and reports the raw span', () => {
    const raw = '市委書記鄔　暉表示，鄔暉要求';
    const [wu] = detector.detect(raw).filter((e) => e.name === '邬晖');
    expect(wu?.mentions.map((m) => raw.slice(m.start, m.end))).toEqual(['鄔　暉', '鄔暉']);
  });
});

describe('pinyin-garbled text', () => {
  it('finds names interrupted by pinyin annotations and maps them back to the raw text', () => {
    const raw = '上海虹橋商務(wù)區(qū)與寧波杭州灣新區（qū）簽約';
    const names = detector.detect(raw).map((e) => [e.name, e.mentions.map((m) => raw.slice(m.start, m.end))]);
    expect(names).toEqual(
      expect.arrayContaining([
        ['虹桥国际中央商务区', ['上海虹橋商務(wù)區']],
        ['宁波杭州湾新区', ['寧波杭州灣新區']],
      ]),
    );
  });
});

describe('platform names found by their shape, in run-on sentences', () => {
  /** Every pair of mentions that overlap, across all entities. */
  function overlaps(text: string): string[] {
    const all = detector.detect(text).flatMap((e) => e.mentions.map((m) => ({ ...m, id: e.id })));
    return all.flatMap((a, i) =>
      all
        .slice(i + 1)
        .filter((b) => a.start < b.end && b.start < a.end)
        .map((b) => `${a.id} × ${b.id}`),
    );
  }

  it('does not run a platform name back over what a speaker said (…指出虹桥商务区)', () => {
    const text = '座谈会上，宁波市长裘东耀指出虹桥商务区将发挥作用。';
    expect(found(text)).toEqual(['city:宁波市', 'platform:虹桥国际中央商务区', 'official:裘东耀']);
  });

  it('lets a known platform win over a shape-found name that ran over a place first', () => {
    const text = '宁波市长裘东耀看虹橋商務(wù)區(qū)虹橋商務(wù)區(qū)';
    expect(found(text)).toContain('platform:虹桥国际中央商务区');
    expect(found(text).filter((name) => name.startsWith('platform:') && name.includes('裘东耀'))).toEqual([]);
    expect(overlaps(text)).toEqual([]);
  });

  it('never returns overlapping mentions when platform words repeat', () => {
    for (const text of [
      '他说新区产业园产业园区很好',
      '沪苏大丰产业联动集聚区集聚区',
      '中国（上海）博览会交易会展览会',
    ]) {
      expect(overlaps(text), text).toEqual([]);
    }
  });
});
