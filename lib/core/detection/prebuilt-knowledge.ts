import { createKnowledgeBase, type KbEntry, type PlaceLevel } from '../knowledge';
import { DictionaryMatcher } from '../matching';
import type { DetectorTables } from './detector-tables';
import type { NameCandidates } from './place-matcher';
import type { WordClass } from './word-lexicon';

// The detector's tables (detector-tables.ts) in one binary, so that the background loads them by
// reading arrays instead of parsing 0.9 MB of JSON and building a trie of ten thousand names
// (public/kb/knowledge-base.bin.gz, written gzipped by `npm run build:kb`).
//
// Layout, little-endian, every section starting at a multiple of 4 bytes:
//   'DLKB' · u32 version · u32 header length · header (UTF-8 JSON: each section's byte offset and
//   length in elements) · sections.
// Sections: `ints`, one Int32 stream the decoder reads in the order the encoder wrote it (entries,
// then the platform names' tables, the name words, the trie's candidates, its node values);
// `strings`, every distinct string joined (UTF-16), and `stringEnds`, where each ends; the trie's
// own arrays (`slotNode`, `slotCode`, `slotChild`, `starts`), stored as the matcher uses them;
// the word lexicon's words (`lexUnits` end to end, `lexLength` each, one `lexClass` code each, see
// WORD_CLASSES; its hash table's size is the last int) and its `lexLast` character marks.
// Strings and entries are written as indexes into those lists; -1 stands for none.

/** The layout version; a change of layout bumps it, and the decoder refuses other versions. */
export const PREBUILT_VERSION = 2;

const MAGIC = 'DLKB';
const LEVELS: readonly PlaceLevel[] = ['province', 'prefecture', 'county'];
const WORD_CLASSES: readonly WordClass[] = ['function', 'predicate', 'phrase', 'proper', 'common'];

type SectionName =
  | 'ints'
  | 'strings'
  | 'stringEnds'
  | 'slotNode'
  | 'slotCode'
  | 'slotChild'
  | 'starts'
  | 'lexUnits'
  | 'lexLength'
  | 'lexClass'
  | 'lexLast';
type Section = Int32Array | Uint16Array | Uint32Array | Uint8Array;

/** The section arrays' types, for the decoder's views. */
const SECTION_TYPES = {
  ints: Int32Array,
  strings: Uint16Array,
  stringEnds: Uint32Array,
  slotNode: Int32Array,
  slotCode: Uint16Array,
  slotChild: Int32Array,
  starts: Uint8Array,
  lexUnits: Uint16Array,
  lexLength: Uint8Array,
  lexClass: Uint8Array,
  lexLast: Uint8Array,
} as const;

/**
 * Encodes `tables` (as buildDetectorTables makes them, before any detection) into the binary that
 * {@link decodeDetectorTables} reads. Deterministic: the same tables give the same bytes, which is
 * how `npm run build:kb -- --check` tells a stale file.
 */
export function encodeDetectorTables(tables: DetectorTables): Uint8Array {
  const ints: number[] = [];
  const stringIndex = new Map<string, number>();
  const strings: string[] = [];
  const str = (s: string | undefined) => {
    if (s === undefined) return -1;
    let index = stringIndex.get(s);
    if (index === undefined) {
      index = strings.length;
      strings.push(s);
      stringIndex.set(s, index);
    }
    return index;
  };
  const { kb, contextOf, placeNames, initials, platformByName } = tables.platformNames;
  const entryIndex = new Map<KbEntry, number>(kb.entries.map((e, i) => [e, i]));
  const entry = (e: KbEntry) => {
    const index = entryIndex.get(e);
    if (index === undefined) throw new Error(`prebuilt knowledge: ${e.id} is no entry of the tables' knowledge base`);
    return index;
  };
  const list = <T>(items: Iterable<T>, write: (item: T) => void) => {
    const all = [...items];
    ints.push(all.length);
    for (const item of all) write(item);
  };

  list(kb.entries, (e) => {
    ints.push(str(e.id), str(e.type), str(e.name), str(e.kind), e.level ? LEVELS.indexOf(e.level) : -1);
    ints.push(str(e.parentId), str(e.provinceId), str(e.locationId));
    list(e.aliases, (a) => ints.push(str(a)));
    list(e.memberIds ?? [], (m) => ints.push(str(m)));
    ints.push(e.memberIds ? 1 : 0);
  });
  list(contextOf, ([id, context]) => ints.push(str(id), str(context)));
  list(placeNames, ([name, entries]) => {
    ints.push(str(name));
    list(entries, (e) => ints.push(entry(e)));
  });
  list(initials, (c) => ints.push(str(c)));
  list(platformByName, ([name, e]) => ints.push(str(name), entry(e)));
  list(tables.nameWords, (w) => ints.push(str(w)));

  const trie = tables.placeTrie.tables();
  const candidateIndex = new Map<NameCandidates, number>();
  const candidates: NameCandidates[] = [];
  for (const value of trie.values) {
    if (value === undefined || candidateIndex.has(value)) continue;
    candidateIndex.set(value, candidates.length);
    candidates.push(value);
  }
  list(candidates, (c) => {
    ints.push(c.shortForm ? 1 : 0);
    list(c.strong, (e) => ints.push(entry(e)));
    list(c.weak, (e) => ints.push(entry(e)));
  });
  ints.push(trie.size);
  list(trie.values, (v) => ints.push(v === undefined ? -1 : candidateIndex.get(v)!));
  const lexicon = tables.lexicon.words;
  ints.push(lexicon.slotCount);
  for (let i = 0; i < lexicon.wordLength.length; i++) {
    if (lexicon.wordLength[i]! > 255) throw new Error('prebuilt knowledge: a lexicon word is over 255 characters');
  }

  const joined = strings.join('');
  const stringUnits = new Uint16Array(joined.length);
  for (let i = 0; i < joined.length; i++) stringUnits[i] = joined.charCodeAt(i);
  const stringEnds = new Uint32Array(strings.length);
  let end = 0;
  strings.forEach((s, i) => (stringEnds[i] = end += s.length));

  const sections: Record<SectionName, Section> = {
    ints: Int32Array.from(ints),
    strings: stringUnits,
    stringEnds,
    slotNode: trie.slotNode,
    slotCode: trie.slotCode,
    slotChild: trie.slotChild,
    starts: trie.starts,
    lexUnits: lexicon.units,
    lexLength: Uint8Array.from(lexicon.wordLength),
    lexClass: Uint8Array.from(lexicon.values, (c) => WORD_CLASSES.indexOf(c)),
    lexLast: tables.lexicon.lastCharacters,
  };
  return pack(sections);
}

/** The sections after a header saying where each is (see the layout above). */
function pack(sections: Record<SectionName, Section>): Uint8Array {
  const align = (n: number) => (n + 3) & ~3;
  const places: Record<string, [offset: number, length: number]> = {};
  // The header's length depends on the offsets, which depend on the header's length: offsets are
  // counted from the end of the header, which the decoder knows.
  let offset = 0;
  for (const [name, array] of Object.entries(sections)) {
    places[name] = [offset, array.length];
    offset = align(offset + array.byteLength);
  }
  const header = new TextEncoder().encode(JSON.stringify(places));
  const start = align(12 + header.length);
  const bytes = new Uint8Array(start + offset);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < 4; i++) bytes[i] = MAGIC.charCodeAt(i);
  view.setUint32(4, PREBUILT_VERSION, true);
  view.setUint32(8, header.length, true);
  bytes.set(header, 12);
  for (const [name, array] of Object.entries(sections)) {
    bytes.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), start + places[name]![0]);
  }
  return bytes;
}

/**
 * Reads the binary {@link encodeDetectorTables} wrote back into tables that `detectorOver` makes the
 * same detector of (same output as one over freshly built tables). The entries are the detector's
 * view of the knowledge base: ids, types, names, aliases, kinds, levels and the ids of the places
 * around them; cards and search read the full knowledge base. The trie's arrays are views into
 * `bytes`' buffer, not copies. Throws on a file of another kind or layout version.
 */
export function decodeDetectorTables(bytes: Uint8Array): DetectorTables {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const magic = String.fromCharCode(bytes[0]!, bytes[1]!, bytes[2]!, bytes[3]!);
  if (magic !== MAGIC) throw new Error('This is not a District Lens prebuilt knowledge base.');
  const version = view.getUint32(4, true);
  if (version !== PREBUILT_VERSION) {
    throw new Error(`The prebuilt knowledge base has layout ${version}; this version reads ${PREBUILT_VERSION}.`);
  }
  const headerLength = view.getUint32(8, true);
  const places = JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + headerLength))) as Record<
    SectionName,
    [number, number]
  >;
  const start = bytes.byteOffset + ((12 + headerLength + 3) & ~3);
  // A section is a view of the bytes when they sit aligned in their buffer, else a copy.
  const section = <N extends SectionName>(name: N): InstanceType<(typeof SECTION_TYPES)[N]> => {
    const Type = SECTION_TYPES[name];
    const [offset, length] = places[name];
    const at = start + offset;
    if (at % Type.BYTES_PER_ELEMENT === 0) {
      return new Type(bytes.buffer as ArrayBuffer, at, length) as InstanceType<(typeof SECTION_TYPES)[N]>;
    }
    const copy = bytes.slice(at - bytes.byteOffset, at - bytes.byteOffset + length * Type.BYTES_PER_ELEMENT);
    return new Type(copy.buffer, 0, length) as InstanceType<(typeof SECTION_TYPES)[N]>;
  };

  const ints = section('ints');
  let at = 0;
  const next = () => ints[at++]!;
  const stringUnits = section('strings');
  const joined = new TextDecoder('utf-16le').decode(stringUnits);
  const stringEnds = section('stringEnds');
  const strings = new Array<string>(stringEnds.length);
  for (let i = 0, from = 0; i < stringEnds.length; i++) {
    const end = stringEnds[i]!;
    strings[i] = joined.slice(from, end);
    from = end;
  }
  const str = () => {
    const index = next();
    return index < 0 ? undefined : strings[index]!;
  };
  const strList = () => {
    const out = new Array<string>(next());
    for (let i = 0; i < out.length; i++) out[i] = strings[next()]!;
    return out;
  };

  const entries = new Array<KbEntry>(next());
  for (let i = 0; i < entries.length; i++) {
    const id = str()!;
    const type = str() as KbEntry['type'];
    const name = str()!;
    const kind = str()!;
    const level = next();
    const parentId = str();
    const provinceId = str();
    const locationId = str();
    const aliases = strList();
    const memberIds = strList();
    const hasMembers = next() === 1;
    const e: KbEntry = { id, type, name, aliases, kind };
    if (level >= 0) e.level = LEVELS[level];
    if (parentId !== undefined) e.parentId = parentId;
    if (provinceId !== undefined) e.provinceId = provinceId;
    if (locationId !== undefined) e.locationId = locationId;
    if (hasMembers) e.memberIds = memberIds;
    entries[i] = e;
  }
  const entryList = () => {
    const out = new Array<KbEntry>(next());
    for (let i = 0; i < out.length; i++) out[i] = entries[next()]!;
    return out;
  };

  const contextOf = new Map<string, string>();
  for (let n = next(); n > 0; n--) contextOf.set(str()!, str()!);
  const placeNames = new Map<string, KbEntry[]>();
  for (let n = next(); n > 0; n--) placeNames.set(str()!, entryList());
  const initials = new Set(strList());
  const platformByName = new Map<string, KbEntry>();
  for (let n = next(); n > 0; n--) platformByName.set(str()!, entries[next()]!);
  const nameWords = new Set(strList());

  const candidates = new Array<NameCandidates>(next());
  for (let i = 0; i < candidates.length; i++) {
    const shortForm = next() === 1;
    const strong = entryList();
    const weak = entryList();
    candidates[i] = { strong, weak, facts: undefined, shortForm };
  }
  const size = next();
  const values = new Array<NameCandidates | undefined>(next());
  for (let i = 0; i < values.length; i++) {
    const index = next();
    values[i] = index < 0 ? undefined : candidates[index];
  }

  return {
    platformNames: { kb: createKnowledgeBase(entries), contextOf, placeNames, initials, platformByName },
    placeTrie: DictionaryMatcher.fromTables({
      slotNode: section('slotNode'),
      slotCode: section('slotCode'),
      slotChild: section('slotChild'),
      starts: section('starts'),
      values,
      size,
    }),
    nameWords,
    lexicon: {
      words: {
        units: section('lexUnits'),
        wordLength: section('lexLength'),
        values: wordClassesOf(section('lexClass')),
        slotCount: next(),
      },
      lastCharacters: section('lexLast'),
    },
  };
}

/** The lexicon's word classes from their codes (a plain loop: `Array.from` with a mapper was a third of the decode). */
function wordClassesOf(codes: Uint8Array): WordClass[] {
  const classes = new Array<WordClass>(codes.length);
  for (let i = 0; i < codes.length; i++) classes[i] = WORD_CLASSES[codes[i]!]!;
  return classes;
}
