/**
 * The reader's layer: entities the reader added and corrections of what District Lens found, kept
 * apart from the built-in knowledge base and merged with the built-in detector at run time. Pure
 * TypeScript; import from here rather than from the individual files.
 */
export {
  CORRECTION_KINDS,
  EMPTY_READER_LAYER,
  isReaderEntityId,
  READER_ENTITY_TYPES,
  READER_ID_PREFIX,
  type ChangeTypeCorrection,
  type Correction,
  type NeverCorrection,
  type NotHereCorrection,
  type ReaderEntity,
  type ReaderLayer,
  type SameAsCorrection,
} from './reader-layer';
export {
  createReaderEntity,
  normalizeReaderEntity,
  tidyName,
  type NewReaderEntityOptions,
  type ReaderEntityDraft,
} from './reader-entity';
export { matchingForm } from '../normalize';
export { compileReaderLayer, type CompiledReaderLayer, type NeverRule } from './compile-reader-layer';
export { mergeMentions, type SourcedMention } from './merge-mentions';
export { describeNotHere, locateNotHere, type NotHereFields } from './not-here';
export { createReaderAwareDetector, type DetectOptions, type ReaderAwareDetector } from './reader-aware-detector';
export { readerCardLookups, type ReaderCardLookups, type ReaderEntityCard } from './reader-card';
export {
  MAX_READER_ALIASES,
  MAX_READER_CORRECTIONS,
  MAX_READER_DESCRIPTION_LENGTH,
  MAX_READER_ENTITIES,
  MAX_READER_NAME_LENGTH,
  MAX_READER_REF_LENGTH,
  MAX_READER_SURFACE_LENGTH,
  MAX_READER_URL_LENGTH,
} from './reader-layer-limits';
export {
  correctionSchema,
  CORRECTION_LABELS,
  READER_ENTITY_LABELS,
  READER_LAYER_LABELS,
  readerEntitySchema,
  readerLayerSchema,
} from './reader-layer-schema';
export { parseReaderLayer, type ReaderLayerParseResult } from './parse-reader-layer';
export {
  canonicalCorrection,
  canonicalReaderEntity,
  canonicalReaderLayer,
  CORRECTION_FIELDS,
  READER_ENTITY_FIELDS,
  sameCorrection,
  sameReaderEntity,
} from './reader-layer-fields';
