import type { KbEntry } from '../knowledge';
import { wordClassIn, wordEndingAt } from './word-lexicon';
import { CodeSet } from './code-set';
import { PUBLIC_TITLES } from './title-lexicon';

// What may follow a place name and turn it into something else: a street (南京路, 南京东路), a
// school, a bank, a newspaper or an exchange. Checked right after the name.
// prettier-ignore
const NOT_THE_PLACE_AFTER = [
  '路', '东路', '西路', '南路', '北路', '中路', '大道', '大街', '街', '巷', '弄', '大学', '学院', '银行', '日报',
  '晚报', '商报', '电视台', '广播电视台', '证券交易所', '交易所', '号',
  // The foot of a mountain: in 贺兰山东麓, 大别山南麓 the place-like 山东, 山南 is mountain + direction.
  '麓',
];

/**
 * True when the place name ending at `end` is really part of a street, school, bank or paper:
 * `南京路`, `南京东路`, `宁波大学`, `杭州日报`. Example: `followedByNonPlace('南京东路', 2)` → true.
 */
export function followedByNonPlace(text: string, end: number): boolean {
  // Most places are followed by none of these words' first characters: one Set lookup answers.
  if (!NOT_THE_PLACE_FIRST_CHARACTERS.at(text, end)) return false;
  for (const w of NOT_THE_PLACE_AFTER) if (text.startsWith(w, end)) return true;
  return false;
}

const NOT_THE_PLACE_FIRST_CHARACTERS = new CodeSet(NOT_THE_PLACE_AFTER.map((w) => w.charAt(0)));

// Verbs that make a one-character province abbreviation a place: 驻沪机构, 赴沪, 来京, 在沪企业.
const ABBREVIATION_VERBS = new CodeSet('驻赴来在返离抵援进入落');
// Abbreviations that are also everyday words and so need another abbreviation beside them
// (川渝, 京津冀) rather than a verb (在新的…, 来港…).
const AMBIGUOUS_ABBREVIATIONS = new CodeSet('新宁青云贵吉黑甘台港澳秦蜀川鲁');

/** 报, which after a run of abbreviations makes a paper's name (新京报), as do 时报, 日报 and 晚报. */
const PAPER = 0x62a5;
const PAPER_WORD_FIRSTS = new CodeSet('时日晚');

/** True when `name` is a one-character province abbreviation (沪, 苏, 浙 …). */
export function isAbbreviation(name: string, entry: KbEntry): boolean {
  return name.length === 1 && entry.level === 'province';
}

/**
 * True when a one-character abbreviation at `start` is used as a place: in a run of abbreviations
 * (`京津冀`, `川渝`) that holds at least one abbreviation which is not an everyday word, or after a
 * verb of going or staying (`驻沪`, `赴沪`) for an abbreviation that is not an everyday word; not
 * before 报 (`新京报` is a paper).
 * `abbreviationAt(offset)` tells whether another abbreviation stands at `offset`.
 */
export function abbreviationInContext(
  text: string,
  start: number,
  abbreviationAt: (offset: number) => boolean,
): boolean {
  let first = start;
  while (abbreviationAt(first - 1)) first--;
  let end = start + 1;
  while (abbreviationAt(end)) end++;
  // A run of abbreviations before 报 names a paper (新京报): no places. Read by code unit, as the run
  // below (one abbreviation is one code unit): a page has thousands of abbreviations, and the slices,
  // the pattern and the spread of a string per abbreviation were most of this function's cost.
  // (Reads past the text's end are kept out: they deoptimise the compiled code.)
  const after = end < text.length ? text.charCodeAt(end) : 0;
  if (after === PAPER || (PAPER_WORD_FIRSTS.has(after) && end + 1 < text.length && text.charCodeAt(end + 1) === PAPER))
    return false;
  if (end - first >= 2) {
    for (let at = first; at < end; at++) if (!AMBIGUOUS_ABBREVIATIONS.has(text.charCodeAt(at))) return true;
    return false;
  }
  return !AMBIGUOUS_ABBREVIATIONS.has(text.charCodeAt(start)) && ABBREVIATION_VERBS.at(text, start - 1);
}

// Separators of an enumeration of places: 朝阳、海淀、丰台 / 朝阳和海淀. Not commas: they also
// separate people (书记钱卫东，上海市…).
const LIST_SEPARATORS = new CodeSet('、和与及');

/**
 * True when a weak place name at `[start, end)` stands in a list next to an accepted place
 * (`朝阳、海淀`), which makes a common word such as 朝阳 read as the district.
 */
export function inListOfPlaces(
  text: string,
  start: number,
  end: number,
  placeEndingAt: (offset: number) => boolean,
  placeStartingAt: (offset: number) => boolean,
): boolean {
  return (
    (LIST_SEPARATORS.at(text, start - 1) && placeEndingAt(start - 1)) ||
    (LIST_SEPARATORS.at(text, end) && placeStartingAt(end + 1))
  );
}

/**
 * Picks the entry a name means when several places share it (鼓楼区 is in 南京, 福州, 徐州 and
 * 开封): the one whose parent or province the article also names, weighted by how often; ties go
 * to the higher administrative level, then to the first in the knowledge base.
 */
export function chooseEntry(candidates: readonly KbEntry[], mentionCounts: ReadonlyMap<string, number>): KbEntry {
  if (candidates.length === 1) return candidates[0]!; // most names mean one place: nothing to weigh
  const levelRank = (e: KbEntry) =>
    e.level === 'province' ? 0 : e.level === 'prefecture' ? 1 : e.level === 'county' ? 2 : 3;
  let best = candidates[0]!;
  let bestScore = -1;
  for (const entry of candidates) {
    const score =
      3 * (entry.parentId ? (mentionCounts.get(entry.parentId) ?? 0) : 0) +
      2 * (entry.provinceId && entry.provinceId !== entry.id ? (mentionCounts.get(entry.provinceId) ?? 0) : 0) +
      (entry.locationId ? (mentionCounts.get(entry.locationId) ?? 0) : 0);
    if (score > bestScore || (score === bestScore && levelRank(entry) < levelRank(best))) {
      best = entry;
      bestScore = score;
    }
  }
  return best;
}

/** 山, which after a place's short form may make a mountain's name. */
const MOUNTAIN = 0x5c71;

/** True when a lexicon word of 2–4 characters is `text[start, end)`. */
function isWord(text: string, start: number, end: number): boolean {
  return start >= 0 && end <= text.length && wordClassIn(text, start, end) !== undefined;
}

/**
 * True when a short place name at `[start, end)` is read across a word edge: a word ends inside it
 * that began before it, and a word begins inside it that runs past it (高水|平南|阳 is 高水平 + 南阳,
 * 黄河|北岸 is 黄河 + 北岸, 信息港|南宁), or a set phrase begins with it (白山黑水).
 *
 * @example crossesWordEdge('高水平南阳', 2, 4) // true (平南 across 水平|南阳)
 */
export function crossesWordEdge(text: string, start: number, end: number): boolean {
  // A mountain the lexicon knows, named after nothing but sharing the place's characters: 贺兰山
  // (not 贺兰县), 祁连山.
  if (text.charCodeAt(end) === MOUNTAIN && isWord(text, start, end + 1)) return true;
  for (let edge = start + 1; edge < end; edge++) {
    // A word of 2–4 characters ending at the edge that began before the name: the longest word
    // ending there (within 4) begins before the name exactly when some such word does. One call,
    // which most edges leave at a table read (no word ends with the character), not a lookup per
    // length: a page has ten thousand short forms, of which a few cross a word's edge.
    const leftWord = wordEndingAt(text, edge, Math.max(0, edge - 4));
    if (leftWord === undefined || leftWord.start >= start) continue;
    for (let to = end + 1; to <= Math.min(text.length, edge + 4); to++) if (isWord(text, edge, to)) return true;
  }
  if (end + 2 <= text.length && start + 4 <= text.length && end - start === 2) {
    const wordClass = wordClassIn(text, start, start + 4);
    if (wordClass === 'predicate' || wordClass === 'phrase') return true;
  }
  return false;
}

// A website's name after a place (来源：龙江开放网, 白山黑水经贸网): a few characters, then 网.
const WEBSITE_AFTER = /^[\u4e00-\u9fff]{0,4}网(?![\u4e00-\u9fff])/u;
// A campus in brackets after a university (中国矿业大学（北京）).
const CAMPUS_BEFORE = /(?:大学|学院)[(（]$/u;

/**
 * True when the place name at `[start, end)` names something else here: a website
 * (`龙江开放网`), a university's campus (`中国矿业大学（北京）`), or an airport or station named
 * after a district or county (`美兰机场`; `county` says the name is a county-level one), the start
 * of a title (`代县长`, an acting county head) or a part of a transliterated name (`塞义夫·阿里·伊迪`).
 *
 * @example namesSomethingElse('来源：龙江开放网', 3, 5, false) // true
 */
export function namesSomethingElse(text: string, start: number, end: number, county: boolean): boolean {
  // Each pattern is tried only when the character it cannot do without is there (most names are
  // followed by none): 网 within five characters, an opening bracket right before the name.
  if (holdsWithin(text, end, end + 5, 0x7f51) && WEBSITE_AFTER.test(text.slice(end, end + 6))) return true;
  // Between two interpuncts the name is a part of a transliterated name (塞义夫·阿里·伊迪 holds no 阿里巴巴).
  if (INTERPUNCTS.at(text, start - 1) && INTERPUNCTS.at(text, end)) return true;
  // A head's title that the name starts, 长 after it: 代县长 is an acting county head, not 代县
  // (but 代县长期… is the county, 长期 a word).
  if (text.charCodeAt(end) === 0x957f && text.charCodeAt(end + 1) !== 0x671f && TITLES.has(text.slice(start, end + 1)))
    return true;
  const before = text.charCodeAt(start - 1);
  if ((before === 0x28 || before === 0xff08) && CAMPUS_BEFORE.test(text.slice(Math.max(0, start - 3), start))) {
    if (/^[)）]/u.test(text.charAt(end))) return true;
  }
  return county && STATION_FIRST_CHARACTERS.at(text, end) && STATION_AFTER.test(text.slice(end, end + 4));
}

/** True when the code unit `code` (网 = 0x7f51) occurs in `text[from, to)`. */
function holdsWithin(text: string, from: number, to: number, code: number): boolean {
  for (let i = from; i < to && i < text.length; i++) if (text.charCodeAt(i) === code) return true;
  return false;
}

// The interpuncts of transliterated names (as personal-names.ts reads them): middle dot, bullet,
// hyphenation point, katakana middle dot (full and half width).
const INTERPUNCTS = new CodeSet('\u00b7\u2022\u2027\u30fb\uff65\u2219');

// The public titles, looked up whole (代县长, 代市长).
const TITLES: ReadonlySet<string> = new Set(PUBLIC_TITLES);

const STATION_AFTER = /^(?:国际机场|机场|高铁站|火车站)/u;
const STATION_FIRST_CHARACTERS = new CodeSet('国机高火');
