// Tidies every entry's aliases, then checks names across entries: well-formed, no strong name shared.

import type { Place, Platform, Region } from './entries';
import { fail, unique } from './shared';

/** An entry with the id the file will give it. */
export type IdentifiedEntry =
  { id: string; entry: Place; isPlace: true } | { id: string; entry: Platform | Region; isPlace: false };

/** Every entry with its id (`city:<code>`, `platform:<slug>`, `region:<slug>`), places first. */
export function identify(
  places: Iterable<Place>,
  platforms: Iterable<Platform>,
  regions: Iterable<Region>,
): IdentifiedEntry[] {
  return [
    ...[...places].map((entry) => ({ id: `city:${entry.code}`, entry, isPlace: true as const })),
    ...[...platforms].map((entry) => ({ id: `platform:${entry.slug}`, entry, isPlace: false as const })),
    ...[...regions].map((entry) => ({ id: `region:${entry.slug}`, entry, isPlace: false as const })),
  ];
}

/**
 * In place, for each entry: aliases without repeats or the name itself; weak aliases without
 * repeats, the name or a strong alias. Then throws when an alias has a `|` or white space, or is
 * shorter than 2 characters (except a province's weak abbreviations: 沪), or when two platforms or
 * regions share a strong name (the detector could not choose).
 */
export function tidyAndCheckNames(all: readonly IdentifiedEntry[]): void {
  const strongOwners = new Map<string, string>();
  for (const { id, entry, isPlace } of all) {
    entry.aliases = unique(entry.aliases).filter((a) => a !== entry.name);
    entry.weakAliases = unique(entry.weakAliases).filter((a) => a !== entry.name && !entry.aliases.includes(a));
    const province = isPlace && entry.level === 'province';
    for (const alias of [...entry.aliases, ...entry.weakAliases]) {
      const abbreviation = province && entry.weakAliases.includes(alias);
      if (/[|\s]/.test(alias) || (alias.length < 2 && !abbreviation)) fail(`${id}: bad alias "${alias}"`);
    }
    if (isPlace) continue;
    for (const name of [entry.name, ...entry.aliases]) {
      const owner = strongOwners.get(name);
      if (owner && owner !== id) fail(`"${name}" is a strong name of both ${owner} and ${id}`);
      strongOwners.set(name, id);
    }
  }
}
