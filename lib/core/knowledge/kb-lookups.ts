import type { DetectedEntity } from '../entity';
import type { KbEntry, KnowledgeBase, PlaceLevel } from './knowledge-base';

/** What the card asks of the knowledge base (see `EntityCardProps`). */
export interface CardLookups {
  /** The entry with this id. */
  lookup: (id: string) => KbEntry | undefined;
  /** Regions listing this place among their members, the largest first. */
  regionsOf: (placeId: string) => readonly KbEntry[];
  /**
   * The place or platform an organisation's name starts with (`宁波市` → 宁波市, `嘉兴市委` →
   * 嘉兴市, `虹桥商务区管委会` → 虹桥国际中央商务区), longest name first; among entries sharing
   * that name, the one the article mentions wins, else the highest level (province, prefecture,
   * county, then platforms and regions), else the first in knowledge-base order.
   */
  findEntityByName: (name: string) => KbEntry | undefined;
}

interface KbIndex {
  regionsByMember: Map<string, KbEntry[]>;
  byName: Map<string, KbEntry[]>;
  longestName: number;
}

const indexes = new WeakMap<KnowledgeBase, KbIndex>();

/** Built once per knowledge base: members → regions, strong names → entries (in `kb.entries` order). */
function indexOf(kb: KnowledgeBase): KbIndex {
  const cached = indexes.get(kb);
  if (cached) return cached;
  const regionsByMember = new Map<string, KbEntry[]>();
  const byName = new Map<string, KbEntry[]>();
  let longestName = 0;
  for (const entry of kb.entries) {
    if (entry.type === 'region') {
      for (const member of entry.memberIds ?? []) {
        const list = regionsByMember.get(member) ?? [];
        list.push(entry);
        regionsByMember.set(member, list);
      }
    }
    for (const name of [entry.name, ...entry.aliases]) {
      const list = byName.get(name) ?? [];
      list.push(entry);
      byName.set(name, list);
      longestName = Math.max(longestName, name.length);
    }
  }
  // Sorted on the regions' own fields only, so any knowledge base holding the same regions lists them alike.
  for (const list of regionsByMember.values()) {
    list.sort((a, b) => (b.memberIds?.length ?? 0) - (a.memberIds?.length ?? 0) || a.id.localeCompare(b.id));
  }
  const index = { regionsByMember, byName, longestName };
  indexes.set(kb, index);
  return index;
}

const LEVEL_RANK: Record<PlaceLevel, number> = { province: 0, prefecture: 1, county: 2 };
const rank = (entry: KbEntry) => (entry.level ? LEVEL_RANK[entry.level] : 3);

/**
 * The card's lookups over `kb`; `articleEntities` (the entities found on the page; only their ids
 * count) settle which of several same-named places an organisation means (鼓楼区 ×4).
 *
 * @example
 * const { findEntityByName } = createCardLookups(kb, [{ id: 'city:350102' }]);
 * findEntityByName('鼓楼区委')?.id; // 'city:350102', Fuzhou's 鼓楼区, because the article names it
 */
export function createCardLookups(
  kb: KnowledgeBase,
  articleEntities: readonly Pick<DetectedEntity, 'id'>[] = [],
): CardLookups {
  const index = indexOf(kb);
  const inArticle = new Set(articleEntities.map((e) => e.id));
  return {
    lookup: (id) => kb.byId.get(id),
    regionsOf: (placeId) => index.regionsByMember.get(placeId) ?? [],
    findEntityByName(name) {
      for (let length = Math.min(name.length, index.longestName); length >= 2; length--) {
        const candidates = index.byName.get(name.slice(0, length));
        if (!candidates) continue;
        // `sort` is stable: among equal ranks the first in knowledge-base order wins.
        return candidates.find((e) => inArticle.has(e.id)) ?? [...candidates].sort((a, b) => rank(a) - rank(b))[0];
      }
      return undefined;
    },
  };
}
