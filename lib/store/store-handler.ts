import type { NoteOpener } from './note-opener';
import type { NotesService } from './notes-service';
import { parseArticleVisit, parseNewNote, parseSaveId, parseNote, parseTags, type StoreReply } from './store-protocol';

/** Who sent a store message: the tab of a content script, nothing for extension pages. */
export interface StoreSender {
  tabId?: number;
}

/** Reads a text field of a store message, failing with a sentence that names it. */
function textField(message: object, key: string, what: string): string {
  const value = (message as Record<string, unknown>)[key];
  if (typeof value !== 'string') throw new Error(`The ${what} is not text.`);
  return value;
}

/** Reads a note id: text and not empty. */
function noteId(message: object): string {
  const id = textField(message, 'id', 'note id');
  if (id === '') throw new Error('The note id is empty.');
  return id;
}

/**
 * Answers one store message. Never throws: failures (bad input, quota exceeded, a blocked
 * database) come back as `{ ok: false, error }` so the UI can tell the reader what happened.
 * Returns `undefined` for messages that are not store requests, so other listeners can answer.
 */
export async function handleStoreMessage(
  service: NotesService,
  message: unknown,
  sender: StoreSender = {},
  opener?: NoteOpener,
): Promise<StoreReply | undefined> {
  if (typeof message !== 'object' || message === null || !('type' in message)) return undefined;
  const { type } = message as { type: unknown };
  try {
    switch (type) {
      case 'notes:save':
        return {
          ok: true,
          value: await service.saveNote(
            parseNewNote((message as { note?: unknown }).note),
            parseSaveId((message as { saveId?: unknown }).saveId),
          ),
        };
      case 'notes:list':
        return { ok: true, value: await service.listNotes() };
      case 'notes:for-entity':
        return { ok: true, value: await service.notesForEntity(textField(message, 'entityId', 'entity id')) };
      case 'notes:update': {
        const id = noteId(message);
        const body = textField(message, 'body', 'note text');
        const { tags } = message as { tags?: unknown };
        return {
          ok: true,
          value: await service.updateNote(id, body, tags === undefined ? undefined : parseTags(tags)),
        };
      }
      case 'notes:for-article':
        return { ok: true, value: await service.notesForArticle(textField(message, 'url', 'page address')) };
      case 'notes:for-page':
        return { ok: true, value: await service.notesForPage(textField(message, 'url', 'page address')) };
      case 'notes:open': {
        if (!opener) throw new Error('Notes can only be opened from the notes library.');
        const note = await service.getNote(noteId(message));
        await opener.open(note.url, note.id);
        return { ok: true, value: null };
      }
      case 'notes:take-pending-focus': {
        const id = opener?.take(sender.tabId);
        return { ok: true, value: id === undefined ? null : await service.getNote(id).catch(() => null) };
      }
      case 'articles:visit':
        await service.recordVisit(parseArticleVisit((message as { visit?: unknown }).visit));
        return { ok: true, value: null };
      case 'articles:list':
        return { ok: true, value: await service.listArticles() };
      case 'entities:articles':
        return { ok: true, value: await service.entityArticles(textField(message, 'entityId', 'entity id')) };
      case 'notes:delete':
        return { ok: true, value: await service.deleteNote(noteId(message)) };
      case 'notes:restore':
        return { ok: true, value: await service.restoreNote(parseNote((message as { note?: unknown }).note)) };
      case 'notes:entity-summary': {
        const entityId = textField(message, 'entityId', 'entity id');
        const { excludeUrl } = message as { excludeUrl?: unknown };
        if (excludeUrl !== undefined && typeof excludeUrl !== 'string') throw new Error('The page URL is not text.');
        return { ok: true, value: await service.entitySummary(entityId, excludeUrl) };
      }
      case 'notes:import': {
        const text = textField(message, 'text', 'file');
        const { replaceChanged, dryRun } = message as { replaceChanged?: unknown; dryRun?: unknown };
        return {
          ok: true,
          value: await service.importNotes(text, { replaceChanged: replaceChanged === true, dryRun: dryRun !== false }),
        };
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
