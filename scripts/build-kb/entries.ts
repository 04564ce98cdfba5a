// The shapes of the build's entries between reading the sources and writing rows, and the platforms' one way in.

import type { DivisionPlace } from './divisions';
import { fail } from './shared';

/** The names an entry goes by besides its canonical one: strong, and context-only (weak). */
export interface NameLists {
  aliases: string[];
  weakAliases: string[];
}

/** A place's pinyin and English names (see names.ts). */
export interface PlaceNames {
  /** Tone-marked pinyin of the full name: `Níng bō shì`. */
  pinyin: string;
  /** English of the name's base, used inside development-zone names: `Ningbo`, `Inner Mongolia`. */
  enBase: string;
  /** English name of the place itself: `Ningbo`, `Yanbian Korean Autonomous Prefecture` … */
  en: string;
}

/** A place with everything the file says about it. */
export type Place = DivisionPlace & NameLists & PlaceNames;

/** A platform before its pinyin and bracket variants are added (see platforms.ts). */
export interface PlatformDraft extends NameLists {
  /** Lower-case ascii words joined by `-`: the id is `platform:<slug>`. */
  slug: string;
  kind: string;
  /** Code of the most specific place it belongs to, '' when none. */
  location: string;
  name: string;
  en: string;
  descriptionZh: string;
  descriptionEn: string;
  /** Codes of the places a cross-boundary platform spans. */
  members: string[];
}

/** A platform as written to the file. */
export interface Platform extends PlatformDraft {
  pinyin: string;
}

/** A region as written to the file. */
export interface Region extends NameLists {
  slug: string;
  kind: string;
  name: string;
  pinyin: string;
  en: string;
  descriptionZh: string;
  descriptionEn: string;
  /** Member place codes, sorted, without repeats. */
  members: string[];
}

/** The shape of a platform id's slug, as the parser checks it. */
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Adds a platform under its slug; throws when the slug is malformed or already taken. */
export function addPlatform(platforms: Map<string, PlatformDraft>, platform: PlatformDraft): void {
  if (!SLUG.test(platform.slug)) fail(`platform ${platform.name}: bad id ${platform.slug}`);
  if (platforms.has(platform.slug)) fail(`duplicate platform id ${platform.slug} (${platform.name})`);
  platforms.set(platform.slug, platform);
}
