import type { EntityType } from '../entity';

/** Administrative level of a place, from the national statistics codes. */
export type PlaceLevel =
  | 'province' // 省, 自治区, 直辖市 (municipalities are provinces by level: 上海市)
  | 'prefecture' // 地级市, 地区, 自治州, 盟
  | 'county'; // 市辖区, 县, 县级市, 自治县, 旗

/** One entry of the knowledge base: a place, platform or region with every name it goes by. */
export interface KbEntry {
  /** Stable id, unique within the knowledge base: `city:330200`, `platform:ciie`, `region:yrd`. */
  id: string;
  type: Exclude<EntityType, 'official' | 'person'>;
  /** Canonical simplified name, e.g. `宁波市`, `中国国际进口博览会`. */
  name: string;
  /**
   * Other names that refer to the same thing and are safe to match anywhere (`宁波`, `进博会`).
   * Names that are also common words or otherwise risky go to {@link KbEntry.weakAliases}.
   */
  aliases: readonly string[];
  /**
   * Names that refer to this entry only with a suffix or strong context: short forms that are
   * common words (大方 for 大方县, 朝阳 for 朝阳区, 东方 for 东方市, 和平 for 和平区), and
   * short forms shared with a better-known entity (阿里 for 阿里地区, shared with 阿里巴巴).
   */
  weakAliases?: readonly string[];
  /**
   * What this is, in a few English words: for places the precise kind (`municipality`,
   * `prefecture-level city`, `autonomous prefecture`, `district`, `county`, `county-level city`…);
   * for platforms `national new area`, `free trade zone`, `economic and technological
   * development zone`, `high-tech zone`, `comprehensive bonded zone`, `business district`, `expo`,
   * `exhibition centre`, `trade centre`, `e-commerce platform`…; for regions `economic region`.
   */
  kind: string;
  /** Places only: the 6-digit administrative code (`330200`). */
  code?: string;
  /** Places only. */
  level?: PlaceLevel;
  /** Places: the parent place's id (a county's prefecture, a prefecture's province). */
  parentId?: string;
  /** Places: the province-level place's id (itself for a province). Platforms: where it is. */
  provinceId?: string;
  /** Platforms: the most specific place it belongs to (`city:310112` for a Minhang zone). */
  locationId?: string;
  /**
   * The canonical name in traditional characters (Taiwan standard, converted at build time with
   * OpenCC): `寧波市` for 宁波市. Absent when it is written the same way (`上海市`).
   */
  nameTraditional?: string;
  /** Pinyin of the canonical name with tone marks, syllables separated by spaces (`Níng bō shì`). */
  pinyin?: string;
  /** English name (`Ningbo`, `China International Import Expo`). */
  en?: string;
  /** One line in Chinese and one in English saying what it is (platforms and regions). */
  descriptionZh?: string;
  descriptionEn?: string;
  /** Regions: ids of the member places (长三角 → the 41 cities). */
  memberIds?: readonly string[];
}

/** A knowledge base: entries plus a lookup from id to entry. */
export interface KnowledgeBase {
  entries: readonly KbEntry[];
  byId: ReadonlyMap<string, KbEntry>;
}

/** Builds a {@link KnowledgeBase} from entries; throws when two entries share an id. */
export function createKnowledgeBase(entries: readonly KbEntry[]): KnowledgeBase {
  const byId = new Map<string, KbEntry>();
  for (const entry of entries) {
    if (byId.has(entry.id)) throw new Error(`duplicate knowledge-base id ${entry.id}`);
    byId.set(entry.id, entry);
  }
  return { entries, byId };
}
