/**
 * Titles that, followed by a personal name, mark a person in the news, and whether the title is a
 * public office. Organs that stand before a title (市委, 管委会, 人大常委会, 政协…) are not part of
 * it: they stay in the role's organisation (`嘉兴市委 书记`, `虹桥商务区管委会 党组书记`).
 */

// prettier-ignore
/** Titles that are public offices wherever they appear: the person is an official. */
export const PUBLIC_TITLES: readonly string[] = [
  // Party
  '书记', '总书记', '副书记', '常务副书记', '党组书记', '党组副书记', '党委书记', '党委副书记', '党工委书记', '党工委副书记',
  '纪委书记', '纪工委书记', '组织部长', '宣传部长', '统战部长', '常委', '委员', '党组成员',
  // 工委 is the short form of 党工委 (`西海岸新区工委书记`); 主委 heads a democratic party's provincial
  // or city committee (`农工党甘肃省委会主委`).
  '工委书记', '工委副书记', '主委', '副主委', '常务副主委',
  // Government
  '市长', '副市长', '常务副市长', '代市长', '区长', '副区长', '常务副区长', '代区长', '县长', '副县长', '常务副县长',
  '代县长', '省长', '副省长', '常务副省长', '代省长', '州长', '副州长', '镇长', '副镇长', '乡长', '副乡长', '旗长',
  '盟长', '局长', '副局长', '厅长', '副厅长', '部长', '副部长', '司长', '副司长', '处长', '副处长', '署长',
  '主任委员', '秘书长', '副秘书长', '巡视员', '副巡视员', '一级巡视员', '二级巡视员', '调研员', '总理', '副总理',
  '国务委员', '委员长', '副委员长', '大使', '总领事', '发言人', '新闻发言人',
  '专员', '副专员',
  // Assistants of a head are offices of their own (`商务部部长助理`, `省长助理`): without them the
  // name would start at 助理.
  '部长助理', '省长助理', '市长助理', '区长助理', '县长助理', '厅长助理', '局长助理',
  // The heads of the special administrative regions (`澳门特别行政区行政长官崔世安`).
  '行政长官', '特首',
  // Management committees, congresses and CPPCC name their organ before the title (管委会 主任).
  '常务副主任', '常务副主席', '常务副部长', '常务副局长', '常务副厅长', '常务副秘书长', '常务副镇长',
  // Acting heads (`副区长、代理区长`) and the procuratorate's heads are public offices too.
  '代理市长', '代理区长', '代理县长', '代理省长', '代理州长', '检察长', '副检察长', '代理检察长',
];

/** Titles that are never public offices: the person is a `person`, not an `official`. */
// prettier-ignore
export const PRIVATE_TITLES: readonly string[] = [
  '总经理', '副总经理', '董事长', '副董事长', '董事', '总裁', '副总裁', '首席执行官', '创始人', '联合创始人',
  '合伙人', '总监', '经理', '记者', '通讯员', '主持人', '编辑', '主编', '教授', '副教授', '研究员', '副研究员',
  '院士', '专家', '博士', '律师', '医生', '工程师', '总工程师', '分析师', '首席经济学家', '经济学家', '负责人',
  '运营总监', '店长', '村民', '市民', '居民', '游客', '员工',
  // Sports and everyday roles: `前锋张吉林`, `主教练赵永康` are people (and no 吉林 or 永康 in them).
  '主教练', '教练', '教练员', '前锋', '中锋', '后卫', '门将', '守门员', '球员', '队员', '运动员', '选手', '裁判',
  '队长', '老师', '志愿者',
];

/**
 * Titles that are public or private depending on the organisation before them: 管委会主任 is an
 * official, 公司主任 is not. See {@link isPrivateOrganization}.
 */
// prettier-ignore
export const CONTEXT_TITLES: readonly string[] = [
  '主任', '副主任', '主席', '副主席', '会长', '副会长', '院长', '副院长', '校长', '副校长', '行长', '副行长', '所长',
  '副所长', '站长', '馆长', '团长', '队长', '社长', '总编辑', '理事长', '副理事长',
  // Heads of working groups and sections: public in a government's (`发展工作组副组长`, `干部一科副科长`).
  '组长', '副组长', '科长', '副科长',
];

/**
 * Context titles that head an institution (a school, hospital, bank, museum, association): with no
 * organisation written before them (`校长王明`), they make a `person`, not an official; 主任 and
 * 主席 with no organisation stay officials (`原副主席周治华`).
 */
export const INSTITUTION_TITLES: ReadonlySet<string> = new Set([
  '院长',
  '副院长',
  '校长',
  '副校长',
  '行长',
  '副行长',
  '所长',
  '副所长',
  '站长',
  '馆长',
  '团长',
  '队长',
  '社长',
  '总编辑',
  '理事长',
  '副理事长',
  '会长',
  '副会长',
]);

// Words that make an organisation a company, association, school or similar body (上海某某集团
// is a company even though it names a city); a bank's branch is read from its place on
// (`某某银行信阳分行行长` gives the organisation 信阳分行), so 分行 and 支行 say it too.
// prettier-ignore
const PRIVATE_ORGANIZATION_WORDS = [
  '公司', '集团', '企业', '有限', '股份', '银行', '分行', '支行', '协会', '商会', '学会', '联合会', '基金会', '研究院', '研究所',
  '大学', '学院', '中学', '小学', '医院', '媒体', '报社', '电视台', '工作室', '事务所', '中心', '工厂', '门店',
  // Short forms of business federations and other associations (`上海企联会长`).
  '企联', '促进会', '联谊会', '商协会',
  // Fellow-townsmen, alumni and clan associations, clubs and co-operatives (`台北市开平同乡会副理事长`).
  '同乡会', '乡亲会', '校友会', '同学会', '宗亲会', '俱乐部', '合作社',
];

// An organisation led by a government organ is public whatever follows (`国务院发展研究中心`,
// `市政府发展研究中心`): the state council, a national body, the party, or a place's party
// committee or government within the first few characters.
const GOVERNMENT_ORGAN =
  /^(?:国务院|国家|中共|中央|全国人大|全国政协)|^[^公司集团企业]{0,8}?[省市区县州旗](?:委|政府|人民政府)/u;

/**
 * True when `organization` (the words before a title) names a company, association, school or
 * centre: 丽宝公司, 某某集团, 复旦大学, 上海企联. A title such as 主任 there makes a `person`; anywhere
 * else (管委会, 市政协, or no organisation at all, as in `原副主席周治华`) an official — and so does a
 * centre or institute a government organ leads (`国务院发展研究中心`, `市政府研究室`).
 */
export function isPrivateOrganization(organization: string): boolean {
  return PRIVATE_ORGANIZATION_WORDS.some((w) => organization.includes(w)) && !GOVERNMENT_ORGAN.test(organization);
}
