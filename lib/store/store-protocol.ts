import type { EntityType } from '../core/entity';
import type { NewNote, Note } from '../core/note';

/** Requests the background's store service answers, keyed by `type`. */
export interface StoreRequests {
  'notes:save': { request: { note: NewNote }; result: Note };
  'notes:list': { request: Record<string, never>; result: Note[] };
  'notes:for-entity': { request: { entityId: string }; result: Note[] };
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
