/**
 * Checks of untrusted values shared by the notes' file formats and the reader layer: well-formed
 * text, the one timestamp spelling, web addresses, and the sentences that say why a value was refused.
 */
export { describeIssue } from './describe-issue';
export { describeValue, shorten } from './describe-value';
export { isIsoInstant, isWebAddress } from './web-values';
export { isWellFormedText, toWellFormedText } from './well-formed-text';
export { toIsoInstant } from './xsd-date-time';
