import type { Mention, Role } from './entity';
import { DictionaryMatcher } from './dictionary-matcher';
import { isHan } from './han';

/** An official found by a "title + personal name" pattern. */
export interface OfficialCandidate {
  name: string;
  roles: Role[];
  /** Where the name itself stands (the title is not part of the mention). */
  mention: Mention;
  /** Where the first title of the chain starts (`市长` in `宁波市长裘东耀`). */
  titleStart: number;
}

// Titles that, directly followed by a personal name, make that person an official.
// Longest first is not needed: the matcher is leftmost-longest.
const TITLES = [
  '书记',
  '副书记',
  '党组书记',
  '党委书记',
  '党工委书记',
  '市委书记',
  '区委书记',
  '县委书记',
  '省委书记',
  '主任',
  '副主任',
  '常务副主任',
  '市长',
  '副市长',
  '常务副市长',
  '区长',
  '副区长',
  '县长',
  '副县长',
  '省长',
  '副省长',
  '州长',
  '镇长',
  '主席',
  '副主席',
  '局长',
  '副局长',
  '厅长',
  '副厅长',
  '部长',
  '副部长',
  '秘书长',
  '副秘书长',
  '总经理',
  '副总经理',
  '董事长',
  '总裁',
  '会长',
  '主委',
  '常委',
];

/** Single-character surnames common in Chinese news (about 250; compound surnames below). */
const SINGLE_SURNAMES = new Set([
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁',
  ...'任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武',
  ...'戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮',
  ...'柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古',
  ...'吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫',
  ...'寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝裘',
]);
const COMPOUND_SURNAMES = [
  '欧阳',
  '司马',
  '诸葛',
  '上官',
  '东方',
  '皇甫',
  '尉迟',
  '公孙',
  '令狐',
  '慕容',
  '司徒',
  '夏侯',
];

// Words that start right after a name and so cannot be part of it (`闵师林表示`, `鲁俊指出`).
const AFTER_NAME = [
  '表示',
  '指出',
  '要求',
  '强调',
  '认为',
  '介绍',
  '说',
  '称',
  '在',
  '的',
  '等',
  '和',
  '与',
  '及',
  '一行',
  '同志',
  '会见',
  '调研',
  '主持',
  '出席',
  '参加',
  '率',
  '带',
  '坦言',
  '透露',
  '告诉',
  '也',
  '还',
  '就',
  '对',
  '是',
  '为',
  '将',
  '已',
  '向',
  '从',
  '到',
  '于',
  '作',
  '代表',
  '宣布',
  '致辞',
  '讲话',
  '提出',
];

// Characters that end place and street names, never a given name (`苏州市长江路` is no 江路).
const NOT_NAME_ENDINGS = new Set([...'路街道巷区县市镇乡村省州']);

const titleMatcher = new DictionaryMatcher(TITLES.map((t) => [t, t] as const));

function startsWithAny(text: string, at: number, words: readonly string[]): boolean {
  return words.some((w) => text.startsWith(w, at));
}

/**
 * Reads a personal name starting at `at`: a known surname and one or two given-name characters,
 * stopping before words that follow names. Example: `闵师林表示` → `闵师林`; `鲁俊表示` → `鲁俊`.
 * Returns the name's length, or 0 when no name starts there.
 */
export function readPersonalName(text: string, at: number): number {
  let surnameLength = 0;
  if (COMPOUND_SURNAMES.some((s) => text.startsWith(s, at))) surnameLength = 2;
  else if (SINGLE_SURNAMES.has(text.charAt(at))) surnameLength = 1;
  if (surnameLength === 0) return 0;
  let length = surnameLength;
  while (length < surnameLength + 2) {
    const next = at + length;
    if (next >= text.length || !isHan(text.charCodeAt(next))) break;
    if (startsWithAny(text, next, AFTER_NAME)) {
      // A one-character function word may still be the first given-name character when a
      // name character follows (王为民, 张和平), but never ends the name (鲁俊在…).
      const followedByName =
        length === surnameLength &&
        AFTER_NAME.some((w) => w.length === 1 && text.startsWith(w, next)) &&
        next + 1 < text.length &&
        isHan(text.charCodeAt(next + 1)) &&
        !startsWithAny(text, next + 1, AFTER_NAME) &&
        !NOT_NAME_ENDINGS.has(text.charAt(next + 1));
      if (!followedByName) break;
    }
    if (NOT_NAME_ENDINGS.has(text.charAt(next))) break;
    length++;
  }
  return length > surnameLength ? length : 0;
}

/**
 * The organisation a title belongs to: the run of Han characters before it, starting at the
 * earliest place/platform mention inside that run (`虹桥商务区管委会` before `党组书记`), or the
 * run's last few characters when no known entity is there.
 */
function organizationBefore(text: string, titleStart: number, known: readonly Mention[]): string {
  let runStart = titleStart;
  while (runStart > 0 && titleStart - runStart < 24 && isHan(text.charCodeAt(runStart - 1))) runStart--;
  const firstKnown = known.find((m) => m.start >= runStart && m.end <= titleStart);
  const start = firstKnown ? firstKnown.start : Math.max(runStart, titleStart - 8);
  return text.slice(start, titleStart);
}

/**
 * Finds officials written as `[organisation] title[、title…] name`, e.g. `宁波市长裘东耀` or
 * `管委会党组书记、常务副主任闵师林`. `known` are the place/platform mentions already found: they
 * tell where the organisation starts, and a "name" overlapping one is a place, not a person
 * (`上海市长宁区` has no official 宁区).
 */
export function findTitledOfficials(text: string, known: readonly Mention[]): OfficialCandidate[] {
  const found: OfficialCandidate[] = [];
  const titles = titleMatcher.findAll(text);
  for (let k = 0; k < titles.length; k++) {
    const chainStart = titles[k]!;
    const chain = [chainStart];
    // Titles joined by 、 share the organisation and the name that follows the last one.
    while (
      k + 1 < titles.length &&
      titles[k + 1]!.start === chain[chain.length - 1]!.end + 1 &&
      text[chain[chain.length - 1]!.end] === '、'
    ) {
      chain.push(titles[++k]!);
    }
    const nameStart = chain[chain.length - 1]!.end;
    const nameLength = readPersonalName(text, nameStart);
    if (nameLength === 0) continue;
    const mention = { start: nameStart, end: nameStart + nameLength };
    if (known.some((m) => m.start < mention.end && mention.start < m.end)) continue;
    const organization = organizationBefore(text, chainStart.start, known);
    found.push({
      name: text.slice(nameStart, nameStart + nameLength),
      roles: chain.map((t) => ({ organization, title: t.value })),
      mention,
      titleStart: chainStart.start,
    });
  }
  return found;
}
