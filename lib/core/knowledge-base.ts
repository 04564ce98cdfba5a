import type { EntityType } from './entity';

/** One entry of the knowledge base: a place or platform with every name it goes by. */
export interface KbEntry {
  /** Stable id, unique within the knowledge base. */
  id: string;
  type: Exclude<EntityType, 'official'>;
  /** Canonical simplified name, e.g. `宁波市`. */
  name: string;
  /** Other names that refer to the same thing, e.g. `宁波`. */
  aliases: readonly string[];
  /** What kind of place or platform this is, in a few words (`prefecture city`, `expo`, …). */
  kind: string;
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
