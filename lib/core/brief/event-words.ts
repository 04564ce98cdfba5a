import type { EventKind } from './event';
import { WordSet } from './word-set';

/**
 * The words that say an event happened, by kind, as patterns over the normalised (simplified,
 * half-width) text. Each list was written from how district news reports these happenings; see
 * tests/fixtures/events/README.md for what counts as each kind. Appointments are found around the
 * person's name instead (see APPOINTED_AFTER and APPOINTED_BEFORE).
 */
export const EVENT_WORDS: Readonly<Record<Exclude<EventKind, 'appointment'>, RegExp>> = {
  signing: /签约|签订|签署|签下|签定|缔结|达成[^,。;:]{0,12}?(?:合作|协议|共识)/gu,
  // 调研员 is a rank (一级调研员); touring an expo (巡馆), going to look (察看) and paying a visit
  // (访问, 参访, 到访) are visits too.
  visit: /调研(?!员)|考察|视察|走访|参观|莅临|巡馆|巡展|察看|查看|赴(?!会)|前往|访问|参访|到访/gu,
  // 开幕式 is the gathering officials attend and speak at; 会议 and 会上 only in the contexts of
  // MEETING_ATTENDED_BEFORE … (a lookbehind here made the whole pattern 100 times slower).
  meeting:
    /座谈会|座谈|会见|会谈|会晤|洽谈会|推介会|推介(?=[,。;\n]|$)|恳谈会|对接会|研讨会|论坛|峰会|联席会议|工作会议|全体会议|推进会|大会|开幕式|会议|会上|会面|见面/gu,
  opening: /揭牌|开工|开园|开幕(?!式)|投产|启用|挂牌|奠基|封顶|竣工|开业|落成|开通运营|正式运营/gu,
};

/**
 * The contexts in which the bare words 会议 and 会上 tell a meeting: 会议 as what someone attends,
 * chairs or holds (出席会议, 主持会议, 列席会议, 召开干部会议, 第七次会议) or 会议上/会议期间/会议并; 会上
 * after 在 (`在会上介绍`). Read in the clause before the word (see isNoHappening): 会议 right after
 * MEETING_ATTENDED_BEFORE, or after MEETING_HELD_BEFORE and at most 8 characters other than , and 。;
 * or with MEETING_GOES_ON right after it (`会议由王明主持`).
 */
export const MEETING_ATTENDED_BEFORE = new WordSet(['出席', '主持', '参加', '列席', '次']);
export const MEETING_HELD_BEFORE = new WordSet(['召开', '举行']);
export const MEETING_GOES_ON = new WordSet(['上', '期间', '并', '由']);

/**
 * Right after an event word (in the 6 characters after it), what makes it a mention of the
 * happening rather than a report of it: 开幕当天 / 开幕前 / 开幕后 / 签约后 date something else;
 * 考察团 / 调研组 name the group that visits (its going is told by its own word: `率考察团赴…`);
 * 签约项目 / 签约企业 name what was signed (a statistic unless 现场/集中 签约 acts, see
 * SIGNING_ACT_BEFORE; 签约项目 followed by PROJECT_COUNT_AFTER reports one); 挂牌仪式 is still the
 * happening. A signing's 项目 is its first word (see isNoHappening).
 */
export const REFERENCE_AFTER: Readonly<Record<Exclude<EventKind, 'appointment'>, WordSet>> = {
  signing: new WordSet(['项目', '企业', '城市', '仪式', '金额', '代表', '后', '前', '以来', '总额', '额']),
  visit: new WordSet(['中', '期间', '团', '组']),
  meeting: new WordSet(['期间', '前', '后', '之际', '以来']),
  opening: new WordSet(['当天', '当日', '前', '后', '之际', '期间', '当年']),
};

/** After 签约项目: an amount or a count (`签约项目22个`, `签约项目总投资…`, `签约项目的投资额`): then it reports a signing. */
export const PROJECT_COUNT_AFTER = new WordSet([
  ...'0123456789数一二三四五六七八九十百千',
  '总',
  '投资',
  '的投资',
  '数量',
]);

/**
 * Right before 签约项目 / 签约企业: words that make it an act of signing (`现场签约项目21个`).
 */
export const SIGNING_ACT_BEFORE = new WordSet(['现场', '集中', '当场', '共', '同步']);

/**
 * True when the signing word at `[at, atEnd)` names a ceremony held (`X举行…签约仪式`, `…签约仪式在西宁举行`):
 * then 签约仪式 reports the signing, where alone (`出席签约仪式`, `在签约仪式上`) it only refers to
 * one. `clauseStart` starts the word's clause; what follows is read up to the clause's end, at most
 * 12 characters on.
 */
export function isHeldCeremony(text: string, clauseStart: number, at: number, atEnd: number): boolean {
  if (!text.startsWith('仪式', atEnd)) return false;
  if (HOLDING_WORDS.indexIn(text, clauseStart, at) >= 0) return true;
  let end = atEnd + 2;
  while (end < text.length && end < atEnd + 14 && !',。;'.includes(text.charAt(end))) end++;
  return HOLDING_WORDS.indexIn(text, atEnd + 2, end) >= 0;
}

/**
 * In the clause before an event word, words that make it no happening: a plan (将, 计划, 拟, 预计),
 * a goal (力争, 确保), anywhere in the clause before it (NOT_HAPPENED_BEFORE), or right before it
 * (NOT_HAPPENED_RIGHT_BEFORE: 早开工, 加快, a count: 新签约, 累计签约).
 */
export const NOT_HAPPENED_BEFORE = new WordSet([
  '将',
  '计划',
  '拟',
  '预计',
  '即将',
  '准备',
  '力争',
  '确保',
  '争取',
  '有望',
]);
export const NOT_HAPPENED_RIGHT_BEFORE = new WordSet(['早', '尽快', '加快', '加速', '新', '累计']);

/** For a signing, a period before it in its clause makes it a statistic (`今年以来…签约`), not a happening. */
export const PERIOD_BEFORE = new WordSet(['以来', '上半年', '前三季度', '今年', '截至']);

/**
 * Words that, with a meeting word, show people meet or speak (a sentence that only names a forum,
 * `积极参与论坛`, tells no meeting): speaking, chairing, attending, holding. At most two characters
 * each (isMeetingAct reads the pair where the meeting word was).
 */
export const MEETING_ACTS = new WordSet([
  ...'指出|表示|强调|致辞|讲话|主持|出席|列席|会见|会谈|会晤|会面|见面|介绍|发言|召开|举行|举办|组织|参加|参会|座谈|上|闭幕|开幕|推介|宣布|通报|说'.split(
    '|',
  ),
]);

/**
 * Verbs of going that come before the place visited (`赴宁波调研`, `到南京考察`, `来到园区`), and
 * 在 of the place where the visit is (`在昆明市调研`); at a place, the first of them written there
 * is the one read (来到 before 来).
 */
export const GOING_WORDS = new WordSet(['赴', '来到', '前往', '莅临', '走进', '深入', '到', '来', '在']);

/**
 * After the last official of an earlier clause of a visit's sentence, words by which that official
 * leads or goes (`X带队，一行…莅临`, `X深入伊犁州，先后来到…调研`): then, when the visit's own
 * clause names no visitor and that earlier clause has no visit word of its own (`X赴Y调研，察看了…`
 * retells X's visit), that official is the visitor (see visitParties).
 */
export const LEADS_OR_GOES = new WordSet(['带队', '率领', '率', '深入', '来到']);

/** After a place, the group that comes from it: `四川党政代表团`, `宁波市考察团`, `…一行`. */
export const DELEGATION_AFTER = /^[^,。]{0,4}?(?:代表团|考察团|调研组|一行)/u;

/**
 * The end of a gathering's name (read with endsAt): such a platform (中国兰州投资贸易洽谈会, 夏季达沃斯论坛) is where a
 * signing happens, not a side of it.
 */
export const GATHERING_NAME = new WordSet(['大会', '博览会', '交易会', '洽谈会', '展览会', '论坛', '峰会', '会议']);

/**
 * After a place, within its organisation's name, what makes it part of that name (`山西超牌…有限公司`,
 * `珠海山东商会`, `北京建龙重工集团`), not a party: no 的, no joining word, no punctuation between.
 */
export const IN_ORGANIZATION_NAME = /^[^,、。;:的与和同在]{0,10}?(?:公司|集团|商会)|^(?:地区)?企业/u;

/** Words that open reported speech: what follows is what was said, not who was there. */
export const SPEECH_WORDS = new WordSet(['说', '指出', '表示', '强调', '要求', '认为', '提醒']);

/** Verbs of holding a gathering: the one before them is its host (`X举办洽谈会`, `X在西安举行推介会`). */
export const HOLDING_WORDS = new WordSet(['举行', '举办', '召开', '主办', '承办']);

/** Before a place in its clause: what a gathering works for (`推动成渝地区双城经济圈建设…联席会议`), not its host. */
export const WORKS_FOR = new WordSet(['推动', '推进', '促进', '加快', '服务']);

/**
 * After a person's name, the words of taking or leaving an office (`许明同志任…`, `王浩当选省长`,
 * `陈刚同志不再担任…`, `张伟同志辞去…职务`, `王明被免职`, `王明被任命为…`). 任务, 任期 are no appointment.
 */
export const APPOINTED_BEFORE = /^(?:同志)?(?:任(?![务期何])|出任|担任|兼任|当选|接任|不再担任|履新|辞去|被免|被任命)/u;

/**
 * In the clause after the words of an appointment, words that make it a tenure told, not an office
 * taken or left (`在王明任区长期间`, `王明担任区委书记刚刚两年`, `…还不满一年`).
 */
export const TENURE_AFTER = /期间|以来|刚刚|还不满|不满一年/u;

/**
 * Before a person's name in its clause, the words of appointing or removing, with at most a title
 * between (`免去周敏同志…`, `提名赵文博为…`, `免去宁波市长汤飞帆同志…`).
 */
export const APPOINTED_AFTER = /(?:免去|任命|提名)[^,与和]{0,16}$/u;

/**
 * After a place or platform, words of an office held there by someone unnamed or named later
 * (`厦门自贸片区管委会主任、市商务局局长等出席`, `海西州的负责同志`): then the place says whose
 * office it is and is not a party.
 */
export const TITLES = new WordSet(
  '书记|市长|省长|州长|区长|县长|主任|局长|主席|负责人|负责同志|校长|会长|总经理|总裁|董事长|常委|院长|部长'.split('|'),
);

/**
 * Amounts an event sentence may give, as written: money invested or signed (`总投资50亿元`,
 * `签约金额达120亿元`) and counts of projects (`签约项目12个`, `15个项目`).
 */
export const AMOUNTS =
  /(?:总投资|投资总额|投资额|投资|签约金额|合同金额|协议金额|总金额|总额|金额)(?:约|达|超|超过|逾|近|为)?[0-9]+(?:\.[0-9]+)?(?:亿|万)(?:元|美元|人民币)?|签约项目[0-9]+个|[0-9]+个(?:重点|签约)?项目/gu;
