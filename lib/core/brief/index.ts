/**
 * The article brief: what happened, when, between whom. The article's date from what the page
 * states, dates written in the text resolved against it, and events (signings, visits, meetings,
 * openings, appointments) found sentence by sentence among the entities detection found.
 */
export { addDays, isoDate, type IsoDate } from './calendar-date';
export {
  chooseArticleDate,
  DATE_SOURCE_KINDS,
  findDateLines,
  parseDateString,
  type ArticleDate,
  type DateSource,
} from './article-date';
export { EVENT_KINDS, type ArticleEvent, type EventKind, type EventParty, type PartyRole } from './event';
export { findEvents } from './find-events';
export { findArticleEvents, MAX_BRIEF_TEXT } from './article-events';
export {
  briefLine,
  briefLineParts,
  briefMarkdown,
  formatEventDate,
  partiesPhrase,
  partiesPieces,
  type BriefArticle,
  type BriefEntity,
  type BriefEvent,
  type BriefLabels,
} from './brief-markdown';
export { findTextDates, firstTextDate, type TextDate } from './text-dates';
export { isIsoDate, MAX_ARTICLE_EVENTS, parseStoredEvents, toStoredEvent, type StoredEvent } from './stored-event';
export { resolveTextDate } from './resolve-text-date';
