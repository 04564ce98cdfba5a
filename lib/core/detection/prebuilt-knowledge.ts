import type { KbEntry } from '../knowledge';
import { DictionaryMatcher, type WordTableArrays } from '../matching';
import type { DetectorTables } from './detector-tables';
import { LEVELS, NONE, PackedCandidates, PackedEntries, PackedKnowledgeBase } from './packed-entries';
import { PackedStringMap, stringMapSlots } from './packed-string-map';
import { PackedStrings } from './packed-strings';
import type { NameCandidates } from './name-candidates';
import type { WordClass } from './word-lexicon';

// The detector's tables (detector-tables.ts) in one binary, so that the background loads them by
// reading arrays instead of parsing 0.9 MB of JSON and building a trie of ten thousand names
// (public/kb/knowledge-base.bin.gz, written gzipped by `npm run build:kb`). What the detector would
// derive from the tables at each start (the trie's and the lexicon's hash slots, the trie's prefix
// bits, the lexicon's first characters) is stored as the build left it: at load, a loop over tens of
// thousands of items runs in V8's interpreter and cost more than reading the bytes.
//
// Layout, little-endian, every section starting at a multiple of 4 bytes:
//   'DLKB' · u32 version · u32 header length · header (UTF-8 JSON: each section's byte offset and
//   length in elements, the trie's node and name counts, the longest place name) · sections.
// Sections: `ints`, a stream of 16-bit numbers (strings and entries by index, NONE for none):
// first the free trade zones' contexts, the park initials and the name words, read at load; then
// the entries' records (at `entryAt`), the place names' entry lists (at `placeNameAt`) and the
// trie's candidates (at `candidateAt`), read when first used. `strings`, every distinct string
// joined (UTF-16), and `stringEnds`, where each ends. Three hash tables by name (see
// packed-string-map.ts): entries by id (`idKeys`, `idSlots`), places by name (`placeNameKeys`,
// `placeNameSlots`), platforms by name (`platformNameKeys`, `platformNameSlots`,
// `platformNameEntry`). The trie's transition slots (`trieSlotNode`, `trieSlotCode`,
// `trieSlotChild`, 16-bit, widened at load), its first-unit, pair and single bits (`trieStarts`,
// `triePairs`, `trieSingles`) and the candidates of its names' nodes (`trieTerminal`, `trieValue`:
// candidate index | SHORT_FORM). The word lexicon's words (`lexUnits` end to end, `lexWords` a byte
// each: length | class << 4, see WORD_CLASSES), their starts (`lexStart`), its hash slots
// (`lexSlots`, 16-bit), the codes of the characters words start and end with (`lexFirst`,
// `lexLast`) and the bits of the words' span keys (`lexSpanKeys`, see word-lexicon.ts).

/** The layout version; a change of layout bumps it, and the decoder refuses other versions. */
export const PREBUILT_VERSION = 5;

const MAGIC = 'DLKB';
/** The bit of a trie value that says its name is a short form (see NameCandidates.shortForm). */
const SHORT_FORM = 0x8000;
const WORD_CLASSES: readonly WordClass[] = ['function', 'predicate', 'phrase', 'proper', 'common'];

/** The section arrays' types, for the decoder's views. */
const SECTION_TYPES = {
  ints: Uint16Array,
  strings: Uint16Array,
  stringEnds: Uint32Array,
  entryAt: Uint32Array,
  idKeys: Uint16Array,
  idSlots: Uint16Array,
  placeNameKeys: Uint16Array,
  placeNameSlots: Uint16Array,
  placeNameAt: Uint32Array,
  platformNameKeys: Uint16Array,
  platformNameSlots: Uint16Array,
  platformNameEntry: Uint16Array,
  candidateAt: Uint32Array,
  trieParent: Uint16Array,
  trieCode: Uint16Array,
  triePairs: Uint8Array,
  trieSingles: Uint8Array,
  trieTerminal: Uint16Array,
  trieValue: Uint16Array,
  lexUnits: Uint16Array,
  lexWords: Uint8Array,
  lexFirst: Uint8Array,
  lexLast: Uint8Array,
  lexSpanKeys: Int32Array,
} as const;

type SectionName = keyof typeof SECTION_TYPES;
type Section = Int32Array | Uint16Array | Uint32Array | Uint8Array;

/** The header: where each section is, and the sizes and numbers the tables are made with at load. */
interface Header {
  sections: Record<SectionName, [offset: number, length: number]>;
  trieSlots: number;
  trieSize: number;
  lexSlots: number;
  longestPlaceName: number;
}

/**
 * Encodes `tables` (as buildDetectorTables makes them, or as decodeDetectorTables read them) into
 * the binary that {@link decodeDetectorTables} reads. Deterministic: the same tables give the same
 * bytes, which is how `npm run build:kb -- --check` tells a stale file. Throws when a number does
 * not fit the layout (over 65,534 strings, entries or trie nodes).
 */
export function encodeDetectorTables(tables: DetectorTables): Uint8Array {
  const ints: number[] = [];
  const stringIndex = new Map<string, number>();
  const strings: string[] = [];
  const str = (s: string | undefined) => {
    if (s === undefined) return NONE;
    let index = stringIndex.get(s);
    if (index === undefined) {
      index = strings.length;
      strings.push(s);
      stringIndex.set(s, index);
    }
    return index;
  };
  const { kb, contextOf, placeNames, initials, platformByName, longestPlaceName } = tables.platformNames;
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

  list(contextOf, ([id, context]) => ints.push(str(id), str(context)));
  list(initials, (c) => ints.push(str(c)));
  list(tables.nameWords, (w) => ints.push(str(w)));
  const entryAt = kb.entries.map((e) => {
    const at = ints.length;
    ints.push(str(e.id), str(e.type), str(e.name), str(e.kind), e.level ? LEVELS.indexOf(e.level) : NONE);
    ints.push(str(e.parentId), str(e.provinceId), str(e.locationId));
    list(e.aliases, (a) => ints.push(str(a)));
    list(e.memberIds ?? [], (m) => ints.push(str(m)));
    ints.push(e.memberIds ? 1 : 0);
    return at;
  });
  const placeNameList = [...placeNames];
  const placeNameAt = placeNameList.map(([, entries]) => {
    const at = ints.length;
    list(entries, (e) => ints.push(entry(e)));
    return at;
  });
  const platformNameList = [...platformByName];

  const trie = tables.placeTrie.edges();
  const candidateIndex = new Map<NameCandidates, number>();
  const candidateAt: number[] = [];
  const trieTerminal: number[] = [];
  const trieValue: number[] = [];
  trie.values.forEach((value, node) => {
    if (value === undefined) return;
    let index = candidateIndex.get(value);
    if (index === undefined) {
      index = candidateAt.length;
      if (index >= SHORT_FORM) throw new Error('prebuilt knowledge: over 32,767 names');
      candidateIndex.set(value, index);
      candidateAt.push(ints.length);
      list(value.strong, (e) => ints.push(entry(e)));
      list(value.weak, (e) => ints.push(entry(e)));
    }
    trieTerminal.push(node);
    trieValue.push(value.shortForm ? index | SHORT_FORM : index);
  });

  const lexicon = tables.lexicon.words;
  const lexWords = Uint8Array.from(lexicon.values, (c, i) => {
    const length = lexicon.wordLength[i]!;
    if (length > 15) throw new Error('prebuilt knowledge: a lexicon word is over 15 characters');
    return length | (WORD_CLASSES.indexOf(c) << 4);
  });

  // Every string is in the list before it is joined.
  const idKeys = u16(kb.entries.map((e) => str(e.id)));
  const placeNameKeys = u16(placeNameList.map(([name]) => str(name)));
  const platformNameKeys = u16(platformNameList.map(([name]) => str(name)));
  const joined = strings.join('');
  const units = new Uint16Array(joined.length);
  for (let i = 0; i < joined.length; i++) units[i] = joined.charCodeAt(i);
  const stringEnds = new Uint32Array(strings.length);
  let end = 0;
  strings.forEach((s, i) => (stringEnds[i] = end += s.length));
  const sections: Record<SectionName, Section> = {
    ints: u16(ints),
    strings: units,
    stringEnds,
    entryAt: Uint32Array.from(entryAt),
    idKeys,
    idSlots: u16(stringMapSlots(kb.entries.map((e) => e.id))),
    placeNameKeys,
    placeNameSlots: u16(stringMapSlots(placeNameList.map(([name]) => name))),
    placeNameAt: Uint32Array.from(placeNameAt),
    platformNameKeys,
    platformNameSlots: u16(stringMapSlots(platformNameList.map(([name]) => name))),
    platformNameEntry: u16(platformNameList.map(([, e]) => entry(e))),
    candidateAt: Uint32Array.from(candidateAt),
    trieParent: u16(trie.parent),
    trieCode: u16(trie.code),
    triePairs: trie.pairs!,
    trieSingles: trie.singles!,
    trieTerminal: u16(trieTerminal),
    trieValue: u16(trieValue),
    lexUnits: lexicon.units,
    lexWords,
    lexFirst: tables.lexicon.firstCharacters,
    lexLast: tables.lexicon.lastCharacters,
    lexSpanKeys: tables.lexicon.spanKeys,
  };
  // The trie's slots at most half full, as the built matcher's (which sizes them by the names'
  // characters, 131,072 for 25k edges): half the memory to fill at load and to probe in a page.
  let trieSlots = 16;
  while (trieSlots < 2 * trie.values.length) trieSlots *= 2;
  const sizes = { trieSlots, trieSize: trie.size, lexSlots: lexicon.slotCount, longestPlaceName };
  return pack(sections, sizes);
}

/** 16-bit numbers of `numbers`; throws on one that does not fit (NONE itself is written only as "none"). */
function u16(numbers: ArrayLike<number>): Uint16Array {
  const out = new Uint16Array(numbers.length);
  for (let i = 0; i < numbers.length; i++) {
    const n = numbers[i]!;
    if (!(n >= 0 && n <= NONE)) throw new Error(`prebuilt knowledge: ${n} does not fit the layout's 16 bits`);
    out[i] = n;
  }
  return out;
}

/** The sections after a header saying where each is (see the layout above). */
function pack(sections: Record<SectionName, Section>, sizes: Omit<Header, 'sections'>): Uint8Array {
  const align = (n: number) => (n + 3) & ~3;
  const places = {} as Header['sections'];
  // The header's length depends on the offsets, which depend on the header's length: offsets are
  // counted from the end of the header, which the decoder knows.
  let offset = 0;
  for (const [name, array] of Object.entries(sections) as [SectionName, Section][]) {
    places[name] = [offset, array.length];
    offset = align(offset + array.byteLength);
  }
  const header = new TextEncoder().encode(JSON.stringify({ sections: places, ...sizes } satisfies Header));
  const start = align(12 + header.length);
  const bytes = new Uint8Array(start + offset);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < 4; i++) bytes[i] = MAGIC.charCodeAt(i);
  view.setUint32(4, PREBUILT_VERSION, true);
  view.setUint32(8, header.length, true);
  bytes.set(header, 12);
  for (const [name, array] of Object.entries(sections) as [SectionName, Section][]) {
    bytes.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), start + places[name][0]);
  }
  return bytes;
}

/**
 * Reads the binary {@link encodeDetectorTables} wrote back into tables that `detectorOver` makes the
 * same detector of (same output as one over freshly built tables). The entries are the detector's
 * view of the knowledge base: ids, types, names, aliases, kinds, levels and the ids of the places
 * around them; cards and search read the full knowledge base. Reads little at once: entries, the
 * trie's candidates and the name maps' values are made on first use, strings when first asked for,
 * over views into `bytes`' buffer (not copies), which must not change afterwards. Throws on a file
 * of another kind or layout version.
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
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + headerLength))) as Header;
  const start = bytes.byteOffset + ((12 + headerLength + 3) & ~3);
  // A section is a view of the bytes when they sit aligned in their buffer, else a copy.
  const section = <N extends SectionName>(name: N): InstanceType<(typeof SECTION_TYPES)[N]> => {
    const Type = SECTION_TYPES[name];
    const [offset, length] = header.sections[name];
    const at = start + offset;
    if (at % Type.BYTES_PER_ELEMENT === 0) {
      return new Type(bytes.buffer as ArrayBuffer, at, length) as InstanceType<(typeof SECTION_TYPES)[N]>;
    }
    const copy = bytes.slice(at - bytes.byteOffset, at - bytes.byteOffset + length * Type.BYTES_PER_ELEMENT);
    return new Type(copy.buffer, 0, length) as InstanceType<(typeof SECTION_TYPES)[N]>;
  };

  const ints = section('ints');
  const strings = new PackedStrings(section('strings'), section('stringEnds'));
  const entries = new PackedEntries(ints, strings, section('entryAt'));
  // The few small tables at the stream's start are read now.
  let at = 0;
  const contextOf = new Map<string, string>();
  for (let n = ints[at++]!; n > 0; n--, at += 2) contextOf.set(strings.at(ints[at]!), strings.at(ints[at + 1]!));
  const strList = () => {
    const out = new Array<string>(ints[at++]!);
    for (let i = 0; i < out.length; i++) out[i] = strings.at(ints[at++]!);
    return out;
  };
  const initials = new Set(strList());
  const nameWords = new Set(strList());

  const placeNameAt = section('placeNameAt');
  const platformNameEntry = section('platformNameEntry');
  // The trie's values: each name's stored number (candidate index | SHORT_FORM) at its node, made
  // a small object the first time a match reads it, and that object's entries when it asks.
  const candidateAt = section('candidateAt');
  const candidates = new Array<NameCandidates | undefined>(candidateAt.length);
  const trieTerminal = section('trieTerminal');
  const trieValue = section('trieValue');
  const trieParent = section('trieParent');
  const values = new Array<number | undefined>(trieParent.length).fill(undefined);
  for (let i = 0; i < trieTerminal.length; i++) values[trieTerminal[i]!] = trieValue[i]!;
  const makeValue = (value: number) => {
    const index = value & ~SHORT_FORM;
    return (candidates[index] ??= new PackedCandidates(value !== index, entries, candidateAt[index]!));
  };

  return {
    platformNames: {
      kb: new PackedKnowledgeBase(
        entries,
        new PackedStringMap(strings, section('idKeys'), section('idSlots'), (i) => entries.at(i)),
      ),
      contextOf,
      placeNames: new PackedStringMap(strings, section('placeNameKeys'), section('placeNameSlots'), (i) =>
        entries.list(placeNameAt[i]!),
      ),
      initials,
      platformByName: new PackedStringMap(strings, section('platformNameKeys'), section('platformNameSlots'), (i) =>
        entries.at(platformNameEntry[i]!),
      ),
      longestPlaceName: header.longestPlaceName,
    },
    placeTrie: DictionaryMatcher.fromEdges({
      parent: trieParent,
      code: section('trieCode'),
      values,
      makeValue,
      slotCount: header.trieSlots,
      size: header.trieSize,
      pairs: section('triePairs'),
      singles: section('trieSingles'),
    }),
    nameWords,
    lexicon: lexiconOf(section, header.lexSlots),
  };
}

/**
 * The word lexicon's tables from its sections (see the layout above). The word table is made from
 * the packed bytes as they are (see WordTableArrays.packed); the lists of lengths and classes are
 * made only when read (by the encoder), not at each background start.
 */
function lexiconOf(
  section: <N extends SectionName>(name: N) => InstanceType<(typeof SECTION_TYPES)[N]>,
  slotCount: number,
): DetectorTables['lexicon'] {
  const bytes = section('lexWords');
  let wordLength: Int32Array | undefined;
  let values: WordClass[] | undefined;
  const words: WordTableArrays<WordClass> = {
    units: section('lexUnits'),
    slotCount,
    packed: { bytes, kinds: WORD_CLASSES },
    get wordLength() {
      return (wordLength ??= Int32Array.from(bytes, (b) => b & 15));
    },
    get values() {
      return (values ??= Array.from(bytes, (b) => WORD_CLASSES[b >> 4]!));
    },
  };
  return {
    words,
    lastCharacters: section('lexLast'),
    firstCharacters: section('lexFirst'),
    spanKeys: section('lexSpanKeys'),
  };
}
