import { createKnowledgeBase, type KbEntry, type KnowledgeBase, type PlaceLevel } from './knowledge-base';

// The compact file format of public/kb/knowledge-base.json, written by scripts/build-kb/ (`npm run build:kb`):
//
//   { format: 'district-lens-kb', version: 1, builtFrom, sources: [{ name, version, license }],
//     columns: { places: [...], platforms: [...], regions: [...] }, kinds: ['autonomous banner', …],
//     places:    [[code, level, kind, parent, name, aliases, weakAliases, pinyin, en, nameTraditional], …],
//     platforms: [[slug, kind, location, name, aliases, weakAliases, pinyin, en,
//                  descriptionZh, descriptionEn, members, nameTraditional], …],
//     regions:   [[slug, kind, name, aliases, weakAliases, pinyin, en, descriptionZh, descriptionEn, members,
//                  nameTraditional], …] }
//
// Rows are arrays to keep the file small; `level` indexes KB_LEVELS and `kind` indexes `kinds`.
// `nameTraditional` is the name in traditional characters, '' when it is written the same way.
// Places get the id `city:<code>`, platforms `platform:<slug>`, regions `region:<slug>`; parent,
// location and members are place codes ('' when absent). A change of layout bumps KB_VERSION.

/** The `format` field every knowledge-base file carries. */
export const KB_FORMAT = 'district-lens-kb';
/** The only layout version this parser reads. */
export const KB_VERSION = 2;

/** `level` column values: indexes into this list. */
export const KB_LEVELS: readonly PlaceLevel[] = ['province', 'prefecture', 'county'];

/**
 * What each column's cells hold: text ('' allowed only where the parser says so), a list of
 * non-empty texts, or an index (into {@link KB_LEVELS} or the file's `kinds`). The row types below
 * and the parser's cell readers are both typed from it, so the build that writes rows and the
 * parser that reads them cannot disagree about a column.
 */
export interface KbCells {
  code: string;
  slug: string;
  level: number;
  kind: number;
  parent: string;
  location: string;
  name: string;
  aliases: readonly string[];
  weakAliases: readonly string[];
  pinyin: string;
  en: string;
  descriptionZh: string;
  descriptionEn: string;
  members: readonly string[];
  nameTraditional: string;
}

/** Row layouts of the file, shared with scripts/build-kb/ that writes it. */
export const KB_COLUMNS = {
  places: ['code', 'level', 'kind', 'parent', 'name', 'aliases', 'weakAliases', 'pinyin', 'en', 'nameTraditional'],
  platforms: [
    'slug',
    'kind',
    'location',
    'name',
    'aliases',
    'weakAliases',
    'pinyin',
    'en',
    'descriptionZh',
    'descriptionEn',
    'members',
    'nameTraditional',
  ],
  regions: [
    'slug',
    'kind',
    'name',
    'aliases',
    'weakAliases',
    'pinyin',
    'en',
    'descriptionZh',
    'descriptionEn',
    'members',
    'nameTraditional',
  ],
} as const satisfies Record<string, readonly (keyof KbCells)[]>;

/** The sections of rows: `places`, `platforms`, `regions`. */
export type KbSection = keyof typeof KB_COLUMNS;

/** One row of `section`: one cell per column, in {@link KB_COLUMNS}'s order, of {@link KbCells}'s type. */
export type KbRow<S extends KbSection> = {
  -readonly [I in keyof (typeof KB_COLUMNS)[S]]: (typeof KB_COLUMNS)[S][I] extends keyof KbCells
    ? KbCells[(typeof KB_COLUMNS)[S][I]]
    : never;
};
/** The same row's cells by column name: what the build fills before laying a row out. */
export type KbRowCells<S extends KbSection> = { [C in (typeof KB_COLUMNS)[S][number]]: KbCells[C] };
/** One row of `places`: `[code, level, kind, parent, name, aliases, …]`. */
export type KbPlaceRow = KbRow<'places'>;
/** One row of `platforms`. */
export type KbPlatformRow = KbRow<'platforms'>;
/** One row of `regions`. */
export type KbRegionRow = KbRow<'regions'>;

/** One entry of the file's `sources`: where a part of the data comes from, under which licence. */
export interface KbSourceNote {
  name: string;
  version: string;
  license: string;
  url?: string;
  use: string;
}

/**
 * The whole file as the build writes it (key order is the file's). The parser checks `format`,
 * `version`, `columns`, `kinds` and the rows; `builtFrom` and `sources` are for people.
 */
export interface KnowledgeBaseFile {
  format: typeof KB_FORMAT;
  version: typeof KB_VERSION;
  builtFrom: string;
  sources: KbSourceNote[];
  columns: typeof KB_COLUMNS;
  kinds: string[];
  places: KbPlaceRow[];
  platforms: KbPlatformRow[];
  regions: KbRegionRow[];
}

/** The columns whose cells hold a `T`. */
type ColumnHolding<T> = { [K in keyof KbCells]: KbCells[K] extends T ? K : never }[keyof KbCells];

function fail(message: string): never {
  throw new Error(`Invalid knowledge base: ${message}`);
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  return typeof value === 'object' ? 'an object' : String(value);
}

/** Reads one row: checks its length and hands out typed cells, failing with the row's position. */
function rowReader(section: KbSection, row: unknown, index: number) {
  const where = `${section}[${index}]`;
  const columns = KB_COLUMNS[section];
  if (!Array.isArray(row) || row.length !== columns.length) {
    fail(`${where} should be an array of ${columns.length} cells, got ${describeValue(row)}`);
  }
  type Column = (typeof columns)[number];
  const cell = (column: Column): unknown => row[(columns as readonly string[]).indexOf(column)];
  return {
    where,
    string(column: Column & ColumnHolding<string>, { optional = false } = {}): string {
      const value = cell(column);
      if (typeof value !== 'string' || (!optional && value === '')) {
        fail(`${where}.${column} should be a ${optional ? '' : 'non-empty '}string, got ${describeValue(value)}`);
      }
      return value;
    },
    strings(column: Column & ColumnHolding<readonly string[]>): string[] {
      const value = cell(column);
      if (!Array.isArray(value) || !value.every((v) => typeof v === 'string' && v !== '')) {
        fail(`${where}.${column} should be an array of non-empty strings, got ${describeValue(value)}`);
      }
      return value as string[];
    },
    index(column: Column & ColumnHolding<number>, size: number): number {
      const value = cell(column);
      if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value >= size) {
        fail(`${where}.${column} should be an index below ${size}, got ${describeValue(value)}`);
      }
      return value;
    },
  };
}

const PLACE_CODE = /^[1-9]\d{5}$/;
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function placeCode(value: string, where: string): string {
  if (!PLACE_CODE.test(value)) fail(`${where} should be a 6-digit place code, got "${value}"`);
  return value;
}

const placeId = (code: string) => `city:${code}`;
const provinceIdOf = (code: string) => placeId(`${code.slice(0, 2)}0000`);

/** Adds the optional fields only when they carry something, as hand-written entries do. */
function withOptional(
  entry: KbEntry,
  weakAliases: string[],
  memberCodes: readonly string[],
  nameTraditional: string,
): KbEntry {
  if (nameTraditional !== '' && nameTraditional !== entry.name) entry.nameTraditional = nameTraditional;
  if (weakAliases.length > 0) entry.weakAliases = weakAliases;
  if (memberCodes.length > 0) entry.memberIds = memberCodes.map(placeId);
  return entry;
}

/**
 * Reads a knowledge-base file (the parsed JSON, or its text) into a {@link KnowledgeBase}. Pure:
 * no I/O. Throws an Error saying what is wrong when the input is not a knowledge base of
 * {@link KB_FORMAT} version {@link KB_VERSION}, when a row is malformed, when two entries share an
 * id, or when a parent, location or member does not resolve.
 */
export function parseKnowledgeBase(json: unknown): KnowledgeBase {
  let data = json;
  if (typeof data === 'string') {
    try {
      data = JSON.parse(data) as unknown;
    } catch {
      fail('the text is not JSON');
    }
  }
  if (!isRecord(data)) fail(`expected an object, got ${describeValue(data)}`);
  if (data.format !== KB_FORMAT) fail(`format should be "${KB_FORMAT}", got ${describeValue(data.format)}`);
  if (data.version !== KB_VERSION) {
    fail(`version ${describeValue(data.version)} is not supported (this build reads version ${KB_VERSION})`);
  }
  const columns = data.columns;
  if (!isRecord(columns)) fail('columns is missing');
  for (const section of Object.keys(KB_COLUMNS) as KbSection[]) {
    if (JSON.stringify(columns[section]) !== JSON.stringify(KB_COLUMNS[section])) {
      fail(`columns.${section} should be ${JSON.stringify(KB_COLUMNS[section])}`);
    }
    if (!Array.isArray(data[section])) fail(`${section} should be an array, got ${describeValue(data[section])}`);
  }
  const kinds = data.kinds;
  if (!Array.isArray(kinds) || !kinds.every((k) => typeof k === 'string' && k !== '')) {
    fail('kinds should be an array of non-empty strings');
  }
  const kind = (read: ReturnType<typeof rowReader>) => kinds[read.index('kind', kinds.length)] as string;

  const entries: KbEntry[] = [];
  (data.places as unknown[]).forEach((row, i) => {
    const read = rowReader('places', row, i);
    const code = placeCode(read.string('code'), `${read.where}.code`);
    const parent = read.string('parent', { optional: true });
    const entry: KbEntry = {
      id: placeId(code),
      type: 'city',
      name: read.string('name'),
      aliases: read.strings('aliases'),
      kind: kind(read),
      code,
      level: KB_LEVELS[read.index('level', KB_LEVELS.length)],
      provinceId: provinceIdOf(code),
      pinyin: read.string('pinyin'),
      en: read.string('en'),
    };
    if (parent) entry.parentId = placeId(placeCode(parent, `${read.where}.parent`));
    entries.push(
      withOptional(entry, read.strings('weakAliases'), [], read.string('nameTraditional', { optional: true })),
    );
  });
  (data.platforms as unknown[]).forEach((row, i) => {
    const read = rowReader('platforms', row, i);
    const slug = read.string('slug');
    if (!SLUG.test(slug)) fail(`${read.where}.slug should be lower-case ascii words joined by -, got "${slug}"`);
    const location = read.string('location', { optional: true });
    const entry: KbEntry = {
      id: `platform:${slug}`,
      type: 'platform',
      name: read.string('name'),
      aliases: read.strings('aliases'),
      kind: kind(read),
      pinyin: read.string('pinyin'),
      en: read.string('en'),
      descriptionZh: read.string('descriptionZh'),
      descriptionEn: read.string('descriptionEn'),
    };
    if (location) {
      entry.locationId = placeId(placeCode(location, `${read.where}.location`));
      entry.provinceId = provinceIdOf(location);
    }
    const members = read.strings('members').map((m) => placeCode(m, `${read.where}.members`));
    entries.push(
      withOptional(entry, read.strings('weakAliases'), members, read.string('nameTraditional', { optional: true })),
    );
  });
  (data.regions as unknown[]).forEach((row, i) => {
    const read = rowReader('regions', row, i);
    const slug = read.string('slug');
    if (!SLUG.test(slug)) fail(`${read.where}.slug should be lower-case ascii words joined by -, got "${slug}"`);
    const entry: KbEntry = {
      id: `region:${slug}`,
      type: 'region',
      name: read.string('name'),
      aliases: read.strings('aliases'),
      kind: kind(read),
      pinyin: read.string('pinyin'),
      en: read.string('en'),
      descriptionZh: read.string('descriptionZh'),
      descriptionEn: read.string('descriptionEn'),
    };
    const members = read.strings('members').map((m) => placeCode(m, `${read.where}.members`));
    entries.push(
      withOptional(entry, read.strings('weakAliases'), members, read.string('nameTraditional', { optional: true })),
    );
  });

  let kb: KnowledgeBase;
  try {
    kb = createKnowledgeBase(entries);
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  for (const entry of kb.entries) {
    for (const ref of [entry.parentId, entry.locationId, ...(entry.memberIds ?? []), entry.provinceId]) {
      if (ref !== undefined && kb.byId.get(ref)?.type !== 'city')
        fail(`${entry.id} refers to ${ref}, which is no place`);
    }
  }
  return kb;
}
