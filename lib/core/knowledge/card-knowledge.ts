import { createCardLookups } from './kb-lookups';
import type { KbEntry, KnowledgeBase } from './knowledge-base';

/** What a content script asks the background for, to show the cards of some entities. */
export interface CardKnowledgeRequest {
  /** The entities whose cards will be shown (`city:330282`, `platform:ciie`, `official:裘东耀`…). */
  entityIds: string[];
  /** Every organisation of those entities' roles (`嘉兴市委`): the card links each to a place or platform. */
  organizations: string[];
  /** Every entity found on the page: decides which same-named place an organisation means (鼓楼区 ×4). */
  articleEntityIds: string[];
}

/** Most entity ids and organisations in one request: a card needs one entity and a few organisations. */
export const MAX_CARD_ENTITIES = 50;
export const MAX_CARD_ORGANIZATIONS = 50;
/** Most article entity ids in one request: far more than any real article names. */
export const MAX_ARTICLE_ENTITIES = 2000;
/** Longest id or organisation accepted: ids and organisations are short names. */
export const MAX_CARD_STRING = 200;

/**
 * The knowledge-base entries the cards of `request.entityIds` look up, in `kb.entries` order and
 * without duplicates, so that for each of those entities
 * `createCardLookups(createKnowledgeBase(slice), articleEntities)` answers every lookup the card
 * makes exactly as `createCardLookups(kb, articleEntities)` does:
 * - `lookup` of the entity, of its ancestors (parentId chain), of a platform's location and that
 *   place's ancestors, of a region's members;
 * - `regionsOf` the entity: every region listing it, and every member of those regions (the card
 *   tells province regions from city regions by looking the members up);
 * - `findEntityByName` of each organisation, and of each of its prefixes of two or more characters.
 *
 * Linked entries (a parent, a region, an organisation's place) are in the slice as entries only:
 * opening one's card is a card of its own, with a request of its own.
 *
 * Why the slice picks the same organisation: the full knowledge base stops at the longest prefix
 * with candidates and picks the first candidate the article names, else the first of the highest
 * level. The slice is a subset, so it has no candidate at a longer prefix; it holds the winner, so
 * it stops at the same prefix; and it keeps knowledge-base order, so no candidate it holds can
 * come before the winner under that rule (one that could would have won on the full base).
 *
 * @example
 * cardKnowledge(kb, { entityIds: ['city:330282'], organizations: [], articleEntityIds: ['city:330282'] })
 *   .map((e) => e.name); // ['浙江省', '宁波市', '慈溪市']: the county and the places above it
 */
export function cardKnowledge(kb: KnowledgeBase, request: CardKnowledgeRequest): KbEntry[] {
  const full = createCardLookups(
    kb,
    request.articleEntityIds.map((id) => ({ id })),
  );
  const wanted = new Set<string>();

  /** Adds the entry and its ancestors; returns the entry. */
  function addWithAncestors(id: string | undefined): KbEntry | undefined {
    const entry = id === undefined ? undefined : kb.byId.get(id);
    // A chain of its own (not stopping at entries already wanted: a region member comes without its parents).
    const chain = new Set<string>();
    for (let at = entry; at && !chain.has(at.id); at = at.parentId ? kb.byId.get(at.parentId) : undefined) {
      chain.add(at.id);
      wanted.add(at.id);
    }
    return entry;
  }
  function addRegion(region: KbEntry) {
    wanted.add(region.id);
    for (const member of region.memberIds ?? []) if (kb.byId.has(member)) wanted.add(member);
  }

  for (const id of request.entityIds) {
    const entry = addWithAncestors(id);
    if (!entry) continue; // an official, a person or a pattern-found platform: nothing to look up
    if (entry.type === 'region') addRegion(entry);
    if (entry.type === 'platform') addWithAncestors(entry.locationId);
    for (const region of full.regionsOf(entry.id)) addRegion(region);
  }
  for (const organization of request.organizations) {
    for (let length = organization.length; length >= 2; length--) {
      const winner = full.findEntityByName(organization.slice(0, length));
      if (winner) wanted.add(winner.id);
    }
  }
  return kb.entries.filter((entry) => wanted.has(entry.id));
}

/**
 * Checks a card-knowledge message payload and returns it as a {@link CardKnowledgeRequest}
 * (fresh arrays, nothing else kept); throws an Error saying what is wrong otherwise.
 *
 * @example
 * parseCardKnowledgeRequest({ entityIds: ['city:330400'], organizations: ['嘉兴市委'], articleEntityIds: [] }); // ok
 * parseCardKnowledgeRequest({ entityIds: 'city:330400' }); // throws: entityIds must be a list of strings.
 */
export function parseCardKnowledgeRequest(value: unknown): CardKnowledgeRequest {
  if (typeof value !== 'object' || value === null) throw new Error('The card request must be an object.');
  const fields = value as Record<string, unknown>;
  return {
    entityIds: stringList(fields.entityIds, 'entityIds', MAX_CARD_ENTITIES),
    organizations: stringList(fields.organizations, 'organizations', MAX_CARD_ORGANIZATIONS),
    articleEntityIds: stringList(fields.articleEntityIds, 'articleEntityIds', MAX_ARTICLE_ENTITIES),
  };
}

function stringList(value: unknown, field: string, max: number): string[] {
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) {
    throw new Error(`${field} must be a list of strings.`);
  }
  if (value.length > max) throw new Error(`${field} has ${value.length} items; at most ${max} are allowed.`);
  if (value.some((item: string) => item.length > MAX_CARD_STRING)) {
    throw new Error(`${field} has an item longer than ${MAX_CARD_STRING} characters.`);
  }
  return [...(value as string[])];
}
