import { toWellFormedText } from '../validation';

/**
 * The vocabulary shared by the Web Annotation export and import, in one place so the two can
 * never disagree about a name.
 */

/** The W3C Web Annotation JSON-LD context every annotation file names. */
export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/**
 * Prefix of District Lens's own terms (`dl:entity`, `dl:pageTitle`, …). A URN rather than a web
 * address because the project publishes no vocabulary document, and a made-up domain could one
 * day belong to someone else. It ends in `:` so JSON-LD treats `dl` as a prefix.
 */
export const DISTRICT_LENS_VOCABULARY = 'urn:district-lens:vocab:';

/** The `@context` of an export: the W3C context plus the `dl` prefix. */
export const WEB_ANNOTATION_CONTEXT: readonly [string, { readonly dl: string }] = [
  ANNOTATION_CONTEXT,
  { dl: DISTRICT_LENS_VOCABULARY },
];

/** Annotations need an IRI as their `id`; a note's IRI is this prefix plus its URI-encoded id. */
export const NOTE_IRI_PREFIX = 'urn:district-lens:note:';

/**
 * The IRI of a note, e.g. `urn:district-lens:note:3f2a…`; {@link noteIdFromIri} inverts it for
 * every id the import accepts. An id with a broken character (which the import refuses and the
 * store never makes) gets U+FFFD in its place rather than making the export throw.
 */
export function noteIri(noteId: string): string {
  return `${NOTE_IRI_PREFIX}${encodeURIComponent(toWellFormedText(noteId))}`;
}

/**
 * The note id inside an annotation's `id`: decoded when it is a District Lens note IRI, the IRI
 * itself for an annotation some other tool named; `undefined` when the encoding is broken.
 */
export function noteIdFromIri(iri: string): string | undefined {
  if (!iri.startsWith(NOTE_IRI_PREFIX)) return iri;
  try {
    return decodeURIComponent(iri.slice(NOTE_IRI_PREFIX.length));
  } catch {
    return undefined;
  }
}
