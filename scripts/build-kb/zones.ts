// Turns the NBS development-zone rows (功能区, codes xxxx7x) into platforms: kind, English, aliases, id.

import type { Describe } from './descriptions';
import type { DivisionZone } from './divisions';
import { addPlatform, type Place, type PlatformDraft } from './entries';
import type { EnglishNames } from './names';
import type { Pinyin } from './pinyin';
import { fail, provinceCodeOf } from './shared';

/** Name endings of the NBS 功能区 rows: English words and platform kind. The first that fits wins. */
const ZONE_SUFFIXES: readonly (readonly [zh: string, en: string, kind: string])[] = [
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
const ZONE_ABBREVIATIONS: readonly (readonly [RegExp, string])[] = [
  [/(高新技术产业开发区|高新技术开发区|高新技术产业园区)$/, '高新区'],
  [/(经济技术开发区|经济开发区)$/, '经开区'],
];

/** `Suzhou Industrial Park` → `suzhou-industrial-park`; long zone kinds get their usual acronyms. */
function slugify(text: string): string {
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

/** What the zone step needs besides the zones themselves. */
export interface ZoneContext {
  places: ReadonlyMap<string, Place>;
  english: EnglishNames;
  pinyin: Pinyin;
  describe: Describe;
}

/**
 * One platform per zone row, by slug, and each zone code's slug (for platforms.json's
 * `fromDivision`). Kind and English suffix come from the name's ending; the English leads with the
 * English of the places the name starts with (河北唐山芦台 → Hebei Tangshan Lutai) unless
 * english-names.json's `zones` has the whole name. Aliases: without the province prefix, without
 * the 市 after a city, management areas without their city, and 高新区/经开区 forms. Ids of zones in
 * cities whose English is shared (宿州/苏州) start with the province. Throws on an unknown ending,
 * a description kind without labels, or a duplicate id.
 */
export function platformsFromZones(
  zones: readonly DivisionZone[],
  { places, english, pinyin: { romanize }, describe }: ZoneContext,
): { platforms: Map<string, PlatformDraft>; zoneSlugs: Map<string, string> } {
  const place = (code: string) => places.get(code) ?? fail(`unknown place ${code}`);
  const platforms = new Map<string, PlatformDraft>();
  const placeShorts = new Set([...places.values()].map((p) => p.short).filter((s): s is string => Boolean(s)));
  // Places by short form and by full name, in the places' order (a place's short form is never its name).
  const named = new Map<string, Place[]>();
  const nonCountiesByEn = new Map<string, Place[]>();
  const add = (map: Map<string, Place[]>, key: string, p: Place) => {
    const list = map.get(key);
    if (list) list.push(p);
    else map.set(key, [p]);
  };
  for (const p of places.values()) {
    if (p.short) add(named, p.short, p);
    add(named, p.name, p);
    if (p.level !== 'county') add(nonCountiesByEn, p.en, p);
  }
  /** A province or prefecture named by `text`, or a county of the zone's own prefecture. */
  const leadingPlace = (text: string, parent: string) => {
    const found = named.get(text) ?? [];
    return found.find((p) => p.level !== 'county') ?? found.find((p) => p.parent === parent);
  };
  const zoneSlugs = new Map<string, string>();
  for (const zone of zones) {
    const [suffixZh, suffixEn, kind] =
      ZONE_SUFFIXES.find(([zh]) => zone.name.endsWith(zh)) ?? fail(`zone ${zone.name}: unknown suffix`);
    const base = zone.name.slice(0, -suffixZh.length);
    // English: leading province/city names become their English names and the rest one word
    // (河北唐山芦台 → Hebei Tangshan Lutai); odd names have overrides in english-names.json.
    const words: string[] = [];
    let rest = base;
    for (let matched = true; rest && matched;) {
      matched = false;
      for (let len = Math.min(rest.length, 6); len >= 2 && !matched; len--) {
        const leading = leadingPlace(rest.slice(0, len), zone.parent);
        if (leading) {
          words.push(leading.enBase);
          rest = rest.slice(len).replace(/^市/, '');
          matched = true;
        }
      }
    }
    if (rest) words.push(romanize(rest, base.slice(base.length - rest.length)));
    const en = english.zones[zone.code] ?? `${words.join(' ')} ${suffixEn}`;
    // Aliases: without the province prefix (河北唐山… → 唐山…), without the 市 after a city
    // (蚌埠市高新… → 蚌埠高新…), management areas without their city, and 高新区/经开区 forms.
    const province = place(provinceCodeOf(zone.code));
    const variants = [zone.name];
    if (zone.name.startsWith(province.base)) {
      const rest = zone.name.slice(province.base.length);
      if ([...placeShorts].some((s) => rest.startsWith(s))) variants.push(rest);
    }
    for (const v of [...variants]) {
      const m = /^(.{2,4}?)市(.+)$/.exec(v);
      if (m && placeShorts.has(m[1]!)) variants.push(m[1]! + m[2]!);
    }
    if (kind === 'management area') {
      const parentBase = place(zone.parent).base;
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
    const parentEn = place(zone.parent).en;
    const homophone = (nonCountiesByEn.get(parentEn) ?? []).some((p) => p.code !== zone.parent);
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
  return { platforms, zoneSlugs };
}
