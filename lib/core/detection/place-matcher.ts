import { DictionaryMatcher, MatchList } from '../matching';
import type { KbEntry, KnowledgeBase } from '../knowledge';
import { crossesWordEdge } from './place-rules';
import { PlaceMatches } from './place-matches';
import type { NameCandidates } from './name-candidates';

/**
 * Builds a one-pass matcher over every name of the knowledge base. A short form read across a word
 * edge (平南 in 高水平南阳) is no match, and the text it took is read again (南阳…). Names are folded with `fold`
 * (the same traditional→simplified fold the page text gets), so `寧波` on a page matches `宁波`.
 * The matches come sorted by start, not overlapping, in one list kept from call to call: valid
 * until the next call.
 */
export function createPlaceMatcher(kb: KnowledgeBase, fold: (s: string) => string): (text: string) => PlaceMatches {
  return placeMatcherOver(placeNameTrie(kb, fold));
}

/**
 * The trie of every name of the knowledge base (folded with `fold`) with the entries each can mean:
 * what {@link placeMatcherOver} reads with, built once and storable prebuilt.
 */
export function placeNameTrie(kb: KnowledgeBase, fold: (s: string) => string): DictionaryMatcher<NameCandidates> {
  const byName = new Map<string, NameCandidates>();
  const add = (name: string, entry: KbEntry, weak: boolean) => {
    const key = fold(name);
    let candidates = byName.get(key);
    if (!candidates) {
      candidates = { strong: [], weak: [], facts: undefined, shortForm: false };
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
  // Whether a name is a short form is a fact of the name, worked out once here (a match's surface
  // is always the name it matched).
  for (const [name, candidates] of byName) candidates.shortForm = isShortForm(name, candidates);
  return new DictionaryMatcher(byName);
}

/** The place matcher of {@link createPlaceMatcher} reading with a built trie of names (see {@link placeNameTrie}). */
export function placeMatcherOver(matcher: DictionaryMatcher<NameCandidates>): (text: string) => PlaceMatches {
  // The scans fill typed lists, and the matches that stay go into columns (see PlaceMatches), all
  // kept from one page to the next: no object per match.
  const found = new MatchList(1024);
  const again = new MatchList();
  const out = new PlaceMatches();
  return (text) => {
    found.clear();
    out.clear();
    matcher.scanInto(text, 0, text.length, found);
    const { starts, ends, nodes, length } = found;
    for (let i = 0; i < length; i++) {
      const start = starts[i]!;
      const candidates = matcher.valueAt(nodes[i]!);
      if (!candidates.shortForm || !crossesWordEdge(text, start, ends[i]!)) {
        out.push(start, ends[i]!, candidates);
        continue;
      }
      // Read again from the next character what the short form took (高水平|南阳高新区 after 平南),
      // up to the next match, which the new ones may run into and replace.
      const nextStart = i + 1 < length ? starts[i + 1]! : -1;
      const to = Math.max(ends[i]!, nextStart >= 0 ? nextStart : ends[i]!) + RESCAN_REACH;
      let end = ends[i]!;
      again.clear();
      matcher.scanInto(text, start + 1, to, again);
      for (let k = 0; k < again.length; k++) {
        const againStart = again.starts[k]!;
        if (nextStart >= 0 && againStart >= nextStart) break;
        const value = matcher.valueAt(again.nodes[k]!);
        if (value.shortForm && crossesWordEdge(text, againStart, again.ends[k]!)) continue;
        out.push(againStart, again.ends[k]!, value);
        end = again.ends[k]!;
      }
      while (i + 1 < length && starts[i + 1]! < end) i++;
    }
    return out;
  };
}

/** How far past a dropped match the text is read again: the longest name is about this long. */
const RESCAN_REACH = 24;

/** True when `name` is no full name of the entries it can mean (平南 for 平南县). */
function isShortForm(name: string, candidates: NameCandidates): boolean {
  return !candidates.strong.some((e) => e.name === name) && !candidates.weak.some((e) => e.name === name);
}
