// Curated platforms from platforms.json: new entries, refinements of NBS zones, and the free trade zones expanded.

import type { Describe } from './descriptions';
import { addPlatform, type Place, type Platform, type PlatformDraft } from './entries';
import type { Pinyin } from './pinyin';
import { fail, readSource } from './shared';

/**
 * One platform of platforms.json. A new entry needs id, name, kind and en; an entry with
 * `fromDivision` refines that NBS zone row and inherits what it leaves out. Descriptions, when
 * missing, are written from kind and location (国家级 when `national`).
 */
export interface CuratedPlatform {
  id?: string;
  name?: string;
  aliases?: string[];
  weakAliases?: string[];
  kind?: string;
  /** Code of the most specific place it belongs to. */
  location?: string;
  /** Codes of the places a cross-boundary platform spans. */
  members?: string[];
  en?: string;
  descriptionZh?: string;
  descriptionEn?: string;
  national?: boolean;
  /** An NBS development-zone row's code (xxxx7x): refine that zone instead of adding an entry. */
  fromDivision?: string;
}

/** One area (片区) of a pilot free trade zone in platforms.json. */
export interface FreeTradeAreaSource {
  /** `南京片区`. */
  name: string;
  /** English of the area's name without "Area": `Nanjing`. */
  en: string;
  location: string;
  /** The id is `ftz-<zone slug>-<slug>` unless `id` is given. */
  slug?: string;
  id?: string;
  fullName?: string;
  fullEn?: string;
  /** No `南京片区` / `南京自贸片区` aliases: the short name is ambiguous. */
  noShortAlias?: boolean;
  aliases?: string[];
  members?: string[];
  descriptionZh?: string;
  descriptionEn?: string;
}

/** One of the pilot free trade zones in platforms.json, written compactly. */
export interface FreeTradeZoneSource {
  /** The province's name as in the zone's name: `上海` in 中国（上海）自由贸易试验区. */
  province: string;
  /** The id is `ftz-<slug>`. */
  slug: string;
  year: number;
  location: string;
  areas: FreeTradeAreaSource[];
  aliases?: string[];
  descriptionZh?: string;
  descriptionEn?: string;
  /** Added to the generated descriptions. */
  noteZh?: string;
  noteEn?: string;
}

/** scripts/kb-sources/platforms.json. */
export interface PlatformSource {
  platforms: CuratedPlatform[];
  /** NBS zone rows known to be national-level: same names, descriptions say 国家级. */
  nationalDivisionZones: string[];
  freeTradeZones: FreeTradeZoneSource[];
}

/** Reads scripts/kb-sources/platforms.json. */
export function readPlatformSource(): PlatformSource {
  return readSource<PlatformSource>('platforms.json');
}

/**
 * platforms.json lists the pilot free trade zones compactly (`freeTradeZones`); this expands
 * each into the zone itself and one entry per area, with the names news use for them, after the
 * curated `platforms`. Throws when a zone's location is no place.
 */
export function expandFreeTradeZones(source: PlatformSource, places: ReadonlyMap<string, Place>): CuratedPlatform[] {
  const out: CuratedPlatform[] = [...source.platforms];
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
        id: area.id ?? `ftz-${ftz.slug}-${area.slug ?? fail(`free trade zone area ${area.name}: no slug or id`)}`,
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

/**
 * What news also call a national high-tech zone: `成都高新区` → `成都国家高新区`,
 * `贵阳高新技术产业开发区` → `贵阳国家高新技术产业开发区` (names that already say 国家 are left alone).
 */
export function nationalHighTechForms(names: readonly string[]): string[] {
  return names.flatMap((n) => {
    const m = /^(.{2,}?)(高新区|高新技术产业开发区)$/.exec(n);
    return m && !m[1]!.endsWith('国家') ? [`${m[1]!}国家${m[2]!}`] : [];
  });
}

/**
 * `天津经济技术开发区` → `天津开发区`: how news often re-mention an economic and technological
 * development zone. Weak (the article must name the zone in full), since a city can have other
 * 开发区.
 */
export function developmentZoneForms(names: readonly string[]): string[] {
  return names.flatMap((n) => {
    const m = /^(.{2,})经济技术开发区$/.exec(n);
    return m ? [`${m[1]!}开发区`] : [];
  });
}

/**
 * Adds the curated platforms (platforms.json's entries, the free trade zones expanded, and the
 * national-level NBS zones) to `platforms`, which holds the zone rows' platforms: an entry with
 * `fromDivision` replaces its zone's platform, keeping the zone's names as aliases and whatever
 * the entry leaves out; national high-tech zones also get their `…国家高新区` forms. Throws on a
 * zone refined twice or unknown, a missing name, kind, id or English name, an unknown location,
 * or no way to describe the entry.
 */
export function addCuratedPlatforms(
  platforms: Map<string, PlatformDraft>,
  zoneSlugs: ReadonlyMap<string, string>,
  source: PlatformSource,
  places: ReadonlyMap<string, Place>,
  describe: Describe,
): void {
  const curatedPlatforms: CuratedPlatform[] = [
    ...expandFreeTradeZones(source, places),
    ...source.nationalDivisionZones.map((code) => ({ fromDivision: code, national: true })),
  ];
  const refined = new Set<string>();
  for (const curated of curatedPlatforms) {
    let base: PlatformDraft | null = null;
    if (curated.fromDivision) {
      if (refined.has(curated.fromDivision)) fail(`NBS zone ${curated.fromDivision} refined twice in platforms.json`);
      refined.add(curated.fromDivision);
      const slug = zoneSlugs.get(curated.fromDivision) ?? fail(`${curated.name}: no NBS zone ${curated.fromDivision}`);
      base = platforms.get(slug) ?? fail(`${curated.name}: no NBS zone ${curated.fromDivision}`);
      platforms.delete(slug);
    }
    const name = curated.name ?? base?.name ?? fail(`platform ${curated.id}: no name`);
    const location = curated.location ?? base?.location ?? '';
    if (location && !places.has(location)) fail(`platform ${name}: unknown location ${location}`);
    const kind = curated.kind ?? base?.kind ?? fail(`platform ${name}: no kind`);
    let [descriptionZh, descriptionEn] = [curated.descriptionZh, curated.descriptionEn];
    if (!descriptionZh || !descriptionEn) {
      if (base && kind === base.kind && !curated.national)
        [descriptionZh, descriptionEn] = [base.descriptionZh, base.descriptionEn];
      else if (location) [descriptionZh, descriptionEn] = describe(kind, location, curated.national ?? false);
      else fail(`platform ${name}: needs descriptions`);
    }
    const aliases = [...(curated.aliases ?? []), ...(base ? [base.name, ...base.aliases] : [])];
    if (curated.national && kind === 'high-tech zone') aliases.push(...nationalHighTechForms([name, ...aliases]));
    addPlatform(platforms, {
      slug: curated.id ?? (base ? base.slug : fail(`platform ${name}: no id`)),
      kind,
      location,
      name,
      aliases,
      weakAliases: [...(curated.weakAliases ?? [])],
      en: curated.en ?? base?.en ?? fail(`platform ${name}: no English name`),
      descriptionZh,
      descriptionEn,
      members: [...(curated.members ?? [])],
    });
  }
}

/**
 * The platforms as written: names with full-width brackets also get their ASCII-bracket and
 * bracketless forms as aliases (中国（上海）自由贸易试验区 = 中国(上海)… = 中国上海…), economic and
 * technological development zones their weak `…开发区` forms, and each gets its pinyin. Throws when
 * a member is no place.
 */
export function finishPlatforms(
  platforms: Iterable<PlatformDraft>,
  places: ReadonlyMap<string, Place>,
  { toneMarked }: Pinyin,
): Platform[] {
  return [...platforms].map((platform) => {
    const bracketed = [platform.name, ...platform.aliases].filter((n) => n.includes('（'));
    const aliases = [...platform.aliases];
    const weakAliases = [...platform.weakAliases];
    if (platform.kind === 'economic and technological development zone')
      weakAliases.push(...developmentZoneForms([platform.name, ...platform.aliases]));
    for (const n of bracketed) aliases.push(n.replace(/（/g, '(').replace(/）/g, ')'), n.replace(/[（）]/g, ''));
    for (const m of platform.members) if (!places.has(m)) fail(`platform ${platform.name}: unknown member ${m}`);
    return { ...platform, aliases, weakAliases, pinyin: toneMarked(platform.name) };
  });
}
