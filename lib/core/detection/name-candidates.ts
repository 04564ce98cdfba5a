import type { KbEntry } from '../knowledge';

/** Every knowledge-base entry a surface name can mean, split by how safe the name is. */
export interface NameCandidates {
  /** Entries for which this is the full name or a safe alias (宁波 → 宁波市). */
  strong: KbEntry[];
  /** Entries for which this is only a weak alias (朝阳 → 朝阳区; 沪 → 上海市). */
  weak: KbEntry[];
  /**
   * What the platform scan asks of the name, worked out on its first match (see detect.ts's
   * nameFacts): kept here because the candidates are one object wherever the name occurs.
   */
  facts?: NameFacts;
  /** True when the name is no full name of the entries it can mean (平南 for 平南县); set by the matcher. */
  shortForm?: boolean;
}

/**
 * What the place rules ask of a surface name that depends on the name alone (the name is the
 * match's surface wherever it occurs), not on the text around it.
 */
export interface PlaceFacts {
  /** Some strong entry is a county-level place. */
  strongCounty: boolean;
  /** Some weak entry is a county-level place. */
  weakCounty: boolean;
  /** The name is some strong entry's full name. */
  fullName: boolean;
  /** The lexicon knows the name as a common noun and every strong entry is county-level (城区, 矿区). */
  commonCountyName: boolean;
  /** The name is two characters or more and ends in 城市. */
  endsInCity: boolean;
  /** A one-character weak name whose every candidate is a province: an abbreviation (沪, 苏). */
  abbreviation: boolean;
}

/**
 * Everything the detector asks of a surface name alone: the platform scan's facts and the place
 * rules' (see detect.ts's nameFacts). One object, made whole on the name's first match, so that
 * every candidates object keeps one shape (a field added later changed their hidden class and
 * threw the optimised detector back to the interpreter).
 */
export interface NameFacts extends PlaceFacts {
  proper: boolean;
  platform: boolean;
  province: boolean;
}
