import type { KbEntry } from '../knowledge';
import type { MapEntity } from '../map-picture';

/**
 * The organisation of a role as the reading history stores it (`宁波市 市长` → `宁波市`,
 * `虹桥商务区管委会 党组书记` → `虹桥商务区管委会`): the text before the first space, as
 * formatRole writes it; '' for a bare title (`市长`), which names no place.
 */
export function roleOrganization(role: string): string {
  const space = role.indexOf(' ');
  return space > 0 ? role.slice(0, space) : '';
}

/** A place an official's roles belong to, as a map entity, with the roles they held there. */
export interface RolePlace extends MapEntity {
  type: KbEntry['type'];
  /**
   * The roles at this place in the order first met, each once; a role whose organisation is the
   * place's own name is its bare title (`市长` at 宁波市), others stay whole (`嘉兴市委 书记`).
   */
  roles: string[];
}

/**
 * The places of an official's roles, for the map on their page: each role's organisation found with
 * `findEntityByName` (the card's lookup: `嘉兴市委` → 嘉兴市, `虹桥商务区管委会` → 虹桥国际中央商务区),
 * counted by the articles that give a role there (two roles at 宁波 in one article count once).
 * Bare titles and organisations the lookup does not know are left out: a map shows only what it can
 * place. Most articles first, then in the order first met; deterministic for the same input.
 *
 * @example
 * rolePlaces([{ roles: ['宁波市 市长', '宁波市委 副书记'] }], find)
 *   // [{ id: 'city:330200', type: 'city', name: '宁波市', count: 1, roles: ['市长', '宁波市委 副书记'] }]
 */
export function rolePlaces(
  articles: readonly { roles: readonly string[] }[],
  findEntityByName: (name: string) => Pick<KbEntry, 'id' | 'type' | 'name'> | undefined,
): RolePlace[] {
  const byId = new Map<string, RolePlace & { order: number }>();
  for (const article of articles) {
    const counted = new Set<string>();
    for (const role of article.roles) {
      const organization = roleOrganization(role);
      const entry = organization ? findEntityByName(organization) : undefined;
      if (!entry) continue;
      let place = byId.get(entry.id);
      if (!place) {
        place = { id: entry.id, type: entry.type, name: entry.name, count: 0, roles: [], order: byId.size };
        byId.set(entry.id, place);
      }
      const shown = organization === entry.name ? role.slice(organization.length + 1) : role;
      if (!place.roles.includes(shown)) place.roles.push(shown);
      if (!counted.has(entry.id)) {
        counted.add(entry.id);
        place.count++;
      }
    }
  }
  return [...byId.values()]
    .sort((a, b) => b.count - a.count || a.order - b.order)
    .map(({ order: _order, ...place }) => place);
}
