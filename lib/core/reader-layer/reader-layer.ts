import type { EntityType } from '../entity';

/** The prefix of every id the reader's own entities get, so they never collide with `city:…` or `official:…`. */
export const READER_ID_PREFIX = 'reader:';

/** The types a reader picks from when adding an entity; regions come only from the knowledge base. */
export const READER_ENTITY_TYPES: readonly EntityType[] = ['city', 'platform', 'official', 'person'];

/**
 * An entity the reader added ("Add to District Lens as…"). It is highlighted on every page where
 * its name or one of its aliases occurs, after the same folding the page text gets (traditional,
 * pinyin-annotated and full-width text match too).
 */
export interface ReaderEntity {
  /** `reader:<uuid-like>`; see {@link isReaderEntityId}. */
  id: string;
  type: EntityType;
  /** Canonical name, as the card shows it. */
  name: string;
  /** Other names that mean this entity; never the name itself, never repeated. */
  aliases: readonly string[];
  /** The reader's short description; may be empty. */
  description: string;
  /** ISO instants as `Date.prototype.toISOString` writes them. */
  createdAt: string;
  updatedAt: string;
}

/**
 * "Not an entity here": one mention on one page is not the entity. Described by its quote context
 * (as notes are, see `lib/core/anchoring`) so it still finds its mention after the page changed.
 */
export interface NotHereCorrection {
  kind: 'not-here';
  id: string;
  createdAt: string;
  /** The entity the mention was detected as. */
  entityId: string;
  /** The mention's text as the page had it. */
  surface: string;
  /** The article's address without its `#fragment` (see `pageUrlKey`). */
  url: string;
  /** Up to 32 characters before and after the mention on the page. */
  prefix: string;
  suffix: string;
}

/** "Never highlight this": every mention whose text folds to `surface`, on every page. */
export interface NeverCorrection {
  kind: 'never';
  id: string;
  createdAt: string;
  /** The text, e.g. `东方`; compared after the engine's normalisation, so `東方` is the same. */
  surface: string;
  /** When given, only mentions of this entity are suppressed; otherwise mentions of any entity. */
  entityId?: string;
}

/** "Change type…": the entity keeps its mentions but shows as `type`. */
export interface ChangeTypeCorrection {
  kind: 'change-type';
  id: string;
  createdAt: string;
  entityId: string;
  type: EntityType;
}

/**
 * "Same as…": the text `alias` (苏宿园区) is a mention of the entity `targetId` (苏宿工业园区), a
 * knowledge-base id as `detect` returns it, a reader entity's id, or an official's id.
 */
export interface SameAsCorrection {
  kind: 'same-as';
  id: string;
  createdAt: string;
  alias: string;
  targetId: string;
}

/** One correction of the reader's, told apart by `kind`. */
export type Correction = NotHereCorrection | NeverCorrection | ChangeTypeCorrection | SameAsCorrection;

/** The kinds of correction, in the order menus and error messages list them. */
export const CORRECTION_KINDS = [
  'not-here',
  'never',
  'change-type',
  'same-as',
] as const satisfies readonly Correction['kind'][];

/**
 * What the reader taught District Lens: their own entities and their corrections. It sits on top
 * of the built-in knowledge base at run time and never changes it.
 */
export interface ReaderLayer {
  entities: readonly ReaderEntity[];
  corrections: readonly Correction[];
}

/** A layer with nothing in it: the detector then answers exactly as the built-in one. */
export const EMPTY_READER_LAYER: Readonly<ReaderLayer> = Object.freeze({
  entities: Object.freeze([]),
  corrections: Object.freeze([]),
});

const READER_ID = /^reader:[0-9A-Za-z][0-9A-Za-z_-]{0,99}$/;

/** True for an id of the reader's own entities: `reader:` and 1–100 letters, digits, `-` or `_`. */
export function isReaderEntityId(id: string): boolean {
  return READER_ID.test(id);
}
