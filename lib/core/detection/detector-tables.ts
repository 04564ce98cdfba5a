import type { KnowledgeBase } from '../knowledge';
import type { DictionaryMatcher } from '../matching';
import { foldToSimplified } from '../normalize';
import { placeNameTrie } from './place-matcher';
import type { NameCandidates } from './name-candidates';
import { platformNameTables, type PlatformNameTables } from './platform-names';
import { platformNameWords } from './platform-patterns';
import { lexiconTables, type LexiconTables } from './word-lexicon';

/**
 * Everything the detector derives from the knowledge base alone, built once: the platforms' added
 * names and the lookups' tables, the trie of every name, the words platforms' names are made of.
 * The background loads it prebuilt (prebuilt-knowledge.ts) instead of building it at each start;
 * `detectorOver` (detect.ts) makes the detector over it.
 */
export interface DetectorTables {
  /** The knowledge base with its derived names, places' and platforms' names (see platformNameTables). */
  platformNames: PlatformNameTables;
  /** Every name of the knowledge base, folded, with the entries it can mean (see placeNameTrie). */
  placeTrie: DictionaryMatcher<NameCandidates>;
  /** Words of the known platforms' names that are verbs or function words (see platformNameWords). */
  nameWords: ReadonlySet<string>;
  /**
   * The word lexicon's tables (see word-lexicon.ts). Not derived from the knowledge base, but loaded
   * with it: prebuilt, they spare the background's first detection building them.
   */
  lexicon: LexiconTables;
}

/** Builds the {@link DetectorTables} of `kb`: the slow half of making a detector (tens of ms). */
export function buildDetectorTables(kb: KnowledgeBase): DetectorTables {
  // Platforms' names readers use that the knowledge base does not list (宿马园区, 科技创新片区).
  const platformNames = platformNameTables(kb, foldToSimplified);
  return {
    platformNames,
    placeTrie: placeNameTrie(platformNames.kb, foldToSimplified),
    nameWords: platformNameWords(
      kb.entries.filter((e) => e.type === 'platform').flatMap((e) => [e.name, ...e.aliases].map(foldToSimplified)),
    ),
    lexicon: lexiconTables(),
  };
}
