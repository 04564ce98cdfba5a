/**
 * Caps on the reader's layer, checked when a layer is imported (and by the store when the reader
 * edits it). Generous for a person teaching the extension by hand — ten new entries a day for
 * two years is 7,300 — they only keep a hostile or broken file from bloating every page's matcher.
 */

/** Most reader entities in one layer. */
export const MAX_READER_ENTITIES = 10_000;

/** Most corrections in one layer. */
export const MAX_READER_CORRECTIONS = 10_000;

/** Longest name, alias or same-as alias (entity names are short; 64 is slack). */
export const MAX_READER_NAME_LENGTH = 64;

/** Most aliases one reader entity may have. */
export const MAX_READER_ALIASES = 100;

/** Longest description of a reader entity. */
export const MAX_READER_DESCRIPTION_LENGTH = 2_000;

/**
 * Longest surface of a `not-here` or `never` correction: the text as the page had it, which may
 * carry inline pinyin (`商務(wù)區(qū)` is 11 characters for a 3-character name).
 */
export const MAX_READER_SURFACE_LENGTH = 200;

/** Longest correction id, or entity id a correction refers to (knowledge-base ids are ~50). */
export const MAX_READER_REF_LENGTH = 200;

/** Longest page address of a `not-here` correction. */
export const MAX_READER_URL_LENGTH = 8_192;
