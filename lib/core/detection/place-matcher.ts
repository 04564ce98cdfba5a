import { DictionaryMatcher } from '../matching';
import type { KbEntry, KnowledgeBase } from '../knowledge';

/** Every knowledge-base entry a surface name can mean, split by how safe the name is. */
export interface NameCandidates {
  /** Entries for which this is the full name or a safe alias (宁波 → 宁波市). */
  strong: KbEntry[];
  /** Entries for which this is only a weak alias (朝阳 → 朝阳区; 沪 → 上海市). */
  weak: KbEntry[];
}

/** A surface name found in the normalised text with the entries it can mean. */
export interface NameMatch {
  start: number;
  end: number;
  candidates: NameCandidates;
  /** Set when the full name was written but its last character begins a title (宁波市长). */
  suffixYielded?: boolean;
}

/**
 * Builds a one-pass matcher over every name of the knowledge base. Names are folded with `fold`
 * (the same traditional→simplified fold the page text gets), so `寧波` on a page matches `宁波`.
 */
export function createPlaceMatcher(kb: KnowledgeBase, fold: (s: string) => string): (text: string) => NameMatch[] {
  const byName = new Map<string, NameCandidates>();
  const add = (name: string, entry: KbEntry, weak: boolean) => {
    const key = fold(name);
    let candidates = byName.get(key);
    if (!candidates) {
      candidates = { strong: [], weak: [] };
      byName.set(key, candidates);
    }
    const list = weak ? candidates.weak : candidates.strong;
    if (!list.includes(entry)) list.push(entry);
  };
  for (const entry of kb.entries) {
    add(entry.name, entry, false);
    for (const alias of entry.aliases) add(alias, entry, false);
    for (const alias of entry.weakAliases ?? []) add(alias, entry, true);
  }
  const matcher = new DictionaryMatcher(byName);
  return (text) => matcher.findAll(text).map((m) => ({ start: m.start, end: m.end, candidates: m.value }));
}
