import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { NewNote } from '../../lib/core/notes/note';
import { NOTE_ID_PATTERN, newNoteId } from '../../lib/core/notes/note-id';
import { DistrictLensDatabase } from '../../lib/store/database';
import { NotesService } from '../../lib/store/notes-service';
import { requestStore } from '../../lib/store/store-client';
import { handleStoreMessage } from '../../lib/store/store-handler';
import { listenForStoreMessages } from '../../lib/store/store-listener';

const ARTICLE = 'https://example.com/news/hongqiao';
const NO_WAIT = [0, 0, 0];

function newNote(overrides: Partial<NewNote> = {}): NewNote {
  return {
    entityId: 'official:闵师林',
    entityType: 'official',
    entityName: '闵师林',
    body: '要求运营单位抓紧项目推进',
    tags: [],
    url: ARTICLE,
    pageTitle: '虹桥商务区与长三角城市启动全面合作',
    quote: '闵师林',
    anchor: null,
    ...overrides,
  };
}

let db: DistrictLensDatabase;
let service: NotesService;

beforeEach(() => {
  fakeBrowser.reset();
  db = new DistrictLensDatabase(`test-${crypto.randomUUID()}`);
  service = new NotesService(db);
});

afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

async function tableSizes() {
  return {
    notes: await db.notes.count(),
    articles: await db.articles.count(),
    entities: await db.entities.count(),
    sightings: await db.sightings.count(),
  };
}

describe('note ids chosen by the sender', () => {
  it('are UUID v4 shaped and different every time, without crypto.randomUUID (plain-http pages)', () => {
    const ids = new Set(Array.from({ length: 1_000 }, () => newNoteId()));
    expect(ids.size).toBe(1_000);
    for (const id of ids) {
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/u);
      expect(id).toMatch(NOTE_ID_PATTERN);
    }
  });

  it('make a save idempotent: the same save twice stores one note and answers it both times', async () => {
    const id = newNoteId();
    const first = await service.saveNote(newNote(), id);
    const again = await service.saveNote(newNote({ body: 'sent again' }), id);
    expect(again).toEqual(first);
    expect(await db.notes.toArray()).toEqual([first]);
  });

  it('are refused when malformed, before anything is written', async () => {
    for (const saveId of ['', 'short', 'has spaces in it', '../../etc', 'x'.repeat(65), 42]) {
      const reply = await handleStoreMessage(service, { type: 'notes:save', note: newNote(), saveId });
      expect(reply).toEqual({ ok: false, error: 'The note id is not valid.' });
    }
    expect(await tableSizes()).toEqual({ notes: 0, articles: 0, entities: 0, sightings: 0 });
  });
});

describe('a full disk', () => {
  it('tells the reader the browser is out of space and writes nothing of the note', async () => {
    // The quota runs out on the last write of the save's transaction: the note itself, its
    // article and its entity were already written inside it and must be rolled back.
    vi.spyOn(db.sightings, 'put').mockRejectedValue(
      new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
    );
    const reply = await handleStoreMessage(service, { type: 'notes:save', note: newNote(), saveId: newNoteId() });
    expect(reply).toEqual({
      ok: false,
      error: 'The browser is out of storage space for District Lens; free some space and try again.',
    });
    expect(await tableSizes()).toEqual({ notes: 0, articles: 0, entities: 0, sightings: 0 });

    // Space again: the same save goes through, once.
    vi.restoreAllMocks();
    const saveId = newNoteId();
    const saved = await handleStoreMessage(service, { type: 'notes:save', note: newNote(), saveId });
    expect(saved).toMatchObject({ ok: true, value: { id: saveId } });
    expect(await tableSizes()).toEqual({ notes: 1, articles: 1, entities: 1, sightings: 1 });
  });
});

describe('a background that restarts while the page talks to it', () => {
  it('sends the request again when the service worker was not there, and gets the answer', async () => {
    listenForStoreMessages(service);
    const send = vi.spyOn(browser.runtime, 'sendMessage');
    send.mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.'));
    send.mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.'));
    const note = await requestStore('notes:save', { note: newNote(), saveId: newNoteId() }, NO_WAIT);
    expect(send).toHaveBeenCalledTimes(3);
    expect(await db.notes.toArray()).toEqual([note]);
  });

  it('stores the note once when the first try was written but its reply was lost', async () => {
    listenForStoreMessages(service);
    const deliver = browser.runtime.sendMessage.bind(browser.runtime);
    const send = vi.spyOn(browser.runtime, 'sendMessage');
    send.mockImplementationOnce(async (message: unknown) => {
      await deliver(message);
      throw new Error('The message port closed before a response was received.');
    });
    const saveId = newNoteId();
    const note = await requestStore('notes:save', { note: newNote(), saveId }, NO_WAIT);
    expect(note.id).toBe(saveId);
    expect(send).toHaveBeenCalledTimes(2);
    expect(await db.notes.count()).toBe(1);
  });

  it('gives up with a sentence for the reader after the last try, and at once when the extension was reloaded', async () => {
    const send = vi.spyOn(browser.runtime, 'sendMessage');
    send.mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    await expect(requestStore('notes:list', {}, NO_WAIT)).rejects.toThrow(
      'District Lens could not reach its notes store; reload the page and try again.',
    );
    expect(send).toHaveBeenCalledTimes(4);

    send.mockClear();
    send.mockRejectedValue(new Error('Extension context invalidated.'));
    await expect(requestStore('notes:list', {}, NO_WAIT)).rejects.toThrow(/could not reach its notes store/u);
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('treats a missing reply as a restart too', async () => {
    listenForStoreMessages(service);
    const send = vi.spyOn(browser.runtime, 'sendMessage');
    send.mockResolvedValueOnce(undefined);
    expect(await requestStore('notes:list', {}, NO_WAIT)).toEqual([]);
    expect(send).toHaveBeenCalledTimes(2);
  });
});
