/**
 * Dictionary matching: a trie that finds every word of a word list in text in one pass,
 * leftmost-longest. Shared by the detector and the reader's layer, and kept apart from detection so
 * that the content script, which compiles the reader's layer, never loads the detector's word lists.
 */
export { DictionaryMatcher, type DictionaryMatch, type TrieEdges, type TrieTables } from './dictionary-matcher';
export { MatchList } from './match-list';
export { doubled, NO_INT32, NO_UINT8 } from './growable-columns';
export { WordTable, type WordTableArrays } from './word-table';
