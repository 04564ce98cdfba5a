import type { NoteOpener } from './note-opener';
import type { NotesService } from './notes-service';
import {
  parseCorrection,
  parseLayerId,
  parseLayerSaveId,
  parseNewCorrection,
  parseNewReaderEntity,
  parseReaderEntity,
  parseReaderEntityChanges,
} from './reader-layer-messages';
import type { ReaderLayerRequests } from './reader-layer-protocol';
import type { ReaderLayerService } from './reader-layer-service';
import {
  MAX_DIGEST_URLS,
  MAX_FIND_IDS,
  parseArticleVisit,
  parseNewNote,
  parseSaveId,
  parseNote,
  parseTags,
  parseTextList,
  type StoreReply,
} from './store-protocol';

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

/** Every `layer:` request type, to tell one from another message before anything is read. */
const LAYER_TYPES: ReadonlySet<string> = new Set([
  'layer:get',
  'layer:add-entity',
  'layer:update-entity',
  'layer:delete-entity',
  'layer:restore-entity',
  'layer:add-correction',
  'layer:delete-correction',
  'layer:restore-correction',
] satisfies (keyof ReaderLayerRequests)[]);

/** Answers one `layer:` request with the reader's layer service; every payload is read by its parser first. */
async function answerLayerRequest(
  layer: ReaderLayerService | undefined,
  type: keyof ReaderLayerRequests,
  message: object,
): Promise<StoreReply> {
  if (!layer) {
    throw new Error('Your own entities and corrections are not available here; reload the page and try again.');
  }
  const payload = message as Record<string, unknown>;
  switch (type) {
    case 'layer:get':
      return { ok: true, value: await layer.getLayer() };
    case 'layer:add-entity':
      return {
        ok: true,
        value: await layer.addEntity(parseNewReaderEntity(payload.entity), parseLayerSaveId(payload.saveId)),
      };
    case 'layer:update-entity':
      return {
        ok: true,
        value: await layer.updateEntity(parseLayerId(message, 'entity'), parseReaderEntityChanges(payload.changes)),
      };
    case 'layer:delete-entity':
      return { ok: true, value: await layer.deleteEntity(parseLayerId(message, 'entity')) };
    case 'layer:restore-entity':
      return { ok: true, value: await layer.restoreEntity(parseReaderEntity(payload.entity)) };
    case 'layer:add-correction':
      return {
        ok: true,
        value: await layer.addCorrection(parseNewCorrection(payload.correction), parseLayerSaveId(payload.saveId)),
      };
    case 'layer:delete-correction':
      return { ok: true, value: await layer.deleteCorrection(parseLayerId(message, 'correction')) };
    case 'layer:restore-correction':
      return { ok: true, value: await layer.restoreCorrection(parseCorrection(payload.correction)) };
  }
}

/**
 * Answers one store message. Never throws: failures (bad input, quota exceeded, a blocked
 * database) come back as `{ ok: false, error }` so the UI can tell the reader what happened.
 * Returns `undefined` for messages that are not store requests, so other listeners can answer.
 * `layer:` requests go to `layer`, the reader's layer service; without one they are refused
 * with a sentence (they are store requests, so no other listener would answer them).
 */
export async function handleStoreMessage(
  service: NotesService,
  message: unknown,
  sender: StoreSender = {},
  opener?: NoteOpener,
  layer?: ReaderLayerService,
): Promise<StoreReply | undefined> {
  if (typeof message !== 'object' || message === null || !('type' in message)) return undefined;
  const { type } = message as { type: unknown };
  try {
    if (typeof type === 'string' && LAYER_TYPES.has(type)) {
      return await answerLayerRequest(layer, type as keyof ReaderLayerRequests, message);
    }
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
      case 'articles:briefs':
        return { ok: true, value: await service.articlesWithBrief() };
      case 'articles:digests': {
        const urls = parseTextList((message as { urls?: unknown }).urls, MAX_DIGEST_URLS, 'page addresses');
        return { ok: true, value: await service.articleDigests(urls) };
      }
      case 'entities:find': {
        const query = textField(message, 'query', 'search');
        const { ids, limit } = message as { ids?: unknown; limit?: unknown };
        if (limit !== undefined && (!Number.isSafeInteger(limit) || (limit as number) < 1 || (limit as number) > 200)) {
          throw new Error('The number of entities to find is not a whole number from 1 to 200.');
        }
        return {
          ok: true,
          value: await service.findSeenEntities(
            query,
            parseTextList(ids, MAX_FIND_IDS, 'entity ids'),
            (limit as number | undefined) ?? 20,
          ),
        };
      }
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
          value: await service.importNotes(
            text,
            { replaceChanged: replaceChanged === true, dryRun: dryRun !== false },
            layer,
          ),
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
