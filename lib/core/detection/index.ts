/**
 * The detector: an article's raw text in, entities with offsets into that text out. Places from the
 * knowledge base with the rules that keep common words out, platforms by knowledge and by name
 * shape, officials by surname + title, and later bare mentions of the same person.
 */
export { createDetector, detectorOver, type Detector } from './detect';
export { buildDetectorTables, type DetectorTables } from './detector-tables';
export { decodeDetectorTables, encodeDetectorTables, PREBUILT_VERSION } from './prebuilt-knowledge';
