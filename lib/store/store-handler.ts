import type { NotesService } from './notes-service';
import { parseNewNote, type StoreReply } from './store-protocol';

/**
 * Answers one store message. Never throws: failures (bad input, quota exceeded, a blocked
 * database) come back as `{ ok: false, error }` so the UI can tell the reader what happened.
 * Returns `undefined` for messages that are not store requests, so other listeners can answer.
 */
export async function handleStoreMessage(service: NotesService, message: unknown): Promise<StoreReply | undefined> {
  if (typeof message !== 'object' || message === null || !('type' in message)) return undefined;
  const { type } = message as { type: unknown };
  try {
    switch (type) {
      case 'notes:save':
        return { ok: true, value: await service.saveNote(parseNewNote((message as { note?: unknown }).note)) };
      case 'notes:list':
        return { ok: true, value: await service.listNotes() };
      case 'notes:for-entity': {
        const { entityId } = message as { entityId?: unknown };
        if (typeof entityId !== 'string') throw new Error('The entity id is not text.');
        return { ok: true, value: await service.notesForEntity(entityId) };
      }
      default:
        return undefined;
    }
  } catch (error) {
    return { ok: false, error: describeStoreError(error) };
  }
}

/** Turns an exception from Dexie or validation into a sentence a reader can act on. */
export function describeStoreError(error: unknown): string {
  const name = error instanceof Error ? error.name : '';
  if (name === 'QuotaExceededError' || (error as { inner?: { name?: string } })?.inner?.name === 'QuotaExceededError') {
    return 'The browser is out of storage space for District Lens; free some space and try again.';
  }
  if (name === 'DatabaseClosedError' || name === 'BlockedError' || name === 'VersionError') {
    return 'The notes database is busy or blocked by another tab; close other District Lens tabs and try again.';
  }
  return error instanceof Error ? error.message : String(error);
}
