// Tone-marked pinyin and toneless romanisation of names: pinyin-pro, corrected by pinyin-overrides.json.

import { pinyin } from 'pinyin-pro';
import { byString, fail, readSource } from './shared';

/** Pinyin of names, with the place-name corrections applied. */
export interface Pinyin {
  /** `宁波市` → `Níng bō shì`: syllables separated by spaces, the first letter capitalised. */
  toneMarked(text: string): string;
  /**
   * `西安` → `Xi'an`, `宁波` → `Ningbo`: toneless pinyin as one capitalised word (ü kept). With
   * `within`, reads `text` as the start of that longer name, so overrides such as 歙县 apply;
   * throws when `within` does not start with `text`.
   */
  romanize(text: string, within?: string): string;
}

/** Reads pinyin-overrides.json: word → tone-marked syllables, one per character. */
export function readPinyinOverrides(): Record<string, string> {
  return readSource<{ overrides: Record<string, string> }>('pinyin-overrides.json').overrides;
}

/**
 * Pinyin with place-name corrections. `overrides` maps a word to its tone-marked syllables, one
 * per character; the longest override wins and replaces pinyin-pro's reading wherever the word
 * occurs in a name (歙县 → shè xiàn, 都 → dū). Throws when an override's syllable count is not
 * its word's length, or when pinyin-pro gives a run the wrong number of syllables.
 */
export function createPinyin(overrides: Readonly<Record<string, string>>): Pinyin {
  const readings = Object.entries(overrides)
    .map(([word, reading]) => ({ word, syllables: reading.split(' ') }))
    .sort((a, b) => b.word.length - a.word.length || byString(a.word, b.word));
  for (const { word, syllables } of readings) {
    if (syllables.length !== word.length) fail(`pinyin override ${word}: wrong syllable count`);
  }
  const cache = new Map<string, string[]>();

  /** Tone-marked syllables of a run of Han characters, one per character. */
  function hanSyllables(run: string): string[] {
    const cached = cache.get(run);
    if (cached) return cached;
    const syllables = pinyin(run, { type: 'array', toneType: 'symbol', toneSandhi: false });
    if (syllables.length !== run.length) fail(`pinyin-pro gave ${syllables.length} syllables for ${run}`);
    const fixed: boolean[] = new Array<boolean>(run.length).fill(false);
    for (const { word, syllables: reading } of readings) {
      for (let at = run.indexOf(word); at !== -1; at = run.indexOf(word, at + word.length)) {
        if (fixed.slice(at, at + word.length).some(Boolean)) continue;
        reading.forEach((syllable, i) => {
          syllables[at + i] = syllable;
          fixed[at + i] = true;
        });
      }
    }
    cache.set(run, syllables);
    return syllables;
  }

  /** Words of a name: Han characters become syllables, Latin/digit runs stay, punctuation goes. */
  function words(text: string): string[] {
    const out: string[] = [];
    for (const [run] of text.matchAll(/\p{Script=Han}+|[A-Za-z0-9]+/gu)) {
      if (/\p{Script=Han}/u.test(run)) out.push(...hanSyllables(run));
      else out.push(run);
    }
    return out;
  }

  function toneMarked(text: string): string {
    const joined = words(text).join(' ');
    return joined.charAt(0).toUpperCase() + joined.slice(1);
  }

  function romanize(text: string, within: string = text): string {
    if (!within.startsWith(text)) fail(`romanize: ${within} does not start with ${text}`);
    let out = '';
    for (const syllable of words(within).slice(0, words(text).length)) {
      const plain = syllable
        .normalize('NFD')
        .replace(/[\u0300-\u0307\u0309-\u036f]/g, '')
        .normalize('NFC');
      if (out && /^[aoe]/.test(plain)) out += "'";
      out += plain;
    }
    return out.charAt(0).toUpperCase() + out.slice(1);
  }

  return { toneMarked, romanize };
}
