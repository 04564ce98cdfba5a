import type { DetectedEntity, EntityType, Evidence, Mention, Role } from '../entity';
import { firstStartAtOrAfter } from './first-start-at-or-after';
import type { KbEntry, KnowledgeBase } from '../knowledge';
import { normalizeForMatching, rememberNormalized, type NormalizedText } from '../normalize';
import { extendOverAttachedMarks } from './grapheme-end';
import { isHan } from '../normalize';
import { WordTable } from '../matching';
import { findTitledPeople, type TitledPersonCandidate } from './official-detector';
import { placeMatcherOver } from './place-matcher';
import type { NameCandidates, NameFacts, PlaceFacts } from './name-candidates';
import { KeptNames, PlaceMatches, PlaceSpans } from './place-matches';
import { buildDetectorTables, type DetectorTables } from './detector-tables';
import { installLexiconTables, wordClassIn, wordEndingAt } from './word-lexicon';
import {
  abbreviationInContext,
  chooseEntry,
  followedByNonPlace,
  inListOfPlaces,
  isAbbreviation,
  namesSomethingElse,
} from './place-rules';
import { companyWordAt, placeIdsOf, platformNamesOver, type DerivedPlatformNames } from './platform-names';
import { findPatternPlatforms, type KnownName, type PatternPlatform } from './platform-patterns';
import { KnownNames, PLATFORM, PROPER, PROVINCE } from './known-names';
import { KeptByteArrays } from './kept-byte-arrays';
import { Coverage, SortedSpans } from './span-set';

/** A detector bound to one knowledge base; build it once, call it per article. */
export interface Detector {
  /** Finds entities in the raw article text; mention offsets index into that raw text. */
  detect(raw: string): DetectedEntity[];
}

/**
 * Every occurrence of each of `names` in `text`, by name: for one name the occurrences do not
 * overlap (the search resumes after each, like repeated `indexOf`), and are in order. Searching
 * the text once per name was quadratic on pages that name a new person in every paragraph (a
 * personnel announcement, a list of attendees).
 * Example: `occurrencesOf('李明华说李明', ['李明', '李明华'])` → 李明: [0,2), [4,6); 李明华: [0,3)
 * (all: the three, in no particular order).
 *
 * How: one `indexOf` pass over the text per distinct first character of the names (a surname: a
 * page's names have a few dozen), and where one stands, the hash of the text's prefix of each
 * length a name starting with it has looked up in a hash table of the names (see NameHashes); a
 * bit per pair of first two units turns most of those places away first. Why: `indexOf` finds a
 * character far faster than a loop of `charCodeAt` over the page (~45 instructions a character,
 * a third of which went on a table read per character); a chain of the names per first character,
 * compared in turn, walked hundreds of names of one surname on a personnel page (the 5 MB stress
 * corpus spent a quarter of its time there); a trie of the names (the dictionary matcher) walked
 * every character into the trie.
 */
function occurrencesOf(text: string, names: readonly string[]): NameOccurrences {
  const byName = new Map<string, Mention[]>();
  const all: Mention[] = [];
  const distinct: string[] = [];
  const found: Mention[][] = [];
  for (let i = 0; i < names.length; i++) {
    const name = names[i]!;
    if (byName.has(name)) continue;
    const list: Mention[] = [];
    byName.set(name, list);
    if (name.length === 0) continue; // found nowhere, as by the trie
    distinct.push(name);
    found.push(list);
  }
  const table = new NameHashes(distinct);
  const ends = new Int32Array(distinct.length);
  const n = text.length;
  for (const character of table.firsts) {
    const first = character.charCodeAt(0);
    const lengths = lengthsByFirst[first]!;
    for (let at = text.indexOf(character); at >= 0 && at + 1 < n; at = text.indexOf(character, at + 1)) {
      const pair = pairKey(first, text.charCodeAt(at + 1));
      if ((namePairs[pair >>> 5]! & (1 << (pair & 31))) === 0) continue;
      let hash = hashStep(HASH_SEED, first);
      for (let length = 2; lengths >>> length !== 0 && at + length <= n; length++) {
        hash = hashStep(hash, text.charCodeAt(at + length - 1));
        if ((lengths & (1 << length)) === 0) continue;
        const k = table.find(text, at, length, hash);
        if (k < 0 || at < ends[k]!) continue;
        const occurrence = { start: at, end: at + length };
        found[k]!.push(occurrence);
        all.push(occurrence);
        ends[k] = at + length;
      }
    }
  }
  table.clear();
  // Names no reading gives (one unit, or longer than the bit table's lengths), searched one by one.
  for (const k of table.others) {
    const name = distinct[k]!;
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      const occurrence = { start: at, end: at + name.length };
      found[k]!.push(occurrence);
      all.push(occurrence);
    }
  }
  return { byName, all };
}

/** What {@link occurrencesOf} finds: the occurrences by name (each list in order), and all of them in no order. */
interface NameOccurrences {
  byName: Map<string, Mention[]>;
  all: Mention[];
}

/**
 * occurrencesOf's tables, shared by every call and all 0 between calls (a NameHashes marks them,
 * its `clear` clears them): per UTF-16 code, bit `length` set for each length (2–30) of a name that
 * starts with it; and one bit per {@link pairKey} of a name's first two units.
 */
const lengthsByFirst = new Int32Array(0x10000);
const namePairs = new Int32Array(1 << (16 - 5));

/**
 * The longest name the hash table holds: bit 31 of lengthsByFirst stays clear, so the scan of
 * lengths ends (no reading of a name gives a longer one).
 */
const MAX_NAME_LENGTH = 30;

/** The hash of no code units (FNV-1a's offset basis). */
const HASH_SEED = 0x811c9dc5 | 0;

/** One code unit folded into a hash of the units before it (FNV-1a on UTF-16 units). */
function hashStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, 0x01000193);
}

/** Two code units hashed to 16 bits, the index of their bit in `namePairs`. */
function pairKey(first: number, second: number): number {
  return Math.imul((first << 16) | second, 0x9e3779b1) >>> 16;
}

/**
 * The distinct names of one detection in an open-addressing hash table, keyed by the hash of
 * their code units (see hashStep), with their lengths and first pairs marked in lengthsByFirst and
 * namePairs. A name of one unit or over MAX_NAME_LENGTH is not in the table but in `others`.
 */
class NameHashes {
  /** The distinct first characters of the names in the table. */
  readonly firsts: string[] = [];
  /** The indices of the names not in the table. */
  readonly others: number[] = [];
  private readonly names: readonly string[];
  private readonly hashes: Int32Array;
  /** 1 + the index of the name in a slot, or 0 for an empty slot. */
  private readonly slots: Int32Array;
  private readonly mask: number;

  constructor(names: readonly string[]) {
    this.names = names;
    this.hashes = new Int32Array(names.length);
    let size = 16;
    while (size < names.length * 2) size *= 2;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    for (let k = 0; k < names.length; k++) {
      const name = names[k]!;
      if (name.length < 2 || name.length > MAX_NAME_LENGTH) {
        this.others.push(k);
        continue;
      }
      let hash = HASH_SEED;
      for (let i = 0; i < name.length; i++) hash = hashStep(hash, name.charCodeAt(i));
      this.hashes[k] = hash;
      let slot = spread(hash) & this.mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot] = k + 1;
      const first = name.charCodeAt(0);
      if (lengthsByFirst[first] === 0) this.firsts.push(name.charAt(0));
      lengthsByFirst[first]! |= 1 << name.length;
      const pair = pairKey(first, name.charCodeAt(1));
      namePairs[pair >>> 5]! |= 1 << (pair & 31);
    }
  }

  /** The index of the name spelled by `text` from `at` for `length` units, whose hash is `hash`; -1 for none. */
  find(text: string, at: number, length: number, hash: number): number {
    const { names, hashes, slots, mask } = this;
    for (let slot = spread(hash) & mask; slots[slot] !== 0; slot = (slot + 1) & mask) {
      const k = slots[slot]! - 1;
      if (hashes[k] === hash && names[k]!.length === length && spelledAt(text, at, names[k]!)) return k;
    }
    return -1;
  }

  /** Clears the marks of the names in the shared tables. */
  clear(): void {
    for (const name of this.names) {
      if (name.length < 2) continue;
      lengthsByFirst[name.charCodeAt(0)] = 0;
      const pair = pairKey(name.charCodeAt(0), name.charCodeAt(1));
      namePairs[pair >>> 5] = 0;
    }
  }
}

/** A hash's high bits mixed into its low ones, which pick the slot. */
function spread(hash: number): number {
  return hash ^ (hash >>> 15);
}

/** True when `name` (at least one character long) stands in `text` at `at`, its first character already matched. */
function spelledAt(text: string, at: number, name: string): boolean {
  for (let i = 1; i < name.length; i++) if (text.charCodeAt(at + i) !== name.charCodeAt(i)) return false;
  return true;
}

/**
 * The longest of overlapping spans, then the next longest that overlaps none kept, and so on;
 * sorted by start. Shape-found platforms can nest (江北新区 inside 江北新区产业园): the longer
 * names the place.
 *
 * @example withoutOverlaps([{start: 0, end: 4}, {start: 0, end: 7}]) // [{start: 0, end: 7}]
 */
function withoutOverlaps<T extends Mention>(spans: readonly T[], bytes: KeptByteArrays): T[] {
  if (spans.length < 2) return [...spans];
  const kept: T[] = [];
  let length = 0;
  for (const span of spans) length = Math.max(length, span.end);
  const taken = new Coverage(bytes.take(length));
  const longestFirst = [...spans].sort(byLengthDownThenStart);
  for (let i = 0; i < longestFirst.length; i++) {
    const span = longestFirst[i]!;
    if (taken.intersectsRange(span.start, span.end)) continue;
    taken.addRange(span.start, span.end);
    kept.push(span);
  }
  return kept.sort(byStart);
}

// Comparators and callbacks as functions of the module, not arrows made per call: V8 keeps a function's
// optimised code only while some closure of it lives, so an arrow made per detection lost its code
// at every full garbage collection and was compiled again.

/** Orders spans longest first, then by start. */
function byLengthDownThenStart(a: Mention, b: Mention): number {
  return b.end - b.start - (a.end - a.start) || a.start - b.start;
}

/** Orders spans by start. */
function byStart(a: Mention, b: Mention): number {
  return a.start - b.start;
}

/** Orders spans longest first (a stable sort keeps equal lengths in their order). */
function byLengthDown(a: Mention, b: Mention): number {
  return b.end - b.start - (a.end - a.start);
}

/** The name of a shape-found platform. */
function nameOf(p: PatternPlatform): string {
  return p.name;
}

/** True when `entry` is a county-level place (district, county, county-level city). */
function isCounty(entry: KbEntry): boolean {
  return entry.type === 'city' && entry.level === 'county';
}

/** True when `text[start, end)` is `name`: a comparison in place, no slice of the text. */
function spells(text: string, start: number, end: number, name: string): boolean {
  return name.length === end - start && text.startsWith(name, start);
}

/** True when some entry of `entries` has `text[start, end)` as its full name. */
function namedInFull(text: string, start: number, end: number, entries: readonly KbEntry[]): boolean {
  for (const e of entries) if (spells(text, start, end, e.name)) return true;
  return false;
}

/**
 * True when a strong match needs the article to confirm it: a county-level short form (浦口 in
 * 大浦口码头, 卫东 in a name), a short form several places share (江北), a full name that
 * ends in the word 城市 after another character (海城市 in 沿海城市), or a district whose full name
 * is a common noun (城区, 郊区, 矿区: "the urban area" in any city's news).
 */
function needsContext(text: string, matches: PlaceMatches, i: number, facts: PlaceFacts): boolean {
  const full = matches.suffixYielded[i] === 1 || facts.fullName;
  if (!full) return matches.candidates[i]!.strong.length > 1 || facts.strongCounty;
  if (facts.commonCountyName) return true;
  const start = matches.starts[i]!;
  return facts.endsInCity && start > 0 && isHan(text.charCodeAt(start - 1));
}

/** Entries among `candidates` the article supports: named in full, or their city or province named. */
function supported(candidates: readonly KbEntry[], counts: ReadonlyMap<string, number>): KbEntry[] {
  return candidates.filter((e) => isSupported(e, counts));
}

/** True when the article supports `e`: named in full, or its city or province named. */
function isSupported(e: KbEntry, counts: ReadonlyMap<string, number>): boolean {
  return (
    counts.has(e.id) ||
    (e.parentId !== undefined && e.parentId !== '' && counts.has(e.parentId)) ||
    (e.provinceId !== undefined && e.provinceId !== '' && e.provinceId !== e.id && counts.has(e.provinceId))
  );
}

// How acceptPlaces first sorts a match (one byte per match, see there; 0 for none of these).
const CERTAIN = 1;
const UNCERTAIN = 2;
const ABBREVIATION = 3;
/** A weak name (no strong candidate) that is no abbreviation: judged by chooseWeakEntries. */
const WEAK = 4;

/**
 * Decides which name matches are places here, and which entry each means.
 * - Strong names count unless a street or institution word follows (南京路, 宁波大学) or they name a
 *   website, a campus or a county's airport (龙江开放网, 中国矿业大学（北京）, 美兰机场).
 * - Names that are certain on their own (full names, prefecture and province short forms,
 *   platforms) give the context; county short forms, shared short forms and `…城市` names count
 *   only when that context supports them (慈溪 next to 宁波, not 浦口 in a Ningbo article).
 * - Weak names (common-word short forms, one-character abbreviations) count only when the article
 *   names the same place in full, they stand in a list of places, or abbreviations run together
 *   (沪苏浙, 京津冀).
 * `matches` must be sorted by start, starts distinct (as the place matcher gives them); the places
 * come out in the same order.
 *
 * Why index loops over byte arrays and no filtered lists: this runs over every match of the page
 * (tens of thousands on a long one), and the per-match arrays, Sets and objects of a filter-and-map
 * version were a tenth of detection's garbage.
 */
function acceptPlaces(
  text: string,
  matches: PlaceMatches,
  contextOf: ReadonlyMap<string, string>,
  bytes: KeptByteArrays,
  places: PlaceSpans,
): PlaceSpans {
  // Each pass over the matches is a function of its own that ends with its loop. Why: such a long
  // loop is compiled while it runs (on-stack replacement), and the compiled loop was kept and
  // entered again at every page; in one function it then ran on into code it had no type feedback
  // for and fell back to the interpreter for the rest of the function, every time.
  const n = matches.length;
  // What each match is: a strong name certain on its own or needing context, a one-character
  // abbreviation, another weak name, or 0 for none of these (a strong name dropped, no candidate).
  const kind = bytes.take(n);
  const chosen = matches.entries;
  for (let i = 0; i < n; i++) chosen[i] = undefined;
  // Entries named with certainty, and the places above them: the context the rest is read in.
  const counts = countsByIdOf(sortMatches(text, matches, kind));
  // Offsets marked in arrays, not Sets: a long page has tens of thousands of places.
  const marks: PlaceMarks = {
    endsAt: bytes.take(text.length + 1),
    startsAt: bytes.take(text.length + 1),
    abbreviationStarts: bytes.take(text.length + 1),
  };
  const acceptedIds = chooseStrongEntries(matches, kind, counts, chosen, marks);
  chooseWeakEntries(text, matches, kind, counts, chosen, marks, { acceptedIds, contextOf });
  return placesChosen(matches, chosen, places);
}

/** The entries acceptPlaces has accepted with certainty, and the zones that make a 片区's own name count. */
interface AcceptedEntries {
  acceptedIds: ReadonlySet<string>;
  contextOf: ReadonlyMap<string, string>;
}

/** True when `e` is accepted, or names a part of an accepted zone by its own name (see DerivedPlatformNames.contextOf). */
function isAccepted(e: KbEntry, accepted: AcceptedEntries): boolean {
  return accepted.acceptedIds.has(e.id) || accepted.acceptedIds.has(accepted.contextOf.get(e.id) ?? '');
}

/** Offsets of the page marked by acceptPlaces: where accepted places end and start, where abbreviations start. */
interface PlaceMarks {
  endsAt: Uint8Array;
  startsAt: Uint8Array;
  abbreviationStarts: Uint8Array;
}

/**
 * acceptPlaces' first pass: sorts each match into `kind` (CERTAIN, UNCERTAIN, ABBREVIATION, WEAK
 * or 0) and counts the entries named with certainty (strong names of one entry), by entry.
 */
function sortMatches(text: string, matches: PlaceMatches, kind: Uint8Array): Map<KbEntry, number> {
  // Counted by entry first, then by id (countsByIdOf): one Map update per match instead of three.
  const certainEntries = new Map<KbEntry, number>();
  const { starts, ends, candidates } = matches;
  for (let i = 0; i < matches.length; i++) {
    const start = starts[i]!;
    const end = ends[i]!;
    const facts = candidates[i]!.facts!;
    const { strong } = candidates[i]!;
    if (strong.length === 0) {
      // Every candidate of a one-character weak name is a province: an abbreviation (沪, 苏).
      if (facts.abbreviation) kind[i] = ABBREVIATION;
      else if (candidates[i]!.weak.length > 0) kind[i] = WEAK;
      continue;
    }
    if (followedByNonPlace(text, end) || namesSomethingElse(text, start, end, facts.strongCounty)) continue;
    if (needsContext(text, matches, i, facts)) {
      kind[i] = UNCERTAIN;
      continue;
    }
    kind[i] = CERTAIN;
    if (strong.length !== 1) continue;
    const entry = strong[0]!;
    certainEntries.set(entry, (certainEntries.get(entry) ?? 0) + 1);
  }
  return certainEntries;
}

/** The counts of certain entries by id, each also counted for its city and province (the article's context). */
function countsByIdOf(certainEntries: ReadonlyMap<KbEntry, number>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [entry, by] of certainEntries) {
    bump(counts, entry.id, by);
    if (entry.parentId !== entry.provinceId) bump(counts, entry.parentId, by);
    if (entry.provinceId !== entry.id) bump(counts, entry.provinceId, by);
  }
  return counts;
}

/** Adds `by` to the count of `id` (none for no id). */
function bump(counts: Map<string, number>, id: string | undefined, by: number): void {
  if (id) counts.set(id, (counts.get(id) ?? 0) + by);
}

/**
 * acceptPlaces' second pass: the entry each strong match means (an uncertain one only where the
 * article supports it), into `chosen`, with the accepted places' edges and the abbreviations'
 * starts marked. Returns the ids of the entries accepted.
 */
function chooseStrongEntries(
  matches: PlaceMatches,
  kind: Uint8Array,
  counts: ReadonlyMap<string, number>,
  chosen: (KbEntry | undefined)[],
  marks: PlaceMarks,
): Set<string> {
  const acceptedIds = new Set<string>();
  const { starts, ends, candidates } = matches;
  for (let i = 0; i < matches.length; i++) {
    if (kind[i] === ABBREVIATION) marks.abbreviationStarts[starts[i]!] = 1;
    if (kind[i] !== CERTAIN && kind[i] !== UNCERTAIN) continue;
    const { strong } = candidates[i]!;
    let entry: KbEntry | undefined;
    if (kind[i] === CERTAIN) entry = chooseEntry(strong, counts);
    // One candidate (most names) is taken or not without a filtered list.
    else if (strong.length === 1) entry = isSupported(strong[0]!, counts) ? strong[0] : undefined;
    else {
      const candidates = supported(strong, counts);
      if (candidates.length > 0) entry = chooseEntry(candidates, counts);
    }
    if (entry === undefined) continue;
    chosen[i] = entry;
    acceptedIds.add(entry.id);
    marks.endsAt[ends[i]!] = 1;
    marks.startsAt[starts[i]!] = 1;
  }
  return acceptedIds;
}

/** acceptPlaces' third pass: the entry each weak match means, where the article names it, lists it or runs abbreviations together. */
function chooseWeakEntries(
  text: string,
  matches: PlaceMatches,
  kind: Uint8Array,
  counts: ReadonlyMap<string, number>,
  chosen: (KbEntry | undefined)[],
  marks: PlaceMarks,
  accepted: AcceptedEntries,
): void {
  const { endsAt, startsAt, abbreviationStarts } = marks;
  const abbreviationAt = (offset: number) => offset >= 0 && abbreviationStarts[offset] === 1;
  const endsAtOffset = (o: number) => endsAt[o] === 1;
  const startsAtOffset = (o: number) => startsAt[o] === 1;
  // The entry a name's accepted candidates give (null for none), by the name's candidates: the
  // same for every match of the name in this pass, and a page names the same places thousands of
  // times (a lookup per match, not three per candidate).
  const namedBy = new Map<NameCandidates, KbEntry | null>();
  const { starts, ends, candidates } = matches;
  for (let i = 0; i < matches.length; i++) {
    if (kind[i] !== WEAK && kind[i] !== ABBREVIATION) continue;
    const { weak } = candidates[i]!;
    const start = starts[i]!;
    const end = ends[i]!;
    // A free trade zone's 片区 by its own name counts where the article names the zone.
    let named = namedBy.get(candidates[i]!);
    if (named === undefined) {
      named = namedAmong(weak, accepted, counts);
      namedBy.set(candidates[i]!, named);
    }
    if (named !== null) chosen[i] = named;
    else if (kind[i] === ABBREVIATION) {
      if (abbreviationInContext(text, start, abbreviationAt)) chosen[i] = weak[0];
    } else if (
      !followedByNonPlace(text, end) &&
      !namesSomethingElse(text, start, end, candidates[i]!.facts!.weakCounty) &&
      inListOfPlaces(text, start, end, endsAtOffset, startsAtOffset)
    ) {
      chosen[i] = chooseEntry(weak, counts);
    }
  }
}

/** The entry chosen among the entries of `weak` that are accepted (see isAccepted), or null for none. */
function namedAmong(
  weak: readonly KbEntry[],
  accepted: AcceptedEntries,
  counts: ReadonlyMap<string, number>,
): KbEntry | null {
  let named: KbEntry[] | undefined;
  for (let k = 0; k < weak.length; k++) if (isAccepted(weak[k]!, accepted)) (named ??= []).push(weak[k]!);
  return named ? chooseEntry(named, counts) : null;
}

/**
 * The places chosen, in the matches' order, into `places` (cleared first). Columns, not objects: a
 * page has thousands of places, and each object lived as long as the detection.
 */
function placesChosen(matches: PlaceMatches, chosen: readonly (KbEntry | undefined)[], places: PlaceSpans): PlaceSpans {
  places.clear();
  for (let i = 0; i < matches.length; i++) {
    const entry = chosen[i];
    if (entry) places.push(matches.starts[i]!, matches.ends[i]!, entry);
  }
  return places;
}

/**
 * Sets the facts of every match's name that has none yet (see NameFacts): whether it is proper by
 * itself and names a platform or a province (see {@link knownNames}), and what the place rules ask
 * (county entries, full name, common noun, 城市, abbreviation). `startsWithPlace` tells a weak
 * platform name led by a place (大庆开发区), which is proper. The passes after it read
 * `candidates.facts` as set (dropCompanyShortForms sets those of the candidates it narrows).
 *
 * Why one pass: a surface name's candidates are one object wherever the name occurs, so the facts
 * are worked out once per name (a page names the same places thousands of times); asked for in each
 * pass instead, the working out was compiled into each of their loops, which cost more to compile
 * than the passes themselves took.
 */
function workOutNameFacts(text: string, matches: PlaceMatches, startsWithPlace: (name: string) => boolean): void {
  const { starts, ends, candidates } = matches;
  for (let i = 0; i < matches.length; i++) {
    const c = candidates[i]!;
    if (c.facts === undefined) factsOfName(text, starts[i]!, ends[i]!, c, startsWithPlace);
  }
}

/** The facts of the name at `[start, end)` (see workOutNameFacts), worked out now and kept on its candidates. */
function factsOfName(
  text: string,
  start: number,
  end: number,
  candidates: NameCandidates,
  startsWithPlace: (name: string) => boolean,
): NameFacts {
  let facts = candidates.facts;
  if (!facts) {
    const { strong, weak } = candidates;
    const platform = strong.some((e) => e.type === 'platform') || weak.some((e) => e.type === 'platform');
    let proper = strong.length > 0 || (platform && startsWithPlace(text.slice(start, end)));
    if (!proper && end - start <= 3) {
      const wordClass = wordClassIn(text, start, end);
      proper = wordClass !== 'predicate' && wordClass !== 'function';
    }
    const province = strong.length > 0 && strong.every((e) => e.type === 'city' && e.level === 'province');
    facts = {
      proper,
      platform,
      province,
      strongCounty: strong.some(isCounty),
      weakCounty: weak.some(isCounty),
      fullName: namedInFull(text, start, end, strong),
      commonCountyName: wordClassIn(text, start, end) === 'common' && strong.every(isCounty),
      endsInCity: end - start >= 2 && text.startsWith('城市', end - 2),
      abbreviation:
        strong.length === 0 &&
        end - start === 1 &&
        weak.length > 0 &&
        weak.every((e) => isAbbreviation(text.charAt(start), e)),
    };
    candidates.facts = facts;
  }
  return facts;
}

/**
 * The knowledge base's names in the text as the platform scan reads them: each name whole, proper
 * when it says which place it is by itself (a full name or safe short form, a short place name the
 * lexicon knows as no verb or function word: 光明 for 光明区, not 合作 for 合作市, or a platform's
 * short form led by a place: 大庆开发区; a longer short form that counts only in context, such as a
 * 片区's own name, is no proper noun by itself). Columns over the matches' own offsets, with the
 * names' facts as bits in a kept byte array (valid until the next page).
 */
function knownNames(matches: PlaceMatches, bytes: KeptByteArrays): KnownNames {
  const { candidates } = matches;
  const flags = bytes.take(matches.length);
  // Made before the loop, which then ends the function: see ENDS_WITH_ITS_LOOP.
  const known = new KnownNames(matches.starts, matches.ends, flags, matches.length);
  for (let i = 0; i < matches.length; i++) {
    const { proper, platform, province } = candidates[i]!.facts!;
    flags[i] = (proper ? PROPER : 0) | (platform ? PLATFORM : 0) | (province ? PROVINCE : 0);
  }
  return known;
}

/**
 * ENDS_WITH_ITS_LOOP — why the filters below keep their loop in a function of its own that returns
 * the count kept, and their caller shortens the list: a loop run once per page is compiled while it
 * runs (on-stack replacement), and the compiled code of a function whose loop is followed by a
 * property access or a call, which the interpreter had not run when the loop was compiled, left
 * it there for the interpreter (a deoptimisation) at every page.
 */

/**
 * Drops the platforms a short form means where a company, share or project word follows it
 * (张江高科发布公告, 泰达股份, 中关村（000931）): the text names a company after the platform. Full
 * names keep their platform (苏州工业园区管委会), and places are left to the place rules.
 */
function dropCompanyShortForms(text: string, matches: PlaceMatches, startsWithPlace: (name: string) => boolean): void {
  const { starts, ends, candidates } = matches;
  for (let i = 0; i < matches.length; i++) {
    const start = starts[i]!;
    const end = ends[i]!;
    if (!candidates[i]!.facts!.platform || !companyWordAt(text, end)) continue;
    const surface = text.slice(start, end);
    const keep = (e: KbEntry) => e.type !== 'platform' || e.name === surface;
    const { strong, weak, shortForm } = candidates[i]!;
    const narrowed = { strong: strong.filter(keep), weak: weak.filter(keep), facts: undefined, shortForm };
    factsOfName(text, start, end, narrowed, startsWithPlace);
    candidates[i] = narrowed;
  }
}

/**
 * A free trade zone's name right before the name of one of its 片区 is part of the 片区's name
 * (广东自贸区横琴片区 is the 横琴片区, not the zone and the 片区): one mention of the 片区.
 */
function joinZoneAndArea(places: PlaceSpans): PlaceSpans {
  places.truncate(joinedZonesAndAreas(places));
  return places;
}

/** joinZoneAndArea's loop: compacts the places in place and returns how many are kept (see ENDS_WITH_ITS_LOOP). */
function joinedZonesAndAreas(places: PlaceSpans): number {
  const { starts, ends, entries } = places;
  let kept = 0;
  for (let i = 0; i < places.length; i++) {
    const zone = entries[i]!;
    const start = starts[i]!;
    if (
      i + 1 < places.length &&
      starts[i + 1] === ends[i] &&
      zone.kind === 'free trade zone' &&
      entries[i + 1]!.kind === 'free trade zone area' &&
      entries[i + 1]!.name.startsWith(zone.name)
    ) {
      i++;
      places.move(i, kept);
      starts[kept] = start;
    } else {
      places.move(i, kept);
    }
    kept++;
  }
  return kept;
}

// What may stand between a place and a platform's name it borrows: 锦州科技中关村, 东北版中关村.
const BORROWING_WORDS = new Set(['', '的', '版', '科技', '金融', '数字', '文化', '创新', '智慧', '产业']);
const LONGEST_BORROWING_WORD = Math.max(...[...BORROWING_WORDS].map((w) => w.length));

/**
 * Drops a platform's short name that another place borrows (`锦州科技中关村` is Jinzhou's would-be
 * 中关村, not Beijing's): a bare short form of up to three characters, right after a place that is not
 * its own, with nothing or a word of borrowing between them (科技, 金融, 版, 的). `北京中关村`,
 * `上海张江` keep theirs, and so does `在深圳参观中关村` (a verb between).
 */
function withoutBorrowedNames(
  text: string,
  places: PlaceSpans,
  kb: KnowledgeBase,
  startsWithPlace: (name: string) => boolean,
): PlaceSpans {
  places.truncate(notBorrowed(text, places, kb, startsWithPlace));
  return places;
}

/** withoutBorrowedNames' loop: compacts the places in place and returns how many are kept (see ENDS_WITH_ITS_LOOP). */
function notBorrowed(
  text: string,
  places: PlaceSpans,
  kb: KnowledgeBase,
  startsWithPlace: (name: string) => boolean,
): number {
  const { starts, ends, entries } = places;
  let kept = 0;
  // The place before, as it was before the list was compacted under it.
  let beforeEnd = -1;
  let beforeEntry: KbEntry | undefined;
  for (let i = 0; i < places.length; i++) {
    const start = starts[i]!;
    const end = ends[i]!;
    const entry = entries[i]!;
    if (beforeEntry === undefined || !isBorrowed(text, start, end, entry, beforeEnd, beforeEntry, kb, startsWithPlace))
      places.move(i, kept++);
    beforeEnd = end;
    beforeEntry = entry;
  }
  return kept;
}

/**
 * True when the place `[start, end)` meaning `entry` is a platform's short name that the place
 * before it (ending at `beforeEnd`, meaning `before`) borrows (see withoutBorrowedNames).
 */
function isBorrowed(
  text: string,
  start: number,
  end: number,
  entry: KbEntry,
  beforeEnd: number,
  before: KbEntry,
  kb: KnowledgeBase,
  startsWithPlace: (name: string) => boolean,
): boolean {
  // Only a bare short form (中关村, 张江, 前海) is borrowed; a name with its platform word is the platform's.
  // Offsets first: most places stand farther from the previous one than a borrowing word is long,
  // and the entries' fields are read only for the few that do not.
  if (end - start > 3 || start - beforeEnd > LONGEST_BORROWING_WORD) return false;
  if (entry.type !== 'platform' || before.type !== 'city') return false;
  if (!BORROWING_WORDS.has(text.slice(beforeEnd, start)) || startsWithPlace(text.slice(start, end))) return false;
  return !placeIdsOf(kb, entry).has(before.id);
}

/** True when `p` overlaps no span of `spans`, or holds each whole and runs on after the last (兰州新区综合保税区). */
function extendsKnown(p: Mention, spans: SortedSpans): boolean {
  const first = spans.overlapping(p.start, p.end);
  if (first === undefined) return true;
  const last = spans.overlapping(p.end - 1, p.end) ?? first;
  return first.start >= p.start && last.end < p.end;
}

// A zone's long platform word and the short ones news use for it once named (the knowledge base
// gives its zones the same short forms).
const ZONE_SHORT_WORDS: readonly (readonly [string, readonly string[]])[] = [
  ['经济技术开发区', ['经开区', '开发区']],
  ['高新技术产业开发区', ['高新区']],
  ['综合保税区', ['综保区']],
  ['自由贸易试验区', ['自贸试验区', '自贸区']],
];

/**
 * The short forms of a zone's name: its platform word written short.
 *
 * @example zoneShortForms('株洲经济技术开发区') // ['株洲经开区', '株洲开发区']
 */
function zoneShortForms(name: string): string[] {
  for (const [long, shorts] of ZONE_SHORT_WORDS) {
    if (name.endsWith(long) && name.length > long.length + 1) {
      return shorts.map((short) => name.slice(0, name.length - long.length) + short);
    }
  }
  return [];
}

/**
 * What a detector's passes share: the knowledge base's derived lookups, its platform name words, its
 * kept arrays, its kept name objects and the kept list the title scan is given them in.
 */
interface DetectorScope {
  derived: DerivedPlatformNames;
  nameWords: ReadonlySet<string>;
  bytes: KeptByteArrays;
  names: KeptNames;
  strongList: KnownName[];
}

/**
 * `宁波市长裘东耀` is 宁波 + 市长: a place yields its last character to a title that starts on it,
 * when the shorter name is also one of its names. Changes the matches in place.
 */
function yieldToTitles(
  text: string,
  matches: PlaceMatches,
  titled: readonly TitledPersonCandidate[],
  bytes: KeptByteArrays,
): void {
  // Title starts marked in an array: every match asks whether one starts on its last character.
  const titleStartsAt = bytes.take(text.length + 1);
  for (let i = 0; i < titled.length; i++) titleStartsAt[titled[i]!.titleStart] = 1;
  const { starts, ends, candidates } = matches;
  for (let i = 0; i < matches.length; i++) {
    const end = ends[i]!;
    if (titleStartsAt[end - 1] !== 1) continue;
    const shorter = text.slice(starts[i]!, end - 1);
    const keep = candidates[i]!.strong.filter((e) => e.name === shorter || e.aliases.includes(shorter));
    if (keep.length > 0) {
      // Every field, in the trie's order: candidates keep one shape (see NameFacts).
      candidates[i] = { strong: keep, weak: [], facts: undefined, shortForm: candidates[i]!.shortForm };
      ends[i] = end - 1;
      matches.suffixYielded[i] = 1;
    }
  }
}

/**
 * The platforms found by their shape (see findPatternPlatforms) that the detection keeps: those
 * that extend no known platform's name into garbage, without overlaps. `nameMentions` are the
 * titled people's names, which no platform's name runs across.
 */
function shapeFoundPlatforms(
  text: string,
  places: PlaceSpans,
  placeMatches: PlaceMatches,
  nameMentions: readonly Mention[],
  scope: DetectorScope,
): PatternPlatform[] {
  const { derived, nameWords, bytes } = scope;
  const patternPlatforms = findPatternPlatforms(text, {
    known: knownNames(placeMatches, bytes),
    nameWords,
    stops: stopsOf(nameMentions, bytes),
    marks: bytes.take(text.length + 1),
  });
  // A shape-found platform that runs into a known one is garbage (its name crossed the known
  // name's edge), and one whose platform word is the known one's is that one (浙江宁波杭州湾新区);
  // one that holds a known platform whole and adds its own platform word is a longer name built
  // on it (兰州新区综合保税区, 上合示范区核心区), which swallows it as it swallows places.
  const knownPlatformSpans = new SortedSpans(platformsAmong(places), true);
  return withoutOverlaps(patternPlatforms.filter(isNewPlatform, { text, knownPlatformSpans, derived }), bytes);
}

/**
 * The titled people's names as the platform scan's stops: {@link withoutOverlaps}, in any order (the
 * scan marks them). Why: the names' occurrences seldom overlap (李明 inside 李明华), and one pass
 * that marks them answers whether any do; two sorts of the page's thousands of occurrences
 * answered the same when none did.
 */
function stopsOf(nameMentions: readonly Mention[], bytes: KeptByteArrays): readonly Mention[] {
  let length = 0;
  for (let i = 0; i < nameMentions.length; i++) length = Math.max(length, nameMentions[i]!.end);
  return overlapsAny(nameMentions, bytes.take(length)) ? withoutOverlaps(nameMentions, bytes) : nameMentions;
}

/** True when two of `spans` overlap, marked in `marks` (zeroed, as long as the last end) to tell. */
function overlapsAny(spans: readonly Mention[], marks: Uint8Array): boolean {
  for (let i = 0; i < spans.length; i++) {
    const { start, end } = spans[i]!;
    for (let at = start; at < end; at++) {
      if (marks[at] === 1) return true;
      marks[at] = 1;
    }
  }
  return false;
}

/** The places that are known platforms (a few on a page), as mentions. */
function platformsAmong(places: PlaceSpans): Mention[] {
  const platforms: Mention[] = [];
  for (let i = 0; i < places.length; i++) {
    if (places.entries[i]!.type === 'platform') platforms.push({ start: places.starts[i]!, end: places.ends[i]! });
  }
  return platforms;
}

/** What {@link isNewPlatform} reads besides the platform. */
interface ShapeScope {
  text: string;
  knownPlatformSpans: SortedSpans;
  derived: DerivedPlatformNames;
}

/**
 * shapeFoundPlatforms' filter: a shape-found platform that extends no known one into garbage. A
 * function of the module with its scope as `this`, not an arrow made per detection: see {@link byStart}.
 */
function isNewPlatform(this: ShapeScope, p: PatternPlatform): boolean {
  return (
    extendsKnown(p, this.knownPlatformSpans) ||
    isJointName(this.text, p, this.knownPlatformSpans, this.derived) ||
    namesOwnVenue(this.text, p, this.knownPlatformSpans, this.derived)
  );
}

/**
 * True when `p` ends in what the article may call another place's venue by the rest of its name
 * (国际会展中心, counted as 新疆国际会展中心 in an article naming 新疆) but a place of its own leads
 * `p` (成都世纪城国际会展中心): that place's venue, not the other one. A name the knowledge base
 * lists (宁波杭州湾新区 in 浙江宁波杭州湾新区) stays the known one's.
 */
function namesOwnVenue(text: string, p: PatternPlatform, spans: SortedSpans, derived: DerivedPlatformNames): boolean {
  const known = spans.endingAt(p.end);
  if (!known || known.start <= p.start || !derived.startsWithPlace(p.name)) return false;
  const surface = text.slice(known.start, known.end);
  if (derived.lookup(surface) !== undefined || derived.lookup(p.name) !== undefined) return false;
  // Between the place and the venue at most a few characters of a name (世纪城), no verb: a shape
  // that ran over a clause (宁波市民涌入国际会展中心) names nothing.
  const rest = derived.withoutLeadingPlaces(p.name).at(-1) ?? p.name;
  const between = rest.slice(0, rest.length - surface.length);
  return between.length <= 4 && onlyNouns(between);
}

/** True when the lexicon reads `words` as nouns and characters it lacks only (世纪城, not 民涌入). */
function onlyNouns(words: string): boolean {
  for (let end = words.length; end > 0;) {
    const word = wordEndingAt(words, end, Math.max(0, end - 4));
    if (!word) {
      end--;
      continue;
    }
    if (word.wordClass !== 'common' && word.wordClass !== 'proper') return false;
    end = word.start;
  }
  return true;
}

/**
 * True when a run of places before a known platform's name that is led by a place too, the places
 * not its own, makes `p` a name shared by them all (上海江苏浙江自由贸易试验区 is not Zhejiang's
 * zone): that name replaces the known one. One place before it (广东安庆…) only qualifies it.
 */
function isJointName(
  text: string,
  p: PatternPlatform,
  knownPlatformSpans: SortedSpans,
  derived: DerivedPlatformNames,
): boolean {
  const known = knownPlatformSpans.endingAt(p.end);
  if (!known || known.start <= p.start) return false;
  const surface = text.slice(known.start, known.end);
  return derived.withoutLeadingPlaces(p.name).indexOf(surface) >= 1 && derived.lookup(p.name) === undefined;
}

/** An entity being gathered, with its mentions in the normalised text. */
type GatheredEntity = DetectedEntity & { normalizedMentions: Mention[] };

/** The entities gathered so far, by id, in the order first met (the detection's order). */
class EntityGathering {
  readonly byId = new Map<string, GatheredEntity>();

  /** The entity of `id`, made with these fields if new. */
  entity(id: string, type: EntityType, name: string, evidence: Evidence): GatheredEntity {
    let found = this.byId.get(id);
    if (!found) {
      found = { id, type, name, roles: [], mentions: [], evidence, normalizedMentions: [] };
      this.byId.set(id, found);
    }
    return found;
  }
}

/**
 * The detection's entities: one per shape-found platform (by its full name), place and titled
 * person, each with its mentions mapped back to the raw text. Places inside a shape-found
 * platform are the platform's; a person's every mention counts unless a place, platform or longer
 * name covers it.
 *
 * Why a function per step: this runs once per page, and V8 compiles a function once it has run
 * enough; one long function took several pages to get there and was compiled again and again,
 * each compilation costing more than a page's steps themselves.
 */
function entitiesOf(
  raw: string,
  normalized: NormalizedText,
  places: PlaceSpans,
  newPlatforms: readonly PatternPlatform[],
  people: readonly TitledPersonCandidate[],
  nameOccurrences: ReadonlyMap<string, Mention[]>,
  scope: DetectorScope,
): DetectedEntity[] {
  const text = normalized.text;
  const gathering = new EntityGathering();
  addPlatformEntities(gathering, newPlatforms, scope.derived);
  const keptPlaces = addPlaceEntities(gathering, raw, normalized, places, newPlatforms);
  const covered = coveredBy(new Coverage(scope.bytes.take(text.length)), keptPlaces, newPlatforms);
  addPeople(gathering, text, keptPlaces, people);
  addPersonMentions(gathering, nameOccurrences, covered);
  return withRawMentions(raw, normalized, gathering);
}

/** `covered` with the places and the platforms marked: the characters no person's mention may take. */
function coveredBy(covered: Coverage, places: PlaceSpans, platforms: readonly Mention[]): Coverage {
  // The platforms first, so that the loop ends the function (see ENDS_WITH_ITS_LOOP).
  coverAll(covered, platforms);
  for (let i = 0; i < places.length; i++) covered.addRange(places.starts[i]!, places.ends[i]!);
  return covered;
}

/** Marks every span of `spans` in `covered`. */
function coverAll(covered: Coverage, spans: readonly Mention[]): void {
  for (let i = 0; i < spans.length; i++) covered.addRange(spans[i]!.start, spans[i]!.end);
}

/**
 * Pattern platforms as entities. One platform is one entity however it was found: a shape that is
 * a known platform's name (深圳前海合作区 is 前海合作区) is that entry, and a park's two-place short
 * form (苏宿园区) is the park named in full in the article. A shape-found name without the places
 * that lead it (双龙航空港经济区 after 贵州双龙航空港经济区) is that platform too.
 */
function addPlatformEntities(
  gathering: EntityGathering,
  newPlatforms: readonly PatternPlatform[],
  derived: DerivedPlatformNames,
): void {
  const fullNameOf = new Map<string, string>();
  for (const p of newPlatforms) {
    const short = derived.shortForm(p.name);
    if (short && short !== p.name) fullNameOf.set(short, p.name);
  }
  for (const p of newPlatforms) {
    for (const short of zoneShortForms(p.name)) if (!fullNameOf.has(short)) fullNameOf.set(short, p.name);
  }
  const shapeNames = new Set(newPlatforms.map(nameOf));
  for (const p of [...newPlatforms].sort(byLengthDown)) {
    for (const rest of derived.withoutLeadingPlaces(p.name)) {
      if (shapeNames.has(rest) && !fullNameOf.has(rest)) fullNameOf.set(rest, fullNameOf.get(p.name) ?? p.name);
    }
  }
  for (const p of newPlatforms) {
    const name = fullNameOf.get(p.name) ?? p.name;
    const known = derived.lookup(name);
    const evidence: Evidence = known ? { kind: 'knowledge-base' } : { kind: 'name-shape', suffix: p.suffix };
    const id = known ? known.id : `platform:local:${name}`;
    gathering.entity(id, 'platform', known ? known.name : name, evidence).normalizedMentions.push(p);
  }
}

/**
 * The places as entities, but those inside a pattern platform, which swallows them (苏州生物医药产业园
 * is not a 苏州 mention): those are dropped from `places`, which keeps the rest (`newPlatforms` sorted
 * by start and not overlapping, as shapeFoundPlatforms gives them). A mention object is made here
 * for each place kept, and for nothing before (see PlaceSpans): in the raw text, into the entity's
 * `mentions`, unless the entity has mentions in the normalised text already (a known platform also
 * found by its shape), which its place mentions then join.
 *
 * Why mapped to the raw text here: the places come in the order of the text, where each offset's
 * mapping is found next to the last one's; mapped entity by entity at the end (withRawMentions),
 * every mention looked its offset up afresh, all over a long page's tables — per mention the
 * costliest step of the assembly on a 5 MB page — and its normalised mention was one more object.
 */
function addPlaceEntities(
  gathering: EntityGathering,
  raw: string,
  normalized: NormalizedText,
  places: PlaceSpans,
  newPlatforms: readonly PatternPlatform[],
): PlaceSpans {
  const text = normalized.text;
  const fromKnowledgeBase: Evidence = { kind: 'knowledge-base' };
  const { starts, ends, entries } = places;
  let kept = 0;
  // The first platform that ends after the place's start. Both lists are sorted and the platforms
  // do not overlap (their ends grow too), so it only moves on, and the place overlaps a platform
  // exactly when that one starts before the place ends: a merge, not a search per place.
  let next = 0;
  for (let i = 0; i < places.length; i++) {
    const start = starts[i]!;
    const end = ends[i]!;
    while (next < newPlatforms.length && newPlatforms[next]!.end <= start) next++;
    if (next < newPlatforms.length && newPlatforms[next]!.start < end) continue;
    const entry = entries[i]!;
    places.move(i, kept++);
    // A region's name with 地区 after it is the region, 地区 included (长三角地区, 粤港澳地区).
    const mentionEnd = entry.type === 'region' && text.startsWith('地区', end) ? end + 2 : end;
    const entity = gathering.entity(entry.id, entry.type, entry.name, fromKnowledgeBase);
    if (entity.normalizedMentions.length > 0) entity.normalizedMentions.push({ start, end: mentionEnd });
    else entity.mentions.push(rawMention(raw, normalized, start, mentionEnd));
  }
  places.truncate(kept);
  return places;
}

/**
 * The titled people as entities with their roles. A role's organisation written as a place's short
 * name gets the canonical name (宁波 → 宁波市). Only the places written as some role's organisation
 * matter: found by a span lookup, not a slice per place.
 */
function addPeople(
  gathering: EntityGathering,
  text: string,
  keptPlaces: PlaceSpans,
  people: readonly TitledPersonCandidate[],
): void {
  // Each organisation once: a long page has thousands of roles, written with a few dozen organisations.
  const written = new Set<string>();
  for (let i = 0; i < people.length; i++) {
    const roles = people[i]!.roles;
    for (let k = 0; k < roles.length; k++) written.add(roles[k]!.organization);
  }
  const organizations = new WordTable([...written].map((o) => [o, true] as const));
  const placeBySurface = new Map<string, string>();
  for (let i = 0; i < keptPlaces.length; i++) {
    const start = keptPlaces.starts[i]!;
    const end = keptPlaces.ends[i]!;
    if (organizations.get(text, start, end)) placeBySurface.set(text.slice(start, end), keptPlaces.entries[i]!.name);
  }
  // The people met so far by name, per type: most are met again, and their id (`official:裘东耀`)
  // is a string joined and hashed anew, made only for a person not met before.
  const officials = new Map<string, GatheredEntity>();
  const others = new Map<string, GatheredEntity>();
  for (let i = 0; i < people.length; i++) {
    const person = people[i]!;
    const byName = person.type === 'official' ? officials : others;
    let found = byName.get(person.name);
    if (found === undefined) {
      // The evidence of the first role.
      const evidence: Evidence = { kind: 'title', title: person.roles[0]?.title ?? '' };
      found = gathering.entity(`${person.type}:${person.name}`, person.type, person.name, evidence);
      byName.set(person.name, found);
    }
    for (const role of person.roles) {
      const organization = placeBySurface.get(role.organization) ?? role.organization;
      if (!hasRole(found.roles, organization, role.title)) found.roles.push({ organization, title: role.title });
    }
  }
}

/**
 * True when `roles` hold the role of `title` at `organization`. The title is compared first: titles
 * are the lexicon's own strings, told apart by identity, while equal organisations are different
 * slices of the page, compared character by character.
 */
function hasRole(roles: readonly Role[], organization: string, title: string): boolean {
  for (let i = 0; i < roles.length; i++) {
    if (roles[i]!.title === title && roles[i]!.organization === organization) return true;
  }
  return false;
}

/**
 * Every mention of a titled person's name counts, the later bare ones too (`闵师林要求…`), unless a
 * place, a platform or a longer name (李明 inside 李明华) already covers it.
 */
function addPersonMentions(
  gathering: EntityGathering,
  nameOccurrences: ReadonlyMap<string, Mention[]>,
  covered: Coverage,
): void {
  const named: GatheredEntity[] = [];
  for (const e of gathering.byId.values()) if (e.type === 'official' || e.type === 'person') named.push(e);
  named.sort(byNameLengthDown);
  for (let i = 0; i < named.length; i++) {
    const person = named[i]!;
    const occurrences = nameOccurrences.get(person.name) ?? [];
    const mentions: Mention[] = [];
    for (let k = 0; k < occurrences.length; k++) {
      const m = occurrences[k]!;
      if (!covered.intersectsRange(m.start, m.end)) mentions.push(m);
    }
    for (let k = 0; k < mentions.length; k++) covered.addRange(mentions[k]!.start, mentions[k]!.end);
    person.normalizedMentions = mentions;
  }
}

/** Orders entities by the length of their names, longest first (a stable sort keeps equal lengths in their order). */
function byNameLengthDown(a: GatheredEntity, b: GatheredEntity): number {
  return b.name.length - a.name.length;
}

/**
 * The entities that have mentions, each with its mentions sorted and mapped to the raw text (those
 * of places only are already: see addPlaceEntities).
 */
function withRawMentions(raw: string, normalized: NormalizedText, gathering: EntityGathering): DetectedEntity[] {
  const result: DetectedEntity[] = [];
  // Each entity copied field by field, not by a rest pattern (`{ normalizedMentions, ...found }`):
  // V8 copies a rest object's properties one by one by their names, several times the cost.
  for (const e of gathering.byId.values()) {
    const normalizedMentions = e.normalizedMentions;
    let mentions = e.mentions;
    if (normalizedMentions.length > 0) {
      normalizedMentions.sort(byStart);
      mentions = rawMentionsOf(raw, normalized, normalizedMentions);
    } else if (mentions.length === 0) continue;
    result.push({ id: e.id, type: e.type, name: e.name, roles: e.roles, mentions, evidence: e.evidence });
  }
  return result;
}

/**
 * `mentions` (in the normalised text) mapped to the raw text, each end moved past the marks that
 * attach to its last character. A loop, not a `map` with a closure: it runs for every mention of
 * the page (11,700 on the 1 MB corpus).
 */
function rawMentionsOf(raw: string, normalized: NormalizedText, mentions: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < mentions.length; i++) out.push(rawMention(raw, normalized, mentions[i]!.start, mentions[i]!.end));
  return out;
}

/** The mention `[start, end)` of the normalised text in the raw text, its end moved past the marks that attach to its last character. */
function rawMention(raw: string, normalized: NormalizedText, start: number, end: number): Mention {
  return { start: normalized.toRawStart(start), end: extendOverAttachedMarks(raw, normalized.toRawEnd(end)) };
}

/**
 * The page's titled people, with the places before their titles yielding their last character
 * where a title starts on it (see yieldToTitles). `兰州新区长城影视基地`: a title that starts inside a
 * place which cannot give up its last character to it (兰州新 is no name) is no title.
 */
function titledPeopleOf(text: string, matches: PlaceMatches, scope: DetectorScope): TitledPersonCandidate[] {
  // Objects for the title scan, which reads objects: kept ones (see KeptNames), in a kept list.
  const { names, strongList } = scope;
  let count = 0;
  for (let i = 0; i < matches.length; i++) {
    if (matches.candidates[i]!.strong.length === 0) continue;
    strongList[count] = names.at(count, matches.starts[i]!, matches.ends[i]!, true, false, false);
    count++;
  }
  strongList.length = count;
  const titled = findTitledPeople(text, strongList, true);
  yieldToTitles(text, matches, titled, scope.bytes);
  const kept: TitledPersonCandidate[] = [];
  for (let i = 0; i < titled.length; i++) {
    if (!insideStrongMatch(matches, titled[i]!.titleStart)) kept.push(titled[i]!);
  }
  return kept;
}

/**
 * True when a strong match (one with strong candidates) holds `offset` after its first character.
 * The matches do not overlap, so only the last one that starts before `offset` can: a binary search.
 * Example: strong matches [0, 3) and [5, 7): offset 1 → true; 5 → false; 4 → false.
 */
function insideStrongMatch(matches: PlaceMatches, offset: number): boolean {
  const low = firstStartAtOrAfter(matches.starts, matches.length, offset);
  return low > 0 && matches.ends[low - 1]! > offset && matches.candidates[low - 1]!.strong.length > 0;
}

/**
 * Keeps in `matches` those that no occurrence of a titled person's name overlaps, or that name a
 * place in full: a person's name outranks a short place name inside it (卫东 in 钱卫东) at every
 * occurrence of the name; full place names were already kept out of people's names. The
 * occurrences, in any order, are marked in `marks` (zeroed, as long as the text) first.
 */
function matchesOutsideNames(
  text: string,
  matches: PlaceMatches,
  occurrences: readonly Mention[],
  marks: Uint8Array,
): PlaceMatches {
  matches.truncate(outsideNames(text, matches, coverageOf(occurrences, marks)));
  return matches;
}

/** The occurrences marked in `marks` (zeroed, as long as the text); its loop ends it (see ENDS_WITH_ITS_LOOP). */
function coverageOf(occurrences: readonly Mention[], marks: Uint8Array): Coverage {
  const covered = new Coverage(marks);
  for (let i = 0; i < occurrences.length; i++) covered.addRange(occurrences[i]!.start, occurrences[i]!.end);
  return covered;
}

/** matchesOutsideNames' loop: compacts the matches in place and returns how many are kept (see ENDS_WITH_ITS_LOOP). */
function outsideNames(text: string, matches: PlaceMatches, covered: Coverage): number {
  let kept = 0;
  const { starts, ends, candidates } = matches;
  for (let i = 0; i < matches.length; i++) {
    const start = starts[i]!;
    const end = ends[i]!;
    if (!covered.intersectsRange(start, end) || namedInFull(text, start, end, candidates[i]!.strong)) {
      matches.move(i, kept++);
    }
  }
  return kept;
}

/** Creates a detector for cities, platforms, regions, officials and other titled people. */
export function createDetector(kb: KnowledgeBase): Detector {
  return detectorOver(buildDetectorTables(kb));
}

/**
 * The detector of {@link createDetector} over tables already built from the knowledge base
 * (buildDetectorTables, or decoded prebuilt): the same output, at a fraction of a millisecond.
 */
export function detectorOver(tables: DetectorTables): Detector {
  installLexiconTables(tables.lexicon);
  const derived = platformNamesOver(tables.platformNames);
  const kb = derived.kb;
  const matchPlaces = placeMatcherOver(tables.placeTrie);
  const { nameWords } = tables;

  // Offset marks as long as the page, kept between calls (see KeptByteArrays), and the accepted
  // places' columns (see PlaceSpans).
  const bytes = new KeptByteArrays();
  const placeSpans = new PlaceSpans();
  // The passes after the places are module functions, not code in this closure: one function that
  // held the whole detection was the costliest thing the JIT compiled (several times per session).
  const scope: DetectorScope = { derived, nameWords, bytes, names: new KeptNames(), strongList: [] };

  return {
    detect(raw) {
      bytes.reset();
      const normalized = normalizeForMatching(raw);
      // Kept for the brief, which finds the events of the same text next (see normalizeRecent).
      rememberNormalized(raw, normalized);
      const text = normalized.text;
      const matches = matchPlaces(text);
      const people = titledPeopleOf(text, matches, scope);
      const nameOccurrences = occurrencesOf(
        text,
        people.map((p) => p.name),
      );
      const placeMatches = matchesOutsideNames(text, matches, nameOccurrences.all, bytes.take(text.length));
      workOutNameFacts(text, placeMatches, derived.startsWithPlace);
      dropCompanyShortForms(text, placeMatches, derived.startsWithPlace);
      const places = withoutBorrowedNames(
        text,
        joinZoneAndArea(acceptPlaces(text, placeMatches, derived.contextOf, bytes, placeSpans)),
        kb,
        derived.startsWithPlace,
      );

      const newPlatforms = shapeFoundPlatforms(text, places, placeMatches, nameOccurrences.all, scope);
      return entitiesOf(raw, normalized, places, newPlatforms, people, nameOccurrences.byName, scope);
    },
  };
}
