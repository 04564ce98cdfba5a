import type { EntityType } from '../core/entity';
import type { NewNote, Note } from '../core/note';

/** What the card shows about one entity: the reader's notes on it and where else it was seen. */
export interface EntitySummary {
  /** Every note on the entity, from every page, newest first. */
  notes: Note[];
  /** Distinct page URLs among those notes, not counting the excluded (current) page. */
  articleCount: number;
}

/** What importing a file would do, or did: counts of notes added, unchanged and changed. */
export interface ImportSummary {
  format: 'json' | 'web-annotation';
  added: number;
  duplicates: number;
  changed: number;
  /** Whether changed notes were (or would be) overwritten by the file's version. */
  replaceChanged: boolean;
}

/** Requests the background's store service answers, keyed by `type`. */
export interface StoreRequests {
  'notes:save': { request: { note: NewNote }; result: Note };
  'notes:list': { request: Record<string, never>; result: Note[] };
  'notes:for-entity': { request: { entityId: string }; result: Note[] };
  /** Replaces a note's body; `updatedAt` moves to now. */
  'notes:update': { request: { id: string; body: string }; result: Note };
  /** Deletes a note and answers it as it was, so the reader can undo. */
  'notes:delete': { request: { id: string }; result: Note };
  /** Re-adds exactly this note (same id and timestamps): the undo of `notes:delete`. */
  'notes:restore': { request: { note: Note }; result: Note };
  /** The card's data: notes on the entity and the number of other saved articles it is in. */
  'notes:entity-summary': { request: { entityId: string; excludeUrl?: string }; result: EntitySummary };
  /**
   * Imports an export file's text (JSON or Web Annotation). The background parses and validates
   * it itself; with `dryRun` nothing is written and the answer is the preview. Otherwise everything
   * is written in one transaction, or nothing is.
   */
  'notes:import': { request: { text: string; replaceChanged: boolean; dryRun: boolean }; result: ImportSummary };
}

/** The name of a store request. */
export type StoreRequestType = keyof StoreRequests;

/** A message as sent over `runtime.sendMessage`. */
export type StoreMessage<T extends StoreRequestType = StoreRequestType> = { type: T } & StoreRequests[T]['request'];

/** The reply: a value, or an error message meant for the reader. */
export type StoreReply<T extends StoreRequestType = StoreRequestType> =
  { ok: true; value: StoreRequests[T]['result'] } | { ok: false; error: string };

const ENTITY_TYPES: readonly string[] = ['city', 'platform', 'official', 'person', 'region'] satisfies EntityType[];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Checks that an incoming `notes:save` payload has the shape of a {@link NewNote}; messages
 * cross a process boundary, so the background never trusts their types.
 */
export function parseNewNote(value: unknown): NewNote {
  if (!isRecord(value)) throw new Error('The note is missing.');
  const text = (key: keyof NewNote): string => {
    const field = value[key];
    if (typeof field !== 'string') throw new Error(`The note's ${key} is not text.`);
    return field;
  };
  const entityType = text('entityType');
  if (!ENTITY_TYPES.includes(entityType)) throw new Error(`Unknown entity type ${entityType}.`);
  return {
    entityId: text('entityId'),
    entityType: entityType as EntityType,
    entityName: text('entityName'),
    body: text('body'),
    url: text('url'),
    pageTitle: text('pageTitle'),
    quote: text('quote'),
  };
}

/**
 * Checks that an incoming `notes:restore` payload is a whole {@link Note}: the fields of a new
 * note plus a non-empty id and ISO 8601 timestamps. Extra fields are dropped.
 */
export function parseNote(value: unknown): Note {
  const base = parseNewNote(value);
  const record = value as Record<string, unknown>;
  const id = record.id;
  if (typeof id !== 'string' || id === '') throw new Error("The note's id is not text.");
  const stamp = (key: 'createdAt' | 'updatedAt'): string => {
    const field = record[key];
    if (typeof field !== 'string' || Number.isNaN(Date.parse(field))) {
      throw new Error(`The note's ${key} is not a date.`);
    }
    return field;
  };
  return { id, ...base, createdAt: stamp('createdAt'), updatedAt: stamp('updatedAt') };
}

/** A page URL without its `#fragment`: the same article whatever part of it was in view. */
export function articleUrl(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? url : url.slice(0, hash);
}

/**
 * How many saved articles `notes` come from: distinct page URLs (fragments ignored), not
 * counting `excludeUrl`. The store answers it in `notes:entity-summary`; the card recounts it
 * after the reader edits the list.
 */
export function countSavedArticles(notes: readonly Pick<Note, 'url'>[], excludeUrl?: string): number {
  const excluded = excludeUrl === undefined ? undefined : articleUrl(excludeUrl);
  const urls = new Set(notes.map((note) => articleUrl(note.url)));
  if (excluded !== undefined) urls.delete(excluded);
  return urls.size;
}
