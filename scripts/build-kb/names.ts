// Places' pinyin and English names (english-names.json first, pinyin otherwise), and names in traditional characters.

import * as OpenCC from 'opencc-js';
import type { DivisionPlace } from './divisions';
import type { PlaceNames } from './entries';
import type { Pinyin } from './pinyin';
import { readSource } from './shared';

/** english-names.json: English where toneless pinyin is not what English uses. */
export interface EnglishNames {
  /** A place's base (name without suffix and ethnic names) → English, for every place with it. */
  byBase: Record<string, string>;
  /** A place's code → its whole English name. */
  byCode: Record<string, string>;
  /** An NBS development-zone row's code → its whole English name. */
  zones: Record<string, string>;
}

/** Reads scripts/kb-sources/english-names.json. */
export function readEnglishNames(): EnglishNames {
  return readSource<EnglishNames>('english-names.json');
}

/** English words for the 左旗/右翼中旗 endings of Inner Mongolian banners. */
const BANNER_WORDS: readonly (readonly [zh: string, en: string])[] = [
  ['左翼', 'Left'],
  ['右翼', 'Right'],
  ['左', 'Left'],
  ['右', 'Right'],
  ['前', 'Front'],
  ['中', 'Middle'],
  ['后', 'Rear'],
];

/**
 * Each place's tone-marked pinyin, English base and English name, by code. English is
 * english-names.json's whole name for the code, else the base's English (byBase, else romanised
 * pinyin) + banner position words (左翼中旗 → Left Middle) + the kind's suffix (` County`).
 */
export function placeNames(
  places: ReadonlyMap<string, DivisionPlace>,
  english: EnglishNames,
  { toneMarked, romanize }: Pinyin,
): Map<string, PlaceNames> {
  const names = new Map<string, PlaceNames>();
  for (const place of places.values()) {
    let base = place.base;
    let tail = '';
    for (let found = place.kind === 'banner'; found;) {
      found = false;
      const word = BANNER_WORDS.find(([zh]) => base.endsWith(zh) && base.length > zh.length);
      if (word) {
        base = base.slice(0, -word[0].length);
        tail = ` ${word[1]}${tail}`;
        found = true;
      }
    }
    const baseEn = english.byBase[base] ?? romanize(base, place.name);
    names.set(place.code, {
      pinyin: toneMarked(place.name),
      enBase: english.byBase[place.base] ?? romanize(place.base, place.name),
      en: english.byCode[place.code] ?? `${baseEn}${tail}${place.enSuffix}`,
    });
  }
  return names;
}

/**
 * A converter to the name in traditional characters (OpenCC cn → tw) for the card: '' when the
 * name is written the same way in both.
 */
export function createTraditional(): (name: string) => string {
  const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
  return (name) => {
    const converted = toTraditional(name);
    return converted === name ? '' : converted;
  };
}
