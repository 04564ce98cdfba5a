import type { Correction, ReaderEntity } from '../../core/reader-layer';
import type { DatabaseV2 } from './migrate-v1-to-v2';

/** The tables of schema version 3: version 2's and the reader's layer (own entities, corrections). */
export interface DatabaseV3 extends DatabaseV2 {
  readerEntities: ReaderEntity[];
  corrections: Correction[];
}

/**
 * Upgrades the version-2 tables to version 3, losing nothing: notes, articles, entities and
 * sightings come out as they went in (version 3 changes none of their fields or indexes), and the
 * reader's layer starts empty — a version-2 database never held one. Pure: same input, same
 * output (fresh lists holding the same rows), input untouched.
 * Example: `{ notes: [n], articles: [a], entities: [e], sightings: [s] }` →
 * `{ notes: [n], articles: [a], entities: [e], sightings: [s], readerEntities: [], corrections: [] }`.
 */
export function migrateV2ToV3(v2: DatabaseV2): DatabaseV3 {
  return {
    notes: [...v2.notes],
    articles: [...v2.articles],
    entities: [...v2.entities],
    sightings: [...v2.sightings],
    readerEntities: [],
    corrections: [],
  };
}
