import type { Mention } from '../entity';
import { DictionaryMatcher } from './dictionary-matcher';
import { isHan } from '../normalize';

/** A platform the knowledge base does not know, found by its shape: a proper name + a platform word. */
export interface PatternPlatform extends Mention {
  name: string;
  /** What the platform word says it is (`development zone`, `expo` …). */
  kind: string;
  /** The platform word itself, as written after normalisation (`产业园`, `博览会`). */
  suffix: string;
}

/** Platform words and the kind each one names. Longest match wins (综合保税区 over 保税区). */
const PLATFORM_SUFFIXES: readonly (readonly [string, string])[] = [
  ['新区', 'new area'],
  ['新片区', 'free trade zone area'],
  ['片区', 'free trade zone area'],
  ['自贸区', 'free trade zone'],
  ['自由贸易试验区', 'free trade zone'],
  ['自由贸易港', 'free trade port'],
  ['商务区', 'business district'],
  ['中央商务区', 'business district'],
  ['开发区', 'development zone'],
  ['经济开发区', 'economic development zone'],
  ['经济技术开发区', 'economic and technological development zone'],
  ['高新区', 'high-tech zone'],
  ['高新技术产业开发区', 'high-tech zone'],
  ['综合保税区', 'comprehensive bonded zone'],
  ['保税区', 'bonded zone'],
  ['保税港区', 'bonded port area'],
  ['产业园', 'industrial park'],
  ['产业园区', 'industrial park'],
  ['工业园', 'industrial park'],
  ['工业园区', 'industrial park'],
  ['科技园', 'science park'],
  ['科技城', 'science city'],
  ['科学城', 'science city'],
  ['示范区', 'demonstration zone'],
  ['合作区', 'cooperation zone'],
  ['集聚区', 'cluster zone'],
  ['交易中心', 'trade centre'],
  ['展示中心', 'exhibition centre'],
  ['会展中心', 'exhibition centre'],
  ['博览中心', 'exhibition centre'],
  ['博览会', 'expo'],
  ['交易会', 'fair'],
  ['展览会', 'exhibition'],
  ['洽谈会', 'fair'],
  ['交通枢纽', 'transport hub'],
  ['物流园', 'logistics park'],
  ['物流园区', 'logistics park'],
];

// Words that cannot be inside a platform's proper name: where the name starts, one of these ends
// the scan (…签约落户苏州生物医药产业园 starts at 苏州).
// One-character words here are ones that rarely sit inside a name (not 由 as in 自由, 都 as in 成都).
// prettier-ignore
const LEFT_STOP_WORDS = [
  '的', '是', '以', '既', '在', '与', '和', '及', '将', '把', '从', '向', '到', '了', '等', '并', '让', '使', '被',
  '这', '该', '或', '也', '还', '已', '本次', '此次', '这次', '本届', '上述', '来自', '给予', '方面', '提升', '打响',
  '做强', '做大', '推出', '依靠', '借助', '拥有', '设有', '覆盖', '连接', '联通', '辐射', '带动', '对标', '比肩',
  '媲美', '位于', '打造', '建设', '推进', '落户', '入驻', '签约', '举办', '召开', '参加', '参与', '设立', '成立',
  '获批', '包含', '包括', '加快', '推动', '助力', '携手', '联合', '依托', '围绕', '地处', '启动', '开工', '揭牌',
  '亮相', '建成', '申报', '创建', '布局', '引进', '聚焦', '共建', '服务', '对接', '接轨', '融入', '加入', '支持',
  '组织', '搭建', '积极', '全面', '成为', '作为', '通过', '利用', '发挥', '形成', '构建', '来到', '走进', '考察',
  '调研', '前往', '位列', '获评', '入选', '举行', '开幕', '闭幕', '期间', '首届', '今年', '去年', '一批', '一个',
  '各个', '多家',
  // Verbs of speech: what follows them is what was said, never part of a name before it
  // (宁波市长裘东耀指出虹桥商务区… starts the platform at 虹桥).
  '指出', '表示', '认为', '强调', '介绍', '透露', '宣布', '要求', '希望', '提出',
];

// A proper name is more than these generic words: 一批功能区, 高水平开放示范区 are no platform.
// prettier-ignore
const GENERIC_WORDS = [
  '功能', '平台', '产业', '经济', '发展', '合作', '一体化', '高水平', '高质量', '示范', '综合', '重点', '特色',
  '相关', '国家级', '省级', '市级', '首批', '首个', '全国', '新一轮', '开放', '创新', '现代', '先进', '国际',
  '区域', '城市', '各类', '多个', '这些', '新型', '专业', '主要', '核心', '整个', '所在', '数字', '世界一流',
  '世界级', '一流', '国家', '本地', '当地', '周边', '同类', '其他', '其它', '更多', '家', '个',
];

// Verbs that open names of zones built around another city (嘉兴's 接轨上海示范区).
const NAME_FORMING_VERBS = ['接轨', '对接', '融入', '承接'];

/** Longest proper-name prefix considered, in characters. */
const MAX_PREFIX = 20;

// A year may open an expo's name (2024中国（广州）国际智能装备博览会); any other number ends it
// (全国178家国家高新区).
const YEAR_BEFORE = /(?:19|20)\d\d年?$/u;

const suffixMatcher = new DictionaryMatcher(PLATFORM_SUFFIXES);

function startsStopWord(text: string, at: number): boolean {
  return LEFT_STOP_WORDS.some((w) => text.startsWith(w, at));
}

/** True when the name is generic words only: no proper noun in it. */
function isGeneric(prefix: string): boolean {
  let rest = prefix.replace(/^\d+年?(第?\d+届)?/u, '');
  for (let changed = true; changed && rest.length > 0;) {
    changed = false;
    for (const word of GENERIC_WORDS) {
      if (rest.startsWith(word)) {
        rest = rest.slice(word.length);
        changed = true;
      }
    }
  }
  return rest.length < 2;
}

/**
 * Finds platforms by shape: a platform word (新区, 产业园, 博览会 …) preceded by a proper name, e.g.
 * `沪苏大丰产业联动集聚区`, `苏州生物医药产业园`, `2024中国（广州）国际智能装备博览会`. The name runs
 * left from the platform word over Han characters, digits and a bracketed place (`中国（上海）`),
 * and stops at punctuation, a function word or a verb; generic names (`高水平开放示范区`) are
 * dropped. `hasProperNoun(start, end)` tells whether a known place/platform lies in a span, which
 * lets a name that starts right after a stop word count.
 */
export function findPatternPlatforms(
  text: string,
  hasProperNoun: (start: number, end: number) => boolean,
): PatternPlatform[] {
  const found: PatternPlatform[] = [];
  for (const suffix of suffixMatcher.findAll(text)) {
    let start = suffix.start;
    while (start > 0 && suffix.start - start < MAX_PREFIX) {
      const previous = text.charCodeAt(start - 1);
      const bracketed = text.charAt(start - 1) === ')' || text.charAt(start - 1) === '）';
      if (bracketed) {
        // Look for the opening bracket only a few characters back: a full lastIndexOf would scan
        // the whole text on every bracket and make long pages quadratic.
        const recent = text.slice(Math.max(0, start - 7), start - 1);
        const openInWindow = Math.max(recent.lastIndexOf('('), recent.lastIndexOf('（'));
        if (openInWindow < 0) break;
        const open = start - 1 - recent.length + openInWindow;
        start = open;
        continue;
      }
      if (!isHan(previous)) {
        const year = YEAR_BEFORE.exec(text.slice(Math.max(0, start - 5), start));
        if (year && (start - year[0].length === 0 || !/[\d]/u.test(text.charAt(start - year[0].length - 1)))) {
          start -= year[0].length;
        }
        break;
      }
      // Stop before a stop word that ends where the name would begin.
      if (LEFT_STOP_WORDS.some((w) => w.length <= start && text.startsWith(w, start - w.length))) break;
      start--;
    }
    if (startsStopWord(text, start)) continue;
    // `接轨上海示范区`: a name made of a linking verb and a place keeps the verb, which is part of it.
    const verb = NAME_FORMING_VERBS.find((v) => text.startsWith(v, start - v.length));
    if (verb && hasProperNoun(start, suffix.start) && suffix.start - start <= 4) start -= verb.length;
    const prefix = text.slice(start, suffix.start);
    if (prefix.length < 2 || isGeneric(prefix)) continue;
    if (!hasProperNoun(start, suffix.start) && prefix.length > 8) continue;
    found.push({
      start,
      end: suffix.end,
      name: text.slice(start, suffix.end),
      kind: suffix.value,
      suffix: text.slice(suffix.start, suffix.end),
    });
  }
  return found;
}
