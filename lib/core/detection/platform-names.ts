import type { KbEntry, KnowledgeBase } from '../knowledge';
import { createKnowledgeBase } from '../knowledge';
import { CodeSet } from './code-set';

/** Words for a park that short forms keep as 园区 (苏宿工业园区 → 苏宿园区). */
const PARK_WORDS = ['工业园区', '产业园区', '工业园', '产业园'];

// Words a park named after two places may carry between the places and its park word
// (宿州马鞍山现代产业园区 is 宿马园区).
const PARK_DESCRIPTORS = ['现代', '合作', '共建', '高新技术', '高新', '经济', '生态', '科技'];

// What may follow a platform's short form and make it a company, a listed share or a project named
// after the platform: 张江高科发布公告, 泰达股份, 临港集团, 中关村（000931）.
// prettier-ignore
const COMPANY_WORDS = [
  '集团', '股份', '公司', '控股', '实业', '高科', '证券', '银行', '公告', '发布公告', '董事会', '董事长', '股东',
  '股价', '股票', '年报', '财报', '市值', '项目', '置业', '地产', '投资', '有限',
];
const companyWordFirstCharacters = new CodeSet(COMPANY_WORDS.map((w) => w.charAt(0)));
const STOCK_CODE = /^[(（]\d{6}(?:\.\w{2})?[)）]/u;

// Words of a company's name between a platform's short form and the company word (中电光谷联合控股,
// 中关村发展集团).
const COMPANY_MIDDLE_WORDS = ['联合', '发展', '建设'];

// 投资 before these is the activity, not a company (国际会展中心投资合作馆, 临港投资促进中心).
const INVESTMENT_ACTIVITIES = ['合作', '促进', '环境', '洽谈', '贸易', '服务', '推介', '考察'];

/**
 * True when a company, share or project word (or a stock code) starts at `at`: 张江|高科, 泰达|股份,
 * but not 投资 as an activity (会展中心|投资合作馆).
 */
export function companyWordAt(text: string, at: number): boolean {
  // One word may stand between the short form and the company word: 光谷|联合|控股, 中关村|发展|集团.
  for (const middle of COMPANY_MIDDLE_WORDS) {
    if (text.startsWith(middle, at) && companyWordAt(text, at + middle.length)) return true;
  }
  const next = text.charCodeAt(at);
  if (next === 0x28 || next === 0xff08) return STOCK_CODE.test(text.slice(at, at + 12));
  if (!companyWordFirstCharacters.has(next)) return false;
  const word = COMPANY_WORDS.find((w) => text.startsWith(w, at));
  if (word === undefined) return false;
  return word !== '投资' || !INVESTMENT_ACTIVITIES.some((a) => text.startsWith(a, at + word.length));
}

/**
 * The short form of a park named after two places: their first characters + 园区 (苏宿工业园区 →
 * 苏宿园区, 深圳（哈尔滨）产业园区 → 深哈园区, 宿州马鞍山现代产业园区 → 宿马园区). `placeAt(name, at)`
 * gives the length of the place name starting at `at` (0 when none); a single character counts
 * as a place when `isInitial` says it begins a city or province name. Undefined for other names.
 *
 * @example twoPlaceShortForm('苏宿工业园区', () => 0, () => true) // '苏宿园区'
 */
export function twoPlaceShortForm(
  name: string,
  placeAt: (name: string, at: number) => number,
  isInitial: (character: string) => boolean,
): string | undefined {
  const park = PARK_WORDS.find((w) => name.endsWith(w));
  if (!park) return undefined;
  let body = name.slice(0, name.length - park.length);
  for (let trimmed = true; trimmed;) {
    trimmed = false;
    for (const d of PARK_DESCRIPTORS) {
      if (body.length > d.length + 1 && body.endsWith(d)) {
        body = body.slice(0, body.length - d.length);
        trimmed = true;
      }
    }
  }
  body = body.replace(/[(（]([^()（）]+)[)）]$/u, '$1');
  if (body.length === 2) return isInitial(body[0]!) && isInitial(body[1]!) ? `${body}园区` : undefined;
  const first = placeAt(body, 0);
  if (first < 2 || first >= body.length) return undefined;
  const second = placeAt(body, first);
  return first + second === body.length && second >= 2 ? `${body[0]}${body[first]}园区` : undefined;
}

// Kinds of platform named after their city or province and called by the rest of the name in its
// news (南宁国际会展中心 → 国际会展中心, 宁夏内陆开放型经济试验区 → 内陆开放型经济试验区,
// 北京城市副中心 → 城市副中心).
const PLACE_NAMED_KINDS = new Set(['exhibition centre', 'inland open economy pilot zone', 'city sub-centre']);

/**
 * The ids of the places a platform lies in: its province, its location and members and every place
 * above them. `深圳前海…` names 前海 by its own city; `锦州科技中关村` borrows Beijing's 中关村.
 */
export function placeIdsOf(kb: KnowledgeBase, platform: KbEntry): Set<string> {
  const ids = new Set<string>(platform.provinceId ? [platform.provinceId] : []);
  for (const id of [platform.locationId, ...(platform.memberIds ?? [])]) {
    let at = id ? kb.byId.get(id) : undefined;
    for (; at && !ids.has(at.id); at = at.parentId ? kb.byId.get(at.parentId) : undefined) ids.add(at.id);
  }
  return ids;
}

/** Names the detector adds to the knowledge base's platforms, and when the added ones count. */
export interface DerivedPlatformNames {
  /** The knowledge base with the added names (same ids, names and order). */
  kb: KnowledgeBase;
  /**
   * For an entry given a name that counts only in context (a free trade zone's 片区 by its own
   * name, 科技创新片区): the id of the zone whose mention in the article makes it count.
   */
  contextOf: ReadonlyMap<string, string>;
  /** Finds the known platform a shape-found name means, if any (see {@link createPlatformLookup}). */
  lookup: (name: string) => KbEntry | undefined;
  /** The short form of a park named after two places (see {@link twoPlaceShortForm}). */
  shortForm: (name: string) => string | undefined;
  /**
   * The name without each run of places that leads it, longest first: `贵州双龙航空港经济区` →
   * [`双龙航空港经济区`]. A shape-found platform named so later in the article is the same one.
   */
  withoutLeadingPlaces: (name: string) => readonly string[];
  /** True when `name` starts with a place's name (`大庆开发区`): such a name says which place it is. */
  startsWithPlace: (name: string) => boolean;
}

/**
 * What {@link derivePlatformNames} works out of the knowledge base, as data: the knowledge base with
 * the added names, when the added ones count, the places' names and the platforms' names. Kept
 * apart from the functions made over it so that it can be stored prebuilt (prebuilt-knowledge.ts)
 * and the functions made again at load without reading the whole knowledge base.
 */
export interface PlatformNameTables {
  /** The knowledge base with the added names (same ids, names and order). */
  kb: KnowledgeBase;
  /** See {@link DerivedPlatformNames.contextOf}. */
  contextOf: ReadonlyMap<string, string>;
  /** Every name and alias of a place (type `city`), as written, with the places it names. */
  placeNames: ReadonlyMap<string, readonly KbEntry[]>;
  /** First characters of province and prefecture names: one stands for its place in a park's short form. */
  initials: ReadonlySet<string>;
  /** Each strong name of a platform (folded) with the first platform of that name. */
  platformByName: ReadonlyMap<string, KbEntry>;
  /** The longest place name's length (kept so that loading the tables reads no name). */
  longestPlaceName: number;
}

/** Reading places' names at the start of a name, over {@link PlatformNameTables}' place names. */
function placeReader(
  placeNames: ReadonlyMap<string, readonly KbEntry[]>,
  initials: ReadonlySet<string>,
  longestPlace: number,
) {
  const placeAt = (name: string, at: number) => {
    for (let length = Math.min(longestPlace, name.length - at); length >= 2; length--) {
      if (placeNames.has(name.slice(at, at + length))) return length;
    }
    return 0;
  };
  const shortForm = (name: string) => twoPlaceShortForm(name, placeAt, (c) => initials.has(c));
  const placesAt = (name: string, at: number) => placeNames.get(name.slice(at, at + placeAt(name, at))) ?? [];
  return { placeAt, shortForm, placesAt };
}

/**
 * Names of known platforms that the knowledge base does not list but readers use:
 * - a park named after two places by their first characters + 园区 (宿马园区), as a safe alias;
 * - a free trade zone's 片区 by what follows the zone's name: safe when a place leads it
 *   (广州南沙新区片区), else (科技创新片区, 中心片区) a short form that counts only when the article
 *   names the zone (or lists it with places it names), like the knowledge base's weak short forms;
 * - a venue or zone named after its place by the rest of its name (国际会展中心 for
 *   南宁国际会展中心), counted only where the article names that place.
 * Returned as data (see {@link platformNamesOver} for the lookups made over it).
 */
export function platformNameTables(kb: KnowledgeBase, fold: (s: string) => string): PlatformNameTables {
  const placeNames = new Map<string, KbEntry[]>();
  const initials = new Set<string>();
  // The knowledge base's names are simplified already (its build writes them so); only the
  // platforms' names, which the added names are made from, go through the fold.
  for (const e of kb.entries) {
    if (e.type !== 'city') continue;
    for (const n of [e.name, ...e.aliases]) placeNames.set(n, [...(placeNames.get(n) ?? []), e]);
    if (e.level === 'province' || e.level === 'prefecture') initials.add(e.name.charAt(0));
  }
  let longestPlaceName = 0;
  for (const n of placeNames.keys()) longestPlaceName = Math.max(longestPlaceName, n.length);
  const { placeAt, shortForm, placesAt } = placeReader(placeNames, initials, longestPlaceName);

  const zones = kb.entries.filter((e) => e.type === 'platform' && e.kind === 'free trade zone');
  const contextOf = new Map<string, string>();
  const entries = kb.entries.map((entry) => {
    if (entry.type !== 'platform') return entry;
    const names = new Set([entry.name, ...entry.aliases, ...(entry.weakAliases ?? [])].map(fold));
    const aliases = [...entry.aliases];
    const weakAliases = [...(entry.weakAliases ?? [])];
    for (const n of [entry.name, ...entry.aliases]) {
      const short = shortForm(fold(n));
      if (short && !names.has(short)) {
        names.add(short);
        aliases.push(short);
      }
    }
    if (entry.kind === 'free trade zone area') {
      const zone = zones.find((z) => entry.name.startsWith(z.name));
      const rest = zone ? fold(entry.name.slice(zone.name.length)) : '';
      if (zone && rest.length >= 4 && !names.has(rest)) {
        // Led by a place (广州南沙新区片区) the name says which zone it is; else (中心片区) it
        // counts only where the article names the zone.
        if (placeAt(rest, 0) > 0) {
          aliases.push(rest);
        } else {
          weakAliases.push(rest);
          contextOf.set(entry.id, zone.id);
        }
      }
    }
    // A venue or zone named after its place is called by the rest of its name in that place's news
    // (国际会展中心 in a Nanning article is 南宁国际会展中心): counted where the place is named.
    if (PLACE_NAMED_KINDS.has(entry.kind ?? '')) {
      const lead = placeAt(entry.name, 0);
      const rest = entry.name.slice(lead);
      const city = placesAt(entry.name, 0).find((p) => placeIdsOf(kb, entry).has(p.id));
      if (lead > 0 && city && rest.length >= 4 && !names.has(rest)) {
        weakAliases.push(rest);
        contextOf.set(entry.id, city.id);
      }
    }
    if (aliases.length === entry.aliases.length && weakAliases.length === (entry.weakAliases ?? []).length) {
      return entry;
    }
    return { ...entry, aliases, weakAliases };
  });
  const derived = createKnowledgeBase(entries);
  const platformByName = new Map<string, KbEntry>();
  for (const e of derived.entries) {
    if (e.type !== 'platform') continue;
    for (const n of [e.name, ...e.aliases]) if (!platformByName.has(fold(n))) platformByName.set(fold(n), e);
  }
  return { kb: derived, contextOf, placeNames, initials, platformByName, longestPlaceName };
}

/** The lookups the detector makes over {@link PlatformNameTables} (see {@link DerivedPlatformNames}). */
export function platformNamesOver(tables: PlatformNameTables): DerivedPlatformNames {
  const { placeAt, shortForm, placesAt } = placeReader(tables.placeNames, tables.initials, tables.longestPlaceName);
  const withoutLeadingPlaces = (name: string) => {
    const rests: string[] = [];
    for (let at = placeAt(name, 0); at > 0 && name.length - at >= 3;) {
      rests.push(name.slice(at));
      const next = placeAt(name, at);
      if (next === 0) break;
      at += next;
    }
    return rests;
  };
  return {
    kb: tables.kb,
    contextOf: tables.contextOf,
    lookup: remembered(createPlatformLookup(tables.kb, tables.platformByName, placeAt, placesAt)),
    shortForm: remembered(shortForm),
    withoutLeadingPlaces: remembered(withoutLeadingPlaces),
    startsWithPlace: (name) => placeAt(name, 0) > 0,
  };
}

/** Most names {@link remembered} keeps answers for; past them it forgets them all and starts again. */
const REMEMBERED_NAMES = 2048;

/**
 * `answer` with its answers kept by name (up to {@link REMEMBERED_NAMES}). Why: the detector asks
 * these of every platform found by its shape, and a page names the same few platforms again and
 * again (a page with a place in every clause, hundreds of times); each answer reads places' names
 * at every offset of the name, a slice and a lookup per length. Answers must not be changed.
 */
function remembered<T>(answer: (name: string) => T): (name: string) => T {
  const answers = new Map<string, T>();
  return (name) => {
    const known = answers.get(name);
    if (known !== undefined || answers.has(name)) return known as T;
    if (answers.size >= REMEMBERED_NAMES) answers.clear();
    const found = answer(name);
    answers.set(name, found);
    return found;
  };
}

/**
 * Names of known platforms that the knowledge base does not list but readers use (see
 * {@link platformNameTables}), with the lookup that makes a shape-found platform the known one it
 * names.
 */
export function derivePlatformNames(kb: KnowledgeBase, fold: (s: string) => string): DerivedPlatformNames {
  return platformNamesOver(platformNameTables(kb, fold));
}

/**
 * A lookup from a shape-found platform's name to the known platform it is, among the strong names
 * of the knowledge base's platforms: the name itself, or the name without the places written before
 * it when they are the platform's own (深圳前海合作区 is 前海合作区, since 前海 is in 深圳; but
 * 上海江苏浙江自由贸易试验区 is not Zhejiang's zone alone), or with the last of those places written
 * by another of its names (乌鲁木齐市经开区 is 乌鲁木齐经开区).
 */
function createPlatformLookup(
  kb: KnowledgeBase,
  byName: ReadonlyMap<string, KbEntry>,
  placeAt: (name: string, at: number) => number,
  placesAt: (name: string, at: number) => readonly KbEntry[],
): (name: string) => KbEntry | undefined {
  const own = (platform: KbEntry, stripped: readonly (readonly KbEntry[])[]) => {
    const ids = placeIdsOf(kb, platform);
    return stripped.every((candidates) => candidates.some((p) => ids.has(p.id)));
  };
  return (name) => {
    const direct = byName.get(name);
    if (direct) return direct;
    const stripped: (readonly KbEntry[])[] = [];
    for (let at = 0; ;) {
      const place = placeAt(name, at);
      if (place === 0) return undefined;
      const candidates = placesAt(name, at);
      at += place;
      const rest = name.slice(at);
      const entry = byName.get(rest);
      if (entry && own(entry, [...stripped, candidates])) return entry;
      for (const p of candidates) {
        for (const n of [p.name, ...p.aliases]) {
          const joined = byName.get(n + rest);
          if (joined && own(joined, stripped)) return joined;
        }
      }
      stripped.push(candidates);
    }
  };
}
