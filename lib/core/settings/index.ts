/**
 * The reader's settings as values both the store (which keeps them) and the page (which obeys
 * them) understand. Types only: where they are kept is lib/store's business.
 */
export type { ScanScope } from './scan-scope';
