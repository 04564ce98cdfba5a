/**
 * The built-in knowledge base: the format of `public/kb` and its parser, entries and their indexes,
 * the facts a card shows about an entity, and search over entries (and the reader's own entities).
 */
export {
  KB_COLUMNS,
  KB_FORMAT,
  KB_LEVELS,
  KB_VERSION,
  parseKnowledgeBase,
  type KbCells,
  type KbRow,
  type KbRowCells,
  type KbSection,
  type KbSourceNote,
  type KnowledgeBaseFile,
} from './kb-format';
export { createKnowledgeBase, type KbEntry, type KnowledgeBase, type PlaceLevel } from './knowledge-base';
export { createCardLookups, type CardLookups } from './kb-lookups';
export {
  cardKnowledge,
  MAX_ARTICLE_ENTITIES,
  MAX_CARD_ENTITIES,
  MAX_CARD_ORGANIZATIONS,
  parseCardKnowledgeRequest,
  type CardKnowledgeRequest,
} from './card-knowledge';
export { searchEntities, type EntitySearchHit, type SearchableReaderEntity } from './entity-search';
