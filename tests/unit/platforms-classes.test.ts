// Issue 13: classes of platform words beyond the first list, short forms of known zones, and what
// ends a name (a person's name, a bracket, a traditional verb). Sentences written for these tests.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { platformNames, platforms, shapePlatformNames } from './platforms-support';

describe('platform words of every class make a platform after a proper name', () => {
  it.each([
    // Parks named for their work.
    ['代表团参观了长沙软件园和成都研发园', ['长沙软件园', '成都研发园']],
    ['調研組走訪齊魯軟件園', ['齐鲁软件园']],
    // Economic, processing and logistics zones.
    ['郑州航空港经济区与重庆临空经济区签约', ['郑州航空港经济区', '重庆临空经济区']],
    ['昆山出口加工区和苏州空港物流区的企业', ['昆山出口加工区', '苏州空港物流区']],
    ['國務院批准設立大連加工出口區', ['大连加工出口区']],
    // Experimental zones.
    ['柴达木循环经济试验区今年引进项目', ['柴达木循环经济试验区']],
    ['中国（杭州）跨境电子商务综合试验区发布新政', ['中国(杭州)跨境电子商务综合试验区']],
    ['国家大数据（内蒙古）综合试验区建设提速', ['国家大数据(内蒙古)综合试验区']],
    // Exhibition venues.
    ['博览会在武汉国际展览中心开幕', ['武汉国际展览中心']],
  ])('%s', (text, names) => {
    expect(platformNames(text)).toEqual(expect.arrayContaining(names));
  });

  it.each([
    '要认真研究试验区建设方案',
    '全省各类经济区协调发展',
    '推动出口加工区转型升级',
    '进一步完善软件园配套',
    '扎实推进综合试验区建设',
  ])('no proper name, no platform: %s', (text) => {
    expect(platformNames(text)).toEqual([]);
  });
});

describe("a known zone's short form with its city resolves to the zone", () => {
  it.each([
    ['项目落户长沙市经开区', '长沙经济技术开发区'],
    ['该企业入驻合肥市经开区后', '合肥经济技术开发区'],
    ['杭州市高新区（滨江）发布政策', '杭州高新技术产业开发区'],
  ])('%s', (text, name) => {
    const found = platforms(text);
    expect(found.map((e) => e.name)).toContain(name);
    expect(found.filter((e) => e.id.startsWith('platform:local:'))).toEqual([]);
  });

  it('a weak short form led by its city is a platform even without the full name', () => {
    expect(platformNames('他说：“襄阳开发区发展很快。”')).toEqual(['襄阳开发区']);
    expect(platformNames('没想到株洲开发区变化这么大')).toEqual(['株洲开发区']);
  });

  it('with the full name in the article the short form is that zone', () => {
    const found = platforms('株洲经济技术开发区成立多年，株洲开发区变化很大');
    expect(found.map((e) => e.name)).toEqual(['株洲经济技术开发区']);
    expect(found[0]!.mentions).toHaveLength(2);
  });

  it('places written before a known zone that are not its own make a name of them all', () => {
    expect(platformNames('签署北京天津河北自由贸易试验区联动协议')).toEqual(['北京天津河北自由贸易试验区']);
    expect(platformNames('广东深圳前海合作区发布通告')).toEqual(['前海深港现代服务业合作区']);
  });
});

describe('one shape-found platform, one entity', () => {
  it.each([
    ['贵州双龙航空港经济区举行推介会。双龙航空港经济区成立两年', '贵州双龙航空港经济区'],
    ['河南许昌软件园开园，许昌软件园首批企业入驻', '河南许昌软件园'],
    ['江西赣州出口加工区封关。赣州出口加工区', '江西赣州出口加工区'],
  ])('%s', (text, name) => {
    const found = platforms(text);
    expect(found.map((e) => e.name)).toEqual([name]);
    expect(found[0]!.mentions).toHaveLength(2);
  });
});

describe('what ends a name read leftwards', () => {
  it.each([
    ['市委书记陈刚代表双龙航空港经济区致辞', '双龙航空港经济区'],
    ['区长王伟介绍南昌临空经济区', '南昌临空经济区'],
    ['（记者李强）贵州双龙航空港经济区举行推介会', '贵州双龙航空港经济区'],
    ['至于两园，则指海南生态软件园', '海南生态软件园'],
    ['该区即宁波保税物流区', '宁波保税物流区'],
  ])('%s', (text, name) => {
    expect(shapePlatformNames(text)).toEqual([name]);
  });

  // Traditional forms of verbs whose first character the character fold keeps (瞭 as in 瞭望).
  it.each(['詳細瞭解開發區總體規劃', '是著眼新區建設發展大局', '企業藉助片區政策快速成長', '著力優化園區環境'])(
    'a traditional verb before a bare platform word: %s',
    (text) => {
      expect(platformNames(text)).toEqual([]);
    },
  );

  it('property: 瞭解/著眼/藉助 + any bare platform word gives no platform', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('瞭解', '著眼', '藉助', '著力'),
        fc.constantFrom('新區', '開發區', '片區', '園區', '產業園', '試驗區', '經濟區', '軟件園'),
        fc.constantFrom('', '建設', '的情況'),
        (verb, suffix, tail) => {
          expect(platformNames(`${verb}${suffix}${tail}`)).toEqual([]);
        },
      ),
    );
  });
});

describe('a kind of platform, not one', () => {
  it.each([
    '浙江省产业园区发展办公室召开会议',
    '内蒙古自治区开发区建设工作会议',
    '四川省工业园区协会成立',
    '这是又一长三角产业园落地',
    '成为另一成渝地区工业园',
    '旅客可在南京南站综合交通枢纽换乘',
    '杭州东站交通枢纽客流创新高',
  ])('%s', (text) => {
    expect(platformNames(text)).toEqual([]);
  });

  it.each([
    ['上海虹桥综合交通枢纽启用', '上海虹桥综合交通枢纽'],
    ['广西北部湾经济区开放开发', '广西北部湾经济区'],
  ])('but a place-named one is: %s', (text, name) => {
    expect(platformNames(text)).toContain(name);
  });
});

describe('a bracket after a known zone gives its other name, and what follows is a name of its own', () => {
  it.each([
    ['乌鲁木齐经济技术开发区（头屯河区）高铁片区开工', '乌鲁木齐经济技术开发区'],
    ['長沙經濟技術開發區（星沙）北片區建設', '长沙经济技术开发区'],
    ['合肥高新技术产业开发区(蜀山)科学岛片区', '合肥高新技术产业开发区'],
  ])('%s', (text, name) => {
    const found = platformNames(text);
    expect(found).toContain(name);
    expect(found.some((n) => n.includes('(') || n.includes('（'))).toBe(false);
  });

  it('after a brand the bracket places the park named after it', () => {
    expect(platformNames('阿里巴巴（莆田）数字经济产业园签约')).toContain('阿里巴巴(莆田)数字经济产业园');
  });
});

describe("another place's borrowed platform name is not that platform", () => {
  it.each(['建设“合肥科技中关村”', '打造东莞版中关村', '努力成为成都的张江'])('%s', (text) => {
    expect(platformNames(text)).toEqual([]);
  });

  it.each([
    ['北京中关村发布新政', '中关村科技园区'],
    ['代表团在深圳参观中关村', '中关村科技园区'],
    ['上海张江科学城建设提速', '张江科学城'],
  ])('its own place or a verb between keeps it: %s', (text, name) => {
    expect(platformNames(text)).toContain(name);
  });
});

describe("a venue named after its city, by the rest of its name in that city's news", () => {
  it.each([
    ['哈尔滨举办经贸洽谈会，国际会展中心人头攒动', '哈尔滨国际会展中心'],
    ['厦门举办投洽会期间，國際會展中心迎客', '厦门国际会展中心'],
    ['宁波市民涌入国际会展中心参观投资合作馆', '宁波国际会展中心'],
  ])('%s', (text, name) => {
    expect(platformNames(text)).toContain(name);
  });

  it('without its city it is none', () => {
    expect(platformNames('嘉宾参观了国际会展中心')).toEqual([]);
  });
});

describe('new towns, trade cities, valleys, markets, corridors, bases and gatherings', () => {
  it.each([
    ['沣河新城和儒乐湖新城', ['沣河新城', '儒乐湖新城']],
    ['项目落户武汉光谷生物城', ['武汉光谷生物城']],
    ['上海国际汽车城与苏州国际会展城签约', ['上海国际汽车城', '苏州国际会展城']],
    ['中新天津生态城管委会', ['中新天津生态城']],
    ['合肥VR科创城开园', ['合肥VR科创城']],
    ['腾讯贵安七星数据中心投运', ['腾讯贵安七星数据中心']],
    ['建設中國—東盟信息港和杭州智谷', ['中国—东盟信息港', '杭州智谷']],
    ['义乌大市场与长三角科创大走廊', ['义乌大市场', '长三角科创大走廊']],
    ['鄂尔多斯能源化工基地和成都物流基地', ['鄂尔多斯能源化工基地']],
    ['珲春重点开发开放试验区获批', ['珲春重点开发开放试验区']],
    ['西安国际港务区和博鳌乐城国际医疗旅游先行区', ['西安国际港务区', '博鳌乐城国际医疗旅游先行区']],
    ['青岛新旧动能转换起步区建设', ['青岛新旧动能转换起步区']],
    ['太原能源低碳发展论坛和博鳌亚洲论坛', ['太原能源低碳发展论坛']],
    ['中国—东盟商务与投资峰会在南宁举行', ['中国—东盟商务与投资峰会']],
    ['中国东西部合作与投资贸易洽谈会开幕', ['中国东西部合作与投资贸易洽谈会']],
  ])('%s', (text, names) => {
    expect(platformNames(text)).toEqual(expect.arrayContaining(names));
  });

  it.each([
    '西安市新城区政府',
    '打造区域性中心城市',
    '要加快新城建设',
    '建设一批物流基地',
    '打造VR产业园',
    '雄安新区起步区建设',
    '中国经济论坛',
    '全国各类论坛',
  ])('none, or only a known one: %s', (text) => {
    expect(shapePlatformNames(text)).toEqual([]);
  });
});

describe('names of cooperation and parks in lists', () => {
  it.each([
    ['加快中国—中亚合作示范区建设', '中国—中亚合作示范区'],
    ['建設中國—東盟信息港', '中国—东盟信息港'],
    ['中国—上合组织地方经贸合作示范区', '中国—上合组织地方经贸合作示范区'],
  ])('中国 joined to a partner by a dash is a proper name: %s', (text, name) => {
    expect(platformNames(text)).toContain(name);
  });

  it.each([
    ['苏州工业园区、中新生态园和昆山开发区', '中新生态园'],
    ['形成咸阳新城、秦汉新城和沣西新城三个组团', '秦汉新城'],
    ['天府新区、秦汉新城', '秦汉新城'],
  ])('a one-word name in a list of platforms is one: %s', (text, name) => {
    expect(platformNames(text)).toContain(name);
  });

  it.each(['要推进中国特色示范区建设', '秦汉新城建设', '推动一新城一特色'])('but not on its own: %s', (text) => {
    expect(shapePlatformNames(text)).toEqual([]);
  });
});
