import type { DictionaryMatch } from '../matching';
import { MultiDictionaryMatcher } from './multi-dictionary-matcher';

/** A dictionary searched in a page together with the other joint dictionaries (see {@link jointDictionary}). */
export interface JointDictionary<T> {
  /**
   * Every leftmost-longest match of the dictionary's words in `text`, in order, as a
   * DictionaryMatcher of them finds it. The list is shared: callers must not change it.
   */
  findAll(text: string): readonly DictionaryMatch<T>[];
}

// The dictionaries made so far, the matcher of them all (made at the first search), and the last
// text searched with every dictionary's matches in it.
const dictionaries: (readonly (readonly [string, unknown])[])[] = [];
let matcher: MultiDictionaryMatcher<unknown> | undefined;
let lastText: string | undefined;
let lastFound: readonly DictionaryMatch<unknown>[][] = [];

/**
 * A dictionary of `words` (each with its value; a repeated word keeps its first) whose matches in a
 * text are found in one pass with every other joint dictionary's: the detector searches each page
 * for titles, appointment verbs and platform words, and one pass over the page serves all three.
 * The matches of the last text searched are kept until another text is searched (a detection asks
 * each dictionary about the same page in turn); a text equal to the last one is not searched again.
 *
 * @example jointDictionary([['市长', 'title']]).findAll('副市长王强') // [{ start: 1, end: 3, value: 'title' }]
 */
export function jointDictionary<T>(words: readonly (readonly [string, T])[]): JointDictionary<T> {
  const index = dictionaries.length;
  dictionaries.push(words);
  matcher = undefined;
  lastText = undefined;
  return {
    findAll(text) {
      if (text !== lastText || matcher === undefined) {
        matcher ??= new MultiDictionaryMatcher<unknown>(dictionaries);
        lastFound = matcher.findAll(text);
        lastText = text;
      }
      return lastFound[index] as readonly DictionaryMatch<T>[];
    },
  };
}
