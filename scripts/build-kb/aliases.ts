// Places' aliases: short forms (strong, or weak by rule), curated aliases, common words, province abbreviations.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DivisionPlace } from './divisions';
import type { NameLists } from './entries';
import { SOURCES_DIR, fail, readSource } from './shared';

/** The curated inputs about places' names, from scripts/kb-sources/. */
export interface AliasSources {
  /** common-word-place-names.txt: short forms that are everyday words → why (the line's comment). */
  commonWords: Map<string, string>;
  /** place-aliases.json: extra names by place code (申城, 羊城; weak: 山城). */
  placeAliases: Record<string, { aliases?: string[]; weakAliases?: string[] }>;
  /** province-abbreviations.json: one-character abbreviations by province code (沪, 川 蜀). */
  abbreviations: Record<string, string[]>;
}

/** The names of a curated platform or region, for finding place short forms they claim. */
export interface CuratedNames {
  id?: string;
  name?: string;
  aliases?: readonly string[];
  weakAliases?: readonly string[];
}

/**
 * Reads common-word-place-names.txt: one word a line, then `#` and why. Throws when a word has no
 * reason or is listed twice.
 */
function readCommonWords(): Map<string, string> {
  const words = new Map<string, string>();
  for (const line of readFileSync(join(SOURCES_DIR, 'common-word-place-names.txt'), 'utf8').split('\n')) {
    const word = line.replace(/#.*/, '').trim();
    if (!word) continue;
    if (!line.includes('#')) fail(`common-word-place-names.txt: "${word}" needs a # comment saying why`);
    if (words.has(word)) fail(`common-word-place-names.txt: ${word} is listed twice`);
    words.set(word, line.slice(line.indexOf('#') + 1).trim());
  }
  return words;
}

/** Reads the three curated files about places' names. Throws on a malformed common-words line. */
export function readAliasSources(): AliasSources {
  return {
    commonWords: readCommonWords(),
    placeAliases: readSource<{ aliases: AliasSources['placeAliases'] }>('place-aliases.json').aliases,
    abbreviations: readSource<{ abbreviations: AliasSources['abbreviations'] }>('province-abbreviations.json')
      .abbreviations,
  };
}

/**
 * Each place's aliases and weak aliases, by code (every place has an entry), and a log line for
 * each short form made weak by a rule other than the common-words list (for `--verbose`).
 *
 * A place's short form (宁波 for 宁波市) and extra forms (延边州) are strong unless the short form
 * is a listed common word, or a form is another place's full name, a higher-level place's short
 * form, or a name of a curated platform or region (`curated`). Then come place-aliases.json's
 * names and, for provinces, their abbreviations (weak). Throws when place-aliases.json names an
 * unknown code, an abbreviation's code is no province, or a listed common word is no place's
 * short form (so the list stays honest).
 */
export function placeAliases(
  places: ReadonlyMap<string, DivisionPlace>,
  sources: AliasSources,
  curated: readonly CuratedNames[],
): { names: Map<string, NameLists>; log: string[] } {
  const log: string[] = [];
  const fullNames = new Set([...places.values()].map((p) => p.name));
  const shortsAt = (level: DivisionPlace['level']) =>
    [...places.values()].filter((p) => p.level === level && p.short).flatMap((p) => [p.short!, ...p.extra]);
  const higherShorts: Partial<Record<DivisionPlace['level'], Set<string>>> = {
    prefecture: new Set(shortsAt('province')),
    county: new Set([...shortsAt('province'), ...shortsAt('prefecture')]),
  };
  // A place short form equal to a curated platform's or region's name is weak (阿里 → 阿里巴巴).
  const curatedNames = new Map<string, string>();
  for (const source of curated) {
    const owner = source.name ?? source.id ?? '?';
    for (const name of [source.name, ...(source.aliases ?? []), ...(source.weakAliases ?? [])]) {
      if (name !== undefined) curatedNames.set(name, owner);
    }
  }

  const names = new Map<string, NameLists>();
  const usedCommonWords = new Set<string>();
  for (const place of places.values()) {
    const lists: NameLists = { aliases: [], weakAliases: [] };
    names.set(place.code, lists);
    [place.short, ...place.extra].forEach((form, i) => {
      if (!form) return;
      let why: string | null = null;
      if (i === 0 && sources.commonWords.has(form)) {
        why = 'common word';
        usedCommonWords.add(form);
      } else if (fullNames.has(form)) why = 'another place’s full name';
      else if (higherShorts[place.level]?.has(form)) why = 'a higher-level place’s short form';
      else if (curatedNames.has(form)) why = `also ${curatedNames.get(form)}`;
      if (!why) {
        lists.aliases.push(form);
        return;
      }
      lists.weakAliases.push(form);
      if (why !== 'common word') log.push(`weak ${form} (${place.name}): ${why}`);
    });
    const extra = sources.placeAliases[place.code];
    if (extra) {
      lists.aliases.push(...(extra.aliases ?? []));
      lists.weakAliases.push(...(extra.weakAliases ?? []));
    }
    if (place.level === 'province') lists.weakAliases.push(...(sources.abbreviations[place.code] ?? []));
  }
  const unknownCodes = Object.keys(sources.placeAliases).filter((code) => !places.has(code));
  if (unknownCodes.length) fail(`place-aliases.json: unknown codes ${unknownCodes.join(', ')}`);
  const notProvinces = Object.keys(sources.abbreviations).filter((code) => places.get(code)?.level !== 'province');
  if (notProvinces.length) fail(`province-abbreviations.json: not provinces ${notProvinces.join(', ')}`);
  const unusedWords = [...sources.commonWords.keys()].filter((word) => !usedCommonWords.has(word));
  if (unusedWords.length) fail(`common-word-place-names.txt: no place has the short form ${unusedWords.join(', ')}`);
  return { names, log };
}
