import type { Mention } from '../entity';
import { DictionaryMatcher, WordTable } from '../matching';
import { isHan } from '../normalize';
import { KnownNames, PLATFORM, PROPER, PROVINCE, type KnownName } from './known-names';
import { CodeSet } from './code-set';
import { jointDictionary } from './joint-dictionaries';
import { wordEndingAt, type WordClass } from './word-lexicon';

/** A platform the knowledge base does not know, found by its shape: a proper name + a platform word. */
export interface PatternPlatform extends Mention {
  name: string;
  /** What the platform word says it is (`development zone`, `expo` …). */
  kind: string;
  /** The platform word itself, as written after normalisation (`产业园`, `博览会`): the card's "why". */
  suffix: string;
  /**
   * Set on a part of a known or shape-found platform named after it (`上合示范区核心区`): the span of
   * that platform's name inside this one, which this platform swallows.
   */
  partOf?: Mention;
}

export type { KnownName } from './known-names';

/** What the platform scan is told about the text beyond the shapes it reads itself. */
export interface PlatformScanContext {
  /** The knowledge base's names in the text: sorted by start, not overlapping (as objects or as columns). */
  known: readonly KnownName[] | KnownNames;
  /**
   * Spans no name runs across, such as people's names found by their titles: in
   * `陈刚代表双龙航空港经济区` the name starts after 陈刚 and its verb.
   */
  stops?: readonly Mention[];
  /**
   * Words the names of known platforms are made of (开放, 创新, 高新, 联动 …): such a word may stand
   * right before the platform word and does not end a name, whatever its part of speech.
   */
  nameWords?: ReadonlySet<string>;
  /**
   * A zeroed array of at least `text.length + 1` bytes the scan may mark offsets in (the detector's
   * kept arrays, see KeptByteArrays); without it the scan makes one.
   */
  marks?: Uint8Array;
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
  ['园区', 'industrial park'],
  ['产业园', 'industrial park'],
  ['产业园区', 'industrial park'],
  ['工业园', 'industrial park'],
  ['工业园区', 'industrial park'],
  ['科技园', 'science park'],
  // Parks of one industry or purpose (湖北宜都化工园, 宜都高新技术示范园).
  ['化工园', 'chemical park'],
  ['示范园', 'demonstration park'],
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
  // Parks named for what is done in them (西安软件园, 宁波研发园).
  ['软件园', 'software park'],
  ['研发园', 'research park'],
  // Zones named for a kind of economy or trade (三亚临空经济区, 天津空港加工区, 空港国际物流区).
  ['经济区', 'economic zone'],
  ['加工区', 'processing zone'],
  ['出口加工区', 'export processing zone'],
  ['加工出口区', 'export processing zone'],
  ['物流区', 'logistics zone'],
  // Experimental zones of every kind (兰白科技创新改革试验区, 国家大数据（贵州）综合试验区,
  // 二连浩特重点开发开放试验区, 雄安自贸试验区).
  ['试验区', 'experimental zone'],
  ['综合试验区', 'comprehensive experimental zone'],
  ['自贸试验区', 'free trade zone'],
  // Short forms news use for known zones (乌鲁木齐市经开区, 南昌综保区): the lookup finds the zone.
  ['经开区', 'economic and technological development zone'],
  ['综保区', 'comprehensive bonded zone'],
  // Exhibition venues beside 会展中心 and 博览中心 (南昌国际展览中心).
  ['展览中心', 'exhibition centre'],
  ['重点开发开放试验区', 'key development and opening-up pilot zone'],
  ['港务区', 'port zone'],
  ['先行区', 'pilot zone'],
  ['起步区', 'starting area'],
  // New towns and the cities of one trade or use inside a zone (沣东新城, 光谷生物城, 悦来国际会展城,
  // 长春国际汽车城); 新城区, a district's name, is none of them.
  ['新城', 'new town'],
  ['生态园', 'eco-park'],
  ['生物城', 'industry city'],
  ['中心城', 'industry city'],
  ['生态城', 'eco-city'],
  ['会展城', 'exhibition city'],
  ['科创城', 'science city'],
  ['汽车城', 'industry city'],
  // Cities of the space and aviation industries (文昌国际航天城, 阎良航空城).
  ['航天城', 'industry city'],
  ['航空城', 'industry city'],
  // Digital infrastructure and valleys (华为云数据中心, 中国—东盟信息港, 湘江智谷, 中国数谷).
  ['数据中心', 'data centre'],
  ['信息港', 'information port'],
  ['智谷', 'innovation valley'],
  ['数谷', 'innovation valley'],
  // Markets, corridors and bases of a trade (高桥大市场, 光谷科技创新大走廊, 宁东能源化工基地).
  ['大市场', 'market'],
  ['大走廊', 'innovation corridor'],
  ['物流基地', 'logistics base'],
  // Bonded logistics centres, financial and logistics cities, cross-border cooperation centres
  // (西咸空港保税物流中心, 中国—东盟金融城, 银川公铁物流城, 中哈霍尔果斯边境合作中心).
  ['保税物流中心', 'bonded logistics centre'],
  ['金融城', 'financial city'],
  ['物流城', 'logistics city'],
  ['边境合作中心', 'border cooperation centre'],
  ['化工基地', 'industrial base'],
  ['核心基地', 'industrial base'],
  // Gatherings held as a platform (太原能源低碳发展论坛, 中国—东盟商务与投资峰会).
  ['论坛', 'forum'],
  ['峰会', 'summit'],
  // A part of a platform, named after it: 上合示范区核心区, 虹桥商务区核心区. Only after a platform.
  ['核心区', 'core area'],
];

/** Platform words that name a part of the platform written right before them, and nothing else. */
const PART_SUFFIXES = new Set(['核心区']);

// Words that end a name scanning left, whatever the lexicon says: what stands before them is not
// part of the platform's name (…签约落户苏州生物医药产业园 starts at 苏州). Whole words only: 服务
// stops a name, 服务业 does not.
// prettier-ignore
const STOP_WORDS = new Set([
  '的', '是', '以', '既', '在', '与', '和', '及', '将', '把', '从', '向', '到', '了', '等', '并', '让', '使', '被',
  '这', '该', '或', '也', '还', '已', '对', '就', '为', '但', '据', '又', '由', '于', '来', '去', '赴', '至',
  // One-character words of explaining that the lexicon lacks (…则指海南生态软件园, 即, 系, 称), and
  // 继 of order (成为继浦东新区之后…).
  '则', '即', '指', '系', '乃', '称', '继',
  // 含 of what a bracket holds (洋浦经济开发区(含东方临港产业园)).
  '含',
  // Where an event is held, before the venue's name (主展场成都世纪城国际会展中心, 分会场…).
  '会场', '主会场', '分会场', '展场', '主展场', '现场', '场馆', '主场馆',
  '本次', '此次', '这次', '本届', '上述', '来自', '给予', '方面', '提升', '打响', '做强', '做大', '做优', '做实',
  '做精', '做细', '做好', '用好', '推出', '依靠', '借助', '拥有', '设有', '覆盖', '连接', '联通', '辐射', '带动',
  '对标', '比肩', '媲美', '位于', '打造', '建设', '推进', '落户', '入驻', '签约', '举办', '召开', '参加', '参与',
  '设立', '成立',
  '获批', '包含', '包括', '加快', '推动', '助力', '携手', '联合', '依托', '围绕', '地处', '启动', '开工', '揭牌',
  '亮相', '建成', '申报', '创建', '布局', '引进', '聚焦', '共建', '服务', '对接', '接轨', '融入', '加入', '支持',
  '搭建', '积极', '全面', '成为', '作为', '通过', '利用', '发挥', '形成', '构建', '来到', '走进', '考察',
  '调研', '前往', '位列', '获评', '入选', '举行', '开幕', '闭幕', '期间', '首届', '今年', '去年',
  // Verbs of speech: what follows them is what was said (…指出虹桥商务区… starts at 虹桥).
  '指出', '表示', '认为', '强调', '介绍', '透露', '宣布', '要求', '希望', '提出',
  // Organs of the party and the state: 中共漳州市委古雷港经济开发区工委 names the zone 古雷港经济开发区.
  '市委', '省委', '区委', '县委', '州委', '党委', '党工委', '工委', '管委会', '政府', '人民政府', '国务院', '中共',
  '中国共产党',
  '同志', '人大', '政协', '常委会', '部门', '暨',
  // An edition's count ends before the fair's name: 第三十届鲁台经贸洽谈会 is 鲁台经贸洽谈会.
  '届',
  // Modifiers of a common noun: 相关产业园, 一流示范区, 各类园区 are no names, and a name does not run
  // across one (全球一流光明科学城 is 光明科学城).
  '相关', '有关', '一流', '世界一流', '国际一流', '世界级', '高水平', '高质量', '高标准', '首批', '首个', '新一轮',
  '各类', '各级', '多个', '这些', '本地', '当地', '周边', '同类', '其他', '其它', '更多', '整个', '所在', '主要',
  '重点', '全国', '全省', '全市', '全区', '省级', '市级', '国家级', '全球', '一批', '一个', '各个', '多家', '家',
  '个', '所有', '现有', '新建', '存量', '一般性',
  // Counts of a whole's parts (三大产业片区, 十大园区) and the collective 区县: they number or gather
  // common nouns, and no zone is called so.
  '两大', '三大', '四大', '五大', '六大', '七大', '八大', '九大', '十大', '区县', '县区',
  // Honours a zone is awarded end a name too: 湖北省知名品牌示范区, 全国百佳科学发展示范园区 are
  // titles, and what is left of them (示范区) is a bare word.
  '知名品牌', '百佳', '百强', '十佳', '十强',
]);

const LONGEST_STOP_WORD = Math.max(...[...STOP_WORDS].map((w) => w.length));
const stopWordLastCharacters = new CodeSet(
  [...STOP_WORDS].filter((w) => w.length > 1).map((w) => w.charAt(w.length - 1)),
);
// The same words, looked up by a span of the text (a token is checked at every step of a scan).
const stopWordTable = new WordTable([...STOP_WORDS].map((w) => [w, true] as const));

// Grades that a new area's own name may hold right before 新区 (和林格尔国家级新区).
const GRADES = new Set(['国家级']);

// Words that describe what a zone does and so start no name (数字经济集聚区, 国际合作示范区): trimmed
// from a name's left edge, and never its proper noun.
// prettier-ignore
const DESCRIPTORS = new Set([
  '功能', '平台', '产业', '经济', '发展', '合作', '一体化', '示范', '综合', '特色', '开放', '创新', '现代', '先进',
  '国际', '区域', '城市', '新型', '专业', '核心', '数字', '国家', '自贸', '自由', '贸易', '科技', '高新', '高端',
  // Parts of a zone, named before what lies in them: 启动区中国电信智慧城市产业园 is the park.
  '启动区', '起步区', '先行区', '核心区', '首开区',
]);

// Verbs that say what a zone does and so name zones (沪苏大丰产业联动集聚区, 自主创新示范区): one of
// them may stand right before the platform word. The detector adds the words of known platforms' names.
// prettier-ignore
const ZONE_VERBS = new Set([
  '联动', '协同', '融合', '集聚', '转型', '改革', '开放', '创新', '合作', '发展', '示范', '承接', '转移', '孵化',
  '共享', '引领', '统筹', '振兴', '对口', '试验', '先行', '实验', '开发', '保税', '加工', '出口', '进口', '贸易',
  '转换',
]);

// What may follow a name and make it another thing named after the platform: a website, a paper, a
// company (陇原园区网, 某某产业园公司).
const NAMED_AFTER_WORDS = ['网', '报', '杂志', '公司', '集团', '股份'];

/** True when a website, paper or company word starts at `at` (…园区|网). */
function namedAfterAt(text: string, at: number): boolean {
  if (!NAMED_AFTER_FIRST.at(text, at)) return false;
  for (const w of NAMED_AFTER_WORDS) if (text.startsWith(w, at)) return true;
  return false;
}
const NAMED_AFTER_FIRST = new CodeSet(NAMED_AFTER_WORDS.map((w) => w.charAt(0)));

// Organisations of the state name no zone (商务部外资司开发区 is no platform): names ending so.
const ORGAN_ENDING = /[部委局厅署司办]$|政府$|法院$|检察院$|国务院$/u;

// Place-like words the lexicon tags as names that say no place (中国 in 中国特色…, 城市, 海外).
const NOT_PROPER = new Set(['中国', '国内', '国外', '海外', '境外', '内地', '地方', '东西', '南北', '城镇', '山区']);

// Verbs that open names of zones built around another city (嘉兴's 接轨上海示范区).
const NAME_FORMING_VERBS = ['接轨', '对接', '融入', '承接'];

/** The name-forming verb ending at `end`, if any (接轨|上海示范区). */
function nameFormingVerbBefore(text: string, end: number): string | undefined {
  for (const v of NAME_FORMING_VERBS) if (text.startsWith(v, end - v.length)) return v;
  return undefined;
}

/** Longest proper-name prefix considered, in characters. */
const MAX_PREFIX = 20;

// A year may open an expo's name (2024中国（广州）国际智能装备博览会); any other number ends it
// (全国178家国家高新区).
const YEAR_BEFORE = /(?:19|20)\d\d年?$/u;

// Latin letters (and digits after them) that a name may hold between Han characters (iCloud, VR).
const LATIN_BEFORE = /[A-Za-z][A-Za-z0-9]{1,9}$/u;

/** True for the code of an ASCII digit. */
function isAsciiDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** True for the code of an ASCII letter or digit. */
function isAsciiAlphanumeric(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

// Dashes that join two names into one (中老磨憨—磨丁经济合作区).
const DASHES = new CodeSet('—–-－');

// Each platform word with its kind: the word itself as the match's value, so that no match cuts it
// out of the text again.
const suffixEntries = PLATFORM_SUFFIXES.map(([word, kind]) => [word, { word, kind }] as const);
// A page is searched for them in one pass with the titles and the other words it is searched for;
// the names of known platforms (see platformNameWords) with a matcher of their own.
const suffixWords = jointDictionary(suffixEntries);
const suffixMatcher = new DictionaryMatcher(suffixEntries);
const platformWords = new Set(PLATFORM_SUFFIXES.map(([word]) => word));
const platformWordTable = new WordTable([...platformWords].map((w) => [w, true] as const));
const LONGEST_PLATFORM_WORD = Math.max(...[...platformWords].map((w) => w.length));

const platformWordLastCharacters = new CodeSet([...platformWords].map((w) => w.charAt(w.length - 1)));

/** The longest platform word ending at `end` (…自由贸易试验区|合肥片区), as a common noun inside a name. */
function platformWordEndingAt(text: string, end: number): Token | undefined {
  if (!platformWordLastCharacters.at(text, end - 1)) return undefined;
  for (let length = Math.min(LONGEST_PLATFORM_WORD, end); length >= 2; length--) {
    if (platformWordTable.get(text, end - length, end))
      return { start: end - length, end, kind: 'platform', proper: false };
  }
  return undefined;
}

/** One word of a name, read right to left from the platform word. */
interface Token extends Mention {
  /** `known`: a knowledge-base name; `unknown`: a character no word of the lexicon covers. */
  kind: WordClass | 'known' | 'platform' | 'unknown' | 'bracket' | 'year' | 'dash';
  /** True when the token names a place or a thing of its own. */
  proper: boolean;
}

/** Everything one scan needs, built once per text. */
interface Scan {
  text: string;
  known: KnownNames;
  nameWords: ReadonlySet<string>;
  /** Per offset, the bits below: where known names end, which characters stops cover and where they end. */
  marks: Uint8Array;
}

// The bits of Scan.marks. Why marks: the scan asks at every step whether a known name or a stop
// ends there, and most offsets have none; a byte read answers for them instead of a binary search.
const KNOWN_ENDS = 1;
const STOP_COVERS = 2;
const STOP_ENDS = 4;
// Set by inListsOfPlatforms: where a platform found by shape starts and ends.
const FOUND_STARTS = 8;
const FOUND_ENDS = 16;

/**
 * Scan.marks for the known names and the stops: a bit per question asked at every step. Why a
 * function per loop: a loop run once per page is compiled while it runs, and one function with
 * both loops kept a compiled first loop that fell back to the interpreter at the second (whose
 * feedback it lacked) on every page.
 */
function markOffsets(known: KnownNames, stops: readonly Mention[], marks: Uint8Array): Uint8Array {
  markKnownEnds(known, marks);
  markStops(stops, marks);
  return marks;
}

/** Marks KNOWN_ENDS where each of `known` ends. */
function markKnownEnds(known: KnownNames, marks: Uint8Array): void {
  const { ends } = known;
  for (let i = 0; i < known.length; i++) marks[ends[i]!]! |= KNOWN_ENDS;
}

/** Marks STOP_COVERS over each of `stops` and STOP_ENDS where it ends. */
function markStops(stops: readonly Mention[], marks: Uint8Array): void {
  for (let i = 0; i < stops.length; i++) {
    const stop = stops[i]!;
    for (let at = stop.start; at < stop.end; at++) marks[at]! |= STOP_COVERS;
    marks[stop.end]! |= STOP_ENDS;
  }
}

/** The index of the known name ending at `end`, or -1 (`scan.known.endingAt`, asked only where one ends). */
function knownEndingAt(scan: Scan, end: number): number {
  return (scan.marks[end]! & KNOWN_ENDS) === 0 ? -1 : scan.known.endingAt(end);
}

/** True when `word` is one platforms are named with (a zone verb, or a word of a known platform's name). */
function isNameWord(scan: Scan, word: string): boolean {
  return ZONE_VERBS.has(word) || scan.nameWords.has(word);
}

/**
 * The token that ends at `end`: a known name, else a platform word (a name may hold another
 * platform's: 兰州新区综合保税区), else the longest lexicon word, else one character.
 */
function tokenEndingAt(scan: Scan, end: number): Token {
  const known = knownEndingAt(scan, end);
  const knownStart = known < 0 ? end : scan.known.starts[known]!;
  if (end - knownStart > 1) return { start: knownStart, end, kind: 'known', proper: scan.known.has(known, PROPER) };
  const platformWord = platformWordEndingAt(scan.text, end);
  if (platformWord) return platformWord;
  // A stop word is a whole word even where the lexicon lacks it (做强, 做优 …).
  if (stopWordLastCharacters.at(scan.text, end - 1)) {
    for (let length = Math.min(LONGEST_STOP_WORD, end); length >= 2; length--) {
      if (stopWordTable.get(scan.text, end - length, end))
        return { start: end - length, end, kind: 'function', proper: false };
    }
  }
  const word = wordEndingAt(scan.text, end, Math.max(0, end - 4));
  // A one-character short form (苏 for 江苏, 新 for 新疆) is a character of a name (苏宿园区) unless
  // a word ends on it (创新).
  if (!word || (known >= 0 && word.end - word.start === 1))
    return { start: end - 1, end, kind: 'unknown', proper: false };
  return {
    start: word.start,
    end,
    kind: word.wordClass,
    proper: word.wordClass === 'proper' && properNoun(scan.text, word.start, end),
  };
}

/** True when the lexicon's proper word `text[start, end)` names a place or thing of its own (not 中国, 国际, 财政部). */
function properNoun(text: string, start: number, end: number): boolean {
  const word = text.slice(start, end);
  return !NOT_PROPER.has(word) && !DESCRIPTORS.has(word) && !ORGAN_ENDING.test(word);
}

/** True when `token` is no part of a name and ends the scan: a stop word or a function word. */
function endsName(scan: Scan, token: Token): boolean {
  if (token.kind === 'known') return false;
  if (stopWordTable.get(scan.text, token.start, token.end)) return true;
  return token.kind === 'function' && !isNameWord(scan, scan.text.slice(token.start, token.end));
}

/**
 * True when `token` cannot stand right before `right` inside a name: a verb, set phrase or common
 * noun before a place governs or qualifies it (宋波带队莅临漳州开发区 starts at 漳州, 参观嘉善科技园
 * at 嘉善), and a verb or set phrase of two characters or more before an unknown name does too
 * (放在象屿综合保税区 starts at 象屿, but in 小蓝经济技术开发区 小 is part of the name).
 * 接轨上海示范区 is the exception, kept by the caller.
 */
function endsBefore(token: Token, right: Token): boolean {
  const verb = token.kind === 'predicate' || token.kind === 'phrase';
  if (right.proper) return verb || token.kind === 'common';
  return right.kind === 'unknown' && verb && token.end - token.start > 1;
}

/**
 * True when `token` is a known place that is no province and `next` a province's known name right
 * after it (乌鲁木齐|新疆): the smaller place said before the larger one.
 */
function placeBeforeProvince(scan: Scan, token: Token | undefined, next: Token | undefined): boolean {
  if (token?.kind !== 'known' || next?.kind !== 'known' || next.start !== token.end) return false;
  const { known } = scan;
  const i = known.endingAt(token.end);
  return known.has(known.endingAt(next.end), PROVINCE) && !known.has(i, PROVINCE) && !known.has(i, PLATFORM);
}

/**
 * The words of the name before the platform word at `end`, left to right: read right to left over
 * Han characters, knowledge-base names (whole), a bracketed place (`中国（上海）`), two names joined
 * by a dash and a year, up to a stop word, a function word, punctuation or {@link MAX_PREFIX}.
 */
function nameTokens(scan: Scan, end: number, after?: Token, event = false): Token[] {
  const { text } = scan;
  const tokens: Token[] = [];
  let start = end;
  while (start > 0 && end - start < MAX_PREFIX) {
    const previous = text.charCodeAt(start - 1);
    if (previous === 0x29 || previous === 0xff09) {
      // Look for the opening bracket only a few characters back: a full lastIndexOf would scan
      // the whole text on every bracket and make long pages quadratic.
      const recent = text.slice(Math.max(0, start - 7), start - 1);
      const openInWindow = Math.max(recent.lastIndexOf('('), recent.lastIndexOf('（'));
      if (openInWindow < 0) break;
      const open = start - 1 - recent.length + openInWindow;
      // A bracket after a known zone gives that zone's other name (乌鲁木齐经济技术开发区(头屯河区)):
      // what follows is a name of its own, which does not run into them. After a brand the
      // bracket places what is named after it (京东（仙游）数字经济产业园).
      if (scan.known.has(scan.known.endingAt(open), PLATFORM) && platformWordEndingAt(text, open)) break;
      tokens.push({
        start: open,
        end: start,
        kind: 'bracket',
        proper: scan.known.firstInside(open, start) >= 0,
      });
      start = open;
      continue;
    }
    if (DASHES.has(previous) && start >= 2 && isHan(text.charCodeAt(start - 2)) && isHan(text.charCodeAt(start))) {
      tokens.push({ start: start - 1, end: start, kind: 'dash', proper: false });
      start--;
      continue;
    }
    // The pattern ends in a Latin letter or digit: only then is it worth a slice and a match.
    const latin = isAsciiAlphanumeric(previous) ? LATIN_BEFORE.exec(text.slice(Math.max(0, start - 12), start)) : null;
    if (latin && start - latin[0].length > 0 && isHan(text.charCodeAt(start - latin[0].length - 1))) {
      // A brand in Latin letters inside a name (苹果iCloud中国（贵安）数据中心, 南昌VR科创城).
      tokens.push({ start: start - latin[0].length, end: start, kind: 'unknown', proper: false });
      start -= latin[0].length;
      continue;
    }
    if (!isHan(text.charCodeAt(start - 1))) {
      // A year ends in a digit: only then is it worth a slice and a match (most names stop at
      // punctuation, thousands on a long page).
      const year = isAsciiDigit(previous) ? YEAR_BEFORE.exec(text.slice(Math.max(0, start - 5), start)) : null;
      if (year && (start - year[0].length === 0 || !/\d/u.test(text.charAt(start - year[0].length - 1)))) {
        tokens.push({ start: start - year[0].length, end: start, kind: 'year', proper: false });
        start -= year[0].length;
      }
      break;
    }
    if ((scan.marks[start - 1]! & STOP_COVERS) !== 0) break;
    const token = tokenEndingAt(scan, start);
    // A gathering's name joins two nouns with 与 (中国—东盟商务与投资峰会, 合作与发展论坛).
    const joins = event && text.slice(token.start, token.end) === '与' && tokens.length > 0;
    // A grade written right before 新区 is part of the name (和林格尔国家级新区); a name is still
    // needed before it (全国19个国家级新区 stays bare). Before other zones' words it speaks of a
    // class (川渝藏国家级经开区, 区外国家级经开区).
    const grade =
      tokens.length === 0 && !after && text.startsWith('新区', end) && GRADES.has(text.slice(token.start, token.end));
    if (grade) token.kind = 'common';
    if (!joins && !grade && endsName(scan, token)) break;
    // A verb right after a person's name is what the person does (陈刚代表…): no part of a name.
    if (token.kind !== 'known' && (scan.marks[token.start]! & STOP_ENDS) !== 0 && !token.proper) break;
    const right = tokens.at(-1) ?? after;
    if (right && right.kind !== 'bracket' && endsBefore(token, right)) break;
    tokens.push(token);
    start = token.start;
  }
  return tokens.reverse();
}

/**
 * True when a name may not start with `token`: a verb, adjective, descriptor or joining dash — but
 * not a one-character adjective or verb before a character no word covers, which begins an unknown
 * name (小蓝经济技术开发区).
 */
function trimmedFromLeft(scan: Scan, token: Token, next: Token | undefined): boolean {
  if (token.kind === 'predicate' && token.end - token.start === 1 && next?.kind === 'unknown') return false;
  // A name does not start with a bracket: `(记者张伟)贵州双龙航空港经济区` starts at 贵州.
  if (token.kind === 'predicate' || token.kind === 'function' || token.kind === 'dash' || token.kind === 'bracket')
    return true;
  return (
    (token.kind === 'common' || token.kind === 'proper') && DESCRIPTORS.has(scan.text.slice(token.start, token.end))
  );
}

// Platform words that, after a province's name alone, speak of all its zones (广西产业园区改革,
// 广东省开发区): a province has many of them, and none is named so.
const GENERIC_PARK_WORDS = new Set([
  '园区',
  '产业园',
  '产业园区',
  '工业园',
  '工业园区',
  '开发区',
  '经开区',
  '高新区',
  '保税区',
  '综保区',
  '新区',
]);

// What before a name makes it a kind of platform rather than one (又一武汉城市圈工业园, 另一…).
const INDEFINITE_BEFORE = /(?:又一|另一|这一|一个|一座|一处|一批|每一|每个)$/u;
// The last characters of those words: the pattern is tried only after one of them.
const INDEFINITE_LAST = new CodeSet('一个座处批');

// Platform words a station's name before them makes the station's own (雄安城际站综合交通枢纽).
const STATION_WORDS = new Set(['交通枢纽']);

/**
 * True when the name's parts say a kind of platform, not one: a province's name alone before a
 * generic park word (广西壮族自治区产业园区), a name after an indefinite word (又一X工业园), or a
 * transport hub named after a station (X站综合交通枢纽).
 */
function namesAClass(scan: Scan, parts: readonly Token[], suffixStart: number, suffix: string): boolean {
  const { text } = scan;
  if (parts.length === 1 && parts[0]!.kind === 'known' && GENERIC_PARK_WORDS.has(suffix)) {
    if (scan.known.has(scan.known.endingAt(parts[0]!.end), PROVINCE)) return true;
  }
  const start = parts[0]!.start;
  if (INDEFINITE_LAST.at(text, start - 1) && INDEFINITE_BEFORE.test(text.slice(Math.max(0, start - 2), start)))
    return true;
  if (STATION_WORDS.has(suffix)) {
    const body = text.slice(parts[0]!.start, suffixStart).replace(/综合$/u, '');
    if (body.endsWith('站')) return true;
  }
  return false;
}

// Kinds of trade gathering a country-wide name may hold (中国东西部合作与投资贸易洽谈会,
// 数字中国建设成果展览会); a 中国…论坛 may be a website's board.
const EVENT_WORDS = new Set(['expo', 'fair', 'exhibition', 'summit']);

// Kinds of gathering whose names may join two nouns with 与.
const GATHERING_WORDS = new Set(['expo', 'fair', 'exhibition', 'forum', 'summit']);

// Platform words for an area of a zone, named as its own platform only when no known platform
// stands right before them (济南新旧动能转换起步区, not 雄安新区起步区).
const AREA_OF_PLATFORM = new Set(['起步区', '先行区']);

/**
 * True when a dash joins 中国 and a partner (中国—东盟信息港, 中国—阿拉伯国家博览会): a cooperation
 * between two parties is named so, and the pair is proper.
 */
function chinaAndPartner(scan: Scan, tokens: readonly Token[]): boolean {
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (scan.text.slice(tokens[i]!.start, tokens[i]!.end) === '中国' && tokens[i + 1]!.kind === 'dash') return true;
  }
  return false;
}

/** True when one of the tokens is 中国, which names a national gathering (but no zone: 中国特色…). */
function namesChina(scan: Scan, tokens: readonly Token[]): boolean {
  for (const t of tokens) if (t.end - t.start === 2 && scan.text.startsWith('中国', t.start)) return true;
  return false;
}

/**
 * True when the tokens hold a proper noun: a known name, a place word, or an unknown name — two
 * characters in a row that no word covers, one of them possibly a one-character adjective or verb
 * (郑洛新, 扬子江, 小蓝).
 */
function hasProperNoun(tokens: readonly Token[]): boolean {
  let run = 0;
  let unknownInRun = false;
  for (const token of tokens) {
    if (token.proper) return true;
    const single = token.end - token.start === 1;
    if (token.kind === 'unknown' || (single && token.kind === 'predicate')) {
      run++;
      unknownInRun ||= token.kind === 'unknown';
    } else {
      run = 0;
      unknownInRun = false;
    }
    if (run >= 2 && unknownInRun) return true;
  }
  return false;
}

/**
 * Finds platforms by shape: a platform word (新区, 产业园, 博览会 …) preceded by a proper name, e.g.
 * `沪苏大丰产业联动集聚区`, `苏州生物医药产业园`, `2024中国（广州）国际智能装备博览会`.
 *
 * The name is read right to left from the platform word, one word at a time (knowledge-base names
 * whole, then the lexicon's longest word), and:
 * - stops at punctuation, a function word (在, 对, 就, 三个, 认真), a stop word (落户, 指出, 市委)
 *   or a modifier of common nouns (相关, 一流, 各类): `西湖区相关产业园` and `三个片区` are no names;
 * - is no name when a verb stands right before the platform word (`研究新区`, `批准新区`), unless
 *   the verb is one platforms are named with (`nameWords`: 联动, 开放, 创新);
 * - loses verbs, adjectives and descriptors at its left edge (`持续优化科技园` → nothing,
 *   `全球一流光明科学城` → `光明科学城`);
 * - must hold a proper noun: a known name, a place word, or two characters the lexicon does not know
 *   (扬子江, 郑洛新) — `数字经济集聚区` is none.
 * A platform word that a known name runs over (`滨海新区` is a district) is that name, not a shape.
 * `核心区` names a part of the platform right before it (`上合示范区核心区`), and nothing else.
 */
export function findPatternPlatforms(text: string, context: PlatformScanContext): PatternPlatform[] {
  const stops = context.stops ?? [];
  const known = context.known instanceof KnownNames ? context.known : KnownNames.of(context.known);
  const scan: Scan = {
    text,
    known,
    nameWords: context.nameWords ?? new Set(),
    marks: markOffsets(known, stops, context.marks ?? new Uint8Array(text.length + 1)),
  };
  const found: PatternPlatform[] = [];
  const unnamed: PatternPlatform[] = [];
  // The last named platform found. Why not a Map by end: the platform words' matches do not
  // overlap, so only the last one found can end where the next platform word starts.
  let lastNamed: PatternPlatform | undefined;
  const suffixes = suffixWords.findAll(text);
  // The first known name that ends after the platform word's start. Both lists are sorted and the
  // known names do not overlap (their ends grow too), so it only moves on: a merge, not a binary
  // search per platform word.
  let next = 0;
  for (let s = 0; s < suffixes.length; s++) {
    const suffix = suffixes[s]!;
    const { word, kind } = suffix.value;
    // A platform word inside a known name is that name's: 但滨海新区 is the district 滨海新区 (which,
    // ending in a platform word, is also read as the platform's core, whole), 张江高科技园区 is known.
    while (next < known.length && known.ends[next]! <= suffix.start) next++;
    const covering = next < known.length && known.starts[next]! <= suffix.start ? next : -1;
    const coveringStart = covering < 0 ? suffix.start : known.starts[covering]!;
    if (coveringStart < suffix.start && known.ends[covering] !== suffix.end) continue;
    if (namedAfterAt(text, suffix.end)) continue;
    // 新城区, 中心城区 and 中心城市 are districts, parts of cities and cities, not towns of a zone.
    if (
      text.charCodeAt(suffix.end - 1) === 0x57ce &&
      (text.charCodeAt(suffix.end) === 0x533a || text.charCodeAt(suffix.end) === 0x5e02)
    )
      continue;
    // A known platform's 起步区 or 先行区 is a part of it, reported as the platform (雄安新区起步区).
    if (AREA_OF_PLATFORM.has(word) && known.has(known.endingAt(suffix.start), PLATFORM)) continue;
    if (PART_SUFFIXES.has(word)) {
      const whole = (lastNamed?.end === suffix.start ? lastNamed : undefined) ?? platformEndingAt(scan, suffix.start);
      if (whole) {
        found.push({
          start: whole.start,
          end: suffix.end,
          name: text.slice(whole.start, suffix.end),
          kind,
          suffix: word,
          partOf: { start: whole.start, end: whole.end },
        });
      }
      continue;
    }
    const core = coveringStart < suffix.start;
    // A district whose name only happens to end in 园区 (梁园区 of 商丘, 绿园区, 下花园区) is the
    // district: a known name that is no platform's. Districts named with 新区 are new areas too
    // (浦东新区), and regions with 经济区 (北部湾经济区) name the zones of a longer name.
    if (core && word === '园区' && !known.has(covering, PLATFORM)) continue;
    const coreToken = core
      ? {
          start: coveringStart,
          end: known.ends[covering]!,
          kind: 'known' as const,
          proper: known.has(covering, PROPER),
        }
      : undefined;
    const event = GATHERING_WORDS.has(kind);
    // nameTokens gives a list of its own: the core joins it, without a spread into a copy.
    const tokens = nameTokens(scan, coreToken ? coreToken.start : suffix.start, coreToken, event);
    if (coreToken) tokens.push(coreToken);
    const last = tokens.at(-1);
    // A verb right before the platform word makes no zone (研究新区) but names a gathering (投资峰会).
    if (!core && !event && last?.kind === 'predicate' && !isNameWord(scan, text.slice(last.start, last.end))) continue;
    let first = 0;
    while (first < tokens.length && trimmedFromLeft(scan, tokens[first]!, tokens[first + 1])) first++;
    // 国家 opens an official full name that names its province in brackets (国家大数据（贵州）综合试验区).
    if (
      first > 0 &&
      text.slice(tokens[first - 1]!.start, tokens[first - 1]!.end) === '国家' &&
      tokens.slice(first).some((t) => t.kind === 'bracket' && t.proper)
    )
      first--;
    // Names run from the larger place to the smaller (新疆乌鲁木齐…): a place right before a
    // province's name is where the thing stands, not the start of its name (在乌鲁木齐新疆国际博览中心
    // names 新疆国际博览中心).
    while (placeBeforeProvince(scan, tokens[first], tokens[first + 1]) && first + 2 < tokens.length) first++;
    const nameParts = tokens.slice(first);
    if (nameParts.length === 0) continue;
    if (namesAClass(scan, nameParts, suffix.start, word)) continue;
    const proper =
      hasProperNoun(nameParts) ||
      chinaAndPartner(scan, nameParts) ||
      (EVENT_WORDS.has(kind) && namesChina(scan, nameParts));
    let start = nameParts[0]!.start;
    // `接轨上海示范区`: a name made of a linking verb and a place keeps the verb, which is part of it.
    if (nameParts.length === 1 && nameParts[0]!.kind === 'known' && suffix.start - start <= 3) {
      const verb = nameFormingVerbBefore(text, start);
      if (verb) start -= verb.length;
    }
    if (suffix.start - start < 2 && !core) continue;
    const platform = {
      start,
      end: suffix.end,
      name: text.slice(start, suffix.end),
      kind,
      suffix: word,
    };
    // A name with no proper noun (生物科技产业园区, 秦汉新城) is a platform only in a list of
    // platforms; a single word of one character (新城 after 一) is none.
    if (!proper) {
      if (nameParts.length > 1 || suffix.start - nameParts[0]!.start >= 2) unnamed.push(platform);
      continue;
    }
    found.push(platform);
    lastNamed = platform;
  }
  if (unnamed.length > 0) found.push(...inListsOfPlatforms(scan, unnamed, found));
  return found;
}

// Separators of an enumeration: 东川工业园区、南川工业园区和生物科技产业园区.
const LIST_SEPARATORS = new CodeSet('、和与及');

/**
 * The names without a proper noun that stand in a list next to a platform (a known one or one
 * found by shape): in `东川工业园区、南川工业园区和生物科技产业园区` the last is one of the parks,
 * while `打造数字经济集聚区` names none. Lists are followed through such names in both directions.
 */
function inListsOfPlatforms(
  scan: Scan,
  unnamed: PatternPlatform[],
  found: readonly PatternPlatform[],
): PatternPlatform[] {
  // The found platforms' edges marked in the scan's marks (not Sets: a long page has thousands);
  // the known ones asked of the known names, where at most one name starts or ends at an offset.
  const { known, marks } = scan;
  for (let i = 0; i < found.length; i++) markFound(marks, found[i]!);
  const platformEndsAt = (end: number) =>
    (marks[end]! & FOUND_ENDS) !== 0 || known.has(knownEndingAt(scan, end), PLATFORM);
  const platformStartsAt = (start: number) => {
    if ((marks[start]! & FOUND_STARTS) !== 0) return true;
    const i = known.overlapping(start, start + 1);
    return i >= 0 && known.starts[i] === start && known.has(i, PLATFORM);
  };
  const accepted: PatternPlatform[] = [];
  // Each pass takes the names next to a platform; the rest wait for the next pass, since a name
  // taken may stand next to one of them (A、B和C with only A known).
  let waiting = unnamed;
  while (waiting.length > 0) {
    const next: PatternPlatform[] = [];
    for (const p of waiting) {
      const before = LIST_SEPARATORS.at(scan.text, p.start - 1) && platformEndsAt(p.start - 1);
      const after = LIST_SEPARATORS.at(scan.text, p.end) && platformStartsAt(p.end + 1);
      if (!before && !after) {
        next.push(p);
        continue;
      }
      accepted.push(p);
      markFound(marks, p);
    }
    if (next.length === waiting.length) break;
    waiting = next;
  }
  return accepted;
}

/** Marks where the platform `p` starts and ends (FOUND_STARTS, FOUND_ENDS). */
function markFound(marks: Uint8Array, p: Mention): void {
  marks[p.start]! |= FOUND_STARTS;
  marks[p.end]! |= FOUND_ENDS;
}

/** The known platform whose name ends at `end`, if any. */
function platformEndingAt(scan: Scan, end: number): Mention | undefined {
  const { known } = scan;
  const i = known.endingAt(end);
  return known.has(i, PLATFORM) ? { start: known.starts[i]!, end } : undefined;
}

/**
 * The words the names of platforms are made of, before their platform word, that the lexicon calls
 * verbs, adjectives or function words: `[山西转型综合改革示范区]` → {转型, 综合, 改革}. Such words
 * name what a zone is for; given as {@link PlatformScanContext.nameWords}, they do not end a name.
 */
export function platformNameWords(names: Iterable<string>): Set<string> {
  const words = new Set<string>();
  for (const name of names) {
    const suffix = suffixMatcher.findAll(name).at(-1);
    let end = suffix && suffix.end === name.length ? suffix.start : name.length;
    while (end > 0) {
      const word = wordEndingAt(name, end, Math.max(0, end - 4));
      if (!word) {
        end--;
        continue;
      }
      if (word.wordClass === 'predicate' || word.wordClass === 'function') words.add(name.slice(word.start, end));
      end = word.start;
    }
  }
  return words;
}
