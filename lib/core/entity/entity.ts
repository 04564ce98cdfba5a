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
}

/** Formats a role for display and for the scorer, e.g. `宁波 市长`. */
export function formatRole(role: Role): string {
  return role.organization ? `${role.organization} ${role.title}` : role.title;
}
