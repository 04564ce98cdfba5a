/**
 * Quote anchors for notes (W3C Web Annotation TextQuoteSelector + TextPositionSelector): describe
 * a quote when a note is saved, find it again when the page is read later. Pure: no DOM.
 */
export {
  describeQuote,
  sentenceBounds,
  DEFAULT_CONTEXT_LENGTH,
  MAX_ANCHOR_CONTEXT_LENGTH,
  MAX_SENTENCE_SIDE,
  type DescribeQuoteOptions,
  type QuoteAnchor,
} from './quote-anchor';
export {
  anchorQuote,
  anchorQuotes,
  createAnchorText,
  rankAnchorCandidates,
  ANCHOR_THRESHOLDS,
  type AnchorCandidate,
  type AnchorMatch,
  type AnchorQuoteOptions,
  type AnchorText,
  type AnchorThresholds,
} from './anchor-quote';
