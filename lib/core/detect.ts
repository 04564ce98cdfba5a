import type { DetectedEntity, Mention } from './entity';
import type { KbEntry, KnowledgeBase } from './knowledge-base';
import { DictionaryMatcher, type DictionaryMatch } from './dictionary-matcher';
import { findTitledOfficials } from './official-detector';

/** A detector bound to one knowledge base; build it once, call it per article. */
export interface Detector {
  /** Finds entities in `text`; mention offsets index into `text` itself. */
  detect(text: string): DetectedEntity[];
}

/**
 * `宁波市长裘东耀` is 宁波 + 市长 + a name, not 宁波市 + 长…: when an official's title starts on
 * the last character of a place name, the place yields that character, provided the shorter
 * form is also one of its names. `苏州市长江路` keeps 苏州市 (no official follows).
 */
function yieldSuffixToTitle(match: DictionaryMatch<KbEntry>, titleStarts: ReadonlySet<number>, text: string) {
  if (!titleStarts.has(match.end - 1)) return match;
  const shorter = text.slice(match.start, match.end - 1);
  const names = [match.value.name, ...match.value.aliases];
  return names.includes(shorter) ? { ...match, end: match.end - 1 } : match;
}

/** Every occurrence of `needle` in `text`, as mentions. */
function occurrences(text: string, needle: string): Mention[] {
  const found: Mention[] = [];
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + needle.length)) {
    found.push({ start: at, end: at + needle.length });
  }
  return found;
}

function overlaps(a: Mention, b: Mention): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * Creates a detector for places, platforms and regions from `kb`, plus officials written with a
 * title (`宁波市长裘东耀`) and their later bare mentions (`闵师林要求…`).
 */
export function createDetector(kb: KnowledgeBase): Detector {
  const matcher = new DictionaryMatcher(
    kb.entries.flatMap((entry) => [entry.name, ...entry.aliases].map((name) => [name, entry] as const)),
  );

  return {
    detect(text) {
      const entities = new Map<string, DetectedEntity>();
      const rawMatches = matcher.findAll(text);
      const officials = findTitledOfficials(text, rawMatches);
      const titleStarts = new Set(officials.map((o) => o.titleStart));
      const kbMatches = rawMatches.map((m) => yieldSuffixToTitle(m, titleStarts, text));
      for (const match of kbMatches) {
        const entry = match.value;
        let entity = entities.get(entry.id);
        if (!entity) {
          entity = { id: entry.id, type: entry.type, name: entry.name, roles: [], mentions: [] };
          entities.set(entry.id, entity);
        }
        entity.mentions.push({ start: match.start, end: match.end });
      }

      const taken: Mention[] = kbMatches.map(({ start, end }) => ({ start, end }));
      for (const candidate of officials) {
        const id = `official:${candidate.name}`;
        let entity = entities.get(id);
        if (!entity) {
          entity = { id, type: 'official', name: candidate.name, roles: [], mentions: [] };
          entities.set(id, entity);
        }
        for (const role of candidate.roles) {
          const known = entity.roles.some((r) => r.organization === role.organization && r.title === role.title);
          if (!known) entity.roles.push(role);
        }
      }
      // Later bare mentions of an official (`闵师林要求…`) count as mentions too, unless a place,
      // a platform or a longer name (李明 inside 李明华) already covers that text.
      const people = [...entities.values()].filter((e) => e.type === 'official');
      people.sort((a, b) => b.name.length - a.name.length);
      for (const person of people) {
        person.mentions = occurrences(text, person.name).filter((m) => !taken.some((t) => overlaps(t, m)));
        taken.push(...person.mentions);
      }
      return [...entities.values()].filter((e) => e.mentions.length > 0);
    },
  };
}
