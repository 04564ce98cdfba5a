// Curated regions from regions.json (长三角, 珠三角…), their members expanded to place codes.

import type { Place, Region } from './entries';
import type { Pinyin } from './pinyin';
import { byString, fail, readSource, unique } from './shared';

/** One region of scripts/kb-sources/regions.json. */
export interface RegionSource {
  /** The id is `region:<id>`. */
  id: string;
  name: string;
  aliases?: string[];
  weakAliases?: string[];
  kind: string;
  en: string;
  descriptionZh: string;
  descriptionEn: string;
  /** 6-digit place codes, or `prefectures:<province code>` for every prefecture of a province. */
  members: string[];
}

/** Reads the regions of scripts/kb-sources/regions.json. */
export function readRegionSource(): RegionSource[] {
  return readSource<{ regions: RegionSource[] }>('regions.json').regions;
}

const REQUIRED = ['id', 'name', 'kind', 'en', 'descriptionZh', 'descriptionEn', 'members'] as const;

/**
 * The regions with pinyin and members as sorted place codes without repeats
 * (`prefectures:320000` → Jiangsu's 13 prefecture-level cities). Throws when a required field is
 * missing or empty, a member is no place, or a province has no prefectures.
 */
export function buildRegions(
  sources: readonly RegionSource[],
  places: ReadonlyMap<string, Place>,
  { toneMarked }: Pinyin,
): Region[] {
  return sources.map((source) => {
    for (const field of REQUIRED) {
      if (!source[field]) fail(`region ${source.name ?? source.id ?? '?'}: no ${field}`);
    }
    const members = source.members.flatMap((member) => {
      const prefecturesOf = /^prefectures:(\d{6})$/.exec(member);
      if (prefecturesOf) {
        const list = [...places.values()].filter((p) => p.level === 'prefecture' && p.parent === prefecturesOf[1]);
        if (!list.length) fail(`region ${source.name}: no prefectures in ${member}`);
        return list.map((p) => p.code);
      }
      if (!places.has(member)) fail(`region ${source.name}: unknown member ${member}`);
      return [member];
    });
    return {
      slug: source.id,
      kind: source.kind,
      name: source.name,
      aliases: [...(source.aliases ?? [])],
      weakAliases: [...(source.weakAliases ?? [])],
      pinyin: toneMarked(source.name),
      en: source.en,
      descriptionZh: source.descriptionZh,
      descriptionEn: source.descriptionEn,
      members: unique(members).sort(byString),
    };
  });
}
