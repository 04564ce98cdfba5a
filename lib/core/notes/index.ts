/**
 * The reader's notes and reading history as plain values: a note with its id and tags, the quote
 * anchor that finds a note's mention again after the page changed (`anchoring/`), queries over notes
 * (filters, groups, article keys) and the records of the articles read.
 */
export { migrateNoteV1, type NewNote, type Note, type NoteV1 } from './note';
export { newNoteId, NOTE_ID_PATTERN } from './note-id';
export { MAX_TAG_LENGTH, MAX_TAGS, normalizeTags, parseTagInput } from './note-tags';
export {
  articleKey,
  EMPTY_NOTES_QUERY,
  facetsOf,
  filterNotes,
  groupNotes,
  isQueryActive,
  siteOf,
  type FacetValue,
  type NoteFacets,
  type NoteGroup,
  type NotesQuery,
} from './notes-query';
export {
  MAX_VISIT_ENTITIES,
  type ArticleDigest,
  type ArticleRecord,
  type ArticleVisit,
  type DigestEntity,
  type EntityArticle,
  type EntityRecord,
  type SeenEntity,
  type Sighting,
} from './reading-history';
export { articleDigest, eventOnlyArticles, findSeenEntities } from './history-entities';
export { withEventEntityIds } from './event-entity-ids';
export {
  anchorQuote,
  createAnchorText,
  describeQuote,
  MAX_ANCHOR_CONTEXT_LENGTH,
  sentenceBounds,
  type AnchorQuoteOptions,
  type AnchorText,
  type DescribeQuoteOptions,
  type QuoteAnchor,
} from './anchoring';
