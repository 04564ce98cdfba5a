import { createKnowledgeBase, type KbEntry, type KnowledgeBase } from './knowledge-base';

// A deliberately small starter knowledge base: the 41 Yangtze River Delta cities, the other
// provincial-level units, a few districts/counties and well-known platforms. It proves the
// pipeline end to end; the full, generated knowledge base replaces it (see the engine issue).

/** Cities as `[administrative code, full name, level]`; the short form drops 市/区/县. */
const CITIES: readonly (readonly [string, string, string])[] = [
  ['110000', '北京市', 'municipality'],
  ['120000', '天津市', 'municipality'],
  ['310000', '上海市', 'municipality'],
  ['500000', '重庆市', 'municipality'],
  ['320100', '南京市', 'prefecture city'],
  ['320200', '无锡市', 'prefecture city'],
  ['320300', '徐州市', 'prefecture city'],
  ['320400', '常州市', 'prefecture city'],
  ['320500', '苏州市', 'prefecture city'],
  ['320600', '南通市', 'prefecture city'],
  ['320700', '连云港市', 'prefecture city'],
  ['320800', '淮安市', 'prefecture city'],
  ['320900', '盐城市', 'prefecture city'],
  ['321000', '扬州市', 'prefecture city'],
  ['321100', '镇江市', 'prefecture city'],
  ['321200', '泰州市', 'prefecture city'],
  ['321300', '宿迁市', 'prefecture city'],
  ['330100', '杭州市', 'prefecture city'],
  ['330200', '宁波市', 'prefecture city'],
  ['330300', '温州市', 'prefecture city'],
  ['330400', '嘉兴市', 'prefecture city'],
  ['330500', '湖州市', 'prefecture city'],
  ['330600', '绍兴市', 'prefecture city'],
  ['330700', '金华市', 'prefecture city'],
  ['330800', '衢州市', 'prefecture city'],
  ['330900', '舟山市', 'prefecture city'],
  ['331000', '台州市', 'prefecture city'],
  ['331100', '丽水市', 'prefecture city'],
  ['340100', '合肥市', 'prefecture city'],
  ['340200', '芜湖市', 'prefecture city'],
  ['340300', '蚌埠市', 'prefecture city'],
  ['340400', '淮南市', 'prefecture city'],
  ['340500', '马鞍山市', 'prefecture city'],
  ['340600', '淮北市', 'prefecture city'],
  ['340700', '铜陵市', 'prefecture city'],
  ['340800', '安庆市', 'prefecture city'],
  ['341000', '黄山市', 'prefecture city'],
  ['341100', '滁州市', 'prefecture city'],
  ['341200', '阜阳市', 'prefecture city'],
  ['341300', '宿州市', 'prefecture city'],
  ['341500', '六安市', 'prefecture city'],
  ['341600', '亳州市', 'prefecture city'],
  ['341700', '池州市', 'prefecture city'],
  ['341800', '宣城市', 'prefecture city'],
  ['440100', '广州市', 'prefecture city'],
  ['440300', '深圳市', 'prefecture city'],
  ['420100', '武汉市', 'prefecture city'],
  ['510100', '成都市', 'prefecture city'],
  ['310105', '长宁区', 'district'],
  ['310112', '闵行区', 'district'],
  ['310114', '嘉定区', 'district'],
  ['310117', '松江区', 'district'],
  ['310118', '青浦区', 'district'],
  ['320583', '昆山市', 'county-level city'],
  ['330281', '余姚市', 'county-level city'],
  ['330282', '慈溪市', 'county-level city'],
  ['330782', '义乌市', 'county-level city'],
];

/** Strips the administrative suffix: `宁波市` → `宁波`, `闵行区` → `闵行`. */
function shortCityName(fullName: string): string {
  return fullName.replace(/[市区县]$/u, '');
}

const PLATFORMS: readonly KbEntry[] = [
  {
    id: 'platform:hongqiao-cbd',
    type: 'platform',
    name: '虹桥国际中央商务区',
    aliases: ['虹桥商务区', '上海虹桥商务区', '虹桥国际中央商务区'],
    kind: 'business district',
  },
  {
    id: 'platform:ciie',
    type: 'platform',
    name: '中国国际进口博览会',
    aliases: ['进博会'],
    kind: 'expo',
  },
  {
    id: 'platform:canton-fair',
    type: 'platform',
    name: '中国进出口商品交易会',
    aliases: ['广交会'],
    kind: 'expo',
  },
  {
    id: 'platform:hongqiao-overseas-trade-centre',
    type: 'platform',
    name: '虹桥海外贸易中心',
    aliases: ['海外贸易中心'],
    kind: 'trade centre',
  },
  {
    id: 'platform:hongqiao-hub-of-exhibitions',
    type: 'platform',
    name: '虹桥国际展汇',
    aliases: [],
    kind: 'exhibition centre',
  },
  {
    id: 'platform:yrd-city-showcase',
    type: 'platform',
    name: '长三角区域城市展示中心',
    aliases: [],
    kind: 'exhibition centre',
  },
  {
    id: 'platform:hongqiao-import-trading-centre',
    type: 'platform',
    name: '虹桥进口商品展示交易中心',
    aliases: [],
    kind: 'trade centre',
  },
  {
    id: 'platform:yrd-ecommerce-centre',
    type: 'platform',
    name: '长三角电商中心',
    aliases: [],
    kind: 'e-commerce hub',
  },
  {
    id: 'platform:hangzhou-bay-new-area',
    type: 'platform',
    name: '宁波杭州湾新区',
    aliases: ['杭州湾新区'],
    kind: 'new area',
  },
  {
    id: 'platform:pudong-new-area',
    type: 'platform',
    name: '浦东新区',
    aliases: ['浦东'],
    kind: 'national new area',
  },
  {
    id: 'platform:suzhou-industrial-park',
    type: 'platform',
    name: '苏州工业园区',
    aliases: [],
    kind: 'development zone',
  },
  {
    id: 'platform:lingang',
    type: 'platform',
    name: '中国（上海）自由贸易试验区临港新片区',
    aliases: ['临港新片区'],
    kind: 'free-trade zone area',
  },
  { id: 'platform:alibaba', type: 'platform', name: '阿里巴巴', aliases: ['阿里'], kind: 'e-commerce platform' },
  { id: 'platform:jd', type: 'platform', name: '京东', aliases: [], kind: 'e-commerce platform' },
  { id: 'platform:vipshop', type: 'platform', name: '唯品会', aliases: [], kind: 'e-commerce platform' },
  { id: 'platform:pinduoduo', type: 'platform', name: '拼多多', aliases: [], kind: 'e-commerce platform' },
];

const REGIONS: readonly KbEntry[] = [
  {
    id: 'region:yrd',
    type: 'region',
    name: '长江三角洲',
    aliases: ['长三角'],
    kind: 'economic region',
  },
];

/** The starter knowledge base used until the generated one ships. */
export const STARTER_KNOWLEDGE_BASE: KnowledgeBase = createKnowledgeBase([
  ...CITIES.map(([code, name, level]): KbEntry => ({
    id: `city:${code}`,
    type: 'city',
    name,
    aliases: [shortCityName(name)],
    kind: level,
  })),
  ...PLATFORMS,
  ...REGIONS,
]);
