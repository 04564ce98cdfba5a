import type { DetectedEntity, EntityType, Evidence, Mention, Role } from '../entity';
import type { KbEntry, KnowledgeBase } from '../knowledge';
import { normalizeForMatching, foldToSimplified } from '../normalize';
import { extendOverAttachedMarks } from './grapheme-end';
import { isHan } from '../normalize';
import { findTitledPeople } from './official-detector';
import { createPlaceMatcher, type NameMatch } from './place-matcher';
import { abbreviationInContext, chooseEntry, followedByNonPlace, inListOfPlaces, isAbbreviation } from './place-rules';
import { findPatternPlatforms } from './platform-patterns';
import { Coverage, SortedSpans } from './span-set';

/** A detector bound to one knowledge base; build it once, call it per article. */
export interface Detector {
  /** Finds entities in the raw article text; mention offsets index into that raw text. */
  detect(raw: string): DetectedEntity[];
}

/** A place/platform/region mention accepted in the normalised text, with the entry it means. */
interface PlaceMention extends Mention {
  entry: KbEntry;
}

/** Every occurrence of `needle` in `text`, as mentions. */
function occurrences(text: string, needle: string): Mention[] {
  const found: Mention[] = [];
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + needle.length)) {
    found.push({ start: at, end: at + needle.length });
  }
  return found;
}

/**
 * The longest of overlapping spans, then the next longest that overlaps none kept, and so on;
 * sorted by start. Shape-found platforms can nest (江北新区 inside 江北新区产业园): the longer
 * names the place.
 *
 * @example withoutOverlaps([{start: 0, end: 4}, {start: 0, end: 7}]) // [{start: 0, end: 7}]
 */
function withoutOverlaps<T extends Mention>(spans: readonly T[]): T[] {
  if (spans.length < 2) return [...spans];
  const kept: T[] = [];
  let length = 0;
  for (const span of spans) length = Math.max(length, span.end);
  const taken = new Coverage(length);
  for (const span of [...spans].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)) {
    if (taken.intersects(span)) continue;
    taken.add(span);
    kept.push(span);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** True when `entry` is a county-level place (district, county, county-level city). */
function isCounty(entry: KbEntry): boolean {
  return entry.type === 'city' && entry.level === 'county';
}

/**
 * True when a strong match needs the article to confirm it: a county-level short form (浦口 in
 * 大浦口码头, 卫东 in a name), a short form several places share (江北), or a full name that
 * ends in the word 城市 after another character (海城市 in 沿海城市).
 */
function needsContext(text: string, match: NameMatch, surface: string): boolean {
  const full = match.suffixYielded || match.candidates.strong.some((e) => e.name === surface);
  if (!full) return match.candidates.strong.length > 1 || match.candidates.strong.some(isCounty);
  return surface.endsWith('城市') && match.start > 0 && isHan(text.charCodeAt(match.start - 1));
}

/** Entries among `candidates` the article supports: named in full, or their city or province named. */
function supported(candidates: readonly KbEntry[], counts: ReadonlyMap<string, number>): KbEntry[] {
  return candidates.filter(
    (e) =>
      counts.has(e.id) ||
      (e.parentId && counts.has(e.parentId)) ||
      (e.provinceId && e.provinceId !== e.id && counts.has(e.provinceId)),
  );
}

/**
 * Decides which name matches are places here, and which entry each means.
 * - Strong names count unless a street or institution word follows (南京路, 宁波大学).
 * - Names that are certain on their own (full names, prefecture and province short forms,
 *   platforms) give the context; county short forms, shared short forms and `…城市` names count
 *   only when that context supports them (慈溪 next to 宁波, not 浦口 in a Ningbo article).
 * - Weak names (common-word short forms, one-character abbreviations) count only when the article
 *   names the same place in full, they stand in a list of places, or abbreviations run together
 *   (沪苏浙, 京津冀).
 */
function acceptPlaces(text: string, matches: readonly NameMatch[]): PlaceMention[] {
  const strong = matches.filter((m) => m.candidates.strong.length > 0 && !followedByNonPlace(text, m.end));
  const certain = strong.filter((m) => !needsContext(text, m, text.slice(m.start, m.end)));
  const certainSet = new Set(certain);
  const uncertain = strong.filter((m) => !certainSet.has(m));

  const counts = new Map<string, number>();
  const bump = (id: string | undefined) => id && counts.set(id, (counts.get(id) ?? 0) + 1);
  for (const m of certain) {
    if (m.candidates.strong.length !== 1) continue;
    const entry = m.candidates.strong[0]!;
    bump(entry.id);
    if (entry.parentId !== entry.provinceId) bump(entry.parentId);
    if (entry.provinceId !== entry.id) bump(entry.provinceId);
  }
  const accepted: PlaceMention[] = certain.map((m) => ({
    start: m.start,
    end: m.end,
    entry: chooseEntry(m.candidates.strong, counts),
  }));
  for (const m of uncertain) {
    const backed = supported(m.candidates.strong, counts);
    if (backed.length > 0) accepted.push({ start: m.start, end: m.end, entry: chooseEntry(backed, counts) });
  }

  const acceptedIds = new Set(accepted.map((m) => m.entry.id));
  const endsAt = new Set(accepted.map((m) => m.end));
  const startsAt = new Set(accepted.map((m) => m.start));
  const weak = matches.filter((m) => m.candidates.strong.length === 0 && m.candidates.weak.length > 0);
  const abbreviations = new Set(
    weak.filter((m) => m.candidates.weak.every((e) => isAbbreviation(text.slice(m.start, m.end), e))),
  );
  const abbreviationStarts = new Set([...abbreviations].map((a) => a.start));
  const abbreviationAt = (offset: number) => abbreviationStarts.has(offset);
  for (const m of weak) {
    const named = m.candidates.weak.filter((e) => acceptedIds.has(e.id));
    let entry: KbEntry | undefined;
    if (named.length > 0) entry = chooseEntry(named, counts);
    else if (abbreviations.has(m)) {
      if (abbreviationInContext(text, m.start, abbreviationAt)) entry = m.candidates.weak[0];
    } else if (
      !followedByNonPlace(text, m.end) &&
      inListOfPlaces(
        text,
        m.start,
        m.end,
        (o) => endsAt.has(o),
        (o) => startsAt.has(o),
      )
    ) {
      entry = chooseEntry(m.candidates.weak, counts);
    }
    if (entry) accepted.push({ start: m.start, end: m.end, entry });
  }
  return accepted.sort((a, b) => a.start - b.start);
}

/** Creates a detector for cities, platforms, regions, officials and other titled people. */
export function createDetector(kb: KnowledgeBase): Detector {
  const matchPlaces = createPlaceMatcher(kb, foldToSimplified);

  return {
    detect(raw) {
      const normalized = normalizeForMatching(raw);
      const text = normalized.text;
      const matches = matchPlaces(text);
      const people = findTitledPeople(
        text,
        matches.filter((m) => m.candidates.strong.length > 0),
      );
      // `宁波市长裘东耀` is 宁波 + 市长: a place yields its last character to a title that starts
      // on it, when the shorter name is also one of its names.
      const titleStarts = new Set(people.map((p) => p.titleStart));
      for (const m of matches) {
        if (!titleStarts.has(m.end - 1)) continue;
        const shorter = text.slice(m.start, m.end - 1);
        const keep = m.candidates.strong.filter((e) => e.name === shorter || e.aliases.includes(shorter));
        if (keep.length > 0) {
          m.candidates = { strong: keep, weak: [] };
          m.end -= 1;
          m.suffixYielded = true;
        }
      }
      // A titled person's name outranks a short place name inside it (卫东 in 钱卫东), at every
      // occurrence of the name; full place names were already kept out of people's names.
      const nameSpans = new Coverage(text.length);
      for (const name of new Set(people.map((p) => p.name))) for (const m of occurrences(text, name)) nameSpans.add(m);
      const placeMatches = matches.filter(
        (m) => !nameSpans.intersects(m) || m.candidates.strong.some((e) => e.name === text.slice(m.start, m.end)),
      );
      const places = acceptPlaces(text, placeMatches);
      const placeSpans = new SortedSpans(places);

      const patternPlatforms = findPatternPlatforms(
        text,
        (start, end) => placeSpans.firstInside(start, end) !== undefined,
      );
      // A shape-found platform that overlaps a known one is that one (or garbage that ran over
      // it: 宁波市长…指出虹桥商务区), whichever place comes first in it.
      const knownPlatformSpans = new SortedSpans(places.filter((p) => p.entry.type === 'platform'));
      const newPlatforms = withoutOverlaps(
        patternPlatforms.filter((p) => knownPlatformSpans.overlapping(p.start, p.end) === undefined),
      );
      const newPlatformSpans = new SortedSpans(newPlatforms);

      const entities = new Map<string, DetectedEntity & { normalizedMentions: Mention[] }>();
      const entity = (id: string, type: EntityType, name: string, evidence: Evidence) => {
        let found = entities.get(id);
        if (!found) {
          found = { id, type, name, roles: [], mentions: [], evidence, normalizedMentions: [] };
          entities.set(id, found);
        }
        return found;
      };

      // Pattern platforms swallow the places inside them (苏州生物医药产业园 is not a 苏州 mention).
      for (const p of newPlatforms) {
        const evidence: Evidence = { kind: 'name-shape', suffix: p.suffix };
        entity(`platform:local:${p.name}`, 'platform', p.name, evidence).normalizedMentions.push(p);
      }
      const keptPlaces = places.filter((p) => !newPlatformSpans.overlapping(p.start, p.end));
      const fromKnowledgeBase: Evidence = { kind: 'knowledge-base' };
      for (const p of keptPlaces) {
        entity(p.entry.id, p.entry.type, p.entry.name, fromKnowledgeBase).normalizedMentions.push(p);
      }
      const covered = new Coverage(text.length);
      for (const m of [...keptPlaces, ...newPlatforms]) covered.add(m);

      // A role's organisation written as a place's short name gets the canonical name (宁波 → 宁波市).
      const placeBySurface = new Map(keptPlaces.map((p) => [text.slice(p.start, p.end), p.entry.name]));
      const canonicalOrganization = (organization: string) => placeBySurface.get(organization) ?? organization;
      for (const person of people) {
        const evidence: Evidence = { kind: 'title', title: person.roles[0]?.title ?? '' };
        const found = entity(`${person.type}:${person.name}`, person.type, person.name, evidence);
        for (const role of person.roles) {
          const canonical: Role = { organization: canonicalOrganization(role.organization), title: role.title };
          if (!found.roles.some((r) => r.organization === canonical.organization && r.title === canonical.title)) {
            found.roles.push(canonical);
          }
        }
      }
      // Every mention of a titled person's name counts, the later bare ones too (`闵师林要求…`),
      // unless a place, a platform or a longer name (李明 inside 李明华) already covers it.
      const named = [...entities.values()].filter((e) => e.type === 'official' || e.type === 'person');
      named.sort((a, b) => b.name.length - a.name.length);
      for (const person of named) {
        person.normalizedMentions = occurrences(text, person.name).filter((m) => !covered.intersects(m));
        for (const m of person.normalizedMentions) covered.add(m);
      }

      const result: DetectedEntity[] = [];
      for (const { normalizedMentions, ...found } of entities.values()) {
        if (normalizedMentions.length === 0) continue;
        normalizedMentions.sort((a, b) => a.start - b.start);
        found.mentions = normalizedMentions.map((m) => ({
          start: normalized.toRawStart(m.start),
          end: extendOverAttachedMarks(raw, normalized.toRawEnd(m.end)),
        }));
        result.push(found);
      }
      return result;
    },
  };
}
