/**
 * What an entity is, for every domain: its type (city, platform, official, person, region), a
 * mention's offsets in the raw text, an official's role, and a detected entity. Types and two
 * small helpers only; everything else in lib/core builds on these.
 */
export {
  ENTITY_TYPES,
  EVIDENCE_KINDS,
  formatRole,
  type DetectedEntity,
  type EntityType,
  type Evidence,
  type Mention,
  type Role,
} from './entity';
