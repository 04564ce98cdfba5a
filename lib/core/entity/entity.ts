/** The kinds of entity District Lens marks on a page. */
export type EntityType = 'city' | 'platform' | 'official' | 'person' | 'region';

/** Every entity type, in the order the UI lists them. */
export const ENTITY_TYPES: readonly EntityType[] = ['official', 'person', 'city', 'platform', 'region'];

/** A half-open span `[start, end)` of UTF-16 offsets into the raw article text. */
export interface Mention {
  start: number;
  end: number;
}

/** A role an official holds according to the article, e.g. `{ organization: '宁波', title: '市长' }`. */
export interface Role {
  /** The organisation or place the title belongs to; empty when the article names none. */
  organization: string;
  title: string;
}

/**
 * Why District Lens highlights an entity, in terms a reader can judge and correct:
 * - `knowledge-base`: one of its names is in the built-in knowledge base (宁波, 虹桥商务区);
 * - `name-shape`: a proper name followed by a platform word, `suffix` (苏州生物医药 + `产业园`);
 * - `title`: a name starting with a surname next to a title, `title` (`市长` + 裘东耀); the same
 *   name's later bare mentions in the article are that person too;
 * - `reader`: the reader added it, or corrected District Lens to it (type, same as).
 */
export type Evidence =
  | { kind: 'knowledge-base' }
  | { kind: 'name-shape'; suffix: string }
  | { kind: 'title'; title: string }
  | { kind: 'reader' };

/** Every kind of evidence, in the order the UI explains them. */
export const EVIDENCE_KINDS: readonly Evidence['kind'][] = ['knowledge-base', 'name-shape', 'title', 'reader'];

/** One entity found in an article, with every mention of it in that article's raw text. */
export interface DetectedEntity {
  /** Stable id: a knowledge-base id (`kb:…`) or an article-local id for officials (`official:裘东耀`). */
  id: string;
  type: EntityType;
  /** Canonical simplified name. */
  name: string;
  /** Roles found in this article (officials only; empty otherwise). */
  roles: Role[];
  /** Mentions sorted by `start`, never overlapping each other. */
  mentions: Mention[];
  /** Why it is highlighted (see {@link Evidence}). */
  evidence: Evidence;
}

/** Formats a role for display and for the scorer, e.g. `宁波 市长`. */
export function formatRole(role: Role): string {
  return role.organization ? `${role.organization} ${role.title}` : role.title;
}
